// A large download from 127.0.0.1: throughput, the longest stall of the thread the queue runs on
// (the UI thread in the app), and peak memory, which must not grow with the file (streamed to
// disk, never held). The server (tests/support/testhttpserver, its own thread, in this process)
// streams a sparse file of the given size from disk.
//   ./build-bench/tests/benchmarks/bench_downloads [--mb 512] [--rounds 3]
#include "downloadqueue.h"
#include "progressstore.h"
#include "testhttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// VmHWM / VmRSS of this process in kB.
qint64 statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"mb"_s, u"Size of the file in MB."_s, u"N"_s, u"512"_s});
    parser.addOption({u"rounds"_s, u"How many downloads."_s, u"N"_s, u"3"_s});
    parser.process(app);
    const qint64 size = parser.value(u"mb"_s).toLongLong() * 1024 * 1024;
    const int rounds = qMax(1, parser.value(u"rounds"_s).toInt());

    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.mp3"_s);
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(size)) // sparse: made at once
            return 1;
    }
    TestHttpServer server;
    TestHttpServer::Response r;
    r.bodyFile = source;
    r.ranges = true;
    r.chunkBytes = 1024 * 1024;
    server.route("/big.mp3", r);

    ProgressStore store;
    if (!store.open(dir.filePath(u"data"_s)))
        return 1;
    // The same timer with nothing to do: how late ticks come on this machine anyway.
    {
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout,
                         [&] { longest = std::max(longest, sinceTick.restart()); });
        QEventLoop idle;
        QTimer::singleShot(3000, &idle, &QEventLoop::quit);
        sinceTick.start();
        tick.start();
        idle.exec();
        std::printf("idle: longest gap between 5 ms ticks over 3 s: %lld ms\n", longest);
    }
    const qint64 rssBefore = statusKb("VmRSS:");
    std::printf("file %lld MB, %d rounds; RSS before %lld kB\n", size / 1024 / 1024, rounds,
                rssBefore);
    for (int round = 0; round < rounds; ++round) {
        DownloadQueue queue;
        if (!queue.open(dir.filePath(u"data"_s), store.databasePath()))
            return 1;
        // A 5 ms timer on this thread: its late ticks are the stalls.
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        qint64 peakRss = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longestStall = std::max(longestStall, sinceTick.restart());
            static int n = 0;
            if (++n % 20 == 0)
                peakRss = std::max(peakRss, statusKb("VmRSS:"));
        });
        const QString id = u"big-%1"_s.arg(round);
        QElapsedTimer clock;
        clock.start();
        sinceTick.start();
        tick.start();
        queue.enqueue({id, server.url(u"/big.mp3"_s), id, u"Bench"_s});
        QEventLoop loop;
        QObject::connect(&queue, &DownloadQueue::completed, &loop, &QEventLoop::quit);
        QObject::connect(&queue, &DownloadQueue::failed, &loop,
                         [&](const QString &, const QString &why) {
                             std::printf("failed: %s\n", qPrintable(why));
                             loop.quit();
                         });
        loop.exec();
        const qint64 ms = clock.elapsed();
        tick.stop();
        const QString file = queue.localFile(id);
        const qint64 got = QFileInfo(file).size();
        std::printf("round %d: %lld MB in %lld ms = %.0f MB/s; longest stall %lld ms; peak RSS "
                    "%lld kB (+%lld kB); complete %s\n",
                    round + 1, got / 1024 / 1024, ms, double(got) / 1024 / 1024 / (ms / 1000.0),
                    longestStall, peakRss, peakRss - rssBefore, got == size ? "yes" : "NO");
        queue.removeDownload(id);
    }
    std::printf("VmHWM %lld kB\n", statusKb("VmHWM:"));
    return 0;
}
