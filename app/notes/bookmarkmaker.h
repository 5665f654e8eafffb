#pragma once

#include "episode.h"
#include "note.h"

#include <QString>

#include <functional>

// Makes the note a bookmark saves: the span from lookback() before the position to the
// position, clamped at 0 and at the duration, with the chapter playing at its start and the
// transcript text of the span when a provider gives one. Does not store it (NotesStore does).
class BookmarkMaker final
{
public:
    static constexpr qint64 kDefaultLookbackMs = 30'000;

    // The transcript text of [fromMs, toMs] of an episode; empty when it has no timed
    // transcript. Called on the thread that makes the bookmark: it must be quick (a parsed
    // transcript in memory).
    using QuoteProvider =
        std::function<QString(const QString &episodeId, qint64 fromMs, qint64 toMs)>;

    void setLookbackMs(qint64 ms) { m_lookbackMs = qMax<qint64>(0, ms); }
    qint64 lookbackMs() const { return m_lookbackMs; }
    void setQuoteProvider(QuoteProvider provider) { m_quotes = std::move(provider); }

    // `durationMs` 0 or less: not known (no upper clamp but the position).
    Note make(const Episode &episode, qint64 positionMs, qint64 durationMs) const;

    // The title of the chapter playing at `ms`; empty when there is none.
    static QString chapterAt(const QList<Chapter> &chapters, qint64 ms);

private:
    qint64 m_lookbackMs = kDefaultLookbackMs;
    QuoteProvider m_quotes;
};
