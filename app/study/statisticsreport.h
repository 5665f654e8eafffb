#pragma once

#include <QDate>
#include <QList>
#include <QString>

// What the statistics dashboard shows, computed by ListeningStatistics. Real time is the time the
// learner spent (media time / rate); media time is how much of the recordings went by.
struct DayActivity
{
    QDate date; // local calendar day
    qint64 realMs = 0;
    qint64 mediaMs = 0;
    int sessions = 0;
    int episodes = 0; // distinct episodes listened to that day
};

struct PeriodTotals
{
    qint64 realMs = 0;
    qint64 mediaMs = 0;
    int finished = 0; // episodes finished in the period
    int sessions = 0;

    // Media time per real time: 1.5 when everything was heard at 1.5×; 0 without listening.
    double averageRate() const { return realMs > 0 ? double(mediaMs) / double(realMs) : 0.0; }
};

struct StreakInfo
{
    int current =
        0; // days in a row meeting the goal, up to today (or yesterday while today is open)
    int longest = 0;
    bool todayMet = false;
    qint64 todayRealMs = 0;
    int goalMinutes = 0;
};

// One topic (tag empty) or one tag within a topic.
struct TopicStatistics
{
    QString topicId;
    QString tag;
    QString title;
    int finished = 0;
    int total = 0;
    qint64 realMs = 0;
    qint64 mediaMs = 0;
    qint64 remainingMs = 0; // media time left in the unfinished episodes
    int projectedDays = -1; // at the pace of the last 14 days; -1 without a pace or when done

    double mastery() const { return total > 0 ? double(finished) / double(total) : 0.0; }
};

struct ReviewDay
{
    QDate date;
    int done = 0; // reviews answered that day (past days and today)
    int due = 0;  // episodes due that day (today includes the overdue ones)
};

struct StatisticsReport
{
    static constexpr int kHeatmapWeeks = 26;
    static constexpr int kPaceDays = 14;
    static constexpr int kForecastDays = 14;

    QDate today;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    // From the first day of the week 25 weeks before this one through today, oldest first; every
    // day present (0 when nothing was heard).
    QList<DayActivity> days;
    PeriodTotals todayTotals;
    PeriodTotals week;
    PeriodTotals month;
    PeriodTotals all;
    StreakInfo streak;
    qint64 paceMediaMsPerDay = 0;  // average media time a day over the last kPaceDays days
    QList<TopicStatistics> topics; // each topic followed by its tags
    QList<ReviewDay> reviewsDone;  // the last kForecastDays days up to today
    QList<ReviewDay> reviewsDue;   // today and the next kForecastDays - 1 days
};
