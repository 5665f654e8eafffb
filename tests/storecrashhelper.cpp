// Helper of tst_storecrash: "plays" an episode at real speed from its saved position and saves
// the position through ProgressRecorder, printing each position right after handing it to the
// recorder (one line every 100 ms) until it is killed.
//
//   storecrashhelper DATA_DIR EPISODE_ID
//   prints "ready START_MS", then one position in milliseconds a line.
#include "progressrecorder.h"
#include "progressstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: storecrashhelper DATA_DIR EPISODE_ID\n");
        return 2;
    }
    const QString episodeId = args.at(2);
    ProgressStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    const qint64 start = store.progress(episodeId).positionMs;
    std::printf("ready %lld\n", static_cast<long long>(start));
    std::fflush(stdout);

    // One clock for the playback and the recorder: a position is "playing" at the instant the
    // recorder sees it.
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 now = 0;
    ProgressRecorder recorder(&store);
    recorder.setClock([&now] { return now; });
    while (true) {
        now = elapsed.elapsed();
        const qint64 position = start + now;
        recorder.tick(episodeId, position);
        std::printf("%lld\n", static_cast<long long>(position));
        std::fflush(stdout);
        QThread::msleep(100);
    }
}
