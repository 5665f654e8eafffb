// ProgressStore timings: the median cost of one position save (goal: 1 ms or less) and loading
// the progress of 50,000 episodes with allProgress() (goal: 50 ms or less).
//
//   bench_progressstore [DIR]   (a temporary directory by default; DIR is where the file goes)
#include "progressstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kSaves = 5000;
constexpr int kEpisodes = 50'000;
constexpr int kLoads = 15;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(double(values.size() - 1) * p));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp(app.arguments().size() > 1 ? app.arguments().at(1) + u"/bench-XXXXXX"_qs
                                                  : QString());
    if (!temp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    int failures = 0;

    {
        ProgressStore store;
        if (!store.open(temp.path())) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        for (int i = 0; i < 21; ++i) // the catalog's episodes have rows, as in real use
            store.savePosition(u"episode-%1"_qs.arg(i), 0);
        QList<double> ms;
        ms.reserve(kSaves);
        QElapsedTimer timer;
        for (int i = 0; i < kSaves; ++i) {
            const QString id = u"episode-%1"_qs.arg(i % 21);
            timer.start();
            if (!store.savePosition(id, qint64(i) * 250))
                return 1;
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const double med = median(ms);
        std::printf("position save: median %.3f ms, p95 %.3f ms, max %.3f ms over %d saves "
                    "(goal: median <= 1 ms)\n",
                    med, percentile(ms, 0.95), percentile(ms, 1.0), kSaves);
        failures += med > 1.0 ? 1 : 0;
    }

    {
        QTemporaryDir dir(temp.filePath(u"load-XXXXXX"_qs));
        {
            ProgressStore store;
            if (!store.open(dir.path()))
                return 1;
            QList<ProgressStore::ImportedEpisode> episodes;
            episodes.reserve(kEpisodes);
            const QDateTime t = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < kEpisodes; ++i) {
                ProgressStore::ImportedEpisode e;
                e.progress.episodeId = u"some-episode-identifier-%1"_qs.arg(i);
                e.progress.positionMs = i * 7;
                e.progress.durationMs = 90'000;
                e.progress.finished = i % 3 == 0;
                e.progress.finishedAt = e.progress.finished ? t : QDateTime();
                e.progress.firstPlayed = t.addSecs(-i);
                e.progress.lastPlayed = t;
                e.progress.timesPlayed = i % 5;
                e.progress.updatedAt = t;
                episodes.append(e);
            }
            bool ok = false;
            store.merge(episodes, &ok);
            if (!ok)
                return 1;
        }
        ProgressStore store;
        if (!store.open(dir.path()))
            return 1;
        QList<double> ms;
        QElapsedTimer timer;
        qsizetype count = 0;
        for (int i = 0; i < kLoads; ++i) {
            timer.start();
            const QHash<QString, EpisodeProgress> all = store.allProgress();
            ms.append(double(timer.nsecsElapsed()) / 1e6); // freeing it is not loading
            count = all.size();
        }
        const double med = median(ms);
        std::printf("allProgress() of %lld episodes: median %.1f ms, first %.1f ms, best %.1f ms "
                    "over %d loads (goal: <= 50 ms)\n",
                    static_cast<long long>(count), med, ms.first(),
                    *std::min_element(ms.cbegin(), ms.cend()), kLoads);
        failures += med > 50.0 ? 1 : 0;
    }
    return failures == 0 ? 0 : 2;
}
