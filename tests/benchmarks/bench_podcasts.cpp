// Podcast benchmarks: 200 generated feeds (250 items each, ~1.4 KB of text an item, gzip) served
// by TestHttpServer on 127.0.0.1, refreshed through PodcastRefresher as the app does; then the
// real binary started on the data directory that holds them (50,000 feed episodes), and the peak
// memory while the app loads a 50,000-episode catalog or that library. Prints one line per
// measurement; the README keeps the numbers.
//
//   bench_podcasts [--podcasts N] [--items N] [--rounds N] [--refresh-only]
//   bench_podcasts --catalog-only      only the app's peak and settled memory on a --catalog
//   bench_podcasts --big-feed [--stream-from BYTES]
//                                      only the growth of the peak while PodcastRefresher
//                                      subscribes to a 50 MB feed and refreshes it changed
#include "catalogloader.h"
#include "episodelistmodel.h"
#include "generatedcatalog.h"
#include "mainwindow.h"
#include "podcastrefresher.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <malloc.h>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void report(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("%-62s %10.1f %-3s (goal %s)\n", what, value, unit, goal);
    std::fflush(stdout);
}

// Feed `podcast` at `version`: `items` items, newest first; each version adds one item on top.
QByteArray generateFeed(int podcast, int version, int items)
{
    const QStringList words = generatedWords();
    QRandomGenerator rng(quint32(podcast * 7919 + 13));
    const auto text = [&](int n) {
        QByteArray out;
        for (int w = 0; w < n; ++w) {
            if (w > 0)
                out += ' ';
            out += words.at(rng.bounded(int(words.size()))).toUtf8();
        }
        return out;
    };
    const QByteArray p = QByteArray::number(podcast);
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/"
                     "podcast-1.0.dtd\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                     "content/\">\n<channel>\n<title>Podcast " +
                     p + ": " + text(4) + "</title>\n<link>https://example.org/" + p +
                     "</link>\n<description>" + text(40) + "</description>\n<itunes:author>Host " +
                     p +
                     "</itunes:author>\n<itunes:category text=\"Technology\"><itunes:category "
                     "text=\"Tech News\"/></itunes:category>\n<itunes:keywords>" +
                     text(3).replace(' ', ',') + "</itunes:keywords>\n";
    // Item n (1 = oldest) has the same text in every version: the RNG is seeded per item.
    const int newest = items + version;
    for (int n = newest; n > newest - items; --n) {
        rng.seed(quint32(podcast * 100003 + n));
        const QByteArray id = QByteArray::number(n);
        const QDateTime published =
            QDateTime(QDate(2020, 1, 1), QTime(6, 0), Qt::UTC).addSecs(qint64(n) * 86400 * 3);
        xml += "<item>\n<title>Episode " + id + ": " + text(7) + "</title>\n<guid>podcast-" + p +
               "-episode-" + id + "</guid>\n<pubDate>" +
               published.toString(Qt::RFC2822Date).toUtf8() +
               "</pubDate>\n<link>https://example.org/" + p + "/" + id + "</link>\n<description>" +
               text(45) + "</description>\n<content:encoded><![CDATA[<p>" + text(80) + "</p><p>" +
               text(40) + "</p>]]></content:encoded>\n<itunes:duration>" +
               QByteArray::number(600 + rng.bounded(3000)) +
               "</itunes:duration>\n<itunes:episode>" + id + "</itunes:episode>\n<category>" +
               text(1) + "</category>\n<enclosure url=\"https://media.example.org/" + p + "/" + id +
               ".mp3\" type=\"audio/mpeg\" length=\"" +
               QByteArray::number(10000000 + rng.bounded(40000000)) + "\"/>\n</item>\n";
    }
    return xml + "</channel>\n</rss>\n";
}

// The 200 feeds as a server sees them: every version gzip-compressed ahead of time, so that the
// server thread spends no CPU the client would miss; `version` is what the server says now.
struct FeedSite
{
    QList<QList<QByteArray>> gzipped; // [podcast][version]
    QAtomicInt version = 0;
    qint64 bytes = 0; // uncompressed size of one version of all feeds
};

void serve(TestHttpServer &server, FeedSite &site)
{
    for (int p = 0; p < site.gzipped.size(); ++p) {
        server.route("/feed/" + QByteArray::number(p),
                     [&site, p](const TestHttpServer::Request &r) {
                         const int v = site.version.loadRelaxed();
                         const QByteArray etag =
                             "\"" + QByteArray::number(p) + "-" + QByteArray::number(v) + "\"";
                         TestHttpServer::Response response;
                         response.header("ETag", etag);
                         if (r.header("if-none-match") == etag) {
                             response.status = 304;
                             return response;
                         }
                         response.header("Content-Type", "application/rss+xml; charset=utf-8")
                             .header("Content-Encoding", "gzip");
                         response.body = site.gzipped.at(p).at(v);
                         return response;
                     });
    }
}

