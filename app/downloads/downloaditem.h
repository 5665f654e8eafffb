#pragma once

#include <QDateTime>
#include <QString>

// Where one episode's download stands.
enum class DownloadState : quint8 {
    None,        // not downloaded (no record)
    Queued,      // waiting for a free transfer
    Downloading, // a transfer runs
    Paused,      // stopped by the learner; the partial file stays for resuming
    Completed,   // the whole file is in place
    Failed,      // stopped with `error`; the partial file stays, Retry resumes from it
};

// One episode's download as the queue and its store keep it.
struct DownloadItem
{
    QString episodeId;
    QString url;
    QString title;  // the episode's, for the Downloads panel
    QString folder; // the podcast's or topic's title: the folder under downloads/
    // The finished file, relative to the downloads folder ("<folder>/<episode>.<ext>"); the
    // partial file is the same with ".part" appended.
    QString filePath;
    DownloadState state = DownloadState::Queued;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1 while unknown
    QString error;
    QDateTime addedAt;
    QDateTime finishedAt;
    // Not stored: the transfer's current speed.
    double bytesPerSecond = 0;

    bool isActive() const
    {
        return state == DownloadState::Queued || state == DownloadState::Downloading;
    }
    // Bytes left to fetch; -1 while the size is unknown.
    qint64 bytesRemaining() const
    {
        return bytesTotal < 0 ? -1 : qMax<qint64>(0, bytesTotal - bytesDone);
    }
};
