#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QThread;

// A small HTTP/1.1 server on 127.0.0.1 for tests, running in a thread of its own (so a test may
// block on a child process that talks to it). Each path answers from a handler the test sets;
// the server can answer late, never, gzip-compressed, with a cut body, or with ranges. One request
// a connection ("Connection: close").
class TestHttpServer final
{
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       // with the query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;          // wait before answering
        bool neverAnswer = false; // keep the connection open, say nothing
        bool gzip = false;        // Content-Encoding: gzip when the request accepts it
        bool ranges = false;      // honour "Range: bytes=N-" with 206 and Accept-Ranges
        // Announce the whole length, send only this many bytes of the body, then close; -1 sends
        // it all.
        qsizetype cutAfter = -1;
        // Slow server: the body goes out in pieces of chunkBytes, chunkDelayMs apart.
        qsizetype chunkBytes = 0;
        int chunkDelayMs = 0;
        // The body is this file, read as it is sent (for large files: memory stays flat); `body`
        // is ignored then. Ranges work as with `body`.
        QString bodyFile;

        Response &header(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
            return *this;
        }
    };
    using Handler = std::function<Response(const Request &)>;

    TestHttpServer();
    ~TestHttpServer();

    bool isListening() const { return m_port != 0; }
    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const Response &response);
    // A permanent (301, 308) or temporary (302, 307) redirect to `target`.
    void redirect(const QByteArray &path, int status, const QByteArray &target);
    // Serves the file at `filePath` as /<its name>, with byte ranges (seeking in a stream needs
    // them); the Content-Type follows the extension. Returns its URL.
    QUrl serveFile(const QString &filePath);
    // Serves `body` with an ETag and Last-Modified, and 304 for a matching conditional request.
    void serveConditional(const QByteArray &path, const QByteArray &body,
                          const QByteArray &contentType, const QByteArray &etag);

    int hits(const QByteArray &path) const;
    QList<Request> requests() const;

    static QByteArray gzipCompress(const QByteArray &data);

private:
    friend class TestHttpServerWorker;
    Response respond(const Request &request);

    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_hits;
    QList<Request> m_requests;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};
