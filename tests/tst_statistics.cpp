// ListeningStatistics: local days across DST changes, midnight and a year boundary, in two time
// zones; totals for today, week, month and all time; streaks against the daily goal; per topic
// and tag with the pace projection; the history rows and the CSV export. Real SQLite files.
#include "listeningstatistics.h"
#include "progressstore.h"
#include "reviewschedule.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Topic makeTopic(const QString &id, const QString &title)
{
    Topic t;
    t.id = id;
    t.title = title;
    return t;
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

constexpr qint64 kMinute = 60000;
// Sessions of a fixture: start, minutes.
using Sessions = QList<QPair<QDateTime, int>>;

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void localDays_data();
    void localDays();
    void periodsAcrossYearBoundary();
    void sessionAtMidnightCountsOnItsStartDay();
    void heatmapSpans26Weeks();
    void streaks_data();
    void streaks();
    void timeZoneChangeMovesDays();
    void perTopicAndPace();
    void reviewForecast();
    void historyAndCsv();
    void aggregatesUseTheIndex();
    void cacheFollowsTheSessions();

private:
    void addSession(const QString &episodeId, const QDateTime &start, qint64 mediaMs,
                    double rate = 1.0);
    StatisticsReport report(const QByteArray &zone, const QDateTime &now, int goal = 15,
                            const Catalog &catalog = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
};

void TestStatistics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProgressStore>();
    QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));
}

void TestStatistics::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStatistics::addSession(const QString &episodeId, const QDateTime &start, qint64 mediaMs,
                                double rate)
{
    ListeningSession s;
    s.episodeId = episodeId;
    s.startedAt = start;
    s.endedAt = start.addMSecs(qint64(double(mediaMs) / rate));
    s.startPositionMs = 1000;
    s.endPositionMs = 1000 + mediaMs;
    s.listenedMs = mediaMs;
    s.rate = rate;
    QVERIFY(m_store->addSession(s));
}

StatisticsReport TestStatistics::report(const QByteArray &zone, const QDateTime &now, int goal,
                                        const Catalog &catalog)
{
    ListeningStatistics statistics;
    if (!statistics.open(m_store->databasePath()))
        qFatal("%s", qPrintable(statistics.errorString()));
    ListeningStatistics::Request request;
    request.zone = QTimeZone(zone);
    request.now = now;
    request.goalMinutes = goal;
    request.catalog = catalog;
    const std::optional<StatisticsReport> r = statistics.report(request);
    if (!r)
        qFatal("%s", qPrintable(statistics.errorString()));
    return *r;
}

void TestStatistics::localDays_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDate>("day");

    // Europe/Berlin: CET (+1) until 2026-03-29 01:00 UTC, CEST (+2) until 2026-10-25 01:00 UTC.
    QTest::newRow("Berlin, 00:30 CET before spring change")
        << "Europe/Berlin"_ba << utc(2026, 3, 28, 23, 30) << QDate(2026, 3, 29);
    QTest::newRow("Berlin, 00:30 CEST the day after spring change")
        << "Europe/Berlin"_ba << utc(2026, 3, 29, 22, 30) << QDate(2026, 3, 30);
    QTest::newRow("Berlin, 00:30 CEST on autumn change day")
        << "Europe/Berlin"_ba << utc(2026, 10, 24, 22, 30) << QDate(2026, 10, 25);
    QTest::newRow("Berlin, 23:30 CET after autumn change")
        << "Europe/Berlin"_ba << utc(2026, 10, 25, 22, 30) << QDate(2026, 10, 25);
    QTest::newRow("Berlin, 23:30 on New Year's Eve")
        << "Europe/Berlin"_ba << utc(2026, 12, 31, 22, 30) << QDate(2026, 12, 31);
    QTest::newRow("Berlin, 00:30 on New Year's Day")
        << "Europe/Berlin"_ba << utc(2026, 12, 31, 23, 30) << QDate(2027, 1, 1);
    // America/New_York: EST (-5) until 2026-03-08 07:00 UTC, EDT (-4) until 2026-11-01 06:00.
    QTest::newRow("New York, 00:30 EDT after spring change")
        << "America/New_York"_ba << utc(2026, 3, 9, 4, 30) << QDate(2026, 3, 9);
    QTest::newRow("New York, 23:30 EST after autumn change")
        << "America/New_York"_ba << utc(2026, 11, 2, 4, 30) << QDate(2026, 11, 1);
    QTest::newRow("New York, 19:30 EST on New Year's Eve is not yet next year")
        << "America/New_York"_ba << utc(2027, 1, 1, 0, 30) << QDate(2026, 12, 31);
}

