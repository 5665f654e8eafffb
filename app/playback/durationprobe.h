#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUrl>

// Finds the real duration of audio files in the background: one file at a time, read by
// GStreamer's discoverer on a worker thread (it parses the headers, or estimates from the bit
// rate, without playing). Nothing blocks the caller's thread.
class DurationProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationProbe)

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    // What one probe found: a duration, or why there is none.
    struct Result
    {
        qint64 durationMs = -1;
        bool timedOut = false;
        QString error;
    };

    explicit DurationProbe(QObject *parent = nullptr);
    ~DurationProbe() override;

    // Queues an episode's audio; an id already queued is not queued twice.
    void enqueue(const QString &episodeId, const QUrl &audio);
    void clear();
    bool isIdle() const { return m_currentId.isEmpty() && m_pending.isEmpty(); }
    qsizetype pendingCount() const { return m_pending.size() + (m_currentId.isEmpty() ? 0 : 1); }
    void setTimeoutMs(int ms) { m_timeoutMs = qMax(100, ms); }

signals:
    void durationFound(const QString &episodeId, qint64 durationMs);
    void probeFailed(const QString &episodeId, const QString &message);
    void finished(); // the queue ran empty

private:
    void startNext();
    void onProbed();

    struct Job
    {
        QString id;
        QUrl audio;
    };
    QList<Job> m_pending;
    QString m_currentId;
    QFutureWatcher<Result> m_watcher;
    int m_timeoutMs = kDefaultTimeoutMs;
};
