#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QTextStream>

// --export-notes FORMAT FILE: the study notes as Markdown or as an Anki import file, without a
// window. Works beside a running Earmark (the database is only read).
class NotesCommands final
{
    Q_DECLARE_TR_FUNCTIONS(NotesCommands)

public:
    // `format`: "markdown" or "anki". Markdown to a folder (existing, or `file` ending in '/')
    // writes one file per episode, else one file for all.
    static int exportNotes(const QString &dataDir, const Catalog &catalog, const QString &format,
                           const QString &file, QTextStream &out, QTextStream &err);
};
