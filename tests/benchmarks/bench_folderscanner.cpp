// Scanning a folder of 2,000 audio files: cold (no cache: every file's tags read through
// TagLib) and unchanged (the cache answers, no file opened), plus one changed file and the
// watcher's walk. The files are copies of five one-second clips made by GStreamer, each with its
// own tags written through TagLib, in 20 subfolders of 100.
//   ./build-bench/tests/benchmarks/bench_folderscanner [files]

#include "folderscanner.h"
#include "folderwatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <fileref.h>
#include <tpropertymap.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Format
{
    const char *extension;
    const char *encoder;
};

constexpr Format kFormats[] = {{"mp3", "lamemp3enc target=bitrate cbr=true bitrate=64"},
                               {"m4a", "avenc_aac ! mp4mux"},
                               {"ogg", "vorbisenc ! oggmux"},
                               {"opus", "opusenc ! oggmux"},
                               {"flac", "flacenc"}};

bool makeClip(const QString &path, const char *encoder)
{
    const QString pipeline =
        u"audiotestsrc wave=sine samplesperbuffer=4410 num-buffers=10 ! "
        "audio/x-raw,rate=44100,channels=1 ! audioconvert ! audioresample ! "_s +
        QLatin1StringView(encoder) + u" ! filesink location="_s + path;
    QProcess p;
    p.start(u"gst-launch-1.0"_s, QStringList{u"-q"_s} + pipeline.split(u' '));
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

TagLib::String tl(const QString &s)
{
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

bool tag(const QString &path, int week, int lecture)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData(), false);
    if (ref.isNull())
        return false;
    TagLib::PropertyMap map;
    map.replace("TITLE", TagLib::StringList(tl(
                             u"Week %1, lecture %2: a topic of its own"_s.arg(week).arg(lecture))));
    map.replace("ALBUM", TagLib::StringList(tl(u"Machine learning, week %1"_s.arg(week))));
    map.replace("ARTIST", TagLib::StringList(tl(u"Prof. Example"_s)));
    map.replace("TRACKNUMBER", TagLib::StringList(tl(QString::number(lecture))));
    map.replace("DATE",
                TagLib::StringList(tl(u"2024-%1-01"_s.arg(1 + week % 12, 2, 10, QChar(u'0')))));
    ref.file()->setProperties(map);
    return ref.save();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    constexpr int kPerFolder = 100;

    QTemporaryDir clips;
    QTemporaryDir folder;
    for (const Format &f : kFormats) {
        if (!makeClip(clips.filePath(u"clip."_s + QLatin1StringView(f.extension)), f.encoder)) {
            std::fprintf(stderr, "gst-launch-1.0 failed for %s\n", f.extension);
            return 1;
        }
    }
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < count; ++i) {
        const int week = 1 + i / kPerFolder;
        const int lecture = 1 + i % kPerFolder;
        const Format &f = kFormats[i % std::size(kFormats)];
        const QString ext = QLatin1StringView(f.extension);
        const QString dir = folder.filePath(u"Week "_s + QString::number(week));
        QDir().mkpath(dir);
        const QString path = dir + u"/Lecture "_s + QString::number(lecture) + u'.' + ext;
        if (!QFile::copy(clips.filePath(u"clip."_s + ext), path) || !tag(path, week, lecture)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("%d files in %d folders made in %.1f s\n", count,
                (count + kPerFolder - 1) / kPerFolder, setup.elapsed() / 1000.0);

    const auto timed = [](auto &&fn) {
        QElapsedTimer t;
        t.start();
        fn();
        return t.nsecsElapsed() / 1e6;
    };

    // Cold: an empty cache directory each time.
    QList<double> cold;
    FolderScanResult result;
    for (int run = 0; run < 3; ++run) {
        QTemporaryDir cache;
        cold.append(timed([&] {
            result = FolderScanner::scan({folder.path(), {}, cache.path()});
        }));
        if (result.catalog.episodes().size() != count || result.filesRead != count ||
            !result.problems.isEmpty()) {
            std::fprintf(stderr, "cold scan: %lld episodes, %d read, %lld problems\n",
                         qlonglong(result.catalog.episodes().size()), result.filesRead,
                         qlonglong(result.problems.size()));
            return 1;
        }
    }

    // Unchanged: the cache of one cold scan, then rescans.
    QTemporaryDir cache;
    const FolderScanRequest request{folder.path(), {}, cache.path()};
    FolderScanner::scan(request);
    QList<double> warm;
    for (int run = 0; run < 7; ++run) {
        warm.append(timed([&] { result = FolderScanner::scan(request); }));
        if (result.filesRead != 0 || result.cacheHits != count) {
            std::fprintf(stderr, "unchanged rescan read %d files\n", result.filesRead);
            return 1;
        }
    }

    // One file changed: read it, write the cache again.
    QList<double> oneChanged;
    for (int run = 0; run < 5; ++run) {
        const QString path = folder.filePath(u"Week 1/Lecture 1.mp3"_s);
        tag(path, 1, 1 + run);
        QFile(path).setFileTime(QDateTime::currentDateTime().addSecs(run + 1),
                                QFile::FileModificationTime);
        oneChanged.append(timed([&] { result = FolderScanner::scan(request); }));
        if (result.filesRead != 1) {
            std::fprintf(stderr, "one changed file: %d read\n", result.filesRead);
            return 1;
        }
    }

    QList<double> watch;
    for (int run = 0; run < 5; ++run) {
        FolderWatcher watcher;
        watch.append(timed([&] { watcher.setFolder(folder.path()); }));
    }

    std::printf("| what | median | runs |\n| --- | --- | --- |\n");
    const auto row = [](const char *what, const QList<double> &v) {
        std::printf("| %s | %.0f ms | %s |\n", what, median(v), qPrintable([&] {
                        QStringList s;
                        for (double x : v)
                            s.append(QString::number(x, 'f', 0));
                        return s.join(u", ");
                    }()));
    };
    row("cold scan (no cache, every file's tags read)", cold);
    row("unchanged rescan (cache, no file opened)", warm);
    row("rescan with one changed file", oneChanged);
    row("watcher start (walks 20 folders)", watch);
    return 0;
}