void TestStatistics::localDays()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, start);
    QFETCH(QDate, day);
    // Far-away sessions put DST transitions of other years into the query as well.
    addSession(u"far-past"_s, utc(2019, 7, 1, 12, 0), kMinute);
    addSession(u"ep"_s, start, 20 * kMinute);
    const StatisticsReport r = report(zone, start.addDays(2));
    QList<QDate> days;
    for (const DayActivity &a : r.days) {
        if (a.realMs > 0)
            days.append(a.date);
    }
    QCOMPARE(days, QList<QDate>{day});
    QCOMPARE(r.all.sessions, 2);
}

void TestStatistics::periodsAcrossYearBoundary()
{
    // Friday 2027-01-01 in Berlin; the week began on Monday 2026-12-28, the month today.
    const QDateTime now = utc(2027, 1, 1, 12, 0);
    addSession(u"a"_s, utc(2026, 12, 20, 10, 0), 10 * kMinute);   // earlier in December
    addSession(u"a"_s, utc(2026, 12, 31, 20, 0), 20 * kMinute);   // this week, last year
    addSession(u"b"_s, utc(2027, 1, 1, 9, 0), 30 * kMinute, 1.5); // today, 20 min real
    m_store->setClock([] { return utc(2026, 12, 31, 20, 30); });
    QVERIFY(m_store->setFinished(u"a"_s, true));
    m_store->setClock([] { return utc(2027, 1, 1, 9, 30); });
    QVERIFY(m_store->setFinished(u"b"_s, true));

    const StatisticsReport r = report("Europe/Berlin", now);
    QCOMPARE(r.today, QDate(2027, 1, 1));
    QCOMPARE(r.todayTotals.realMs, 20 * kMinute);
    QCOMPARE(r.todayTotals.mediaMs, 30 * kMinute);
    QCOMPARE(r.todayTotals.sessions, 1);
    QCOMPARE(r.todayTotals.finished, 1);
    QCOMPARE(r.todayTotals.averageRate(), 1.5);
    QCOMPARE(r.week.realMs, 40 * kMinute);
    QCOMPARE(r.week.mediaMs, 50 * kMinute);
    QCOMPARE(r.week.sessions, 2);
    QCOMPARE(r.week.finished, 2);
    QCOMPARE(r.month.realMs, 20 * kMinute);
    QCOMPARE(r.month.finished, 1);
    QCOMPARE(r.all.realMs, 50 * kMinute);
    QCOMPARE(r.all.mediaMs, 60 * kMinute);
    QCOMPARE(r.all.sessions, 3);
    QCOMPARE(r.all.finished, 2);
    QCOMPARE(r.all.averageRate(), 1.2);
}

void TestStatistics::sessionAtMidnightCountsOnItsStartDay()
{
    // 23:50 to 00:10 local: all 20 minutes count for the day it started.
    addSession(u"a"_s, utc(2027, 1, 5, 22, 50), 20 * kMinute);
    const StatisticsReport r = report("Europe/Berlin", utc(2027, 1, 6, 12, 0));
    QCOMPARE(r.days.constLast().date, QDate(2027, 1, 6));
    QCOMPARE(r.days.constLast().realMs, 0);
    QCOMPARE(r.days.at(r.days.size() - 2).date, QDate(2027, 1, 5));
    QCOMPARE(r.days.at(r.days.size() - 2).realMs, 20 * kMinute);
    QCOMPARE(r.days.at(r.days.size() - 2).episodes, 1);
    QCOMPARE(r.streak.current, 1); // yesterday met, today still open
    QVERIFY(!r.streak.todayMet);
}

