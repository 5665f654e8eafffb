#include "listeningstatistics.h"

#include "scopedtransaction.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace {

constexpr qint64 kDayMs = 86400000;
const QDate kEpoch(1970, 1, 1);

QDate dayOf(qint64 index)
{
    return kEpoch.addDays(index);
}

qint64 indexOf(const QDate &day)
{
    return kEpoch.daysTo(day);
}

// Local midnight of `day` in `zone` as UTC milliseconds (the first valid moment of the day when
// a DST change skips midnight).
qint64 startOfDayMs(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

} // namespace

bool ListeningStatistics::open(const QString &databasePath)
{
    if (!m_connection.open(databasePath, u"statistics"_qs)) {
        m_error = m_connection.errorString();
        return false;
    }
    return true;
}

bool ListeningStatistics::fail(const QSqlQuery &q)
{
    m_error = tr("Cannot read the listening statistics: %1").arg(q.lastError().text());
    return false;
}

QString ListeningStatistics::localDayExpression(const QTimeZone &zone, qint64 fromMs, qint64 toMs,
                                                const QString &column)
{
    // The offset is constant between two transitions: one CASE branch per transition in the
    // span (two a year where DST is observed, none for UTC).
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    const QTimeZone::OffsetDataList transitions =
        zone.hasTransitions() ? zone.transitions(from, to) : QTimeZone::OffsetDataList();
    const qint64 firstOffsetMs = qint64(zone.offsetFromUtc(from)) * 1000;
    QString offset;
    if (transitions.isEmpty()) {
        offset = QString::number(firstOffsetMs);
    } else {
        offset = u"CASE"_qs;
        qint64 current = firstOffsetMs;
        for (const QTimeZone::OffsetData &t : transitions) {
            offset += u" WHEN %1 < %2 THEN %3"_qs.arg(column)
                          .arg(t.atUtc.toMSecsSinceEpoch())
                          .arg(current);
            current = qint64(t.offsetFromUtc) * 1000;
        }
        offset += u" ELSE %1 END"_qs.arg(current);
    }
    return u"((%1 + %2) / %3)"_qs.arg(column, offset).arg(kDayMs);
}

