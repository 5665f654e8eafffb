#include "episodefilter.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
// Substring search over UTF-8, run for every episode on every keystroke: 16 bytes at a time,
// comparing the needle's first and last byte at once (W. Muła's SIMD-friendly method).
bool contains(QByteArrayView text, QByteArrayView needle)
{
    const char *s = text.data();
    const qsizetype n = text.size();
    const qsizetype k = needle.size();
    if (k == 0)
        return true;
    if (n < k)
        return false;
    if (k == 1)
        return std::memchr(s, needle.at(0), size_t(n)) != nullptr;
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i first = _mm_set1_epi8(needle.at(0));
    const __m128i last = _mm_set1_epi8(needle.at(k - 1));
    for (; i + k - 1 + 16 <= n; i += 16) {
        const __m128i blockFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i blockLast = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + k - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(first, blockFirst), _mm_cmpeq_epi8(last, blockLast))));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(s + i + bit + 1, needle.data() + 1, size_t(k - 2)) == 0)
                return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i + k <= n; ++i) {
        if (s[i] == needle.at(0) && std::memcmp(s + i, needle.data(), size_t(k)) == 0)
            return true;
    }
    return false;
}
} // namespace

void EpisodeFilter::addTag(const QString &tag)
{
    if (!m_tags.contains(tag))
        m_tags.append(tag);
}

void EpisodeFilter::setText(const QString &text)
{
    m_text = text;
    m_words.clear();
    for (const QString &word : fold(text).simplified().split(u' ', Qt::SkipEmptyParts))
        m_words.append(word.toUtf8());
}

bool EpisodeFilter::isEmpty() const
{
    return m_status == Status::Any && m_topicId.isEmpty() && m_tags.isEmpty() && m_words.isEmpty();
}

bool EpisodeFilter::matches(const Episode &episode, ListeningStatus status) const
{
    return matches(episode, status, m_words.isEmpty() ? QByteArray() : searchText(episode));
}

bool EpisodeFilter::matches(const Episode &episode, ListeningStatus status,
                            QByteArrayView searchText, bool isNew, bool isDueForReview,
                            bool wordsFoundElsewhere) const
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
    case Status::New:
        if (!isNew)
            return false;
        break;
    case Status::Review:
        if (!isDueForReview)
            return false;
        break;
    }
    if (!m_topicId.isEmpty() && episode.topicId != m_topicId)
        return false;
    for (const QString &tag : m_tags) {
        if (!episode.tags.contains(tag))
            return false;
    }
    return wordsFoundElsewhere || matchesText(searchText);
}

bool EpisodeFilter::matchesText(QByteArrayView searchText) const
{
    for (const QByteArray &word : m_words) {
        if (!contains(searchText, word))
            return false;
    }
    return true;
}

QByteArray EpisodeFilter::searchText(const Episode &episode)
{
    return fold(episode.title + u'\n' + episode.summary + u'\n' + episode.tags.join(u'\n'))
        .toUtf8();
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
