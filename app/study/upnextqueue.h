#pragma once

#include "studyconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>

// The Up Next queue: episodes the learner put in the order they want to hear them, in the
// `up_next` table of progress.sqlite. Every change is written at once (one statement or one
// transaction), so the queue is what it was after a restart. An episode is in it at most once.
class UpNextQueue final
{
    Q_DECLARE_TR_FUNCTIONS(UpNextQueue)
    Q_DISABLE_COPY_MOVE(UpNextQueue)

public:
    UpNextQueue() = default;

    // `databasePath`: ProgressStore::databasePath(). Reads the stored queue.
    bool open(const QString &databasePath);
    void close();
    bool isOpen() const { return m_connection.isOpen(); }
    QString errorString() const { return m_error; }

    QStringList episodeIds() const { return m_ids; }
    int size() const { return int(m_ids.size()); }
    bool contains(const QString &episodeId) const { return m_ids.contains(episodeId); }

    // At the end; an episode already queued stays where it is. False when nothing changed.
    bool add(const QString &episodeId);
    // At the front (moved there when already queued).
    bool playNext(const QString &episodeId);
    // Moves the entry at `from` so that it ends up at index `to` (both 0-based, in range).
    bool move(int from, int to);
    bool remove(const QString &episodeId);
    bool clear();
    // Removes and returns the first entry; empty when the queue is empty.
    QString takeFirst();
    // Drops the entries whose episode is not in `known` (unsubscribed, removed folder). Returns
    // how many were dropped.
    int retainOnly(const QSet<QString> &known);

    // The clock for added_at (UTC); tests replace it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    bool write(); // stores m_ids as the whole queue, in one transaction
    bool reload();

    StudyConnection m_connection;
    QStringList m_ids;
    QString m_error;
    QDateTime m_now;
};
