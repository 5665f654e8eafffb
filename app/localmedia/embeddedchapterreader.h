#pragma once

#include "embeddedchapter.h"
#include "inputproblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the chapters embedded in an audio file through TagLib: ID3v2 CHAP frames (MP3, and WAV
// with an ID3v2 chunk; the title from the frame's embedded TIT2) and the Vorbis-comment
// convention CHAPTERnnn=HH:MM:SS.mmm with CHAPTERnnnNAME (Ogg Vorbis, Opus, FLAC). MP4 chapter
// tracks are not read (TagLib 1.13 has no API for them). Stateless; callable from any thread.
class EmbeddedChapterReader final
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedChapterReader)

public:
    // The chapters in start order; an empty list when the file has none. A chapter whose time
    // cannot be read is left out and reported in `problems` (FILE: message), as is a file that
    // cannot be read at all.
    static QList<EmbeddedChapter> read(const QString &path,
                                       QList<InputProblem> *problems = nullptr);

    // "01:02:03.500", "1:02:03", "02:03.5", "123.25" -> milliseconds; -1 when not a time.
    static qint64 parseVorbisTime(const QString &text);
};
