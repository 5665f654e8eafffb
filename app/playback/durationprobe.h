#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QMediaPlayer;

// Finds the real duration of audio files in the background: one file at a time, with a second
// QMediaPlayer that only loads (never plays) the media. Nothing blocks the caller's thread.
class DurationProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationProbe)

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit DurationProbe(QObject *parent = nullptr);
    ~DurationProbe() override;

    // Queues an episode's audio; an id already queued is not queued twice.
    void enqueue(const QString &episodeId, const QUrl &audio);
    void clear();
    bool isIdle() const { return m_currentId.isEmpty() && m_pending.isEmpty(); }
    qsizetype pendingCount() const { return m_pending.size() + (m_currentId.isEmpty() ? 0 : 1); }
    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }

signals:
    void durationFound(const QString &episodeId, qint64 durationMs);
    void probeFailed(const QString &episodeId, const QString &message);
    void finished(); // the queue ran empty

private:
    void startNext();
    void done();

    struct Job
    {
        QString id;
        QUrl audio;
    };
    QMediaPlayer *m_player = nullptr;
    QList<Job> m_pending;
    QString m_currentId;
    QTimer m_timeout;
};