void TestStatistics::heatmapSpans26Weeks()
{
    const QDateTime now = utc(2027, 1, 6, 12, 0);             // a Wednesday
    addSession(u"a"_s, utc(2026, 7, 12, 12, 0), kMinute);     // Sunday before the first week shown
    addSession(u"a"_s, utc(2026, 7, 13, 12, 0), 2 * kMinute); // Monday: the first day shown
    const StatisticsReport r = report("Europe/Berlin", now);
    QCOMPARE(r.days.constFirst().date, QDate(2026, 7, 13));
    QCOMPARE(r.days.constFirst().date.dayOfWeek(), int(Qt::Monday));
    QCOMPARE(r.days.constLast().date, QDate(2027, 1, 6));
    QCOMPARE(r.days.size(), 25 * 7 + 3);
    QCOMPARE(r.days.constFirst().realMs, 2 * kMinute);
    QCOMPARE(r.all.realMs, 3 * kMinute);
}

void TestStatistics::streaks_data()
{
    QTest::addColumn<Sessions>("sessions");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("longest");
    QTest::addColumn<bool>("todayMet");

    // Today is 2027-01-10 in Berlin (+1); 13:00 local.
    QTest::newRow("nothing") << Sessions{} << 0 << 0 << false;
    QTest::newRow("three days up to today") << Sessions{{utc(2027, 1, 8, 9, 0), 15},
                                                        {utc(2027, 1, 9, 9, 0), 20},
                                                        {utc(2027, 1, 10, 9, 0), 16}}
                                            << 3 << 3 << true;
    QTest::newRow("today still open keeps yesterday's streak")
        << Sessions{{utc(2027, 1, 8, 9, 0), 15},
                    {utc(2027, 1, 9, 9, 0), 20},
                    {utc(2027, 1, 10, 9, 0), 5}}
        << 2 << 2 << false;
    QTest::newRow("goal met late at night (23:40 local) counts that day")
        << Sessions{{utc(2027, 1, 8, 9, 0), 15}, {utc(2027, 1, 9, 22, 40), 18}} << 2 << 2 << false;
    QTest::newRow("two sessions add up to the goal")
        << Sessions{{utc(2027, 1, 9, 7, 0), 8}, {utc(2027, 1, 9, 19, 0), 7}} << 1 << 1 << false;
    QTest::newRow("a day below the goal breaks it")
        << Sessions{{utc(2027, 1, 3, 9, 0), 15}, {utc(2027, 1, 4, 9, 0), 15},
                    {utc(2027, 1, 5, 9, 0), 15}, {utc(2027, 1, 6, 9, 0), 14},
                    {utc(2027, 1, 7, 9, 0), 30}, {utc(2027, 1, 8, 9, 0), 30}}
        << 0 << 3 << false;
    QTest::newRow("streak across the year boundary")
        << Sessions{{utc(2026, 12, 30, 9, 0), 15},
                    {utc(2026, 12, 31, 22, 0), 15},  // 23:00 local
                    {utc(2026, 12, 31, 23, 30), 15}, // 00:30 on Jan 1
                    {utc(2027, 1, 2, 9, 0), 15}}
        << 0 << 4 << false;
}

void TestStatistics::streaks()
{
    QFETCH(Sessions, sessions);
    QFETCH(int, current);
    QFETCH(int, longest);
    QFETCH(bool, todayMet);
    int n = 0;
    for (const auto &[start, minutes] : sessions)
        addSession(u"ep%1"_s.arg(n++), start, minutes * kMinute);
    const StatisticsReport r = report("Europe/Berlin", utc(2027, 1, 10, 12, 0), 15);
    QCOMPARE(r.streak.current, current);
    QCOMPARE(r.streak.longest, longest);
    QCOMPARE(r.streak.todayMet, todayMet);
    QCOMPARE(r.streak.goalMinutes, 15);
}

