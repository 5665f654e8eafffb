#pragma once

#include "bookmarkmaker.h"
#include "catalog.h"
#include "note.h"
#include "noteeditordialog.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class EpisodeNotesView;
class QDockWidget;
class MainWindow;
class PlaybackController;
class PlayerBar;
class NotesFilterModel;
class NotesListModel;
class NotesStore;
class QWidget;
class Toast;
class TranscriptQuotes;

// The study notes of the running app: the store, bookmarks (B), the note editor (Shift+B), the
// models of the Notes node and of the Notes panel, undo (Ctrl+Z) of a bookmark or a deletion,
// and File > Export notes…. AppController creates it and wires it to the window and player.
class NotesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesController)

public:
    explicit NotesController(QObject *parent = nullptr);
    ~NotesController() override;

    // `databasePath`: ProgressStore::databasePath(). A draft left by a crash becomes a note.
    // The Notes node's list loads in the background (loaded() follows).
    bool open(const QString &databasePath);
    bool isLoading() const { return m_loading; }
    void close();
    NotesStore *store() const { return m_store.get(); }
    BookmarkMaker &bookmarkMaker() { return m_maker; }

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    // Every note, newest first (the Notes node), and filtered by the search and tree.
    NotesListModel *allNotes() const { return m_all; }
    NotesFilterModel *filteredNotes() const { return m_filtered; }
    QList<Note> notesOf(const QString &episodeId) const;

    // Where the toast shows and dialogs open.
    void setWindow(QWidget *window);

    // Saves a bookmark of the span before `positionMs`; a toast confirms, undo() removes it.
    std::optional<Note> bookmark(const QString &episodeId, qint64 positionMs, qint64 durationMs);
    // Opens the editor on a new note: the bookmark span before `positionMs` (withTime), or
    // without a time. The note is saved when the editor closes.
    NoteEditorDialog *editNewNote(const QString &episodeId, bool withTime, QWidget *parent,
                                  qint64 positionMs = 0, qint64 durationMs = 0);
    NoteEditorDialog *editNote(qint64 noteId, QWidget *parent);
    NoteEditorDialog *editor() const { return m_editor; }
    bool removeNote(qint64 noteId);
    // Undoes the last bookmark or deletion; false when there is nothing to undo.
    bool undo();
    bool canUndo() const { return !m_undo.empty(); }

    // File > Export notes…
    void showExportDialog(QWidget *parent);

    // Wires the window: B, Shift+B and Ctrl+Z on it (not while a text field has the keys), the
    // player bar's Bookmark button, the Notes node's page, the Notes panel (a dock beside the
    // cards) and File > Export notes…. `player` creates the player when first asked.
    void attach(MainWindow *window, PlayerBar *bar, std::function<PlaybackController *()> player);
    EpisodeNotesView *panel() const { return m_panel; }
    // Plays [startMs, endMs] of an episode and pauses at its end.
    void playSpan(const QString &episodeId, qint64 startMs, qint64 endMs);
    // B: a bookmark of what plays; Shift+B: the editor on it (on the current card without a
    // time when nothing plays).
    void bookmarkPlaying();
    void notePlaying();

signals:
    // Notes of this episode changed (empty: any may have).
    void notesChanged(const QString &episodeId);
    void countChanged(int count);
    // The list of all notes was read again (after open() or a new catalog).
    void loaded();

private:
    NoteEditorDialog *openEditor(const Note &note, QWidget *parent);
    void reload();
    void saved(const Note &note);
    void toast(const QString &text);

    std::unique_ptr<NotesStore> m_store;
    BookmarkMaker m_maker;
    Catalog m_catalog;
    NotesListModel *m_all = nullptr;
    NotesFilterModel *m_filtered = nullptr;
    std::unique_ptr<TranscriptQuotes> m_quotes;
    QPointer<QWidget> m_window;
    Toast *m_toast = nullptr;
    QPointer<NoteEditorDialog> m_editor;
    std::vector<std::function<void()>> m_undo;
    QString m_path;
    Catalog m_loadedCatalog; // the catalog of the load under way
    bool m_loading = false;
    bool m_loadAgain = false;
    MainWindow *m_mainWindow = nullptr;
    EpisodeNotesView *m_panel = nullptr;
    QDockWidget *m_dock = nullptr; // the Notes panel's dock
    std::function<PlaybackController *()> m_player;
    bool m_playerWired = false;
    QString m_clipEpisode;
    qint64 m_clipEndMs = -1;
};
