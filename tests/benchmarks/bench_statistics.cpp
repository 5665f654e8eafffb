// The statistics dashboard with 100,000 stored sessions (goal: 150 ms or less from asking to a
// shown report): the report computed in SQL (ListeningStatistics::report, a fresh connection as
// the dashboard's worker thread makes), the dialog built, filled and painted, today's minutes for
// the goal indicator, the newest 5,000 history rows, and the CSV export of all sessions.
//
//   bench_statistics [SESSIONS] (100,000 by default)
//
// The dashboard's widgets are compiled in (see CMakeLists.txt), so this needs the study library
// and Qt Widgets, not the whole UI.
#include "listeningstatistics.h"
#include "progressstore.h"
#include "reviewschedule.h"
#include "statisticsdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

Topic makeTopic(const QString &id, const QString &title)
{
    Topic t;
    t.id = id;
    t.title = title;
    return t;
}

constexpr int kRounds = 9;
constexpr int kEpisodes = 2000;
constexpr int kTopics = 20;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double worst(const QList<double> &values)
{
    return *std::max_element(values.cbegin(), values.cend());
}

Catalog makeCatalog()
{
    Catalog catalog;
    for (int t = 0; t < kTopics; ++t)
        catalog.addTopic(makeTopic(u"topic-%1"_qs.arg(t), u"Topic %1"_qs.arg(t)));
    for (int i = 0; i < kEpisodes; ++i) {
        Episode e;
        e.id = u"episode-%1"_qs.arg(i);
        e.title = u"Episode %1"_qs.arg(i);
        e.topicId = u"topic-%1"_qs.arg(i % kTopics);
        e.tags = {u"tag-%1"_qs.arg(i % 7), u"tag-%1"_qs.arg(i % 11 + 7)};
        e.durationSec = 600 + i % 1800;
        catalog.addEpisode(e);
    }
    return catalog;
}

