#include "episodefilter.h"

void EpisodeFilter::addTag(const QString &tag)
{
    if (!m_tags.contains(tag))
        m_tags.append(tag);
}

void EpisodeFilter::setText(const QString &text)
{
    m_text = text;
    m_words = fold(text).simplified().split(u' ', Qt::SkipEmptyParts);
}

bool EpisodeFilter::isEmpty() const
{
    return m_status == Status::Any && m_topicId.isEmpty() && m_tags.isEmpty() && m_words.isEmpty();
}

bool EpisodeFilter::matches(const Episode &episode, ListeningStatus status) const
{
    return matches(episode, status, m_words.isEmpty() ? QString() : searchText(episode));
}

bool EpisodeFilter::matches(const Episode &episode, ListeningStatus status,
                            QStringView searchText) const
{
    switch (m_status) {
    case Status::Any:
        break;
    case Status::ContinueListening:
        if (status != ListeningStatus::InProgress)
            return false;
        break;
    case Status::NotStarted:
        if (status != ListeningStatus::NotStarted)
            return false;
        break;
    case Status::Finished:
        if (status != ListeningStatus::Finished)
            return false;
        break;
    }
    if (!m_topicId.isEmpty() && episode.topicId != m_topicId)
        return false;
    for (const QString &tag : m_tags) {
        if (!episode.tags.contains(tag))
            return false;
    }
    for (const QString &word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

QString EpisodeFilter::searchText(const Episode &episode)
{
    return fold(episode.title + u'\n' + episode.summary + u'\n' + episode.tags.join(u'\n'));
}

QString EpisodeFilter::fold(const QString &text)
{
    // Fast path: plain ASCII needs only lower-casing.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}
