#include "testhttpserver.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include <zlib.h>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}
} // namespace

// Lives in the server's thread: accepts connections, reads one request each, answers.
class TestHttpServerWorker final : public QTcpServer
{
public:
    explicit TestHttpServerWorker(TestHttpServer *owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            TestHttpServer::Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            m_buffers.remove(socket);
            answer(socket, request, m_owner->respond(request));
        });
    }

    void answer(QTcpSocket *socket, const TestHttpServer::Request &request,
                const TestHttpServer::Response &response)
    {
        if (response.neverAnswer)
            return;
        if (response.delayMs > 0) {
            TestHttpServer::Response later = response;
            later.delayMs = 0;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, request, later] {
                if (guard)
                    answer(guard, request, later);
            });
            return;
        }
        int status = response.status;
        QByteArray body = response.body;
        std::shared_ptr<QFile> file;
        qint64 size = body.size();
        if (!response.bodyFile.isEmpty()) {
            file = std::make_shared<QFile>(response.bodyFile);
            if (!file->open(QIODevice::ReadOnly))
                file.reset();
            size = file ? file->size() : 0;
        }
        qint64 from = 0;
        qint64 to = size - 1;
        QList<std::pair<QByteArray, QByteArray>> headers = response.headers;
        if (response.ranges) {
            headers.append(std::pair<QByteArray, QByteArray>("Accept-Ranges", "bytes"));
            const QByteArray range = request.header("range");
            if (range.startsWith("bytes=") && status == 200) {
                const QList<QByteArray> parts = range.mid(6).split('-');
                from = parts.value(0).toLongLong();
                to = parts.value(1).isEmpty() ? size - 1 : parts.value(1).toLongLong();
                if (from >= size) {
                    status = 416;
                    headers.append(std::pair<QByteArray, QByteArray>(
                        "Content-Range", "bytes */" + QByteArray::number(size)));
                    from = 0;
                    to = -1;
                } else {
                    status = 206;
                    headers.append(std::pair<QByteArray, QByteArray>(
                        "Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                             QByteArray::number(to) + '/' +
                                             QByteArray::number(size)));
                }
            }
        }
        if (!file) {
            body = body.mid(from, to - from + 1);
            if (response.gzip && request.header("accept-encoding").contains("gzip")) {
                body = TestHttpServer::gzipCompress(body);
                headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
            }
            from = 0;
            to = body.size() - 1;
        }
        const qint64 length = to - from + 1;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        if (request.method == "HEAD" || length <= 0) {
            socket->disconnectFromHost();
            return;
        }
        const qint64 sendEnd =
            response.cutAfter >= 0 ? from + qMin<qint64>(response.cutAfter, length) : to + 1;
        if (!file && response.chunkDelayMs <= 0) {
            socket->write(body.left(sendEnd));
            socket->disconnectFromHost();
            return;
        }
        // Streamed: the next piece when the socket has room (and the delay is over).
        auto stream = std::make_shared<Stream>();
        stream->file = file;
        stream->body = body;
        stream->position = from;
        stream->end = sendEnd;
        stream->chunk = response.chunkBytes > 0 ? response.chunkBytes : 256 * 1024;
        stream->delayMs = response.chunkDelayMs;
        QPointer<QTcpSocket> guard(socket);
        auto pump = std::make_shared<std::function<void()>>();
        *pump = [guard, stream, pump, this] {
            if (!guard || stream->waiting)
                return;
            while (guard->bytesToWrite() < 2 * stream->chunk && stream->position < stream->end) {
                const qint64 n = qMin<qint64>(stream->chunk, stream->end - stream->position);
                QByteArray piece;
                if (stream->file) {
                    stream->file->seek(stream->position);
                    piece = stream->file->read(n);
                } else {
                    piece = stream->body.mid(stream->position, n);
                }
                if (piece.isEmpty())
                    break;
                guard->write(piece);
                stream->position += piece.size();
                if (stream->delayMs > 0 && stream->position < stream->end) {
                    stream->waiting = true;
                    QTimer::singleShot(stream->delayMs, this, [stream, pump] {
                        stream->waiting = false;
                        if (*pump)
                            (*pump)();
                    });
                    return;
                }
            }
            if (stream->position >= stream->end) {
                guard->disconnectFromHost();
                QObject::disconnect(stream->connection);
            }
        };
        stream->connection =
            connect(socket, &QTcpSocket::bytesWritten, this, [pump] { (*pump)(); });
        connect(socket, &QObject::destroyed, this, [pump] { *pump = nullptr; });
        (*pump)();
    }

    struct Stream
    {
        std::shared_ptr<QFile> file;
        QByteArray body;
        qint64 position = 0;
        qint64 end = 0;
        qint64 chunk = 0;
        int delayMs = 0;
        bool waiting = false;
        QMetaObject::Connection connection;
    };

    TestHttpServer *m_owner;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

TestHttpServer::TestHttpServer()
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"TestHttpServer"_qs);
    m_thread->start();
    QSemaphore ready;
    auto *worker = new TestHttpServerWorker(this);
    worker->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(worker, [this, worker, &ready] {
        if (worker->listen(QHostAddress::LocalHost, 0))
            m_port = worker->serverPort();
        ready.release();
    });
    ready.acquire();
    QObject::connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
}

TestHttpServer::~TestHttpServer()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:"_qs + QString::number(m_port) + path);
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &path, const Response &response)
{
    route(path, [response](const Request &) { return response; });
}

void TestHttpServer::redirect(const QByteArray &path, int status, const QByteArray &target)
{
    Response r;
    r.status = status;
    r.header("Location", target);
    route(path, r);
}

QUrl TestHttpServer::serveFile(const QString &filePath)
{
    QFile file(filePath);
    Response r;
    if (file.open(QIODevice::ReadOnly))
        r.body = file.readAll();
    r.ranges = true;
    const QString name = QFileInfo(filePath).fileName();
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    const QByteArray type = suffix == u"ogg" || suffix == u"opus" ? "audio/ogg"
                            : suffix == u"wav"                    ? "audio/wav"
                            : suffix == u"flac"                   ? "audio/flac"
                                                                  : "audio/mpeg";
    r.header("Content-Type", type);
    route("/" + name.toUtf8(), r);
    return url(u'/' + name);
}

void TestHttpServer::serveConditional(const QByteArray &path, const QByteArray &body,
                                      const QByteArray &contentType, const QByteArray &etag)
{
    static const QByteArray kLastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
    route(path, [=](const Request &request) {
        Response r;
        r.header("ETag", etag).header("Last-Modified", kLastModified);
        if (request.header("if-none-match") == etag ||
            (request.header("if-none-match").isEmpty() &&
             request.header("if-modified-since") == kLastModified)) {
            r.status = 304;
            return r;
        }
        r.header("Content-Type", contentType);
        r.body = body;
        r.gzip = true;
        return r;
    });
}

TestHttpServer::Response TestHttpServer::respond(const Request &request)
{
    Handler handler;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        const qsizetype query = request.path.indexOf('?');
        const QByteArray path = query < 0 ? request.path : request.path.left(query);
        m_hits[path] += 1;
        handler = m_routes.value(path);
    }
    if (!handler) {
        Response notFound;
        notFound.status = 404;
        notFound.body = "not found";
        return notFound;
    }
    return handler(request);
}

int TestHttpServer::hits(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_hits.value(path);
}

QList<TestHttpServer::Request> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QByteArray TestHttpServer::gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}
