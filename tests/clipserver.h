#pragma once

// A test HTTP server on 127.0.0.1 for audio clips. Python's http.server has no byte ranges, and
// seeking in a stream needs them.
#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Serves one file over HTTP/1.1 on 127.0.0.1, with byte ranges, one request per connection.
class ClipServer final : public QObject
{
public:
    explicit ClipServer(const QString &path)
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            m_body = f.readAll();
        if (path.endsWith(u".ogg") || path.endsWith(u".opus"))
            m_type = "audio/ogg";
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &name) const
    {
        return QUrl(u"http://127.0.0.1:" + QString::number(m_server.serverPort()) + u'/' + name);
    }
    int requests = 0;
    int rangeRequests = 0; // requests that started past the first byte (seeks)

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        qsizetype from = 0;
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.toLower().startsWith("range: bytes="))
                from = line.mid(13).trimmed().split('-').value(0).toLongLong();
        }
        m_buffers.remove(s);
        from = qBound<qsizetype>(0, from, m_body.size());
        if (from > 0)
            ++rangeRequests;
        const QByteArray part = m_body.mid(from);
        QByteArray head = from > 0 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        head += "Content-Type: " + m_type + "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n";
        head += "Content-Length: " + QByteArray::number(part.size()) + "\r\n";
        if (from > 0)
            head += "Content-Range: bytes " + QByteArray::number(from) + '-' +
                    QByteArray::number(m_body.size() - 1) + '/' +
                    QByteArray::number(m_body.size()) + "\r\n";
        s->write(head + "\r\n" + part);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_type = "audio/mpeg";
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
