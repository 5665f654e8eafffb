#pragma once

#include "catalog.h"
#include "note.h"

#include <QCoreApplication>

// The notes marked as flashcards as a text file that Anki's File > Import reads as it is:
// UTF-8, tab-separated, with the header lines `#separator:tab`, `#html:true` and
// `#tags column:3`, then one card a line: front, back, tags.
//   front: the note's front, else the first line of its text;
//   back:  the note's back, else the rest of its text; then the transcript quote and where it
//          comes from (episode, [12:34]);
//   tags:  the episode's tags, spaces made underscores (Anki separates tags by spaces).
// Fields are HTML: &, <, >, " are escaped, line breaks become <br>, tabs &#9;.
class NotesAnkiExporter final
{
    Q_DECLARE_TR_FUNCTIONS(NotesAnkiExporter)

public:
    static QByteArray document(const Catalog &catalog, const QList<Note> &notes);
    // How many cards document() writes for these notes.
    static int cardCount(const QList<Note> &notes);
    static bool write(const Catalog &catalog, const QList<Note> &notes, const QString &file,
                      QString *error);

    // One field's text as HTML on one line (exposed for tests).
    static QString field(const QString &text);
    // Front and back as the card shows them, before escaping.
    static QString frontOf(const Note &note);
    static QString backOf(const Note &note);
};
