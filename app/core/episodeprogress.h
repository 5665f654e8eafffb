#pragma once

#include <QDateTime>
#include <QString>

// What the learner did with one episode, as the ProgressStore keeps it.
struct EpisodeProgress
{
    QString episodeId;
    qint64 positionMs = 0; // resume position
    qint64 durationMs = 0; // real media duration; 0 until known
    bool finished = false;
    QDateTime finishedAt;
    QDateTime firstPlayed;
    QDateTime lastPlayed;
    int timesPlayed = 0;
    QDateTime updatedAt;

    bool isStarted() const { return positionMs > 0 || timesPlayed > 0; }
    bool operator==(const EpisodeProgress &) const = default;
};
