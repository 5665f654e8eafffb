#pragma once

#include "downloaditem.h"
#include "downloadstore.h"
#include "downloadtransfer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QThread;

// The episodes to download, in order, with at most parallelTransfers() running at once. State
// lives in progress.sqlite (DownloadStore), files under "<data>/downloads/<folder>/<episode>.<ext>"
// with a ".part" file while incomplete. Interrupted transfers (quit, network loss, a crash) are
// queued again on open() and resume from their partial file; network problems are retried a few
// times before an item fails. A full disk stops the whole queue (stopped()) until resumeAll().
// The queue and its signals live on the thread that owns it (the UI thread in the app); the
// transfers run on a thread of the queue's own, so neither the network nor the disk ever makes
// the owner wait.
class DownloadQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    static constexpr int kDefaultParallelTransfers = 2;
    static constexpr int kMaxParallelTransfers = 8;
    static constexpr int kDefaultAttempts = 4;
    static constexpr int kDefaultRetryDelayMs = 3000;

    struct Request
    {
        QString episodeId;
        QUrl url;
        QString title;
        QString folder; // the podcast's or topic's title
    };

    explicit DownloadQueue(QObject *parent = nullptr);
    ~DownloadQueue() override;

    // `dataDir`: where downloads/ goes; `databasePath`: ProgressStore::databasePath(). Queues
    // again what was running, forgets completed downloads whose file is gone, and starts.
    bool open(const QString &dataDir, const QString &databasePath);
    void close();
    QString errorString() const { return m_error; }
    QString downloadsDir() const { return m_downloadsDir; }

    void setParallelTransfers(int count);
    int parallelTransfers() const { return m_parallel; }
    // How often a network problem is tried again (the first try counts), and how long apart.
    void setRetryPolicy(int attempts, int delayMs);

    // Only these episodes are started (--download: what the window queued waits for it); all
    // when empty.
    void restrictTo(const QStringList &episodeIds);

    // Queues an episode; true when it is queued, running or already downloaded. A failed or
    // paused one is queued again (resuming from its partial file).
    bool enqueue(const Request &request);
    void pause(const QString &episodeId);
    void resume(const QString &episodeId); // also Retry for a failed one
    // Stops and forgets an unfinished download, deleting its partial file.
    void cancel(const QString &episodeId);
    void pauseAll();
    // Resumes every paused, failed and queued item, and a queue stopped by a full disk.
    void resumeAll();
    void cancelAll();
    // Deletes a finished download's file and record; progress and history are not touched.
    bool removeDownload(const QString &episodeId);

    QList<DownloadItem> items() const;
    std::optional<DownloadItem> item(const QString &episodeId) const;
    DownloadState state(const QString &episodeId) const;
    // The downloaded file when it is complete and on disk; empty otherwise (also while only a
    // partial file exists).
    QString localFile(const QString &episodeId) const;
    QString absolutePath(const DownloadItem &item) const;
    // The size of every completed download.
    qint64 totalBytes() const;
    int runningCount() const { return int(m_running.size()); }

    // Deletes the downloads of episodes `isFinished` says were finished at least `afterDays` days
    // before `now` (0: whenever). Returns the episodes whose download was deleted.
    QStringList
    deleteFinished(const std::function<std::optional<QDateTime>(const QString &)> &finishedAt,
                   int afterDays, const QDateTime &now);

    bool isStopped() const { return m_stopped; }
    QString stopReason() const { return m_stopReason; }

    bool setAutoDownload(const QString &podcastId, bool on);
    bool autoDownload(const QString &podcastId) const;

signals:
    // The item's state, error or anything shown about it changed (also when it was removed).
    void itemChanged(const QString &episodeId);
    void itemProgress(const QString &episodeId, qint64 bytesDone, qint64 bytesTotal,
                      double bytesPerSecond);
    void completed(const QString &episodeId);
    void failed(const QString &episodeId, const QString &reason);
    // A full disk (or a failing one) stopped the queue; nothing runs until resumeAll().
    void stopped(const QString &message);
    // Nothing is queued or running any more.
    void idle();

private:
    void schedule();
    void startTransfer(DownloadItem &item);
    void onTransferFinished(const QString &episodeId, DownloadTransfer::Outcome outcome,
                            const QString &message, qint64 bytesDone, qint64 bytesTotal);
    // Stops the transfer of the episode, if one runs; true when one did. With `removePartial`
    // its partial file goes too, once the transfer let go of it.
    bool stopTransfer(const QString &episodeId, bool removePartial = false);
    void setState(DownloadItem &item, DownloadState state, const QString &error = {});
    DownloadItem *find(const QString &episodeId);
    const DownloadItem *find(const QString &episodeId) const;
    QString uniquePath(const QString &episodeId, const QString &relative) const;

    DownloadStore m_store;
    QString m_error;
    QString m_downloadsDir;
    std::unique_ptr<QThread> m_thread;               // where the transfers run
    QList<DownloadItem> m_items;                     // in queue order
    std::map<QString, DownloadTransfer *> m_running; // living on m_thread, deleted there
    QHash<QString, int> m_attempts;
    QSet<QString> m_retryWaiting;
    QSet<QString> m_only;
    int m_parallel = kDefaultParallelTransfers;
    int m_maxAttempts = kDefaultAttempts;
    int m_retryDelayMs = kDefaultRetryDelayMs;
    bool m_stopped = false;
    QString m_stopReason;
};
