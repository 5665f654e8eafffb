#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns Unix signals (SIGTERM, SIGINT, SIGHUP, ...) into a Qt signal on the thread that created
// the watcher. The C handler only write()s the signal number into a socket pair (async-signal
// safe); a QSocketNotifier reads it in the event loop and emits signalReceived(). After the
// first delivery the handler puts the default action back, so a second Ctrl+C or kill ends a
// process whose clean close hangs.
//
// One watcher per process: a second one takes the signals over.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override; // puts the previous handlers back

    // Installs the handler for `signalNumber`; false (with errorString()) when that failed.
    bool watch(int signalNumber);
    QList<int> watched() const { return m_watched; }
    QString errorString() const { return m_error; }

    // The signals a desktop app is told to quit with: SIGTERM, SIGINT, SIGHUP.
    static QList<int> terminationSignals();

signals:
    void signalReceived(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_watched;
    QString m_error;
};
