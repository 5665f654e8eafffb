#pragma once

#include <QDateTime>
#include <QString>

// How far a learner got with one episode, as the ProgressStore keeps it. Keyed by the catalog's
// stable episode id; progress of an episode that left every catalog is kept all the same.
// Times are UTC; a null QDateTime means "never".
struct EpisodeProgress
{
    QString episodeId;
    qint64 positionMs = 0; // where to resume
    qint64 durationMs = 0; // the real media duration once known; 0 while unknown
    bool finished = false;
    QDateTime finishedAt;
    QDateTime firstPlayed;
    QDateTime lastPlayed;
    int timesPlayed = 0;
    QDateTime updatedAt; // last change of any of the above; null when nothing is stored

    bool isStored() const { return updatedAt.isValid(); }
    // Has a place to resume from ("Continue listening"). A reset keeps the history but not this.
    bool isStarted() const { return positionMs > 0; }
    bool operator==(const EpisodeProgress &) const = default;
};
