#include "catalog.h"

const Topic *Catalog::topic(const QString &id) const
{
    const qsizetype i = m_topicIndex.value(id, -1);
    return i < 0 ? nullptr : &m_topics.at(i);
}

const Episode *Catalog::episode(const QString &id) const
{
    const qsizetype i = indexOfEpisode(id);
    return i < 0 ? nullptr : &m_episodes.at(i);
}

bool Catalog::addTopic(const Topic &topic)
{
    if (m_topicIndex.contains(topic.id))
        return false;
    m_topicIndex.insert(topic.id, m_topics.size());
    m_topics.append(topic);
    return true;
}

bool Catalog::addEpisode(const Episode &episode)
{
    if (m_episodeIndex.contains(episode.id))
        return false;
    m_episodeIndex.insert(episode.id, m_episodes.size());
    m_episodes.append(episode);
    return true;
}

void Catalog::merge(const Catalog &other, QList<Episode> *skipped)
{
    if (m_title.isEmpty())
        m_title = other.title();
    for (const Topic &t : other.topics())
        addTopic(t);
    m_episodes.reserve(m_episodes.size() + other.episodes().size());
    for (const Episode &e : other.episodes()) {
        if (!addEpisode(e) && skipped)
            skipped->append(e);
    }
}