std::optional<StatisticsReport> ListeningStatistics::report(const Request &request)
{
    const auto failed = [this](const QSqlQuery &q) -> std::optional<StatisticsReport> {
        fail(q);
        return std::nullopt;
    };
    const QDateTime now =
        request.now.isValid() ? request.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QTimeZone &zone = request.zone;
    StatisticsReport r;
    r.today = now.toTimeZone(zone).date();
    r.firstDayOfWeek = request.firstDayOfWeek;
    r.streak.goalMinutes = request.goalMinutes;
    const qint64 goalMs = qint64(qMax(1, request.goalMinutes)) * 60000;
    const QDate weekStart =
        r.today.addDays(-((r.today.dayOfWeek() - int(request.firstDayOfWeek) + 7) % 7));
    const QDate monthStart(r.today.year(), r.today.month(), 1);
    const QDate heatmapStart = weekStart.addDays(-7 * (StatisticsReport::kHeatmapWeeks - 1));
    const QDate paceStart = r.today.addDays(-(StatisticsReport::kPaceDays - 1));

    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);

    // The span of the data, read from the index ends.
    // Apart: min() and max() in one statement would scan the table instead of the index ends.
    if (!q.exec(u"SELECT min(started_at) FROM sessions"_qs) || !q.next())
        return failed(q);
    const bool anySessions = !q.value(0).isNull();
    const qint64 first = anySessions ? q.value(0).toLongLong() : now.toMSecsSinceEpoch();
    if (!q.exec(u"SELECT max(started_at) FROM sessions"_qs) || !q.next())
        return failed(q);
    const qint64 last =
        anySessions ? qMax(q.value(0).toLongLong(), now.toMSecsSinceEpoch()) : first;

    // Per local day: real and media time, sessions and distinct episodes, from the cache brought
    // up to date.
    const QString day = localDayExpression(zone, first - kDayMs, last + kDayMs, u"started_at"_qs);
    const QString dayKey = u"days:"_qs + QString::fromUtf8(zone.id());
    q.finish();
    if (!updateCache(dayKey, day, zone))
        return std::nullopt;
    QMap<qint64, DayActivity> perDay;
    q.prepare(u"SELECT day, real_ms, media_ms, sessions, episodes FROM statistics_days WHERE "
              "zone = ?"_qs);
    q.addBindValue(dayKey);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        DayActivity a;
        a.date = dayOf(q.value(0).toLongLong());
        a.realMs = qint64(std::llround(q.value(1).toDouble()));
        a.mediaMs = q.value(2).toLongLong();
        a.sessions = q.value(3).toInt();
        a.episodes = q.value(4).toInt();
        perDay.insert(q.value(0).toLongLong(), a);
    }

    // Finished episodes per local day.
    QMap<qint64, int> finishedPerDay;
    if (!q.exec(u"SELECT min(finished_at), max(finished_at) FROM progress WHERE finished = 1"_qs) ||
        !q.next())
        return failed(q);
    if (!q.value(0).isNull()) {
        const QString finishedDay =
            localDayExpression(zone, q.value(0).toLongLong() - kDayMs,
                               q.value(1).toLongLong() + kDayMs, u"finished_at"_qs);
        if (!q.exec(u"SELECT %1 AS day, count(*) FROM progress WHERE finished = 1 AND "
                    "finished_at IS NOT NULL GROUP BY day"_qs.arg(finishedDay)))
            return failed(q);
        while (q.next())
            finishedPerDay.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }

    // Periods, the heatmap and the pace: sums over days.
    const auto addTo = [](PeriodTotals &t, const DayActivity &a) {
        t.realMs += a.realMs;
        t.mediaMs += a.mediaMs;
        t.sessions += a.sessions;
    };
    const qint64 todayIndex = indexOf(r.today);
    qint64 paceMedia = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        const DayActivity &a = it.value();
        addTo(r.all, a);
        if (a.date > r.today)
            continue; // a clock set back: counted in all time only
        if (a.date == r.today)
            addTo(r.todayTotals, a);
        if (a.date >= weekStart)
            addTo(r.week, a);
        if (a.date >= monthStart)
            addTo(r.month, a);
        if (a.date >= paceStart)
            paceMedia += a.mediaMs;
    }
    for (auto it = finishedPerDay.cbegin(); it != finishedPerDay.cend(); ++it) {
        const QDate d = dayOf(it.key());
        r.all.finished += it.value();
        if (d > r.today)
            continue;
        if (d == r.today)
            r.todayTotals.finished += it.value();
        if (d >= weekStart)
            r.week.finished += it.value();
        if (d >= monthStart)
            r.month.finished += it.value();
    }
    r.paceMediaMsPerDay = paceMedia / StatisticsReport::kPaceDays;
    for (QDate d = heatmapStart; d <= r.today; d = d.addDays(1)) {
        DayActivity a = perDay.value(indexOf(d));
        a.date = d;
        r.days.append(a);
    }

    // Streak: days in a row with at least the goal. Today may still be reached, so a streak
    // that ended yesterday is still current.
    const auto met = [&](qint64 index) {
        const auto it = perDay.constFind(index);
        return it != perDay.cend() && it->realMs >= goalMs;
    };
    r.streak.todayRealMs = perDay.value(todayIndex).realMs;
    r.streak.todayMet = met(todayIndex);
    for (qint64 i = r.streak.todayMet ? todayIndex : todayIndex - 1; met(i); --i)
        ++r.streak.current;
    int run = 0;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        if (it->realMs < goalMs) {
            run = 0;
            continue;
        }
        run = it.key() == previous + 1 ? run + 1 : 1;
        previous = it.key();
        r.streak.longest = qMax(r.streak.longest, run);
    }

    // Per episode: time listened and where it stands.
    struct EpisodeTotals
    {
        qint64 realMs = 0;
        qint64 mediaMs = 0;
        bool finished = false;
        qint64 positionMs = 0;
        qint64 durationMs = 0;
    };
    QHash<QString, EpisodeTotals> perEpisode;
    q.finish();
    if (!updateCache(u"episodes"_qs, {}, zone))
        return std::nullopt;
    if (!q.exec(u"SELECT episode_id, real_ms, media_ms FROM statistics_episodes"_qs))
        return failed(q);
    while (q.next()) {
        EpisodeTotals &t = perEpisode[q.value(0).toString()];
        t.realMs = qint64(std::llround(q.value(1).toDouble()));
        t.mediaMs = q.value(2).toLongLong();
    }
    if (!q.exec(u"SELECT episode_id, finished, position_ms, duration_ms FROM progress"_qs))
        return failed(q);
    while (q.next()) {
        EpisodeTotals &t = perEpisode[q.value(0).toString()];
        t.finished = q.value(1).toInt() != 0;
        t.positionMs = q.value(2).toLongLong();
        t.durationMs = q.value(3).toLongLong();
    }

    // Per topic, then its tags in the order first seen.
    QHash<QString, qsizetype> topicRow;
    QHash<QString, QHash<QString, qsizetype>> tagRows;
    QHash<QString, QStringList> tagOrder;
    QList<TopicStatistics> topics;
    QHash<QString, QList<TopicStatistics>> tags;
    for (const Topic &t : request.catalog.topics()) {
        topicRow.insert(t.id, topics.size());
        topics.append(TopicStatistics{t.id, {}, t.title});
    }
    for (const Episode &e : request.catalog.episodes()) {
        const auto row = topicRow.constFind(e.topicId);
        if (row == topicRow.cend())
            continue;
        const EpisodeTotals t = perEpisode.value(e.id);
        const qint64 length = t.durationMs > 0 ? t.durationMs : qint64(e.durationSec) * 1000;
        const qint64 remaining = t.finished ? 0 : qMax<qint64>(0, length - t.positionMs);
        const auto count = [&](TopicStatistics &s) {
            s.total += 1;
            s.finished += t.finished ? 1 : 0;
            s.realMs += t.realMs;
            s.mediaMs += t.mediaMs;
            s.remainingMs += remaining;
        };
        count(topics[*row]);
        QList<TopicStatistics> &topicTags = tags[e.topicId];
        QHash<QString, qsizetype> &rows = tagRows[e.topicId];
        for (const QString &tag : e.tags) {
            if (tag == topics[*row].title)
                continue;
            auto found = rows.constFind(tag);
            if (found == rows.cend()) {
                found = rows.insert(tag, topicTags.size());
                topicTags.append(TopicStatistics{e.topicId, tag, tag});
            }
            count(topicTags[*found]);
        }
    }
    const auto project = [&](TopicStatistics &s) {
        if (s.remainingMs > 0 && r.paceMediaMsPerDay > 0)
            s.projectedDays = int((s.remainingMs + r.paceMediaMsPerDay - 1) / r.paceMediaMsPerDay);
    };
    for (TopicStatistics &s : topics) {
        if (s.total == 0)
            continue;
        project(s);
        r.topics.append(s);
        for (TopicStatistics &tag : tags[s.topicId]) {
            project(tag);
            r.topics.append(tag);
        }
    }

    // Reviews: answered over the last days, due over the next ones (overdue count today).
    // Episodes no longer in the catalog and topics with review off do not count.
    const QDate doneFrom = r.today.addDays(-(StatisticsReport::kForecastDays - 1));
    const QDate dueTo = r.today.addDays(StatisticsReport::kForecastDays - 1);
    QHash<QDate, int> done;
    q.prepare(u"SELECT day, count(*) FROM review_log WHERE day >= ? GROUP BY day"_qs);
    q.addBindValue(doneFrom.toString(Qt::ISODate));
    if (!q.exec())
        return failed(q);
    while (q.next())
        done.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    QSet<QString> topicsOff;
    if (!q.exec(u"SELECT topic_id FROM review_topics_off"_qs))
        return failed(q);
    while (q.next())
        topicsOff.insert(q.value(0).toString());
    QHash<QDate, int> due;
    q.prepare(u"SELECT episode_id, due_day FROM review_state WHERE due_day <= ?"_qs);
    q.addBindValue(dueTo.toString(Qt::ISODate));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        const Episode *e = request.catalog.episode(q.value(0).toString());
        if (!e || topicsOff.contains(e->topicId))
            continue;
        const QDate d = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        due[qMax(d, r.today)] += 1;
    }
    for (int i = 0; i < StatisticsReport::kForecastDays; ++i) {
        const QDate past = doneFrom.addDays(i);
        r.reviewsDone.append(ReviewDay{past, done.value(past), 0});
        const QDate next = r.today.addDays(i);
        r.reviewsDue.append(ReviewDay{next, done.value(next), due.value(next)});
    }
    return r;
}

