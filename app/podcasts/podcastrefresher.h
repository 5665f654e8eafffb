#pragma once

#include "refreshoutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class FeedFetcher;
class QNetworkAccessManager;
struct FeedFetchResult;

// Subscribes and refreshes podcasts: a queue of small jobs, several at once and at most a few
// per host, each a FeedFetcher (network, UI thread, asynchronous) followed by parsing and storing
// in a worker thread (its own PodcastStore connection), so nothing that grows with a feed runs
// on the UI thread. A failed or truncated fetch changes nothing but the podcast's last error.
class PodcastRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodcastRefresher)

public:
    // Eight feeds at once, at most six from one host: what browsers and Qt's network access
    // manager allow an HTTP/1.1 host, polite enough for the few hosts that serve many podcasts
    // (a refresh of 200 feeds is latency-bound; with two per host, 200 answers of 304 from one
    // host took three times as long: bench_podcasts).
    static constexpr int kDefaultMaxConcurrent = 8;
    static constexpr int kDefaultMaxPerHost = 6;
    static constexpr qint64 kMaxArtworkSize = qint64(5) * 1024 * 1024;
    // Feeds at least this large are parsed item by item into the store (one transaction, the
    // writer lock held while parsing), so that a 50 MB feed is never in memory whole; smaller
    // ones are parsed in parallel, unlocked, with their items kept until stored.
    static constexpr qsizetype kDefaultStreamFrom = qsizetype(4) * 1024 * 1024;

    // `databasePath`: ProgressStore::databasePath(); `artworkDir`: where podcast artwork is kept
    // (one file a podcast, named after its id).
    PodcastRefresher(QNetworkAccessManager *network, const QString &databasePath,
                     const QString &artworkDir, QObject *parent = nullptr);
    ~PodcastRefresher() override;

    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    void setMaxPerHost(int n) { m_maxPerHost = qMax(1, n); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setStreamFrom(qsizetype bytes) { m_streamFrom = bytes; }

    // A feed URL (http, https) or a file: URL of a feed file. A web page that links a feed is
    // followed to it. A URL already subscribed to is reported alreadySubscribed, not fetched.
    void subscribe(const QUrl &url);
    // Queues these podcasts (ids) for a refresh; ids already queued or running are skipped.
    void refresh(const QStringList &podcastIds);
    // Stops every job: running fetches are aborted, queued ones dropped. Jobs already storing
    // finish (a transaction is never cut), and report.
    void cancel();

    bool isBusy() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }

signals:
    void progressChanged(int done, int total);
    void subscribed(const RefreshOutcome &outcome);
    void refreshed(const RefreshOutcome &outcome);
    // New artwork for a podcast was saved to the artwork directory.
    void artworkChanged(const QString &podcastId);
    // The queue ran empty; `cancelled` when cancel() emptied it.
    void finished(bool cancelled);

private:
    struct Job
    {
        QString podcastId; // empty for a new subscription
        QUrl url;
        bool subscribe = false;
        QUrl requestedUrl;     // url before a web page led elsewhere
        bool followed = false; // a page already led here: do not follow again
        // The stored copy's cache validators, read when the job was queued (none after an error,
        // so that a failed copy is fetched whole).
        QByteArray etag;
        QByteArray lastModified;
        QString host() const { return url.host(); }
    };
    struct Running
    {
        Job job;
        QPointer<FeedFetcher> fetcher;
        bool storing = false;
    };

    void enqueue(const Job &job);
    void startJobs();
    void startJob(const Job &job);
    void onFetched(int runId, const FeedFetchResult &fetched);
    void onStored(int runId, const RefreshOutcome &outcome, const QUrl &follow,
                  const QString &imageUrl);
    void fetchArtwork(const QString &podcastId, const QUrl &url);
    void complete(int runId, const RefreshOutcome &outcome);

    QNetworkAccessManager *m_network = nullptr;
    QString m_databasePath;
    QString m_artworkDir;
    int m_maxConcurrent = kDefaultMaxConcurrent;
    int m_maxPerHost = kDefaultMaxPerHost;
    int m_timeoutMs = 30000;
    qsizetype m_streamFrom = kDefaultStreamFrom;
    QList<Job> m_queue;
    QHash<int, Running> m_running;
    int m_nextRunId = 1;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};
