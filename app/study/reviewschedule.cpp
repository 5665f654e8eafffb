#include "reviewschedule.h"

#include "logging.h"
#include "scopedtransaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDb(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QJsonValue timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

ReviewSchedule::State readState(const QSqlQuery &q)
{
    ReviewSchedule::State s;
    s.episodeId = q.value(0).toString();
    s.box = q.value(1).toInt();
    s.due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.reviewedAt = fromDb(q.value(3));
    s.updatedAt = fromDb(q.value(4));
    return s;
}

const QString kStateColumns = QStringLiteral("episode_id, box, due_day, reviewed_at, updated_at");

} // namespace

std::pair<int, QDate> ReviewSchedule::next(int box, Answer answer, const QDate &day)
{
    const int to = answer == Answer::Again ? 0 : std::clamp(box + 1, 0, kBoxes - 1);
    return {to, day.addDays(kIntervalDays[to])};
}

bool ReviewSchedule::open(const QString &databasePath)
{
    if (!m_connection.open(databasePath, u"review"_qs)) {
        m_error = m_connection.errorString();
        return false;
    }
    return true;
}

void ReviewSchedule::close()
{
    m_connection.close();
}

bool ReviewSchedule::failed(const QSqlQuery &q, bool saving) const
{
    m_error = saving ? tr("Cannot save the review schedule: %1").arg(q.lastError().text())
                     : tr("Cannot read the review schedule: %1").arg(q.lastError().text());
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

bool ReviewSchedule::writeState(const State &s)
{
    QSqlQuery q(m_connection.database());
    q.prepare(
        u"INSERT OR REPLACE INTO review_state (%1) VALUES (?, ?, ?, ?, ?)"_qs.arg(kStateColumns));
    q.addBindValue(s.episodeId);
    q.addBindValue(s.box);
    q.addBindValue(s.due.toString(Qt::ISODate));
    q.addBindValue(toDb(s.reviewedAt));
    q.addBindValue(toDb(s.updatedAt));
    return q.exec() || failed(q, true);
}

bool ReviewSchedule::scheduleFinished(const QString &episodeId, const QDate &day,
                                      const QDateTime &now)
{
    if (state(episodeId))
        return true;
    return writeState(State{episodeId, 0, day.addDays(kIntervalDays[0]), {}, now.toUTC()});
}

int ReviewSchedule::scheduleAllFinished(const QTimeZone &zone, const QDateTime &now)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT p.episode_id, p.finished_at FROM progress p WHERE p.finished = 1 AND "
                "NOT EXISTS (SELECT 1 FROM review_state r WHERE r.episode_id = p.episode_id)"_qs)) {
        failed(q, false);
        return 0;
    }
    QList<State> added;
    while (q.next()) {
        const QDateTime finished = fromDb(q.value(1));
        const QDate day = (finished.isValid() ? finished : now).toTimeZone(zone).date();
        added.append(
            State{q.value(0).toString(), 0, day.addDays(kIntervalDays[0]), {}, now.toUTC()});
    }
    if (added.isEmpty())
        return 0;
    ScopedTransaction transaction(db);
    for (const State &s : std::as_const(added)) {
        if (!writeState(s))
            return 0;
    }
    return transaction.commit() ? int(added.size()) : 0;
}

bool ReviewSchedule::answer(const QString &episodeId, Answer answer, const QDate &today,
                            const QDateTime &now)
{
    State s = state(episodeId).value_or(State{episodeId, 0, today, {}, {}});
    const auto [box, due] = next(s.box, answer, today);
    s.box = box;
    s.due = due;
    s.reviewedAt = now.toUTC();
    s.updatedAt = now.toUTC();
    QSqlDatabase db = m_connection.database();
    ScopedTransaction transaction(db);
    if (!writeState(s))
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO review_log (episode_id, reviewed_at, day, got_it, box) "
              "VALUES (?, ?, ?, ?, ?)"_qs);
    q.addBindValue(episodeId);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(answer == Answer::GotIt ? 1 : 0);
    q.addBindValue(box);
    if (!q.exec())
        return failed(q, true);
    return transaction.commit() || failed(q, true);
}

std::optional<ReviewSchedule::State> ReviewSchedule::state(const QString &episodeId) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(u"SELECT %1 FROM review_state WHERE episode_id = ?"_qs.arg(kStateColumns));
    q.addBindValue(episodeId);
    if (!q.exec()) {
        failed(q, false);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readState(q);
}

QList<ReviewSchedule::State> ReviewSchedule::states() const
{
    QList<State> all;
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT %1 FROM review_state ORDER BY episode_id"_qs.arg(kStateColumns))) {
        failed(q, false);
        return all;
    }
    while (q.next())
        all.append(readState(q));
    return all;
}

