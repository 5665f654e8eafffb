#pragma once

#include <QDateTime>
#include <QString>

// A bookmark or a note on an episode, as the notes store (app/notes) keeps it and the progress
// export carries it. Plain value type; keyed by episode id like the progress, so a note outlives
// unsubscribing and deleted downloads. Times are UTC.
struct Note
{
    qint64 id = 0; // the row in the store; 0 while not stored (not exported)
    QString uid;   // stable across export and import: what an import merges by
    QString episodeId;
    qint64 startMs = -1; // the span in the episode; both -1 for a note without a time
    qint64 endMs = -1;
    QString chapterTitle; // the chapter at startMs when the note was made; empty without
    QString quote;        // the transcript text of the span; empty without a transcript
    QString text;         // what the learner wrote, light Markdown
    bool isFlashcard = false;
    QString front; // the flashcard's question; empty: the text's first line
    QString back;  // its answer; empty: the rest of the text
    QDateTime createdAt;
    QDateTime editedAt;

    bool hasTime() const { return startMs >= 0; }
    bool operator==(const Note &) const = default;
};
