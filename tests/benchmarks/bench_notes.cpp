// Study notes: how long a bookmark takes to save (the B key) with 10,000 notes stored, and the
// Notes node over 10,000 notes: building its model (opening the node) and each keystroke of a
// search, and a topic filter. README, "Performance".
//   ./build/tests/benchmarks/bench_notes [notes]
#include "bookmarkmaker.h"
#include "notesfiltermodel.h"
#include "noteslistmodel.h"
#include "notesstore.h"
#include "progressstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList kWords = {u"reward"_qs,     u"model"_qs,  u"gradient"_qs,  u"adapter"_qs,
                            u"preference"_qs, u"tokens"_qs, u"attention"_qs, u"policy"_qs,
                            u"learning"_qs,   u"rate"_qs,   u"batch"_qs,     u"loss"_qs};

Catalog makeCatalog(int episodes)
{
    Catalog c;
    for (int t = 0; t < 10; ++t)
        c.addTopic({u"topic-%1"_qs.arg(t), u"Topic %1"_qs.arg(t), {}, Topic::Kind::Course, {}, {}});
    for (int i = 0; i < episodes; ++i) {
        Episode e;
        e.id = u"ep-%1"_qs.arg(i);
        e.title = u"Episode %1 about %2"_qs.arg(i).arg(kWords.at(i % kWords.size()));
        e.topicId = u"topic-%1"_qs.arg(i % 10);
        e.tags = {u"Tag %1"_qs.arg(i % 7), u"Tag %1"_qs.arg(i % 5 + 10)};
        e.chapters = {{0, u"Intro"_qs}, {120'000, u"Main part"_qs}};
        c.addEpisode(e);
    }
    return c;
}

QString sentence(QRandomGenerator &random, int words)
{
    QStringList out;
    for (int w = 0; w < words; ++w)
        out.append(kWords.at(random.bounded(int(kWords.size()))));
    return out.join(u' ');
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    ProgressStore progress;
    NotesStore store;
    if (!progress.open(dir.path()) || !store.open(progress.databasePath()))
        return 1;
    const Catalog catalog = makeCatalog(500);
    QRandomGenerator random(42);

    // 10,000 notes stored, as an import would.
    QList<Note> notes;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 0; i < count; ++i) {
        Note n;
        n.uid = u"note-%1"_qs.arg(i);
        n.episodeId = u"ep-%1"_qs.arg(random.bounded(500));
        n.startMs = random.bounded(600'000);
        n.endMs = n.startMs + 30'000;
        n.text = sentence(random, 12);
        n.quote = sentence(random, 40);
        n.createdAt = start.addSecs(i * 60);
        n.editedAt = n.createdAt;
        notes.append(n);
    }
    QElapsedTimer timer;
    timer.start();
    if (store.merge(notes) != count)
        return 1;
    std::printf("stored %d notes in %lld ms\n", count, static_cast<long long>(timer.elapsed()));

    // Loading the Notes node's list (in the background in the app): read every note and
    // index it for search; then the UI thread only swaps the rows in.
    NotesListModel model;
    NotesFilterModel filter(&model);
    timer.restart();
    const QList<Note> all = store.notes();
    const double readMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    QList<NotesListModel::Row> rows = NotesListModel::prepare(all, catalog, false);
    const double prepareMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    model.setRows(catalog, std::move(rows));
    const double showMs = timer.nsecsElapsed() / 1e6;
    std::printf("Notes node: read %lld notes %.1f ms and index them %.1f ms (background), "
                "show them %.2f ms (UI thread, %d rows)\n",
                static_cast<long long>(all.size()), readMs, prepareMs, showMs, filter.rowCount());

    // A search typed one key at a time, then erased.
    const QString typed = u"reward model"_qs;
    QList<double> keys;
    QList<double> bestPerKey(2 * typed.size(), 1e9); // each key's best of the rounds
    const auto key = [&](int index, const QString &text) {
        timer.restart();
        filter.setText(text);
        const double ms = timer.nsecsElapsed() / 1e6;
        keys.append(ms);
        bestPerKey[index] = std::min(bestPerKey[index], ms);
    };
    for (int round = 0; round < 7; ++round) {
        for (int i = 1; i <= typed.size(); ++i)
            key(i - 1, typed.left(i));
        for (int i = typed.size() - 1; i >= 0; --i)
            key(int(typed.size()) + i, typed.left(i));
    }
    filter.setText(typed);
    std::printf("search keystroke over %d notes: median %.2f ms, p95 %.2f ms, max %.2f ms; "
                "slowest key (best of 7 rounds) %.2f ms (%d match \"%s\")\n",
                count, percentile(keys, 0.5), percentile(keys, 0.95),
                *std::max_element(keys.cbegin(), keys.cend()),
                *std::max_element(bestPerKey.cbegin(), bestPerKey.cend()), filter.rowCount(),
                qPrintable(typed));
    filter.setText({});
    timer.restart();
    filter.setTopic(u"topic-3"_qs, u"Tag 2"_qs);
    std::printf("topic and tag filter: %.2f ms (%d rows)\n", timer.nsecsElapsed() / 1e6,
                filter.rowCount());
    filter.setTopic({});

    // B: make the bookmark, store it, show it at the top of the Notes node.
    BookmarkMaker maker;
    const Episode *episode = catalog.episode(u"ep-7"_qs);
    QList<double> saves;
    for (int i = 0; i < 500; ++i) {
        timer.restart();
        const std::optional<Note> n = store.save(maker.make(*episode, 150'000 + i * 1000, 900'000));
        if (!n)
            return 1;
        model.put(*n);
        saves.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("bookmark saved (%d notes stored): median %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                "max %.2f ms\n",
                count, percentile(saves, 0.5), percentile(saves, 0.95), percentile(saves, 0.99),
                *std::max_element(saves.cbegin(), saves.cend()));
    return 0;
}