QList<ReviewSchedule::LogEntry> ReviewSchedule::log() const
{
    QList<LogEntry> all;
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT episode_id, reviewed_at, day, got_it, box FROM review_log ORDER BY "
                "reviewed_at, episode_id"_qs)) {
        failed(q, false);
        return all;
    }
    while (q.next())
        all.append(LogEntry{q.value(0).toString(), fromDb(q.value(1)),
                            QDate::fromString(q.value(2).toString(), Qt::ISODate),
                            q.value(3).toInt() != 0, q.value(4).toInt()});
    return all;
}

QStringList ReviewSchedule::dueOn(const QDate &day, const Catalog &catalog) const
{
    QStringList due;
    const QSet<QString> off = topicsOff();
    QSqlQuery q(m_connection.database());
    q.prepare(u"SELECT episode_id FROM review_state WHERE due_day <= ? ORDER BY due_day, "
              "episode_id"_qs);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        failed(q, false);
        return due;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        const Episode *e = catalog.episode(id);
        if (e && !off.contains(e->topicId))
            due.append(id);
    }
    return due;
}

bool ReviewSchedule::setTopicEnabled(const QString &topicId, bool enabled)
{
    QSqlQuery q(m_connection.database());
    q.prepare(enabled ? u"DELETE FROM review_topics_off WHERE topic_id = ?"_qs
                      : u"INSERT OR IGNORE INTO review_topics_off (topic_id) VALUES (?)"_qs);
    q.addBindValue(topicId);
    return q.exec() || failed(q, true);
}

bool ReviewSchedule::isTopicEnabled(const QString &topicId) const
{
    return !topicsOff().contains(topicId);
}

QSet<QString> ReviewSchedule::topicsOff() const
{
    QSet<QString> off;
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT topic_id FROM review_topics_off"_qs)) {
        failed(q, false);
        return off;
    }
    while (q.next())
        off.insert(q.value(0).toString());
    return off;
}

QJsonObject ReviewSchedule::toJson() const
{
    QJsonArray episodes;
    for (const State &s : states()) {
        episodes.append(QJsonObject{
            {u"id"_qs, s.episodeId},
            {u"box"_qs, s.box},
            {u"due"_qs, s.due.toString(Qt::ISODate)},
            {u"reviewedAt"_qs, timeToJson(s.reviewedAt)},
            {u"updatedAt"_qs, timeToJson(s.updatedAt)},
        });
    }
    QStringList off = topicsOff().values();
    off.sort();
    QJsonArray log;
    for (const LogEntry &l : this->log()) {
        log.append(QJsonObject{
            {u"id"_qs, l.episodeId},
            {u"reviewedAt"_qs, timeToJson(l.reviewedAt)},
            {u"day"_qs, l.day.toString(Qt::ISODate)},
            {u"answer"_qs, l.gotIt ? u"got-it"_qs : u"again"_qs},
            {u"box"_qs, l.box},
        });
    }
    return QJsonObject{
        {u"version"_qs, 1},
        {u"episodes"_qs, episodes},
        {u"topicsOff"_qs, QJsonArray::fromStringList(off)},
        {u"log"_qs, log},
    };
}