// Three years of listening: sessions of 1–30 minutes at 0.75–2×, a few a day, most days.
bool fill(const QString &path, int sessions)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"fill"_qs);
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QRandomGenerator random(14);
    const qint64 end = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    const qint64 span = qint64(3) * 365 * 86400000;
    bool ok = db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO progress (episode_id, position_ms, duration_ms, finished, "
              "finished_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_qs);
    for (int i = 0; ok && i < kEpisodes; ++i) {
        const bool finished = i % 3 == 0;
        q.addBindValue(u"episode-%1"_qs.arg(i));
        q.addBindValue(finished ? 0 : qint64(i % 600) * 1000);
        q.addBindValue(qint64(600 + i % 1800) * 1000);
        q.addBindValue(finished ? 1 : 0);
        q.addBindValue(finished ? QVariant(end - qint64(random.bounded(1000)) * 86400000)
                                : QVariant());
        q.addBindValue(end);
        ok = q.exec();
    }
    q.prepare(u"INSERT INTO sessions (episode_id, started_at, ended_at, start_ms, end_ms, "
              "listened_ms, rate) VALUES (?, ?, ?, ?, ?, ?, ?)"_qs);
    for (int i = 0; ok && i < sessions; ++i) {
        const qint64 start = end - span + span * i / sessions + random.bounded(60000);
        const qint64 listened = qint64(60 + random.bounded(1740)) * 1000;
        const double rate = 0.75 + 0.25 * random.bounded(6);
        q.addBindValue(u"episode-%1"_qs.arg(random.bounded(kEpisodes)));
        q.addBindValue(start);
        q.addBindValue(start + qint64(listened / rate));
        q.addBindValue(0);
        q.addBindValue(listened);
        q.addBindValue(listened);
        q.addBindValue(rate);
        ok = q.exec();
    }
    ok = ok && db.commit();
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"fill"_qs);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int sessions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTemporaryDir temp;
    ProgressStore store;
    if (!temp.isValid() || !store.open(temp.path())) {
        std::fprintf(stderr, "cannot create the store\n");
        return 1;
    }
    if (!fill(store.databasePath(), sessions)) {
        std::fprintf(stderr, "cannot fill the store\n");
        return 1;
    }
    {
        ReviewSchedule review;
        review.open(store.databasePath());
        review.scheduleAllFinished(QTimeZone::systemTimeZone(), QDateTime::currentDateTimeUtc());
    }
    const Catalog catalog = makeCatalog();
    ListeningStatistics::Request request;
    request.zone = QTimeZone("Europe/Berlin");
    request.catalog = catalog;

    QList<double> reportMs, dialogMs, totalMs, todayMs, historyMs;
    QElapsedTimer timer;
    // The first report adds up every session into the cache tables (once per data directory
    // and time zone; the app does it in the background after start).
    timer.start();
    {
        ListeningStatistics statistics;
        if (!statistics.open(store.databasePath()) || !statistics.report(request))
            return 1;
    }
    const double firstMs = timer.nsecsElapsed() / 1e6;
    // Later reports add in only what was added since: a few sessions, as after listening.
    int added = 0;
    const auto addSessions = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"add"_qs);
        db.setDatabaseName(store.databasePath());
        db.open();
        QSqlQuery q(db);
        const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
        for (int i = 0; i < 3; ++i, ++added)
            q.exec(u"INSERT INTO sessions (episode_id, started_at, ended_at, start_ms, end_ms, "
                   "listened_ms, rate) VALUES ('episode-1', %1, %1, 0, 60000, 60000, 1.0)"_qs.arg(
                       now - 1000 * added));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"add"_qs);
    };
    for (int round = 0; round < kRounds; ++round) {
        addSessions();
        QElapsedTimer total;
        total.start();
        timer.start();
        ListeningStatistics statistics;
        if (!statistics.open(store.databasePath()))
            return 1;
        const std::optional<StatisticsReport> report = statistics.report(request);
        if (!report)
            return 1;
        reportMs.append(timer.nsecsElapsed() / 1e6);

        timer.start();
        StatisticsDialog dialog;
        dialog.setReport(*report, {});
        dialog.show();
        dialog.repaint();
        QCoreApplication::processEvents();
        dialogMs.append(timer.nsecsElapsed() / 1e6);
        totalMs.append(total.nsecsElapsed() / 1e6);

        timer.start();
        statistics.realMsOnDay(request.zone, QDateTime::currentDateTimeUtc());
        todayMs.append(timer.nsecsElapsed() / 1e6);

        timer.start();
        const auto rows = statistics.history(request.zone, StatisticsDialog::kHistoryRows);
        dialog.setHistory(rows, {});
        historyMs.append(timer.nsecsElapsed() / 1e6);
        if (round == 0)
            std::printf("%d sessions over %lld local days, %d topics\n", report->all.sessions,
                        qint64(report->days.size()), int(report->topics.size()));
    }
    ListeningStatistics statistics;
    statistics.open(store.databasePath());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    timer.start();
    statistics.writeCsv(&csv, request.zone, {});
    const double csvMs = timer.nsecsElapsed() / 1e6;

    std::printf("first report, every session added up into the cache: %.0f ms\n", firstMs);
    std::printf("report in SQL (median / worst of %d): %.1f / %.1f ms\n", kRounds, median(reportMs),
                worst(reportMs));
    std::printf("dialog built, filled and painted: %.1f / %.1f ms\n", median(dialogMs),
                worst(dialogMs));
    std::printf("dashboard, asked to shown: %.1f / %.1f ms (goal: <= 150 ms)\n", median(totalMs),
                worst(totalMs));
    std::printf("today's minutes (goal indicator): %.2f ms\n", median(todayMs));
    std::printf("history, newest 5,000 rows into the table: %.1f ms\n", median(historyMs));
    std::printf("CSV export of all sessions: %.0f ms, %.1f MB\n", csvMs, double(csv.size()) / 1e6);
    return median(totalMs) <= 150 ? 0 : 1;
}
