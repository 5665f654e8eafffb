#pragma once

#include <QDateTime>
#include <QString>

// One stretch of listening: from pressing play to pause, stop, seek away or episode change.
// A session is identified by its episode and its wall-clock start (UTC, milliseconds).
struct ListeningSession
{
    qint64 id = 0; // the store's row id; 0 while not stored
    QString episodeId;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 startPositionMs = 0;
    qint64 endPositionMs = 0;
    qint64 listenedMs = 0; // wall-clock time spent playing
    double rate = 1.0;     // playback rate

    // Equal content; the row id is not compared.
    bool sameAs(const ListeningSession &o) const
    {
        return episodeId == o.episodeId && startedAt == o.startedAt && endedAt == o.endedAt &&
               startPositionMs == o.startPositionMs && endPositionMs == o.endPositionMs &&
               listenedMs == o.listenedMs && rate == o.rate;
    }
};
