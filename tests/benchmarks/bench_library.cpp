// Library benchmarks: a generated 50,000-episode catalog (and the bundled 21), measured on this
// machine. Prints one line per measurement; the README keeps the numbers.
//
//   bench_library [--episodes N]
#include "catalogloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "generatedcatalog.h"
#include "librarytreemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
    std::printf("%-58s %10.1f %-3s (goal %s)\n", what, value, unit, goal);
    std::fflush(stdout);
}

// Starts the real binary and reads its startup log: ms after main() to the first paint and,
// with extra catalogs, until they are loaded and shown.
double firstPaintMs(const QStringList &args, qint64 *rssKb, double *allShownMs = nullptr)
{
    QTemporaryDir data;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_qs, u"earmark.startup.info=true"_qs);
    if (!env.contains(u"DISPLAY"_qs))
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(EARMARK_BINARY), args + QStringList{u"--data-dir"_qs, data.path()});
    static const QRegularExpression kPainted(u"first window painted (\\d+) ms"_qs);
    static const QRegularExpression kShown(u"library loaded and shown (\\d+) ms"_qs);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    double ms = -1;
    double shown = allShownMs ? -1 : 0;
    while (t.elapsed() < 20000 && (ms < 0 || shown < 0)) {
        p.waitForReadyRead(100);
        out += p.readAll();
        const auto m = kPainted.match(QString::fromUtf8(out));
        if (m.hasMatch())
            ms = m.captured(1).toDouble();
        const auto s = kShown.match(QString::fromUtf8(out));
        if (s.hasMatch())
            shown = s.captured(1).toDouble();
    }
    if (allShownMs)
        *allShownMs = shown;
    QTest::qWait(300);
    if (rssKb) {
        QFile status(u"/proc/"_qs + QString::number(p.processId()) + u"/status"_qs);
        if (status.open(QIODevice::ReadOnly)) {
            static const QRegularExpression kRss(u"VmRSS:\\s+(\\d+) kB"_qs);
            *rssKb = kRss.match(QString::fromUtf8(status.readAll())).captured(1).toLongLong();
        }
    }
    p.kill();
    p.waitForFinished();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int episodes = 50000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--episodes"_qs); i >= 0 && i + 1 < args.size())
        episodes = args.at(i + 1).toInt();

    QTemporaryDir dir;
    const QString catalogFile = dir.filePath(u"generated.json"_qs);
    {
        QFile f(catalogFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(generateCatalog(episodes));
    }
    std::printf("Library benchmarks, %d generated episodes + the bundled 21\n\n", episodes);

    // Start-up of the real binary, several runs each, median.
    QList<double> small, big, bigShown;
    qint64 rssKb = 0;
    for (int run = 0; run < 5; ++run) {
        small.append(firstPaintMs({}, nullptr));
        double shown = 0;
        big.append(firstPaintMs({u"--catalog"_qs, catalogFile}, &rssKb, &shown));
        bigShown.append(shown);
    }
    report("first paint, bundled 21 episodes (median of 5)", median(small), "ms", "<= 150 ms");
    report("first paint with cards, --catalog of 50,000 (median of 5)", median(big), "ms",
           "<= 400 ms");
    report("all 50,000 loaded in the background and shown (median)", median(bigShown), "ms", "-");
    report("resident memory with 50,000 episodes", rssKb / 1024.0, "MB", "<= 150 MB");

    // In-process: search keystrokes and tag selection through the real window.
    const auto heapMb = [] { return mallinfo2().uordblks / 1048576.0; };
    const double heapBefore = heapMb();
    QElapsedTimer t;
    t.start();
    CatalogLoadResult loaded = CatalogLoader::loadAll({catalogFile});
    report("load and validate the catalogs", t.elapsed(), "ms", "-");
    EpisodeListModel model;
    t.restart();
    model.setCatalog(loaded.catalog);
    report("build the episode model (search keys)", t.elapsed(), "ms", "-");
    loaded = {};
    report("heap in use by the catalog and the episode model", heapMb() - heapBefore, "MB", "-");
    MainWindow window(&model);
    window.resize(1280, 800);
    window.show();
    report("heap in use with the window", heapMb() - heapBefore, "MB", "-");
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
    report("search: one keystroke re-filters (median)", median(keystrokes), "ms", "<= 16 ms");
    std::sort(keystrokes.begin(), keystrokes.end());
    report("search: one keystroke re-filters (worst)", keystrokes.last(), "ms", "-");
    {
        // The filter pass alone, without the view: what a keystroke costs at the least.
        EpisodeFilter f;
        f.setText(u"gradient shard"_qs);
        QList<double> pure;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer k;
            k.start();
            int n = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                n += f.matches(model.episodeAt(r), ListeningStatus::NotStarted,
                               model.searchTextAt(r));
            pure.append(k.nsecsElapsed() / 1e6);
        }
        report("search: EpisodeFilter::matches over every episode", median(pure), "ms", "-");
    }
    window.searchField()->clear();

    QList<double> selections;
    const QStringList keys = {u"tag:topic-3/Fine-Tuning"_qs, u"tag:topic-7/Data"_qs,
                              u"topic:topic-11"_qs, u"status:finished"_qs, u"all"_qs};
    for (int round = 0; round < 3; ++round) {
        for (const QString &key : keys) {
            QElapsedTimer s;
            s.start();
            window.selectNode(key);
            selections.append(s.nsecsElapsed() / 1e6);
        }
    }
    report("tree: a tag selection re-filters (median)", median(selections), "ms", "<= 16 ms");

    // Scrolling: time to paint each page while paging through the list.
    QListView *view = window.episodeView();
    QList<double> frames;
    for (int page = 0; page < 60; ++page) {
        QElapsedTimer f;
        f.start();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() +
                                            view->viewport()->height());
        view->viewport()->repaint();
        frames.append(f.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    report("scroll: one page painted (median)", median(frames), "ms", "<= 16 ms");
    report("scroll: one page painted (worst)", frames.last(), "ms", "<= 16 ms");
    return 0;
}
