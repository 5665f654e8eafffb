#pragma once

#include "catalog.h"
#include "note.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// Notes as Markdown the way Obsidian and Logseq read it: YAML front matter (title, podcast,
// date, tags, source), then one list item per note, `- [12:34] text`, its further lines
// indented under it and the transcript quote as a `> ` block inside the item. Notes without a
// time come after the timed ones, without a timestamp.
class NotesMarkdownExporter final
{
    Q_DECLARE_TR_FUNCTIONS(NotesMarkdownExporter)

public:
    enum class Layout {
        OneFile,        // every episode in one file, a `##` section each
        FilePerEpisode, // one file per episode in a folder
    };

    // One episode's file. `notes` are that episode's, in any order.
    static QByteArray episodeDocument(const Catalog &catalog, const QString &episodeId,
                                      const QList<Note> &notes);
    // All notes in one file, episodes by title; `today` is the front matter's date.
    static QByteArray allDocument(const Catalog &catalog, const QList<Note> &notes,
                                  const QDate &today);
    // The file name for an episode's notes: its title made safe for any file system, ".md".
    static QString fileNameFor(const Catalog &catalog, const QString &episodeId);

    // Writes `notes` to `path` (a file for OneFile, a folder, created when missing, for
    // FilePerEpisode). False with `*error` set on failure; `*written` lists the files.
    static bool write(const Catalog &catalog, const QList<Note> &notes, Layout layout,
                      const QString &path, const QDate &today, QString *error,
                      QStringList *written = nullptr);
};