bool ListeningStatistics::updateCache(const QString &key, const QString &dayExpression,
                                      const QTimeZone &zone)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM sessions"_qs) || !q.next())
        return fail(q);
    const qint64 maxId = q.value(0).toLongLong();
    q.prepare(u"SELECT last_session_id FROM statistics_cache WHERE key = ?"_qs);
    q.addBindValue(key);
    if (!q.exec())
        return fail(q);
    // New sessions get higher ids; a changed or removed one empties statistics_cache (triggers
    // on sessions), so a missing row means: start over.
    const bool incremental = q.next();
    qint64 lastId = incremental ? q.value(0).toLongLong() : 0;
    q.finish();
    if (incremental && lastId == maxId)
        return true;
    const bool days = !dayExpression.isEmpty();
    ScopedTransaction transaction(db);
    if (days) {
        // The days the new sessions fall on are added up again, whole (REPLACE): the distinct
        // episodes of a day cannot be added in. New sessions are today's, so that is a day or
        // two; starting over is every day.
        qint64 from = 0;
        if (incremental) {
            q.prepare(u"SELECT min(started_at) FROM sessions WHERE id > ? AND id <= ?"_qs);
            q.addBindValue(lastId);
            q.addBindValue(maxId);
            if (!q.exec() || !q.next())
                return fail(q);
            const QDateTime earliest =
                QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            from = startOfDayMs(earliest.toTimeZone(zone).date(), zone);
        } else {
            q.prepare(u"DELETE FROM statistics_days WHERE zone = ?"_qs);
            q.addBindValue(key);
            if (!q.exec())
                return fail(q);
        }
        q.prepare(u"INSERT OR REPLACE INTO statistics_days (zone, day, real_ms, media_ms, "
                  "sessions, episodes) SELECT ?, %1 AS d, sum(listened_ms / rate), "
                  "sum(listened_ms), count(*), count(DISTINCT episode_id) FROM sessions "
                  "WHERE started_at >= ? GROUP BY d"_qs.arg(dayExpression));
        q.addBindValue(key);
        q.addBindValue(from);
    } else {
        if (!incremental) {
            lastId = 0;
            if (!q.exec(u"DELETE FROM statistics_episodes"_qs))
                return fail(q);
        }
        q.prepare(u"INSERT INTO statistics_episodes (episode_id, real_ms, media_ms) "
                  "SELECT episode_id, sum(listened_ms / rate), sum(listened_ms) "
                  "FROM sessions WHERE id > ? AND id <= ? GROUP BY episode_id "
                  "ON CONFLICT (episode_id) DO UPDATE SET real_ms = real_ms + excluded.real_ms, "
                  "media_ms = media_ms + excluded.media_ms"_qs);
        q.addBindValue(lastId);
        q.addBindValue(maxId); // a session stored meanwhile waits for the next update
    }
    if (!q.exec())
        return fail(q);
    q.prepare(u"INSERT OR REPLACE INTO statistics_cache (key, last_session_id, sessions) "
              "VALUES (?, ?, 0)"_qs);
    q.addBindValue(key);
    q.addBindValue(maxId);
    if (!q.exec())
        return fail(q);
    return transaction.commit() || fail(q);
}

