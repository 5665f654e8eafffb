// The full-text index of transcripts and show notes at 50,000 episodes: building it on its
// thread (and what the UI thread feels meanwhile), updating it when nothing or little changed,
// and searching as the learner types (the index query, and the whole keystroke in the window's
// models). Prints one line per measurement; the README keeps the numbers.
//
//   bench_searchindex [--episodes N] [--notes-words N] [--transcript-words N]
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "generatedcatalog.h"
#include "searchbinding.h"
#include "searchindex.h"
#include "textsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

void report(const char *what, double value, const char *unit, const char *goal)
{
    std::printf("%-62s %10.1f %-3s (goal %s)\n", what, value, unit, goal);
    std::fflush(stdout);
}

// `count` words of the generated vocabulary, with a rare word now and then, seeded by `seed`.
QString text(quint32 seed, int count)
{
    static const QStringList words = generatedWords();
    QRandomGenerator rng(seed);
    QString out;
    out.reserve(count * 9);
    for (int i = 0; i < count; ++i) {
        if (i)
            out += (i % 17 == 0) ? u". "_qs : u" "_qs;
        out += words.at(rng.bounded(int(words.size())));
        if (rng.bounded(2000) == 0)
            out += u" zygomorphic"_qs + QString::number(rng.bounded(50));
    }
    return out;
}

struct Setup
{
    int episodes = 50000;
    int notesWords = 120;
    int transcriptWords = 250;
};

