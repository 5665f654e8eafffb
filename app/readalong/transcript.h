#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// One timed piece of a transcript: what is said from startMs to endMs, and by whom.
struct TranscriptCue
{
    qint64 startMs = -1;
    // -1: open-ended, until the audio ends (a format without end times, e.g. the last cue of an
    // HTML transcript; the parsers give every other cue the next cue's start).
    qint64 endMs = -1;
    QString speaker; // empty when the format names none
    QString text;    // plain text; lines separated by '\n'

    bool operator==(const TranscriptCue &) const = default;
};

// A transcript as read from any format (TranscriptParser): timed cues sorted by start, or, for an
// untimed format, just text. Plain value type.
struct Transcript
{
    QList<TranscriptCue> cues; // sorted by start (stable); cues may overlap
    bool timed = false;
    // The whole text: an untimed transcript's paragraphs separated by blank lines, or the cues'
    // text one cue a line (for search).
    QString plainText;

    // The cue playing at `positionMs`, or -1. When cues overlap, the latest-started one of those
    // playing. O(log n): a binary search over the starts, then, when the latest cue to start is
    // over already, a search of `endTree`. Needs index() after `cues` changed.
    int cueAt(qint64 positionMs) const;

    // Sorts `cues` by start (stable: cues starting together keep their order) and builds
    // `endTree`. The parsers call it; call it again after editing `cues` by hand.
    void index();

    // A max segment tree over the cues' ends (open-ended cues count as forever), leaves from
    // index endTree.size() / 2: finds the last cue before a given one that still plays. Filled
    // by index().
    QList<qint64> endTree;

    bool operator==(const Transcript &) const = default;
};