// The longest time the UI thread's event loop went without running a 1 ms timer.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = qMax(m_longest, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

struct RefreshRun
{
    double ms = 0;
    double stallMs = 0;
    int ok = 0;
    int added = 0;
};

RefreshRun refreshAll(PodcastRefresher &refresher, const QStringList &ids)
{
    RefreshRun run;
    QSignalSpy finished(&refresher, &PodcastRefresher::finished);
    const auto connection =
        QObject::connect(&refresher, &PodcastRefresher::refreshed, [&](const RefreshOutcome &o) {
            run.ok += o.ok() ? 1 : 0;
            run.added += o.added;
        });
    StallProbe probe;
    probe.start();
    QElapsedTimer t;
    t.start();
    refresher.refresh(ids);
    finished.wait(120000);
    run.ms = t.nsecsElapsed() / 1e6;
    run.stallMs = probe.stop();
    QObject::disconnect(connection);
    return run;
}

struct AppRun
{
    double paintMs = -1;
    double shownMs = -1;
    qint64 rssKb = 0;
    qint64 peakKb = 0;
};

// Starts the real binary and reads its startup log (ms after main() to the first paint and
// until the library is loaded and shown), then its memory once settled and at its peak.
AppRun runApp(const QStringList &args, const QString &dataDir)
{
    AppRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_qs, u"earmark.startup.info=true"_qs);
    if (!env.contains(u"DISPLAY"_qs))
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(EARMARK_BINARY), args + QStringList{u"--data-dir"_qs, dataDir});
    static const QRegularExpression kPainted(u"first window painted (\\d+) ms"_qs);
    static const QRegularExpression kShown(u"library loaded and shown (\\d+) ms"_qs);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && (run.paintMs < 0 || run.shownMs < 0)) {
        p.waitForReadyRead(50);
        out += p.readAll();
        const QString text = QString::fromUtf8(out);
        if (const auto m = kPainted.match(text); m.hasMatch())
            run.paintMs = m.captured(1).toDouble();
        if (const auto m = kShown.match(text); m.hasMatch())
            run.shownMs = m.captured(1).toDouble();
    }
    QTest::qWait(1500); // settled: the list shown, the player started
    QFile status(u"/proc/"_qs + QString::number(p.processId()) + u"/status"_qs);
    if (status.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(status.readAll());
        static const QRegularExpression kRss(u"VmRSS:\\s+(\\d+) kB"_qs);
        static const QRegularExpression kHwm(u"VmHWM:\\s+(\\d+) kB"_qs);
        run.rssKb = kRss.match(text).captured(1).toLongLong();
        run.peakKb = kHwm.match(text).captured(1).toLongLong();
    }
    p.kill();
    p.waitForFinished();
    return run;
}

QList<AppRun> runApps(int runs, const QStringList &args, const QString &dataDir)
{
    QList<AppRun> out;
    for (int i = 0; i < runs; ++i)
        out.append(runApp(args, dataDir));
    return out;
}

template<typename F> double medianOf(const QList<AppRun> &runs, F field)
{
    QList<double> v;
    for (const AppRun &r : runs)
        v.append(field(r));
    return median(v);
}

// The real binary on a generated 50,000-episode --catalog (median of 5).
int catalogPeak()
{
    QTemporaryDir catalogDir;
    const QString catalogFile = catalogDir.filePath(u"generated.json"_qs);
    QFile f(catalogFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(generateCatalog(50000)) < 0)
        return 1;
    f.close();
    const QList<AppRun> runs = runApps(5, {u"--catalog"_qs, catalogFile}, catalogDir.path());
    report("peak memory while loading a --catalog of 50,000 (median)",
           medianOf(runs, [](const AppRun &r) { return r.peakKb / 1024.0; }), "MB", "<= 200 MB");
    report("resident memory once settled, that catalog (median)",
           medianOf(runs, [](const AppRun &r) { return r.rssKb / 1024.0; }), "MB", "<= 150 MB");
    return 0;
}

// This process's memory from /proc/self/status: "VmRSS" or "VmHWM", in KiB.
qint64 memoryKb(const char *field)
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QString::fromLatin1(field) + u":\\s+(\\d+) kB"_qs);
    return re.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// One podcast whose feed is about 50 MB (uncompressed, served gzipped), subscribed to and then