bool ReviewSchedule::fromJson(const QJsonValue &value, Exchange *exchange, QString *error)
{
    *exchange = {};
    error->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    const QString root = jsonKey();
    const auto fail = [error](const QString &path, const QString &message) {
        *error = path + u": "_qs + message;
        return false;
    };
    if (!value.isObject())
        return fail(root, tr("must be an object"));
    const QJsonObject object = value.toObject();
    if (object.value(u"version"_qs).toInt(-1) != 1)
        return fail(root + u".version"_qs, tr("must be 1"));
    const auto time = [](const QJsonValue &v, QDateTime *out) {
        if (v.isNull() || v.isUndefined()) {
            *out = {};
            return true;
        }
        *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
        return v.isString() && out->isValid();
    };
    const auto day = [](const QJsonValue &v, QDate *out) {
        *out = QDate::fromString(v.toString(), Qt::ISODate);
        return v.isString() && out->isValid();
    };
    const auto box = [](const QJsonValue &v, int *out) {
        const double d = v.toDouble(-1);
        // Range first: converting a double out of int's range is undefined (1e300, NaN).
        if (!v.isDouble() || !(d >= 0 && d < kBoxes))
            return false;
        *out = int(d);
        return d == double(*out);
    };
    const auto array = [&](const QString &key, QJsonArray *out) {
        const QJsonValue v = object.value(key);
        *out = v.toArray();
        return v.isUndefined() || v.isArray();
    };
    QJsonArray episodes, off, log;
    if (!array(u"episodes"_qs, &episodes))
        return fail(root + u".episodes"_qs, tr("must be an array"));
    if (!array(u"topicsOff"_qs, &off))
        return fail(root + u".topicsOff"_qs, tr("must be an array"));
    if (!array(u"log"_qs, &log))
        return fail(root + u".log"_qs, tr("must be an array"));
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const QString path = root + u".episodes[%1]"_qs.arg(i);
        const QJsonObject e = episodes.at(i).toObject();
        if (!episodes.at(i).isObject())
            return fail(path, tr("must be an object"));
        State s;
        s.episodeId = e.value(u"id"_qs).toString();
        if (s.episodeId.isEmpty())
            return fail(path + u".id"_qs, tr("must be a non-empty string"));
        if (!box(e.value(u"box"_qs), &s.box))
            return fail(path + u".box"_qs,
                        tr("must be a whole number from 0 to %1").arg(kBoxes - 1));
        if (!day(e.value(u"due"_qs), &s.due))
            return fail(path + u".due"_qs, tr("must be a date (YYYY-MM-DD)"));
        if (!time(e.value(u"reviewedAt"_qs), &s.reviewedAt))
            return fail(path + u".reviewedAt"_qs, tr("must be an ISO 8601 date and time or null"));
        if (!time(e.value(u"updatedAt"_qs), &s.updatedAt) || !s.updatedAt.isValid())
            return fail(path + u".updatedAt"_qs, tr("must be an ISO 8601 date and time"));
        exchange->states.append(s);
    }
    for (qsizetype i = 0; i < off.size(); ++i) {
        if (!off.at(i).isString() || off.at(i).toString().isEmpty())
            return fail(root + u".topicsOff[%1]"_qs.arg(i), tr("must be a non-empty string"));
        exchange->topicsOff.insert(off.at(i).toString());
    }
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QString path = root + u".log[%1]"_qs.arg(i);
        if (!log.at(i).isObject())
            return fail(path, tr("must be an object"));
        const QJsonObject e = log.at(i).toObject();
        LogEntry l;
        l.episodeId = e.value(u"id"_qs).toString();
        if (l.episodeId.isEmpty())
            return fail(path + u".id"_qs, tr("must be a non-empty string"));
        if (!time(e.value(u"reviewedAt"_qs), &l.reviewedAt) || !l.reviewedAt.isValid())
            return fail(path + u".reviewedAt"_qs, tr("must be an ISO 8601 date and time"));
        if (!day(e.value(u"day"_qs), &l.day))
            return fail(path + u".day"_qs, tr("must be a date (YYYY-MM-DD)"));
        const QString answer = e.value(u"answer"_qs).toString();
        if (answer != u"got-it" && answer != u"again")
            return fail(path + u".answer"_qs, tr("must be \"got-it\" or \"again\""));
        l.gotIt = answer == u"got-it";
        if (!box(e.value(u"box"_qs), &l.box))
            return fail(path + u".box"_qs,
                        tr("must be a whole number from 0 to %1").arg(kBoxes - 1));
        exchange->log.append(l);
    }
    return true;
}

int ReviewSchedule::merge(const Exchange &exchange)
{
    QSqlDatabase db = m_connection.database();
    ScopedTransaction transaction(db);
    int changed = 0;
    for (const State &s : exchange.states) {
        const std::optional<State> ours = state(s.episodeId);
        if (ours && ours->updatedAt >= s.updatedAt)
            continue;
        if (!writeState(s))
            return -1;
        ++changed;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO review_log (episode_id, reviewed_at, day, got_it, box) "
              "VALUES (?, ?, ?, ?, ?)"_qs);
    for (const LogEntry &l : exchange.log) {
        q.addBindValue(l.episodeId);
        q.addBindValue(l.reviewedAt.toMSecsSinceEpoch());
        q.addBindValue(l.day.toString(Qt::ISODate));
        q.addBindValue(l.gotIt ? 1 : 0);
        q.addBindValue(l.box);
        if (!q.exec())
            return failed(q, true), -1;
        changed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    const QSet<QString> off = topicsOff();
    for (const QString &topic : exchange.topicsOff) {
        if (off.contains(topic))
            continue;
        if (!setTopicEnabled(topic, false))
            return -1;
        ++changed;
    }
    if (!transaction.commit()) {
        m_error = tr("Cannot save the review schedule: %1").arg(db.lastError().text());
        return -1;
    }
    return changed;
}
