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
    if (other.episodes().isEmpty())
        return; // and the episode list stays shared, not copied
    m_episodes.reserve(m_episodes.size() + other.episodes().size());
    for (const Episode &e : other.episodes()) {
        if (!addEpisode(e) && skipped)
            skipped->append(e);
    }
}

Catalog Catalog::compacted() const
{
    QHash<QString, QString> pool; // one copy of each tag, topic id and file name
    const auto fresh = [](const QString &s) { return QString(s.constData(), s.size()); };
    const auto shared = [&](const QString &s) {
        auto it = pool.find(s);
        if (it == pool.end())
            it = pool.insert(s, fresh(s));
        return *it;
    };
    Catalog out;
    out.m_title = fresh(m_title);
    for (const Topic &t : m_topics)
        out.addTopic({shared(t.id), fresh(t.title), fresh(t.description), t.kind,
                      fresh(t.imageFile), fresh(t.warning)});
    out.m_episodes.reserve(m_episodes.size());
    out.m_episodeIndex.reserve(m_episodes.size());
    for (const Episode &e : m_episodes) {
        Episode c;
        c.id = fresh(e.id);
        c.title = fresh(e.title);
        c.summary = fresh(e.summary);
        c.topicId = shared(e.topicId);
        c.tags.reserve(e.tags.size());
        for (const QString &tag : e.tags)
            c.tags.append(shared(tag));
        c.durationSec = e.durationSec;
        c.published = e.published;
        c.publishedTime = e.publishedTime;
        c.audioUrl = fresh(e.audioUrl);
        c.order = e.order;
        c.transcriptFormat = e.transcriptFormat;
        c.transcriptUrl = fresh(e.transcriptUrl);
        c.chapters.reserve(e.chapters.size());
        for (const Chapter &chapter : e.chapters)
            c.chapters.append({chapter.startMs, fresh(chapter.title)});
        c.sourceFile = shared(e.sourceFile);
        c.sourceIndex = e.sourceIndex;
        out.addEpisode(c);
    }
    return out;
}
