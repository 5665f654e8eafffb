#pragma once

#include "catalog.h"
#include "statisticsreport.h"
#include "studyconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

class QIODevice;

// The listening record (the `sessions` of progress.sqlite) added up in SQL: per local day, per
// period, per episode. The sums per day (per zone) and per episode are kept in cache tables
// (`statistics_days`, `statistics_episodes`) and brought up to date from the sessions added since
// (by id), so a report reads thousands of rows, not every session. Days follow the time zone passed
// in, DST included: the UTC offsets of the zone over the span of the data go into the query, so
// each session lands on the local day it started on. Nothing loops over sessions in C++; the loops
// here run over days, episodes and topics. Every instance has its own connection: make one on the
// thread that uses it (the dashboard computes on a worker thread).
class ListeningStatistics final
{
    Q_DECLARE_TR_FUNCTIONS(ListeningStatistics)
    Q_DISABLE_COPY_MOVE(ListeningStatistics)

public:
    struct Request
    {
        QTimeZone zone = QTimeZone::systemTimeZone();
        QDateTime now; // UTC; the current time when invalid
        int goalMinutes = 15;
        Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
        Catalog catalog; // topics and tags; episodes not in it count in the totals only
    };

    // One row of the history table.
    struct HistoryRow
    {
        qint64 id = 0;
        QDateTime started; // in the requested zone
        QString episodeId;
        qint64 startPositionMs = 0;
        qint64 endPositionMs = 0;
        qint64 realMs = 0;
        qint64 mediaMs = 0;
        double rate = 1.0;
    };

    ListeningStatistics() = default;

    // `databasePath`: ProgressStore::databasePath().
    bool open(const QString &databasePath);
    void close() { m_connection.close(); }
    QString errorString() const { return m_error; }

    std::optional<StatisticsReport> report(const Request &request);
    // Real time listened on the local day of `now` (the goal indicator; reads that day's
    // sessions only).
    qint64 realMsOnDay(const QTimeZone &zone, const QDateTime &now);
    // The newest `limit` sessions, newest first.
    QList<HistoryRow> history(const QTimeZone &zone, int limit);
    // Every session as CSV (RFC 4180; a header line, then oldest first): date, time, episode id,
    // title, from, to, real seconds, media seconds, speed. `titles` maps ids to titles.
    bool writeCsv(QIODevice *device, const QTimeZone &zone, const QHash<QString, QString> &titles);

    // The local day of a moment, and the local day index (days since 1970-01-01) an SQL
    // expression gives for the UTC milliseconds in `column`, for moments between `fromMs` and
    // `toMs`.
    static QString localDayExpression(const QTimeZone &zone, qint64 fromMs, qint64 toMs,
                                      const QString &column);

private:
    bool fail(const class QSqlQuery &q);
    // Brings the cache under `key` up to date with the sessions: the per-day sums of one zone
    // (`dayExpression` given) or the per-episode sums. Sessions added since the last update are
    // added in (a range of ids); a removed session makes it start over.
    bool updateCache(const QString &key, const QString &dayExpression, const QTimeZone &zone);

    StudyConnection m_connection;
    QString m_error;
};
