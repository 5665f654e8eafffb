#include "notescontroller.h"

#include "episodenotesview.h"
#include "exportnotesdialog.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "notedraftsaver.h"
#include "noteeditordialog.h"
#include "notesfiltermodel.h"
#include "noteslistmodel.h"
#include "notesstore.h"
#include "notetime.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "toast.h"
#include "transcriptquotes.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWidget>
#include <QtConcurrent>

namespace {
constexpr size_t kUndoLimit = 50;
}

NotesController::NotesController(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<NotesStore>())
    , m_all(new NotesListModel(this))
    , m_filtered(new NotesFilterModel(m_all, this))
    , m_quotes(std::make_unique<TranscriptQuotes>())
{
    // A bookmark quotes the transcript of its span when the episode has a local one.
    m_maker.setQuoteProvider([this](const QString &episodeId, qint64 fromMs, qint64 toMs) {
        return m_quotes->quote(episodeId, fromMs, toMs);
    });
    const auto count = [this] { emit countChanged(m_all->rowCount()); };
    connect(m_all, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_all, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_all, &QAbstractItemModel::modelReset, this, count);
}

NotesController::~NotesController() = default;

bool NotesController::open(const QString &databasePath)
{
    m_undo.clear();
    if (!m_store->open(databasePath))
        return false;
    // What an editor held when Earmark was killed: kept as a note.
    if (const std::optional<Note> draft = m_store->draft(NoteDraftSaver::defaultSlot())) {
        Note n = *draft;
        if (!n.episodeId.isEmpty() && (!n.text.trimmed().isEmpty() || n.hasTime()) &&
            m_store->save(n))
            toast(tr("A note you were writing was recovered."));
        m_store->clearDraft(NoteDraftSaver::defaultSlot());
    }
    m_path = databasePath;
    reload();
    emit notesChanged({});
    return true;
}

void NotesController::reload()
{
    if (m_path.isEmpty())
        return;
    if (m_loading) {
        m_loadAgain = true; // what changed meanwhile may be missing from the load under way
        return;
    }
    m_loading = true;
    m_loadAgain = false;
    // 10,000 notes take a few hundred milliseconds to read and index: not on the UI thread.
    auto *watcher = new QFutureWatcher<QList<NotesListModel::Row>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        if (m_loadAgain) {
            reload();
            return;
        }
        m_all->setRows(m_loadedCatalog, watcher->result());
        emit notesChanged({});
        emit loaded();
    });
    m_loadedCatalog = m_catalog;
    watcher->setFuture(QtConcurrent::run([path = m_path, catalog = m_catalog] {
        NotesStore store;
        return NotesListModel::prepare(store.open(path) ? store.notes() : QList<Note>(), catalog,
                                       false);
    }));
}

void NotesController::close()
{
    m_store->close();
}

void NotesController::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_quotes = std::make_unique<TranscriptQuotes>(); // transcripts may have changed too
    m_quotes->setCatalog(catalog);
    reload(); // the episode titles and tags the rows show and are searched by
    emit notesChanged({});
}

QList<Note> NotesController::notesOf(const QString &episodeId) const
{
    return m_store->isOpen() ? m_store->notesOf(episodeId) : QList<Note>();
}

void NotesController::setWindow(QWidget *window)
{
    m_window = window;
    m_toast = new Toast(window);
}

void NotesController::toast(const QString &text)
{
    if (m_toast)
        m_toast->showMessage(text);
}