void TestStatistics::timeZoneChangeMovesDays()
{
    // 22:30 UTC on Jan 1 and 23:30 UTC on Jan 2: in Berlin 23:30 on Jan 1 and 00:30 on Jan 3
    // (a gap), in New York 17:30 on Jan 1 and 18:30 on Jan 2 (two days in a row). Days follow
    // the zone the learner is in now.
    addSession(u"a"_s, utc(2027, 1, 1, 22, 30), 20 * kMinute);
    addSession(u"b"_s, utc(2027, 1, 2, 23, 30), 20 * kMinute);
    const QDateTime now = utc(2027, 1, 3, 15, 0);
    const StatisticsReport berlin = report("Europe/Berlin", now);
    QCOMPARE(berlin.streak.longest, 1);
    QCOMPARE(berlin.streak.current, 1);
    QVERIFY(berlin.streak.todayMet);
    const StatisticsReport newYork = report("America/New_York", now);
    QCOMPARE(newYork.streak.longest, 2);
    QCOMPARE(newYork.streak.current, 2);
    QVERIFY(!newYork.streak.todayMet);
}

void TestStatistics::perTopicAndPace()
{
    Catalog catalog;
    catalog.addTopic(makeTopic(u"ai"_s, u"AI Training"_s));
    catalog.addTopic(makeTopic(u"other"_s, u"Other"_s));
    catalog.addTopic(makeTopic(u"empty"_s, u"Empty"_s));
    const auto episode = [&](const QString &id, const QString &topic, const QStringList &tags) {
        Episode e;
        e.id = id;
        e.title = id;
        e.topicId = topic;
        e.tags = tags;
        e.durationSec = 600;
        QVERIFY(catalog.addEpisode(e));
    };
    episode(u"ai1"_s, u"ai"_s, {u"Data"_s});
    episode(u"ai2"_s, u"ai"_s, {u"Data"_s, u"Scaling"_s});
    episode(u"ai3"_s, u"ai"_s, {u"Scaling"_s});
    episode(u"o1"_s, u"other"_s, {});
    QVERIFY(m_store->setFinished(u"ai1"_s, true));
    QVERIFY(m_store->savePosition(u"ai2"_s, 5 * kMinute));
    QVERIFY(m_store->setDuration(u"ai2"_s, 10 * kMinute));

    // The last 14 days: 140 media minutes (10 a day); earlier listening does not count for pace.
    const QDateTime now = utc(2027, 3, 20, 12, 0);
    for (int d = 0; d < 14; ++d)
        addSession(u"ai1"_s, now.addDays(-d).addSecs(-3600), 10 * kMinute);
    addSession(u"o1"_s, now.addDays(-30), 60 * kMinute, 2.0);

    const StatisticsReport r = report("Europe/Berlin", now, 15, catalog);
    QCOMPARE(r.paceMediaMsPerDay, 10 * kMinute);
    QCOMPARE(r.topics.size(), 4); // AI Training, Data, Scaling, Other; Empty has no episodes
    const TopicStatistics &ai = r.topics.at(0);
    QCOMPARE(ai.title, u"AI Training"_s);
    QVERIFY(ai.tag.isEmpty());
    QCOMPARE(ai.total, 3);
    QCOMPARE(ai.finished, 1);
    QCOMPARE(ai.mastery(), 1.0 / 3.0);
    QCOMPARE(ai.realMs, 140 * kMinute);
    // Left: 5 minutes of ai2 (its real length), all 10 of ai3 (the catalog's) = 15 minutes.
    QCOMPARE(ai.remainingMs, 15 * kMinute);
    QCOMPARE(ai.projectedDays, 2);
    QCOMPARE(r.topics.at(1).tag, u"Data"_s);
    QCOMPARE(r.topics.at(1).total, 2);
    QCOMPARE(r.topics.at(1).finished, 1);
    QCOMPARE(r.topics.at(1).projectedDays, 1); // 5 minutes at 10 a day
    QCOMPARE(r.topics.at(2).tag, u"Scaling"_s);
    QCOMPARE(r.topics.at(2).remainingMs, 15 * kMinute);
    const TopicStatistics &other = r.topics.at(3);
    QCOMPARE(other.title, u"Other"_s);
    QCOMPARE(other.realMs, 30 * kMinute);
    QCOMPARE(other.mediaMs, 60 * kMinute);
    QCOMPARE(other.projectedDays, 1);

    // Without listening in the last 14 days there is no projection.
    const StatisticsReport later = report("Europe/Berlin", now.addDays(30), 15, catalog);
    QCOMPARE(later.paceMediaMsPerDay, 0);
    QCOMPARE(later.topics.at(0).projectedDays, -1);
}