qint64 ListeningStatistics::realMsOnDay(const QTimeZone &zone, const QDateTime &now)
{
    const QDate today = now.toTimeZone(zone).date();
    QSqlQuery q(m_connection.database());
    q.prepare(u"SELECT sum(listened_ms / rate) FROM sessions WHERE started_at >= ? AND "
              "started_at < ?"_qs);
    q.addBindValue(startOfDayMs(today, zone));
    q.addBindValue(startOfDayMs(today.addDays(1), zone));
    if (!q.exec() || !q.next()) {
        fail(q);
        return 0;
    }
    return qint64(std::llround(q.value(0).toDouble()));
}

QList<ListeningStatistics::HistoryRow> ListeningStatistics::history(const QTimeZone &zone,
                                                                    int limit)
{
    QList<HistoryRow> rows;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, started_at, episode_id, start_ms, end_ms, listened_ms, rate FROM "
              "sessions ORDER BY started_at DESC LIMIT ?"_qs);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q);
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
        HistoryRow row;
        row.id = q.value(0).toLongLong();
        row.started =
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toTimeZone(zone);
        row.episodeId = q.value(2).toString();
        row.startPositionMs = q.value(3).toLongLong();
        row.endPositionMs = q.value(4).toLongLong();
        row.mediaMs = q.value(5).toLongLong();
        row.rate = q.value(6).toDouble() > 0 ? q.value(6).toDouble() : 1.0;
        row.realMs = qint64(std::llround(double(row.mediaMs) / row.rate));
        rows.append(row);
    }
    return rows;
}

bool ListeningStatistics::writeCsv(QIODevice *device, const QTimeZone &zone,
                                   const QHash<QString, QString> &titles)
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT started_at, episode_id, start_ms, end_ms, listened_ms, rate FROM "
                "sessions ORDER BY started_at"_qs))
        return fail(q);
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); };
    QByteArray out = "date,time,episode_id,title,from_s,to_s,real_s,media_s,speed\r\n";
    while (q.next()) {
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toTimeZone(zone);
        const QString id = q.value(1).toString();
        const double rate = q.value(5).toDouble() > 0 ? q.value(5).toDouble() : 1.0;
        const qint64 media = q.value(4).toLongLong();
        const QStringList fields{
            t.date().toString(Qt::ISODate),
            t.time().toString(u"HH:mm:ss"_qs),
            csvField(id),
            csvField(titles.value(id)),
            seconds(q.value(2).toLongLong()),
            seconds(q.value(3).toLongLong()),
            seconds(qint64(std::llround(double(media) / rate))),
            seconds(media),
            QString::number(rate, 'g', 4),
        };
        out += fields.join(u',').toUtf8() + "\r\n";
        if (out.size() > 1 << 16) {
            if (device->write(out) != out.size())
                return m_error = device->errorString(), false;
            out.clear();
        }
    }
    if (device->write(out) != out.size())
        return m_error = device->errorString(), false;
    return true;
}