std::optional<Note> NotesController::bookmark(const QString &episodeId, qint64 positionMs,
                                              qint64 durationMs)
{
    const Episode *e = m_catalog.episode(episodeId);
    if (!e)
        return std::nullopt;
    const std::optional<Note> note = m_store->save(m_maker.make(*e, positionMs, durationMs));
    if (!note) {
        toast(tr("The bookmark could not be saved: %1").arg(m_store->errorString()));
        return std::nullopt;
    }
    m_loadAgain = m_loadAgain || m_loading;
    m_all->put(*note);
    emit notesChanged(episodeId);
    if (m_dock)
        m_dock->show();
    const qint64 id = note->id;
    m_undo.push_back([this, id, episodeId] {
        if (m_store->remove(id)) {
            m_loadAgain = m_loadAgain || m_loading;
            m_all->remove(id);
            emit notesChanged(episodeId);
            toast(tr("Bookmark removed."));
        }
    });
    if (m_undo.size() > kUndoLimit)
        m_undo.erase(m_undo.begin());
    toast(tr("Bookmarked %1\u2013%2. %3 undoes it, Shift+B adds a note.")
              .arg(NoteTime::format(note->startMs), NoteTime::format(note->endMs),
                   QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return note;
}

NoteEditorDialog *NotesController::openEditor(const Note &note, QWidget *parent)
{
    if (m_editor)
        m_editor->close(); // one editor at a time: the open one saves first
    const Episode *e = m_catalog.episode(note.episodeId);
    auto *editor = new NoteEditorDialog(note, e ? e->title : note.episodeId, m_store.get(),
                                        parent ? parent->window() : m_window.data());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &NoteEditorDialog::noteReady, this, &NotesController::saved);
    m_editor = editor;
    editor->show();
    return editor;
}

NoteEditorDialog *NotesController::editNewNote(const QString &episodeId, bool withTime,
                                               QWidget *parent, qint64 positionMs,
                                               qint64 durationMs)
{
    const Episode *e = m_catalog.episode(episodeId);
    if (!e)
        return nullptr;
    Note n;
    if (withTime) {
        n = m_maker.make(*e, positionMs, durationMs);
    } else {
        n.episodeId = episodeId;
    }
    return openEditor(n, parent);
}

NoteEditorDialog *NotesController::editNote(qint64 noteId, QWidget *parent)
{
    const std::optional<Note> n = m_store->note(noteId);
    return n ? openEditor(*n, parent) : nullptr;
}

void NotesController::saved(const Note &note)
{
    const std::optional<Note> stored = m_store->save(note);
    if (!stored) {
        toast(tr("The note could not be saved: %1").arg(m_store->errorString()));
        return;
    }
    m_loadAgain = m_loadAgain || m_loading;
    m_all->put(*stored);
    if (m_panel)
        m_panel->setEpisode(stored->episodeId);
    if (m_dock)
        m_dock->show();
    emit notesChanged(stored->episodeId);
    toast(tr("Note saved."));
}

bool NotesController::removeNote(qint64 noteId)
{
    const std::optional<Note> n = m_store->note(noteId);
    if (!n || !m_store->remove(noteId))
        return false;
    m_loadAgain = m_loadAgain || m_loading;
    m_all->remove(noteId);
    emit notesChanged(n->episodeId);
    const Note removed = *n;
    m_undo.push_back([this, removed] {
        if (m_store->restore(removed)) {
            m_loadAgain = m_loadAgain || m_loading;
            m_all->put(removed);
            emit notesChanged(removed.episodeId);
            toast(tr("Note restored."));
        }
    });
    if (m_undo.size() > kUndoLimit)
        m_undo.erase(m_undo.begin());
    toast(tr("Note deleted. %1 undoes it.")
              .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

bool NotesController::undo()
{
    if (m_undo.empty())
        return false;
    const std::function<void()> action = m_undo.back();
    m_undo.pop_back();
    action();
    return true;
}

void NotesController::showExportDialog(QWidget *parent)
{
    ExportNotesDialog dialog(m_catalog, m_store->notes(), parent);
    dialog.exec();
}

void NotesController::attach(MainWindow *window, PlayerBar *bar,
                             std::function<PlaybackController *()> player)
{
    m_mainWindow = window;
    m_player = std::move(player);
    setWindow(window);

    // Window keys: a text field that has the focus keeps B and Ctrl+Z (it overrides shortcuts).
    const auto add = [this, window](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_B), [this] { bookmarkPlaying(); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_B), [this] { notePlaying(); });
    add(QKeySequence::Undo, [this] {
        if (!undo())
            toast(tr("Nothing to undo."));
    });
    connect(bar, &PlayerBar::bookmarkRequested, this, &NotesController::bookmarkPlaying);
    connect(window, &MainWindow::exportNotesRequested, this,
            [this] { showExportDialog(m_mainWindow); });

    // The Notes node: every note, newest first, filtered by the search and the tree.
    auto *page = new QWidget;
    page->setObjectName(u"notesPage"_qs);
    auto *list = new QListView;
    list->setObjectName(u"allNotesList"_qs);
    list->setAccessibleName(tr("All notes"));
    list->setModel(m_filtered);
    list->setWordWrap(true);
    list->setSpacing(3);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *hint = new QLabel(tr("Click a note to play its clip; press Enter to edit it."));
    hint->setWordWrap(true);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(list, 1);
    pageLayout->addWidget(hint);
    connect(list, &QListView::clicked, this, [this](const QModelIndex &i) {
        const qint64 start = i.data(NotesListModel::StartMsRole).toLongLong();
        if (start >= 0)
            playSpan(i.data(NotesListModel::EpisodeIdRole).toString(), start,
                     i.data(NotesListModel::EndMsRole).toLongLong());
        if (m_panel)
            m_panel->setEpisode(i.data(NotesListModel::EpisodeIdRole).toString());
    });
    connect(list, &QListView::activated, this, [this, list](const QModelIndex &i) {
        editNote(i.data(NotesListModel::IdRole).toLongLong(), list);
    });
    window->setNotesPage(page);
    connect(window, &MainWindow::notesFilterChanged, this,
            [this](const QString &text, const QString &topicId, const QString &tag) {
                m_filtered->setText(text);
                m_filtered->setTopic(topicId, tag);
            });
    connect(this, &NotesController::countChanged, window->treeModel(),
            &LibraryTreeModel::setNotesCount);
    window->treeModel()->setNotesCount(m_all->rowCount());

    // The Notes panel: the notes of the episode opened or playing.
    m_panel = new EpisodeNotesView(this);
    auto *dock = new QDockWidget(tr("Notes"), window);
    dock->setObjectName(u"notesDock"_qs);
    dock->setAccessibleName(tr("Notes of the episode"));
    dock->setWidget(m_panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                      QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->resizeDocks({dock}, {300}, Qt::Horizontal);
    // Hidden until wanted: View > Notes panel, or the first bookmark or note, shows it.
    dock->hide();
    m_dock = dock;
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Notes panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    window->viewMenu()->addAction(toggle);
    window->addAction(toggle);
    connect(window, &MainWindow::episodeOpened, m_panel, &EpisodeNotesView::setEpisode);
    m_panel->setEpisode(window->currentEpisodeId());
    connect(m_panel, &EpisodeNotesView::playSpanRequested, this, &NotesController::playSpan);
}

void NotesController::bookmarkPlaying()
{
    PlaybackController *player = m_player ? m_player() : nullptr;
    if (!player || !player->hasEpisode()) {
        toast(tr("Play an episode to bookmark it."));
        return;
    }
    if (m_panel)
        m_panel->setEpisode(player->currentEpisodeId());
    bookmark(player->currentEpisodeId(), player->position(), player->duration());
}

void NotesController::notePlaying()
{
    PlaybackController *player = m_player ? m_player() : nullptr;
    if (player && player->hasEpisode()) {
        editNewNote(player->currentEpisodeId(), true, m_mainWindow, player->position(),
                    player->duration());
    } else if (m_mainWindow && !m_mainWindow->currentEpisodeId().isEmpty()) {
        editNewNote(m_mainWindow->currentEpisodeId(), false, m_mainWindow);
    }
}

void NotesController::playSpan(const QString &episodeId, qint64 startMs, qint64 endMs)
{
    const Episode *e = m_catalog.episode(episodeId);
    PlaybackController *player = m_player ? m_player() : nullptr;
    if (!e || !player)
        return;
    if (!m_playerWired) {
        m_playerWired = true;
        connect(player, &PlaybackController::positionChanged, this, [this, player](qint64 ms) {
            if (m_clipEndMs >= 0 && player->currentEpisodeId() == m_clipEpisode &&
                ms >= m_clipEndMs) {
                m_clipEndMs = -1;
                player->pause();
            }
        });
        connect(player, &PlaybackController::episodeChanged, this, [this](const QString &id) {
            if (id != m_clipEpisode)
                m_clipEndMs = -1;
        });
    }
    m_clipEpisode = episodeId;
    m_clipEndMs = endMs > startMs ? endMs : -1;
    if (player->currentEpisodeId() == episodeId) {
        player->seek(startMs);
        player->play();
    } else {
        player->playEpisode(*e, startMs);
    }
}
