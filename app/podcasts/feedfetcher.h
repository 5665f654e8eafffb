#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// What fetching a feed came to.
struct FeedFetchResult
{
    enum class Status {
        Fetched,     // `body` holds the document
        NotModified, // 304: the stored copy is current
        Failed,      // `error` says why
    };
    Status status = Status::Failed;
    QByteArray body;
    QByteArray contentType;
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects: the base for relative URLs in the document
    // Where a chain of permanent redirects (301, 308) ended; empty when there was none or when
    // a temporary one (302, 303, 307) came along the way. The subscription moves there.
    QUrl movedTo;
    QByteArray etag;
    QByteArray lastModified;
    int httpStatus = 0;
    QString error;
};

// Fetches one feed: a conditional GET (If-None-Match, If-Modified-Since), gzip through Qt's
// network access manager, redirects followed by hand (at most kMaxRedirects, loops refused) so
// that a permanent move can be told from a temporary one, a timeout that counts from the last
// byte received, and a size limit. A file: URL is read from disk in a worker thread. Emits
// finished() exactly once, also after abort().
class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    static constexpr int kMaxRedirects = 10;
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kMaxSize = qint64(64) * 1024 * 1024;

    FeedFetcher(QNetworkAccessManager *network, const QUrl &url, QObject *parent = nullptr);
    ~FeedFetcher() override;

    void setValidators(const QByteArray &etag, const QByteArray &lastModified);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; } // kMaxSize unless set
    void start();
    void abort();
    QUrl url() const { return m_result.requestedUrl; }

signals:
    void finished(const FeedFetchResult &result);

private:
    void get(const QUrl &url);
    void onReplyFinished();
    void fail(const QString &error);
    void finish();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxSize = kMaxSize;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QSet<QUrl> m_visited;
    bool m_permanentSoFar = true;
    bool m_done = false;
    FeedFetchResult m_result;
};

Q_DECLARE_METATYPE(FeedFetchResult)
