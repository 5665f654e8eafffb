#pragma once

#include "episode.h"
#include "listeningstatus.h"

#include <QByteArray>
#include <QStringList>

// What the learner asked to see: a plain value, tested apart from any view.
// All parts combine with AND; an empty part matches everything.
class EpisodeFilter final
{
public:
    enum class Status {
        Any,
        ContinueListening, // started, not finished
        NotStarted,
        Finished,
        New,    // podcast episodes that came with a refresh and were not opened or played yet
        Review, // finished episodes due for spaced review today
    };

    Status status() const { return m_status; }
    void setStatus(Status status) { m_status = status; }

    QString topicId() const { return m_topicId; }
    void setTopicId(const QString &topicId) { m_topicId = topicId; }

    // An episode must carry every one of these tags.
    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags) { m_tags = tags; }
    void addTag(const QString &tag);
    void removeTag(const QString &tag) { m_tags.removeAll(tag); }

    // Words, any order, each found in title, summary or tags; case- and accent-insensitive.
    QString text() const { return m_text; }
    void setText(const QString &text);

    bool isEmpty() const;
    bool operator==(const EpisodeFilter &other) const = default;

    bool matches(const Episode &episode,
                 ListeningStatus status = ListeningStatus::NotStarted) const;
    // Fast path for models that keep searchText(episode) per row. `wordsFoundElsewhere`: the
    // words were found in the episode's transcript or show notes (by a full-text index), so
    // they need not be in `searchText`.
    bool matches(const Episode &episode, ListeningStatus status, QByteArrayView searchText,
                 bool isNew = false, bool isDueForReview = false,
                 bool wordsFoundElsewhere = false) const;
    // Whether every word of text() is in `searchText` (true when there are none).
    bool matchesText(QByteArrayView searchText) const;

    // Title, summary and tags, case-folded with accents removed, as UTF-8: what the words are
    // looked up in (byte search over UTF-8 is exact, and half the size of UTF-16).
    static QByteArray searchText(const Episode &episode);
    // Case-folds and strips accents (é → e, Ö → o).
    static QString fold(const QString &text);

private:
    Status m_status = Status::Any;
    QString m_topicId;
    QStringList m_tags;
    QString m_text;
    QList<QByteArray> m_words; // folded words of m_text, UTF-8
};