// Runs an index update on TextSearch's thread while a 1 ms timer on this one measures the
// longest gap between its ticks (what a UI thread would feel).
SearchIndexer::Stats runUpdate(TextSearch &search, const Catalog &catalog,
                               const SearchSources &sources, double *ms, double *stallMs)
{
    QSignalSpy updated(&search, &TextSearch::updated);
    QElapsedTimer tick;
    double longest = 0;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        longest = std::max(longest, tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    QElapsedTimer t;
    t.start();
    tick.start();
    timer.start();
    search.update(catalog, sources);
    while (updated.isEmpty())
        updated.wait(600000);
    *ms = t.nsecsElapsed() / 1e6;
    *stallMs = longest;
    return updated.first().first().value<SearchIndexer::Stats>();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // a QApplication as the window has (the models need none)
    Setup setup;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--episodes")
            setup.episodes = args.at(i + 1).toInt();
        else if (args.at(i) == u"--notes-words")
            setup.notesWords = args.at(i + 1).toInt();
        else if (args.at(i) == u"--transcript-words")
            setup.transcriptWords = args.at(i + 1).toInt();
    }
    std::printf("%d episodes, show notes of %d words and a transcript of %d words each\n",
                setup.episodes, setup.notesWords, setup.transcriptWords);

    // The library: titles and summaries from the same vocabulary (as bench_library's catalog).
    Catalog catalog;
    {
        const QStringList words = generatedWords();
        QRandomGenerator rng(7);
        for (int i = 0; i < setup.episodes; ++i) {
            Episode e;
            e.id = u"ep-"_qs + QString::number(i);
            e.title = text(1000000 + i, 6);
            e.summary = text(2000000 + i, 28);
            e.topicId = u"topic-"_qs + QString::number(i % 20);
            e.published = QDate(2024, 1, 1).addDays(rng.bounded(900));
            e.durationSec = 600;
            e.transcriptUrl = u"https://example.invalid/t/"_qs + e.id + u".vtt"_qs;
            catalog.addEpisode(e);
        }
    }
    // Version 1 of every text; `changed` episodes get another one.
    QSet<int> changed;
    SearchSources sources;
    sources.transcriptStamp = [&changed](const Episode &e) {
        return changed.contains(e.id.mid(3).toInt()) ? QByteArray("v2") : QByteArray("v1");
    };
    sources.transcriptText = [&](const Episode &e) {
        const int i = e.id.mid(3).toInt();
        return text(3000000 + i + (changed.contains(i) ? 7 : 0), setup.transcriptWords);
    };
    sources.showNotes = [&](const SearchSources::ShowNotesVisitor &visit) {
        for (int i = 0; i < setup.episodes; ++i) {
            visit(u"ep-"_qs + QString::number(i),
                  u"<p>"_qs + text(4000000 + i + (changed.contains(i) ? 7 : 0), setup.notesWords) +
                      u"</p>"_qs);
        }
    };

    QTemporaryDir dir;
    const QString path = SearchIndex::fileIn(dir.path());
    TextSearch search(path);
    double ms = 0;
    double stall = 0;
    SearchIndexer::Stats stats = runUpdate(search, catalog, sources, &ms, &stall);
    std::printf("  %d rows indexed, index file %.1f MB\n", stats.indexed,
                QFileInfo(path).size() / 1e6);
    report("index built from nothing (on its thread)", ms / 1000.0, "s", "off the UI thread");
    report("  longest UI-thread stall meanwhile (1 ms timer)", stall, "ms", "<= 16 ms");
    stats = runUpdate(search, catalog, sources, &ms, &stall);
    std::printf("  %d unchanged, %d indexed\n", stats.unchanged, stats.indexed);
    report("update, nothing changed (show notes hashed again)", ms, "ms", "incremental");
    for (int i = 0; i < setup.episodes; i += 100)
        changed.insert(i);
    stats = runUpdate(search, catalog, sources, &ms, &stall);
    std::printf("  %d unchanged, %d indexed\n", stats.unchanged, stats.indexed);
    report("update, 1% of episodes changed", ms, "ms", "incremental");

    // The index query per keystroke, as typed.
    const QStringList typed = {u"gradient"_qs, u"zygomorphic1"_qs, u"warmup decay"_qs,
                               u"interconnect latency"_qs, u"nothingmatches"_qs};
    SearchIndex reader;
    if (!reader.openExisting(path)) {
        std::printf("cannot open the index: %s\n", qPrintable(reader.errorString()));
        return 1;
    }
    QList<double> queryMs;
    std::printf("  per keystroke, the index query (ms) and its hits:\n");
    for (const QString &word : typed) {
        std::printf("    %-22s", qPrintable(word));
        for (qsizetype n = 1; n <= word.size(); ++n) {
            const QString prefix = word.left(n);
            if (SearchIndex::matchExpression(prefix).isEmpty())
                continue;
            QElapsedTimer t;
            t.start();
            const auto hits = reader.search(prefix);
            const double q = t.nsecsElapsed() / 1e6;
            queryMs.append(q);
            std::printf(" %.1f/%lld", q, hits ? qlonglong(hits->size()) : -1LL);
        }
        std::printf("\n");
    }
    report("index query per keystroke (median, on the query thread)", median(queryMs), "ms",
           "async");
    report("index query per keystroke (worst)", worst(queryMs), "ms", "async");

    // The keystroke in the window's models: the filter runs at once, the query is only posted;
    // the hits come back later and are applied (a second filter pass when there are any).
    EpisodeListModel episodes;
    episodes.setCatalog(catalog);
    EpisodeFilterModel cards(&episodes);
    QList<double> keyMs;
    QList<double> applyMs;
    QList<double> roundTripMs;
    QElapsedTimer sinceKey;
    double applyStarted = 0;
    // Connected first: runs before the binding applies the hits.
    QObject::connect(&search, &TextSearch::found, &cards,
                     [&] { applyStarted = sinceKey.nsecsElapsed() / 1e6; });
    bindTextSearch(&cards, &search);
    // Connected last: the hits are applied; the proxy filters as a view would ask it to.
    QObject::connect(&search, &TextSearch::found, &cards, [&] { cards.rowCount(); });
    for (const QString &word : typed) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            QSignalSpy found(&search, &TextSearch::found);
            EpisodeFilter filter;
            filter.setText(word.left(n));
            sinceKey.start();
            cards.setFilter(filter);
            cards.rowCount(); // the proxy filters when asked, as a view would at once
            keyMs.append(sinceKey.nsecsElapsed() / 1e6);
            if (SearchIndex::matchExpression(word.left(n)).isEmpty())
                continue;
            while (found.isEmpty())
                found.wait(10000);
            // The spy's connection runs after the others: the hits are applied by now.
            const double done = sinceKey.nsecsElapsed() / 1e6;
            roundTripMs.append(done);
            applyMs.append(done - applyStarted);
        }
    }
    report("keystroke on the UI thread, 50,000 episodes (median)", median(keyMs), "ms", "<= 16 ms");
    report("keystroke on the UI thread (worst)", worst(keyMs), "ms", "<= 16 ms");
    report("hits applied to the cards on the UI thread (median)", median(applyMs), "ms",
           "<= 16 ms");
    report("hits applied to the cards on the UI thread (worst)", worst(applyMs), "ms", "<= 16 ms");
    report("keystroke to transcript hits shown (median)", median(roundTripMs), "ms", "-");
    return 0;
}
