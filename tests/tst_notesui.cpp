// Study notes in the running app: B bookmarks what plays (not while typing), a toast confirms
// and Ctrl+Z undoes; Shift+B's editor saves a note on close; the Notes panel plays, deletes
// and restores; the Notes node lists and searches every note; File > Export notes… writes.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "episodenotesview.h"
#include "exportnotesdialog.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "notedraftsaver.h"
#include "noteeditordialog.h"
#include "notescontroller.h"
#include "notesfiltermodel.h"
#include "noteslistmodel.h"
#include "notesstore.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "progressstore.h"
#include "toast.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestNotesUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bookmarkDuringAndAfterPlaybackWithUndo();
    void noKeysWhileTyping();
    void editorSavesOnCloseAndPanelDeletesWithUndo();
    void notesNodeListsAndSearches();
    void exportDialogWritesMarkdownAndAnki();

private:
    std::unique_ptr<AppController> launch();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestNotesUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // One episode at a time: after the end nothing else starts.
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"player/autoplay"_s, false);
}

void TestNotesUi::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<AppController> TestNotesUi::launch()
{
    CommandLineOptions options;
    if (!options.parse(QStringList{u"earmark"_s, u"--data-dir"_s, m_dir->path()}))
        qFatal("bad options");
    QElapsedTimer t;
    t.start();
    auto app = std::make_unique<AppController>(options, t);
    if (app->start() != AppController::Started)
        qFatal("did not start");
    return app;
}

