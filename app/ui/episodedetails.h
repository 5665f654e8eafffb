#pragma once

#include "chapter.h"
#include "episode.h"
#include "transcript.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the episode page shows beyond the card, read off the UI thread (EpisodeDetailsLoader):
// the show notes, the chapters and the transcript.
struct EpisodeDetails
{
    QString episodeId;
    QString showNotesHtml;   // safe HTML (ShowNotesSanitizer); empty when there is none
    QString showNotesText;   // plain text, used when there is no HTML (a catalog's summary)
    QList<Chapter> chapters; // the best known so far (ChapterSources::choose)
    QList<Chapter> catalogChapters;
    QList<Chapter> podloveChapters;
    // A Podcasting 2.0 chapters file to fetch (ReadAlongCache); it wins over the others.
    QUrl chaptersUrl;
    bool hasTranscript = false;
    Transcript transcript;
    // A transcript on the web to fetch (ReadAlongCache), the best one the feed offers; empty
    // when the transcript was read here (a file, compiled in) or there is none.
    QUrl transcriptUrl;
    TranscriptFormat transcriptFormat = TranscriptFormat::Unspecified;
    // Why a transcript or chapter list could not be shown, or what was wrong with it, one line
    // each (FILE:LINE:COLUMN: message).
    QStringList problems;
};
