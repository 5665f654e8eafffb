#pragma once

#include "note.h"
#include "progressstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// The exchange format of --export-progress and --import-progress: UTF-8 JSON,
//   { "format": "earmark-progress", "version": 1, "episodes": [ { "id", "title",
//     "positionMs", "durationMs", "finished", "finishedAt", "firstPlayed", "lastPlayed",
//     "timesPlayed", "updatedAt", "sessions": [ { "startedAt", "endedAt", "startPositionMs",
//     "endPositionMs", "listenedMs", "rate" } ] } ] }
// Version 2 adds "notes": [ { "id" (the note's uid), "episodeId", "startMs", "endMs" (null for a
// note without a time), "chapter", "quote", "text", "flashcard", "front", "back", "createdAt",
// "editedAt" } ]; version 1 files (no notes) still import.
// Times are ISO 8601 UTC with milliseconds, or null. Episodes are sorted by id, sessions by
// start and notes by creation and id, so the same data always gives the same bytes. Other
// subsystems add their data under top-level keys of their own (`extra`, e.g. "review"); a file
// without them still imports.
class ProgressJson final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressJson)

public:
    static constexpr int kFormatVersion = 2;
    // Larger input is refused before parsing (an export of 50,000 episodes with ten sessions
    // each is about 60 MiB).
    static constexpr qsizetype kMaxSize = qsizetype(128) * 1024 * 1024;

    // `titles` maps episode ids to titles; an id missing there (an orphan) gets "".
    static QByteArray write(const QList<ProgressStore::ImportedEpisode> &episodes,
                            const QHash<QString, QString> &titles, const QList<Note> &notes = {},
                            const QJsonObject &extra = {});
    // False with a message naming the offending value, e.g. "episodes[2].positionMs: ...".
    // `extra`, when given, receives the top-level keys besides format, version and episodes.
    static bool read(const QByteArray &data, QList<ProgressStore::ImportedEpisode> *episodes,
                     QString *error, QJsonObject *extra = nullptr);
    // The same, also reading the notes (none from a version 1 file).
    static bool read(const QByteArray &data, QList<ProgressStore::ImportedEpisode> *episodes,
                     QList<Note> *notes, QString *error, QJsonObject *extra = nullptr);

private:
    static bool readNotes(const QJsonObject &root, QList<Note> *notes, QString *error);
};