void TestStatistics::reviewForecast()
{
    Catalog catalog;
    catalog.addTopic(makeTopic(u"ai"_s, u"AI"_s));
    catalog.addTopic(makeTopic(u"off"_s, u"Off"_s));
    for (const auto &[id, topic] : QList<std::pair<QString, QString>>{
             {u"a"_s, u"ai"_s}, {u"b"_s, u"ai"_s}, {u"c"_s, u"ai"_s}, {u"d"_s, u"off"_s}}) {
        Episode e;
        e.id = id;
        e.topicId = topic;
        catalog.addEpisode(e);
    }
    ReviewSchedule schedule;
    QVERIFY(schedule.open(m_store->databasePath()));
    const QDate today(2027, 2, 10);
    const QDateTime now = utc(2027, 2, 10, 12, 0);
    QVERIFY(schedule.scheduleFinished(u"a"_s, today.addDays(-5), now)); // overdue: today
    QVERIFY(schedule.scheduleFinished(u"b"_s, today, now));             // tomorrow
    QVERIFY(schedule.scheduleFinished(u"gone"_s, today, now));          // not in the catalog
    QVERIFY(schedule.scheduleFinished(u"d"_s, today, now));             // review off
    QVERIFY(schedule.setTopicEnabled(u"off"_s, false));
    QVERIFY(schedule.scheduleFinished(u"c"_s, today.addDays(-1), now));
    QVERIFY(schedule.answer(u"c"_s, ReviewSchedule::Answer::GotIt, today, now)); // in 3 days

    const StatisticsReport r = report("Europe/Berlin", now, 15, catalog);
    QCOMPARE(r.reviewsDue.size(), 14);
    QCOMPARE(r.reviewsDue.at(0).date, today);
    QCOMPARE(r.reviewsDue.at(0).due, 1);
    QCOMPARE(r.reviewsDue.at(0).done, 1);
    QCOMPARE(r.reviewsDue.at(1).due, 1);
    QCOMPARE(r.reviewsDue.at(2).due, 0);
    QCOMPARE(r.reviewsDue.at(3).due, 1);
    int total = 0;
    for (const ReviewDay &d : r.reviewsDue)
        total += d.due;
    QCOMPARE(total, 3);
    QCOMPARE(r.reviewsDone.constLast().date, today);
    QCOMPARE(r.reviewsDone.constLast().done, 1);
}

