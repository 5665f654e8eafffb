#pragma once

#include <QString>

// One chapter marked inside an audio file (ID3v2 CHAP frame, or a Vorbis comment CHAPTERnnn).
struct EmbeddedChapter
{
    qint64 startMs = 0;
    qint64 endMs = 0; // the next chapter's start, or the end of the audio, when not given
    QString title;    // empty when the file gives none
    bool operator==(const EmbeddedChapter &) const = default;
};
