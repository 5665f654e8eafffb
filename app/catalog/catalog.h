#pragma once

#include "episode.h"
#include "inputproblem.h"
#include "topic.h"

#include <QHash>
#include <QList>

// The topics and episodes of one or more merged catalog files. Ids are unique.
class Catalog final
{
public:
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    const QList<Topic> &topics() const { return m_topics; }
    const QList<Episode> &episodes() const { return m_episodes; }

    const Topic *topic(const QString &id) const;
    qsizetype indexOfTopic(const QString &id) const { return m_topicIndex.value(id, -1); }
    qsizetype indexOfEpisode(const QString &id) const { return m_episodeIndex.value(id, -1); }
    const Episode *episode(const QString &id) const;

    // Both return false (and change nothing) when the id is already taken.
    bool addTopic(const Topic &topic);
    bool addEpisode(const Episode &episode);
    // Room for `count` episodes in all, for a caller that knows how many will be added.
    void reserveEpisodes(qsizetype count)
    {
        m_episodes.reserve(count);
        m_episodeIndex.reserve(count);
    }

    // Adds the other catalog's topics and episodes. A topic whose id is known is shared; an
    // episode whose id is known is skipped and reported through `skipped`.
    void merge(const Catalog &other, QList<Episode> *skipped = nullptr);

    // A copy that shares no string with this one. A catalog parsed from a large file in another
    // thread has its strings scattered between the parser's freed blocks; copied in the UI
    // thread, that thread's heap holds only the copy and the parser's heap can be given back.
    Catalog compacted() const;

private:
    QString m_title;
    QList<Topic> m_topics;
    QList<Episode> m_episodes;
    QHash<QString, qsizetype> m_topicIndex;
    QHash<QString, qsizetype> m_episodeIndex;
};