void TestStatistics::historyAndCsv()
{
    addSession(u"a"_s, utc(2026, 12, 31, 22, 30), 90000, 1.5);
    addSession(u"b"_s, utc(2027, 1, 2, 8, 0), 60000);
    ListeningStatistics statistics;
    QVERIFY(statistics.open(m_store->databasePath()));
    const QTimeZone berlin("Europe/Berlin");
    const QList<ListeningStatistics::HistoryRow> rows = statistics.history(berlin, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).episodeId, u"b"_s); // newest first
    QCOMPARE(rows.at(1).started.date(), QDate(2026, 12, 31));
    QCOMPARE(rows.at(1).started.time(), QTime(23, 30));
    QCOMPARE(rows.at(1).realMs, 60000);
    QCOMPARE(rows.at(1).mediaMs, 90000);
    QCOMPARE(statistics.history(berlin, 1).size(), 1);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(statistics.writeCsv(&buffer, berlin, {{u"a"_s, u"Scaling, \"laws\""_s}}));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last line break
    QCOMPARE(lines.at(0), "date,time,episode_id,title,from_s,to_s,real_s,media_s,speed\r"_ba);
    QCOMPARE(lines.at(1),
             "2026-12-31,23:30:00,a,\"Scaling, \"\"laws\"\"\",1.0,91.0,60.0,90.0,1.5\r"_ba);
    QCOMPARE(lines.at(2), "2027-01-02,09:00:00,b,,1.0,61.0,60.0,60.0,1\r"_ba);
}

void TestStatistics::aggregatesUseTheIndex()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
    {
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QString day = ListeningStatistics::localDayExpression(
            QTimeZone("Europe/Berlin"), utc(2020, 1, 1, 0, 0).toMSecsSinceEpoch(),
            utc(2027, 1, 1, 0, 0).toMSecsSinceEpoch(), u"started_at"_s);
        QCOMPARE(day.count(u"WHEN"_s), 14); // two DST changes a year, 2020 through 2026
        // The heatmap's episodes per day read a range of the covering index.
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT %1 AS day, count(DISTINCT episode_id) FROM "
                       "sessions WHERE started_at >= 0 GROUP BY day"_s.arg(day)));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"COVERING INDEX sessions_for_statistics (started_at>?)"_s),
                 qPrintable(plan));
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(u"plan"_s);
}

void TestStatistics::cacheFollowsTheSessions()
{
    const QDateTime now = utc(2027, 1, 10, 12, 0);
    addSession(u"a"_s, utc(2027, 1, 9, 9, 0), 10 * kMinute);
    StatisticsReport r = report("Europe/Berlin", now);
    QCOMPARE(r.all.realMs, 10 * kMinute);
    // Added since: added in (the cache is not rebuilt, the sums still match).
    addSession(u"b"_s, utc(2027, 1, 9, 10, 0), 5 * kMinute);
    addSession(u"a"_s, utc(2027, 1, 10, 9, 0), 20 * kMinute, 2.0);
    r = report("Europe/Berlin", now);
    QCOMPARE(r.all.realMs, 25 * kMinute);
    QCOMPARE(r.all.mediaMs, 35 * kMinute);
    QCOMPARE(r.all.sessions, 3);
    QCOMPARE(r.days.constLast().realMs, 10 * kMinute);
    QCOMPARE(r.days.at(r.days.size() - 2).sessions, 2);
    QCOMPARE(r.days.at(r.days.size() - 2).episodes, 2);
    // Another zone has a cache of its own.
    QCOMPARE(report("America/New_York", now).all.realMs, 25 * kMinute);
    // A session removed (an episode's history deleted): the sums start over.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"remove"_s);
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DELETE FROM sessions WHERE episode_id = 'b'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"remove"_s);
    r = report("Europe/Berlin", now);
    QCOMPARE(r.all.realMs, 20 * kMinute);
    QCOMPARE(r.all.sessions, 2);
    QCOMPARE(r.days.at(r.days.size() - 2).episodes, 1);
    Catalog catalog;
    catalog.addTopic(makeTopic(u"t"_s, u"T"_s));
    for (const QString &id : {u"a"_s, u"b"_s}) {
        Episode e;
        e.id = id;
        e.topicId = u"t"_s;
        catalog.addEpisode(e);
    }
    r = report("Europe/Berlin", now, 15, catalog);
    QCOMPARE(r.topics.constFirst().realMs, 20 * kMinute);
    QCOMPARE(r.topics.constFirst().mediaMs, 30 * kMinute);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
