#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class ProgressStore;

// When to write the play position. Fed with (episode, position) ticks while playing, it writes
// the newest position at once when nothing was written for interval() (2 s), otherwise when
// that interval is over — so a crash loses at most interval() of listening — and right away on
// flush(): call it on pause, seek, stop, episode change, finish and quit. A tick for another
// episode flushes the previous one first.
class ProgressRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressRecorder)

public:
    using Sink = std::function<bool(const QString &episodeId, qint64 positionMs)>;
    using Clock = std::function<qint64()>; // monotonic milliseconds

    static constexpr qint64 kDefaultIntervalMs = 2000;

    // Writes through ProgressStore::savePosition().
    explicit ProgressRecorder(ProgressStore *store, QObject *parent = nullptr);
    explicit ProgressRecorder(Sink sink, QObject *parent = nullptr);
    ~ProgressRecorder() override; // flushes

    qint64 interval() const { return m_intervalMs; }
    void setInterval(qint64 ms) { m_intervalMs = ms; }
    // Replaces the monotonic clock (tests).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void tick(const QString &episodeId, qint64 positionMs);
    void flush();

    bool hasPending() const { return m_pending; }
    int writeCount() const { return m_writes; }

signals:
    // After each write attempt; `ok` false when the sink failed.
    void written(const QString &episodeId, qint64 positionMs, bool ok);

private:
    void write();
    qint64 now() const;

    Sink m_sink;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
    qint64 m_intervalMs = kDefaultIntervalMs;
    QString m_episodeId;
    qint64 m_positionMs = 0;
    bool m_pending = false;
    QString m_savedEpisodeId;
    qint64 m_savedPositionMs = -1;
    bool m_hasWritten = false;
    qint64 m_lastWriteAt = 0;
    int m_writes = 0;
};