// refreshed with one more item, through PodcastRefresher with `streamFrom`: how much the peak
// resident set grows over what the process held before (the feed kept by the server included).
int bigFeed(qsizetype streamFrom)
{
    const int items = 28000; // ~1.8 KB an item
    const QByteArray first = generateFeed(0, 0, items);
    FeedSite site;
    site.gzipped = {{TestHttpServer::gzipCompress(first),
                     TestHttpServer::gzipCompress(generateFeed(0, 1, items))}};
    site.bytes = first.size();
    TestHttpServer server;
    if (!server.isListening())
        return 1;
    serve(server, site);
    QTemporaryDir dataDir;
    ProgressStore progress;
    if (!progress.open(dataDir.path()))
        return 1;
    QNetworkAccessManager network;
    PodcastRefresher refresher(&network, progress.databasePath(),
                               QDir(dataDir.path()).filePath(u"artwork"_qs));
    refresher.setStreamFrom(streamFrom);
    std::printf("one feed of %d items, %.1f MB of XML; streamed from %lld bytes on\n", items,
                first.size() / 1048576.0, qlonglong(streamFrom));
    malloc_trim(0);
    const qint64 before = memoryKb("VmRSS");
    // The peak from here on (Linux: writing 5 to clear_refs resets VmHWM to the current RSS).
    QFile clear(u"/proc/self/clear_refs"_qs);
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        return 1;
    clear.close();
    QElapsedTimer t;
    t.start();
    {
        QSignalSpy finished(&refresher, &PodcastRefresher::finished);
        RefreshOutcome outcome;
        QObject::connect(&refresher, &PodcastRefresher::subscribed,
                         [&](const RefreshOutcome &o) { outcome = o; });
        refresher.subscribe(server.url(u"/feed/0"_qs));
        finished.wait(600000);
        if (!outcome.ok() || outcome.added != items) {
            std::printf("subscribing failed: %s, %d added\n", qPrintable(outcome.error),
                        outcome.added);
            return 1;
        }
        report("subscribe to the 50 MB feed", t.elapsed(), "ms", "-");
        report("  peak resident set growth", (memoryKb("VmHWM") - before) / 1024.0, "MiB",
               "<= 150 MB in all");
    }
    site.version.storeRelaxed(1);
    t.restart();
    PodcastStore store;
    if (!store.open(progress.databasePath()))
        return 1;
    const RefreshRun run = refreshAll(refresher, {store.podcasts().constFirst().id});
    if (run.ok != 1 || run.added != 1)
        return 1;
    report("refresh it, one item new (every stored one compared)", run.ms, "ms", "-");
    report("  peak resident set growth since before subscribing",
           (memoryKb("VmHWM") - before) / 1024.0, "MiB", "<= 150 MB in all");
    report("resident set of this process at its peak", memoryKb("VmHWM") / 1024.0, "MiB", "-");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int podcasts = 200;
    int items = 250;
    int rounds = 3;
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int &value) {
        if (const qsizetype i = args.indexOf(name); i >= 0 && i + 1 < args.size())
            value = args.at(i + 1).toInt();
    };
    option(u"--podcasts"_qs, podcasts);
    option(u"--items"_qs, items);
    option(u"--rounds"_qs, rounds);
    if (args.contains(u"--big-feed"_qs)) {
        int streamFrom = int(PodcastRefresher::kDefaultStreamFrom);
        option(u"--stream-from"_qs, streamFrom);
        return bigFeed(streamFrom);
    }
    if (args.contains(u"--catalog-only"_qs))
        return catalogPeak();

    FeedSite site;
    site.gzipped.resize(podcasts);
    for (int p = 0; p < podcasts; ++p) {
        for (int v = 0; v <= rounds; ++v) {
            const QByteArray xml = generateFeed(p, v, items);
            if (v == 0)
                site.bytes += xml.size();
            site.gzipped[p].append(TestHttpServer::gzipCompress(xml));
        }
    }
    TestHttpServer server;
    if (!server.isListening())
        return 1;
    serve(server, site);
    std::printf("Podcast benchmarks: %d feeds of %d items (%.1f MB of XML, %.0f KB a feed), "
                "served gzipped from 127.0.0.1\n\n",
                podcasts, items, site.bytes / 1048576.0, site.bytes / 1024.0 / podcasts);

    QTemporaryDir dataDir;
    QString databasePath;
    {
        ProgressStore progress;
        if (!progress.open(dataDir.path()))
            return 1;
        databasePath = progress.databasePath();
    }
    QNetworkAccessManager network;
    PodcastRefresher refresher(&network, databasePath,
                               QDir(dataDir.path()).filePath(u"artwork"_qs));

    // Subscribing to all of them: the first read of every feed.
    {
        QSignalSpy finished(&refresher, &PodcastRefresher::finished);
        int ok = 0;
        QObject::connect(&refresher, &PodcastRefresher::subscribed,
                         [&](const RefreshOutcome &o) { ok += o.ok() ? 1 : 0; });
        QElapsedTimer t;
        t.start();
        for (int p = 0; p < podcasts; ++p)
            refresher.subscribe(server.url(u"/feed/"_qs + QString::number(p)));
        finished.wait(300000);
        report("subscribe to all (first read, every item new)", t.elapsed(), "ms", "-");
        if (ok != podcasts) {
            std::printf("only %d of %d subscriptions succeeded\n", ok, podcasts);
            return 1;
        }
    }
    QStringList ids;
    {
        PodcastStore store;
        if (!store.open(databasePath))
            return 1;
        for (const Podcast &p : store.podcasts())
            ids.append(p.id);
    }

    // Refreshing: every feed changed (a new ETag, one new item each), then every feed unchanged.
    // PodcastRefresher as the app configures it: the default concurrency and per-host limit.
    QList<double> changed, changedStall, unchanged, unchangedStall;
    for (int round = 1; round <= rounds; ++round) {
        site.version.storeRelaxed(round);
        const RefreshRun c = refreshAll(refresher, ids);
        if (c.ok != podcasts || c.added != podcasts) {
            std::printf("round %d: %d refreshed, %d added; expected %d\n", round, c.ok, c.added,
                        podcasts);
            return 1;
        }
        changed.append(c.ms);
        changedStall.append(c.stallMs);
        const RefreshRun u = refreshAll(refresher, ids);
        if (u.ok != podcasts || u.added != 0)
            return 1;
        unchanged.append(u.ms);
        unchangedStall.append(u.stallMs);
    }
    std::sort(changedStall.begin(), changedStall.end());
    std::sort(unchangedStall.begin(), unchangedStall.end());
    report("refresh all, every feed changed (median)", median(changed), "ms", "<= 3000 ms");
    report("refresh all, every feed answers 304 (median)", median(unchanged), "ms", "<= 500 ms");
    report("longest UI-thread stall, changed refresh (worst run)", changedStall.last(), "ms",
           "<= 50 ms");
    report("longest UI-thread stall, 304 refresh (worst run)", unchangedStall.last(), "ms",
           "<= 50 ms");

    if (args.contains(u"--refresh-only"_qs))
        return 0;

    // The app on that data directory: 200 podcasts, 50,000 feed episodes, plus the bundled 21.
    const int stored = podcasts * (items + rounds);
    {
        const QList<AppRun> runs = runApps(5, {}, dataDir.path());
        report("first window painted, podcast library (median of 5)",
               medianOf(runs, [](const AppRun &r) { return r.paintMs; }), "ms", "<= 300 ms");
        report("library read and shown (in the background, median)",
               medianOf(runs, [](const AppRun &r) { return r.shownMs; }), "ms", "-");
        report("resident memory once settled (median)",
               medianOf(runs, [](const AppRun &r) { return r.rssKb / 1024.0; }), "MB", "<= 150 MB");
        report("peak memory while loading the library (median)",
               medianOf(runs, [](const AppRun &r) { return r.peakKb / 1024.0; }), "MB",
               "<= 200 MB");
    }
    if (catalogPeak() != 0)
        return 1;

    // In-process: search keystrokes through the real window over the whole library.
    const auto heapMb = [] { return mallinfo2().uordblks / 1048576.0; };
    Catalog library = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath()).catalog;
    {
        PodcastStore store;
        if (!store.open(databasePath))
            return 1;
        const double heapBefore = heapMb();
        QElapsedTimer t;
        t.start();
        Catalog podcastCatalog = store.catalog();
        report("PodcastStore::catalog() of every stored episode", t.elapsed(), "ms", "-");
        report("heap in use by that catalog (main arena)", heapMb() - heapBefore, "MB", "-");
        library.merge(podcastCatalog);
    }
    if (library.episodes().size() != stored + 21) {
        std::printf("%lld episodes in the library, expected %d\n",
                    qlonglong(library.episodes().size()), stored + 21);
        return 1;
    }
    EpisodeListModel model;
    const double heapBeforeModel = heapMb();
    model.setCatalog(library);
    report("heap in use by the episode model (search texts, order)", heapMb() - heapBeforeModel,
           "MB", "-");
    MainWindow window(&model);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    QList<double> keystrokes;
    const QString query = u"gradient shard"_qs;
    for (int round = 0; round < 3; ++round) {
        window.searchField()->clear();
        QCoreApplication::processEvents();
        for (const QChar c : query) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(window.searchField(), c.toLatin1());
            keystrokes.append(k.nsecsElapsed() / 1e6);
        }
    }
    std::printf("search over %lld episodes:\n", qlonglong(library.episodes().size()));
    report("search: one keystroke re-filters (median)", median(keystrokes), "ms", "<= 16 ms");
    std::sort(keystrokes.begin(), keystrokes.end());
    report("search: one keystroke re-filters (worst)", keystrokes.last(), "ms", "-");
    return 0;
}