void TestNotesUi::bookmarkDuringAndAfterPlaybackWithUndo()
{
    auto app = launch();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    MainWindow *w = app->window();
    NotesController *notes = app->notes();
    PlaybackController *player = app->player();
    w->episodeView()->setFocus();
    QTRY_VERIFY(w->episodeView()->hasFocus());

    // The Notes panel waits hidden until wanted (View > Notes panel, Ctrl+Shift+N).
    auto *dock = w->findChild<QDockWidget *>(u"notesDock"_s);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QAction *toggle = dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    QVERIFY(w->viewMenu()->actions().contains(toggle));

    // Nothing plays: B says so and saves nothing.
    QTest::keyClick(w->episodeView(), Qt::Key_B);
    QVERIFY(notes->store()->notes().isEmpty());
    QVERIFY(!dock->isVisible());

    emit w->playRequested(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 2000, 20000);

    // During playback, a few seconds in: from 0 (clamped) to now.
    const qint64 before = player->position();
    QTest::keyClick(w->episodeView(), Qt::Key_B);
    const qint64 after = player->position();
    QList<Note> stored = notes->store()->notesOf(u"lora"_s);
    QCOMPARE(stored.size(), 1);
    QVERIFY(dock->isVisible()); // the first bookmark shows where it went
    QCOMPARE(stored.first().startMs, 0);
    QVERIFY(stored.first().endMs >= before && stored.first().endMs <= after);
    // The bundled lesson's WebVTT transcript gives the quote of the span.
    QVERIFY2(stored.first().quote.startsWith(u"Full fine-tuning updates every weight"_s),
             qPrintable(stored.first().quote));
    auto *toast = w->findChild<Toast *>(u"toast"_s);
    QVERIFY(toast && toast->isVisible());
    QVERIFY(toast->text().contains(u"00:00"_s));
    // The panel follows the playing episode and lists it.
    QCOMPARE(notes->panel()->episodeId(), u"lora"_s);
    QCOMPARE(notes->panel()->model()->rowCount(), 1);
    QCOMPARE(w->treeModel()->notesIndex().data(LibraryTreeModel::CountTextRole).toString(), u"1"_s);

    // The player bar's button does the same.
    w->findChild<QToolButton *>(u"bookmarkButton"_s)->click();
    QCOMPARE(notes->store()->notesOf(u"lora"_s).size(), 2);

    // Ctrl+Z undoes the last one, then the first.
    QTest::keyClick(w->episodeView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(notes->store()->notesOf(u"lora"_s).size(), 1);
    QTest::keyClick(w->episodeView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(notes->store()->notesOf(u"lora"_s).isEmpty());
    QCOMPARE(notes->panel()->model()->rowCount(), 0);
    QCOMPARE(w->treeModel()->notesIndex().data(LibraryTreeModel::CountTextRole).toString(), u"0"_s);

    // After playback ended: the span ends at the episode's end.
    player->seek(qMax<qint64>(0, player->duration() - 1500));
    QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 20000);
    const qint64 duration = player->duration();
    QVERIFY(duration > 5000);
    QTest::keyClick(w->episodeView(), Qt::Key_B);
    stored = notes->store()->notesOf(u"lora"_s);
    QCOMPARE(stored.size(), 1);
    QVERIFY2(stored.first().endMs <= duration, qPrintable(QString::number(stored.first().endMs)));
    QCOMPARE(stored.first().startMs, qMax<qint64>(0, stored.first().endMs - 30'000));
}

void TestNotesUi::noKeysWhileTyping()
{
    auto app = launch();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    MainWindow *w = app->window();
    emit w->playRequested(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    w->searchField()->setFocus();
    QTRY_VERIFY(w->searchField()->hasFocus());
    QTest::keyClicks(w->searchField(), u"bb"_s);
    QCOMPARE(w->searchField()->text(), u"bb"_s);
    QVERIFY(app->notes()->store()->notes().isEmpty());
    // Ctrl+Z belongs to the field too.
    QTest::keyClick(w->searchField(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(app->notes()->store()->notes().isEmpty());
}

void TestNotesUi::editorSavesOnCloseAndPanelDeletesWithUndo()
{
    auto app = launch();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    MainWindow *w = app->window();
    NotesController *notes = app->notes();
    emit w->playRequested(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->position() > 1000, 20000);
    app->player()->pause();
    QTRY_VERIFY(!app->player()->isPlaying());
    w->episodeView()->setFocus();
    QTRY_VERIFY(w->episodeView()->hasFocus());

    QTest::keyClick(w->episodeView(), Qt::Key_B, Qt::ShiftModifier);
    QPointer<NoteEditorDialog> editor = notes->editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->note().hasTime());
    QCOMPARE(editor->note().startMs, 0);
    QTest::keyClicks(editor->textEdit(), u"LoRA trains two small matrices"_s);
    editor->flashcardBox()->setChecked(true);
    QVERIFY(editor->frontEdit()->isVisible());
    QTest::keyClicks(editor->frontEdit(), u"What does LoRA train?"_s);
    // Typing is kept as a draft, before any save.
    QVERIFY(editor->draftSaver()->flush());
    QCOMPARE(notes->store()->draft(u"editor"_s)->text, u"LoRA trains two small matrices"_s);
    QVERIFY(notes->store()->notes().isEmpty());
    editor->close(); // closing saves
    QTRY_VERIFY(!editor);
    QList<Note> stored = notes->store()->notesOf(u"lora"_s);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().text, u"LoRA trains two small matrices"_s);
    QVERIFY(stored.first().isFlashcard);
    QCOMPARE(stored.first().front, u"What does LoRA train?"_s);
    QVERIFY(!notes->store()->draft(u"editor"_s)); // the draft went

    // A note without a time from the panel's Add note, discarded: nothing saved.
    EpisodeNotesView *panel = notes->panel();
    QCOMPARE(panel->model()->rowCount(), 1);
    panel->findChild<QPushButton *>(u"addNoteButton"_s)->click();
    editor = notes->editor();
    QVERIFY(editor && !editor->note().hasTime());
    QTest::keyClicks(editor->textEdit(), u"thrown away"_s);
    editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Discard)->click();
    QTRY_VERIFY(!editor);
    QCOMPARE(notes->store()->notesOf(u"lora"_s).size(), 1);

    // Play clip, delete, undo.
    panel->listView()->setCurrentIndex(panel->model()->index(0));
    panel->findChild<QPushButton *>(u"playClipButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    QVERIFY(app->player()->position() < stored.first().endMs + 2000);
    panel->findChild<QPushButton *>(u"deleteNoteButton"_s)->click();
    QVERIFY(notes->store()->notes().isEmpty());
    QCOMPARE(panel->model()->rowCount(), 0);
    w->activateWindow();
    w->episodeView()->setFocus();
    QTRY_VERIFY(w->episodeView()->hasFocus());
    QTest::keyClick(w->episodeView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(notes->store()->notes().size(), 1);
    QCOMPARE(notes->store()->notes().first(), stored.first());
    QCOMPARE(panel->model()->rowCount(), 1);
}

void TestNotesUi::notesNodeListsAndSearches()
{
    auto app = launch();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    MainWindow *w = app->window();
    NotesController *notes = app->notes();
    QVERIFY(notes->bookmark(u"lora"_s, 5000, 60000));
    Note written;
    written.episodeId = u"lora"_s;
    written.text = u"Adapters are cheap"_s;
    QVERIFY(notes->store()->save(written));
    QVERIFY(notes->open(app->store()->databasePath())); // reads what was saved behind it
    QTRY_COMPARE(w->treeModel()->notesIndex().data(LibraryTreeModel::CountTextRole).toString(),
                 u"2"_s);

    w->selectNode(u"notes"_s);
    auto *page = w->findChild<QWidget *>(u"notesPage"_s);
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto *list = page->findChild<QListView *>(u"allNotesList"_s);
    QCOMPARE(list->model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(list->model()->index(0, 0).data(NotesListModel::TextRole).toString(),
             u"Adapters are cheap"_s);
    QTest::keyClicks(w->searchField(), u"CHEAP"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    w->searchField()->clear();
    QCOMPARE(list->model()->rowCount(), 2);
    // Back to the cards.
    w->selectNode(u"all"_s);
    QTRY_VERIFY(!page->isVisible());
    QVERIFY(w->episodeView()->isVisible());
}

void TestNotesUi::exportDialogWritesMarkdownAndAnki()
{
    auto app = launch();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    NotesController *notes = app->notes();
    Note card;
    card.episodeId = u"lora"_s;
    card.text = u"Q?\nA."_s;
    card.isFlashcard = true;
    QVERIFY(notes->store()->save(card));

    ExportNotesDialog dialog(notes->catalog(), notes->store()->notes(), app->window());
    dialog.pathEdit()->setText(m_dir->filePath(u"notes"_s));
    dialog.perEpisodeButton()->setChecked(true);
    dialog.pathEdit()->setText(m_dir->filePath(u"notes"_s));
    QString error;
    QVERIFY2(dialog.exportNow(&error), qPrintable(error));
    QCOMPARE(QDir(m_dir->filePath(u"notes"_s)).entryList(QDir::Files).size(), 1);

    dialog.formatBox()->setCurrentIndex(1); // Anki
    QVERIFY(!dialog.perEpisodeButton()->isEnabled());
    dialog.pathEdit()->setText(m_dir->filePath(u"cards.txt"_s));
    QVERIFY2(dialog.exportNow(&error), qPrintable(error));
    QFile f(m_dir->filePath(u"cards.txt"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Q?\tA.<br><small>"));
}

QTEST_MAIN(TestNotesUi)
#include "tst_notesui.moc"
