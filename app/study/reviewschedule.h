#pragma once

#include "catalog.h"
#include "studyconnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <optional>

// Spaced review of finished episodes, a Leitner box schedule kept in progress.sqlite
// (`review_state`, `review_log`, `review_topics_off`):
//   finished                    -> box 0, due 1 day later
//   "Got it" in box 0, 1, 2, 3  -> box 1, 2, 3, 4, due 3, 7, 21, 60 days later
//   "Got it" in box 4           -> stays in box 4, due 60 days later
//   "Again" in any box          -> box 0, due 1 day later
// Days are local calendar days counted from the day of the answer (or of finishing), so the
// schedule is the same whatever the time of day. Review can be turned off per topic; its
// episodes keep their schedule but are never due while it is off.
class ReviewSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSchedule)
    Q_DISABLE_COPY_MOVE(ReviewSchedule)

public:
    enum class Answer { GotIt, Again };
    static constexpr int kBoxes = 5;
    static constexpr int kIntervalDays[kBoxes] = {1, 3, 7, 21, 60};
    static QString jsonKey() { return QStringLiteral("review"); }

    struct State
    {
        QString episodeId;
        int box = 0;
        QDate due;
        QDateTime reviewedAt; // the last answer; null before the first
        QDateTime updatedAt;
        bool operator==(const State &) const = default;
    };
    struct LogEntry
    {
        QString episodeId;
        QDateTime reviewedAt;
        QDate day;
        bool gotIt = false;
        int box = 0; // after the answer
        bool operator==(const LogEntry &) const = default;
    };
    // What the "review" key of a progress export holds.
    struct Exchange
    {
        QList<State> states;
        QList<LogEntry> log;
        QSet<QString> topicsOff;
    };

    // The box and due day after `answer` given on `day` in `box`.
    static std::pair<int, QDate> next(int box, Answer answer, const QDate &day);

    ReviewSchedule() = default;

    // `databasePath`: ProgressStore::databasePath().
    bool open(const QString &databasePath);
    void close();
    bool isOpen() const { return m_connection.isOpen(); }
    QString errorString() const { return m_error; }

    // An episode finished on local day `day`: box 0, due the next day. One already scheduled
    // keeps its schedule (listening to it again for a review finishes it again).
    bool scheduleFinished(const QString &episodeId, const QDate &day, const QDateTime &now);
    // Schedules every finished episode without a schedule (finished before review existed, or
    // imported): due the day after its finish in `zone`. Returns how many were added.
    int scheduleAllFinished(const QTimeZone &zone, const QDateTime &now);
    bool answer(const QString &episodeId, Answer answer, const QDate &today, const QDateTime &now);

    std::optional<State> state(const QString &episodeId) const;
    QList<State> states() const;
    QList<LogEntry> log() const;
    // Episodes due on or before `day`, in the catalog, whose topic has review on; by due day.
    QStringList dueOn(const QDate &day, const Catalog &catalog) const;

    bool setTopicEnabled(const QString &topicId, bool enabled);
    bool isTopicEnabled(const QString &topicId) const;
    QSet<QString> topicsOff() const;

    // The exchange format, {"version": 1, "episodes": [{"id", "box", "due", "reviewedAt",
    // "updatedAt"}], "topicsOff": [ids], "log": [{"id", "reviewedAt", "day", "answer": "got-it" |
    // "again", "box"}]}, sorted so the same data gives the same bytes.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; false with a message naming the value ("review.episodes[2].box:
    // ..."). `value` undefined (an older export without the key) gives an empty exchange.
    static bool fromJson(const QJsonValue &value, Exchange *exchange, QString *error);
    // Merges an import in one transaction: per episode the newer updatedAt wins, log entries are
    // added unless known, topics turned off stay off. Returns how many rows changed, -1 on error.
    int merge(const Exchange &exchange);

private:
    bool failed(const class QSqlQuery &q, bool saving) const;
    bool writeState(const State &s);

    StudyConnection m_connection;
    mutable QString m_error;
};
