#pragma once

#include "catalog.h"
#include "transcript.h"

#include <QHash>

// The transcript text of a span of an episode, for a bookmark's quote (BookmarkMaker's
// provider): the text of every cue that overlaps the span, joined by spaces. Reads transcripts
// that are on this computer (compiled in, or files); each is parsed once and kept. Episodes
// whose transcript is remote or untimed give no quote.
class TranscriptQuotes final
{
public:
    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    QString quote(const QString &episodeId, qint64 fromMs, qint64 toMs);

    // The text of the cues of `transcript` overlapping [fromMs, toMs].
    static QString textOf(const Transcript &transcript, qint64 fromMs, qint64 toMs);

private:
    const Transcript *transcriptOf(const QString &episodeId);

    Catalog m_catalog;
    QHash<QString, Transcript> m_transcripts; // by episode id; empty: none usable
};
