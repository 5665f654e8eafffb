#include "singleinstance.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
{
    // Socket paths are short: name the server after a hash of the directory.
    const QByteArray hash =
        QCryptographicHash::hash(QDir::cleanPath(m_dataDir).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(20);
    m_serverName = u"earmark-"_qs + QString::fromLatin1(hash);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_dataDir).filePath(u"earmark.lock"_qs);
}

bool SingleInstance::ownsLock() const
{
    return m_lock && m_lock->isLocked();
}

SingleInstance::LockResult SingleInstance::tryLock()
{
    if (ownsLock())
        return LockResult::Acquired;
    m_error.clear();
    if (!QDir().mkpath(m_dataDir) || !QFileInfo(m_dataDir).isDir()) {
        m_error =
            tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(m_dataDir));
        return LockResult::Failed;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (m_lock->tryLock(0))
        return LockResult::Acquired;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        return LockResult::Busy;
    case QLockFile::PermissionError:
        m_error = tr("Cannot write the lock file %1: permission denied.")
                      .arg(QDir::toNativeSeparators(lockFilePath()));
        break;
    default:
        m_error = tr("Cannot take the lock %1.").arg(QDir::toNativeSeparators(lockFilePath()));
        break;
    }
    return LockResult::Failed;
}

SingleInstance::LockResult SingleInstance::tryBecomePrimary()
{
    const LockResult result = tryLock();
    if (result != LockResult::Acquired || m_server)
        return result;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We own the lock, so a socket left by a crashed owner is ours to remove.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // Not fatal: this launch still owns the data; later launches just cannot raise it.
        qCWarning(lcStartup).noquote()
            << "cannot listen on" << m_serverName << ":" << m_server->errorString();
    }
    QObject::connect(m_server, &QLocalServer::newConnection, this,
                     &SingleInstance::acceptConnections);
    return result;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        const auto readRequests = [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                if (line == kActivate) {
                    qCInfo(lcStartup) << "another launch asked to activate this one";
                    emit activateRequested();
                } else if (line.endsWith('\n')) {
                    emit messageReceived(line.chopped(1));
                }
            }
        };
        QObject::connect(socket, &QLocalSocket::readyRead, this, readRequests);
        QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        readRequests();
    }
}

bool SingleInstance::activatePrimary(int timeoutMs)
{
    return send(kActivate, timeoutMs);
}

bool SingleInstance::notifyPrimary(const QByteArray &message, int timeoutMs)
{
    return send(message + '\n', timeoutMs);
}

bool SingleInstance::send(const QByteArray &line, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // The owner may have taken the lock a moment ago and not be listening yet: retry.
    while (true) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())))) {
            socket.write(line);
            socket.flush();
            const bool sent =
                socket.bytesToWrite() == 0 ||
                socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime())));
            socket.disconnectFromServer();
            if (sent)
                return true;
        }
        if (deadline.hasExpired()) {
            m_error = tr("Another Earmark uses %1 but does not answer.")
                          .arg(QDir::toNativeSeparators(m_dataDir));
            return false;
        }
        QThread::msleep(50);
    }
}
