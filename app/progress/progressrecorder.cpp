#include "progressrecorder.h"

#include "progressstore.h"

ProgressRecorder::ProgressRecorder(ProgressStore *store, QObject *parent)
    : ProgressRecorder(
          [store](const QString &episodeId, qint64 positionMs) {
              return store->savePosition(episodeId, positionMs);
          },
          parent)
{}

ProgressRecorder::ProgressRecorder(Sink sink, QObject *parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_elapsed.start();
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, this, &ProgressRecorder::write);
}

ProgressRecorder::~ProgressRecorder()
{
    flush();
}

qint64 ProgressRecorder::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void ProgressRecorder::tick(const QString &episodeId, qint64 positionMs)
{
    if (m_pending && episodeId != m_episodeId)
        write(); // the previous episode's last position first
    m_episodeId = episodeId;
    m_positionMs = positionMs;
    m_pending = episodeId != m_savedEpisodeId || positionMs != m_savedPositionMs;
    if (!m_pending)
        return;
    const qint64 sinceWrite = now() - m_lastWriteAt;
    if (!m_hasWritten || sinceWrite >= m_intervalMs)
        write();
    else if (!m_deadline.isActive())
        m_deadline.start(int(m_intervalMs - sinceWrite));
}

void ProgressRecorder::flush()
{
    if (m_pending)
        write();
    m_deadline.stop();
}

void ProgressRecorder::write()
{
    m_deadline.stop();
    if (!m_pending)
        return;
    const bool ok = m_sink && m_sink(m_episodeId, m_positionMs);
    // Also after a failure: the next try waits for the interval instead of hammering the disk.
    m_lastWriteAt = now();
    m_hasWritten = true;
    m_pending = false;
    ++m_writes;
    if (ok) {
        m_savedEpisodeId = m_episodeId;
        m_savedPositionMs = m_positionMs;
    }
    emit written(m_episodeId, m_positionMs, ok);
}
