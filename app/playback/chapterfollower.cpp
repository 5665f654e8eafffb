#include "chapterfollower.h"

#include "playbackcontroller.h"

#include <algorithm>

ChapterFollower::ChapterFollower(PlaybackController *player, QObject *parent)
    : QObject(parent)
    , m_player(player)
{
    connect(player, &PlaybackController::episodeChanged, this, &ChapterFollower::onEpisodeChanged);
    connect(player, &PlaybackController::positionChanged, this, &ChapterFollower::follow);
    onEpisodeChanged();
}

int ChapterFollower::indexAt(const QList<Chapter> &chapters, qint64 ms)
{
    const auto after = std::upper_bound(chapters.cbegin(), chapters.cend(), ms,
                                        [](qint64 t, const Chapter &c) { return t < c.startMs; });
    return int(after - chapters.cbegin()) - 1;
}

void ChapterFollower::onEpisodeChanged()
{
    m_episodeId = m_player->currentEpisodeId();
    m_chapters = m_player->currentEpisode().chapters;
    m_current = -2; // whatever follow() finds is a change
    emit chaptersChanged();
    follow(m_player->position());
}

void ChapterFollower::setChapters(const QString &episodeId, QList<Chapter> chapters)
{
    if (episodeId != m_episodeId)
        return;
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    if (chapters == m_chapters)
        return;
    m_chapters = std::move(chapters);
    m_current = -2;
    emit chaptersChanged();
    follow(m_player->position());
}

QString ChapterFollower::currentTitle() const
{
    return m_current >= 0 && m_current < m_chapters.size() ? m_chapters.at(m_current).title
                                                           : QString();
}

void ChapterFollower::follow(qint64 ms)
{
    const int index = m_episodeId.isEmpty() ? -1 : indexAt(m_chapters, ms);
    if (index == m_current)
        return;
    m_current = index;
    emit chapterChanged(index, currentTitle());
}

bool ChapterFollower::next()
{
    if (m_episodeId.isEmpty())
        return false;
    const int index = indexAt(m_chapters, m_player->position()) + 1;
    if (index >= m_chapters.size())
        return false;
    m_player->seek(m_chapters.at(index).startMs);
    return true;
}

bool ChapterFollower::previous()
{
    if (m_episodeId.isEmpty() || m_chapters.isEmpty())
        return false;
    const qint64 position = m_player->position();
    int index = indexAt(m_chapters, position);
    if (index < 0)
        return false;
    if (position - m_chapters.at(index).startMs < kRestartThresholdMs && index > 0)
        --index;
    m_player->seek(m_chapters.at(index).startMs);
    return true;
}
