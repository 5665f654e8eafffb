#pragma once

#include "note.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Study notes and bookmarks in the tables that ProgressStore's schema step "notes" created in
// progress.sqlite (ProgressStore opens, migrates and repairs the file; open it first). One
// connection of its own, used from the thread that opened it. Every write is one statement or
// one transaction, so a kill -9 leaves either the old or the new note.
//
// Drafts: what an open note editor has typed, under a slot name ("editor"), saved every few
// seconds by NoteDraftSaver and removed when the note is saved or discarded.
class NotesStore final
{
    Q_DECLARE_TR_FUNCTIONS(NotesStore)
    Q_DISABLE_COPY_MOVE(NotesStore)

public:
    NotesStore();
    ~NotesStore();

    // `databasePath`: ProgressStore::databasePath(). False, with errorString(), when the file
    // cannot be opened or has no notes table.
    bool open(const QString &databasePath);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QString errorString() const { return m_error; }

    // Every note, newest first.
    QList<Note> notes() const;
    // The notes of one episode in time order (timed ones by start, then those without a time
    // by creation).
    QList<Note> notesOf(const QString &episodeId) const;
    std::optional<Note> note(qint64 id) const;

    // Stores a new note (id 0; a uid and the times are filled in when empty) or updates the
    // stored one with that id (editedAt = now). Returns the stored note, or nothing on failure.
    std::optional<Note> save(const Note &note);
    // Puts a removed note back as it was (same id and uid): the undo of remove().
    bool restore(const Note &note);
    bool remove(qint64 id);

    // Merges notes from an import in one transaction: unknown uids are added, known ones are
    // replaced when the imported editedAt is newer. Returns how many changed; -1 on failure.
    int merge(const QList<Note> &notes);

    bool saveDraft(const QString &slot, const Note &draft);
    std::optional<Note> draft(const QString &slot) const;
    bool clearDraft(const QString &slot);

    // The clock for timestamps (UTC); tests replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

private:
    bool write(const Note &note, bool insert, bool keepId, qint64 *insertedId = nullptr);

    QString m_connectionName;
    mutable QString m_error;
    std::function<QDateTime()> m_clock;
};
