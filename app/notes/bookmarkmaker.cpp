#include "bookmarkmaker.h"

Note BookmarkMaker::make(const Episode &episode, qint64 positionMs, qint64 durationMs) const
{
    qint64 end = qMax<qint64>(0, positionMs);
    if (durationMs > 0)
        end = qMin(end, durationMs);
    Note n;
    n.episodeId = episode.id;
    n.endMs = end;
    n.startMs = qMax<qint64>(0, end - m_lookbackMs);
    n.chapterTitle = chapterAt(episode.chapters, n.startMs);
    if (m_quotes)
        n.quote = m_quotes(episode.id, n.startMs, n.endMs).trimmed();
    return n;
}

QString BookmarkMaker::chapterAt(const QList<Chapter> &chapters, qint64 ms)
{
    QString title;
    for (const Chapter &c : chapters) {
        if (c.startMs > ms)
            break;
        title = c.title;
    }
    return title;
}
