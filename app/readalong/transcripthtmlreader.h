#pragma once

#include "transcript.h"

#include <QString>

// An HTML transcript -> a Transcript. Podcasting 2.0's HTML convention times it: a
// <time>0:00</time> starts a cue, the <cite>Name:</cite> before it names the speaker, and the text
// up to the next <time> is what is said. Without <time> elements the transcript is untimed text,
// paragraph by paragraph. Scripts, styles and every tag are dropped; only text is kept. Used by
// TranscriptParser.
class TranscriptHtmlReader final
{
public:
    static void read(const QString &html, Transcript &transcript);
};
