#pragma once

#include "episode.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Where the indexer takes an episode's texts from. Every function is called on the indexing
// thread, so it must not touch objects of another thread (open its own database connection).
struct SearchSources
{
    // The transcript of an episode as plain text (cues joined, no timings), empty when it has
    // none or it is not available offline. Asked only for episodes with a transcriptUrl whose
    // stamp changed.
    std::function<QString(const Episode &)> transcriptText;
    // Something that changes when that transcript's text does (file size and time, say), cheap
    // to get. Unset or empty: the text itself is read and hashed.
    std::function<QByteArray(const Episode &)> transcriptStamp;
    // Calls `visit` with every episode's show notes (HTML or text) once; empty notes may be left
    // out. Unset: no show notes are indexed.
    using ShowNotesVisitor = std::function<void(const QString &episodeId, const QString &notes)>;
    std::function<void(const ShowNotesVisitor &visit)> showNotes;
    // Transcripts the catalog does not name (a podcast episode's, once fetched and kept on disk):
    // `visit` with the episode, a stamp as for transcriptStamp, and how to read the text.
    using TranscriptVisitor = std::function<void(const QString &episodeId, const QByteArray &stamp,
                                                 const std::function<QString()> &text)>;
    std::function<void(const TranscriptVisitor &visit)> keptTranscripts;
};
