#pragma once

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QLocalServer;
class QLockFile;

// One writer per data directory. The first launch takes `earmark.lock` in the data directory
// and listens on a local socket named after the directory; a later launch on the same directory
// fails to take the lock, sends "activate" to the first one (which emits activateRequested()
// so its window can come to the front) and quits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class LockResult {
        Acquired, // this object now owns the data directory
        Busy,     // another process (or object) does
        Failed,   // the lock could not be taken at all: see errorString()
    };

    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock only: command-line modes that must not be activated.
    LockResult tryLock();
    // Takes the lock and listens for activation requests.
    LockResult tryBecomePrimary();
    bool ownsLock() const;

    // From a launch that got Busy: asks the owner to come to the front. False when nobody
    // accepted the message within timeoutMs.
    bool activatePrimary(int timeoutMs = 3000);
    // From a launch that got Busy: hands the owner a message (one line, no newline), which it
    // emits as messageReceived(). False when nobody accepted it within timeoutMs.
    bool notifyPrimary(const QByteArray &message, int timeoutMs = 3000);
    // A command changed the library (subscriptions, podcasts' episodes) behind the window.
    static QByteArray libraryChangedMessage() { return QByteArrayLiteral("library-changed"); }

    QString errorString() const { return m_error; }
    QString lockFilePath() const;
    QString serverName() const { return m_serverName; }

signals:
    void activateRequested();
    void messageReceived(const QByteArray &message);

private:
    void acceptConnections();
    bool send(const QByteArray &line, int timeoutMs);

    QString m_dataDir;
    QString m_serverName;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
