// The whole app in one process, as a learner uses it: play from the window, progress lands in
// the store and on the card and tree, a restart resumes, a broken file shows on its card, a
// second launch hands over, a damaged database is moved aside with a dialog.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "progressstore.h"
#include "restorebackupdialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void playingSavesProgressAndResumesAfterRestart();
    void finishingUpdatesStoreCardAndTree();
    void brokenAudioShowsOnItsCard();
    void secondLaunchHandsOver();
    void damagedDatabaseIsMovedAsideWithADialog();
    void contextMenuActionsReachTheStore();
    void keysControlThePlayer();
    void catalogProblemsAreListedAndGoodEpisodesLoad();
    void storageProblemShowsOneMessageAndPlayingGoesOn();
    void dailyBackupOncePerDay();
    void restoreFromBackupThroughTheDialog();

private:
    std::unique_ptr<AppController> launch(const QStringList &extra = {});
    QString countOf(AppController &app, const QString &key) const;

    QTemporaryDir *m_dir = nullptr;
};

void TestAppController::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestAppController::cleanup()
{
    delete m_dir;
}

std::unique_ptr<AppController> TestAppController::launch(const QStringList &extra)
{
    CommandLineOptions options;
    if (!options.parse(QStringList{u"earmark"_s, u"--data-dir"_s, m_dir->path()} + extra))
        qFatal("bad options");
    QElapsedTimer t;
    t.start();
    auto app = std::make_unique<AppController>(options, t);
    return app;
}

QString TestAppController::countOf(AppController &app, const QString &key) const
{
    return app.window()
        ->treeModel()
        ->indexForKey(key)
        .data(LibraryTreeModel::CountTextRole)
        .toString();
}

void TestAppController::playingSavesProgressAndResumesAfterRestart()
{
    {
        auto app = launch();
        QCOMPARE(app->start(), AppController::Started);
        QVERIFY(QTest::qWaitForWindowExposed(app->window()));
        emit app->window()->playRequested(u"lora"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(app->player()->position() > 3000, 20000);
        // At least every 2 s while playing.
        QTRY_VERIFY_WITH_TIMEOUT(app->store()->progress(u"lora"_s).positionMs > 1000, 6000);
        QCOMPARE(countOf(*app, u"status:continue"_s), u"1"_s);
        const QModelIndex card = app->episodes()->index(app->episodes()->rowOf(u"lora"_s));
        QVERIFY(card.data(EpisodeListModel::NowPlayingRole).toBool());
        QVERIFY(card.data(EpisodeListModel::PositionMsRole).toLongLong() > 1000);
        QVERIFY(app->store()->progress(u"lora"_s).durationMs > 5000); // the real length
        app->player()->pause();
        QTRY_VERIFY(!app->player()->isPlaying());
        app->window()->close(); // quit: flushes
    }
    ProgressStore store;
    QVERIFY(store.open(m_dir->path()));
    const EpisodeProgress saved = store.progress(u"lora"_s);
    QVERIFY(saved.positionMs > 3000);
    QCOMPARE(saved.timesPlayed, 1);
    QVERIFY(!store.sessions(u"lora"_s).isEmpty());
    store.close();

    // Restart: the card shows the saved place and play resumes a little before it.
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QCOMPARE(app->episodes()->progress(u"lora"_s).positionMs, saved.positionMs);
    QSignalSpy positions(app->player(), &PlaybackController::positionChanged);
    app->play(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    QVERIFY(app->player()->position() >=
            saved.positionMs - PlaybackController::kResumeRewindMs - 500);
    QVERIFY(app->player()->position() < saved.positionMs + 1500);
}

void TestAppController::finishingUpdatesStoreCardAndTree()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QCOMPARE(countOf(*app, u"tag:ai-training/Fine-Tuning"_s), u"0/8"_s);
    app->play(u"qlora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->duration() > 0, 5000);
    app->player()->seek(app->player()->duration() - 1500);
    QTRY_VERIFY_WITH_TIMEOUT(app->store()->progress(u"qlora"_s).finished, 20000);
    QCOMPARE(countOf(*app, u"tag:ai-training/Fine-Tuning"_s), u"1/8"_s);
    QCOMPARE(countOf(*app, u"status:finished"_s), u"1"_s);
    const QModelIndex card = app->episodes()->index(app->episodes()->rowOf(u"qlora"_s));
    QCOMPARE(card.data(EpisodeListModel::FinishedRole).toBool(), true);
    QVERIFY(!app->store()->sessions(u"qlora"_s).isEmpty());
}

void TestAppController::brokenAudioShowsOnItsCard()
{
    QFile garbage(m_dir->filePath(u"garbage.mp3"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, '\x42'));
    garbage.close();
    QFile catalog(m_dir->filePath(u"extra.json"_s));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(R"({ "version": "1.0", "title": "Extra",
  "topics": [ { "id": "x", "title": "Extra" } ],
  "episodes": [
    { "id": "missing", "title": "Missing", "duration": 60, "published": "2026-03-01",
      "topic": "x", "audio": "nowhere.opus" },
    { "id": "garbage", "title": "Garbage", "duration": 60, "published": "2026-03-02",
      "topic": "x", "audio": "garbage.mp3" } ] })");
    catalog.close();

    auto app = launch({u"--catalog"_s, catalog.fileName()});
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(app->episodes()->rowCount(), 23);
    for (const QString &id : {u"missing"_s, u"garbage"_s}) {
        app->play(id);
        QTRY_VERIFY_WITH_TIMEOUT(!app->episodes()->error(id).isEmpty(), 20000);
        const QModelIndex card = app->episodes()->index(app->episodes()->rowOf(id));
        QVERIFY(!card.data(EpisodeListModel::ErrorRole).toString().isEmpty());
        QCOMPARE(app->store()->progress(id).positionMs, 0);
        QVERIFY(!app->store()->progress(id).finished);
    }
    // The app goes on: a good episode still plays and clears nothing else.
    app->play(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    QVERIFY(!app->episodes()->error(u"missing"_s).isEmpty());
}

void TestAppController::secondLaunchHandsOver()
{
    auto first = launch();
    QCOMPARE(first->start(), AppController::Started);
    first->window()->showMinimized();
    auto second = launch();
    QCOMPARE(second->start(), AppController::HandedOver);
    QVERIFY(!second->window());
    QTRY_VERIFY(!(first->window()->windowState() & Qt::WindowMinimized));
}

void TestAppController::damagedDatabaseIsMovedAsideWithADialog()
{
    QFile db(m_dir->filePath(u"progress.sqlite"_s));
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(8192, '\x17'));
    db.close();
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    auto *dialog = app->window()->findChild<QMessageBox *>(u"storeMovedAsideDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->text().contains(u"progress.sqlite.broken-"_s));
    QVERIFY(!app->store()->movedAsidePath().isEmpty());
    QVERIFY(QFile::exists(app->store()->movedAsidePath()));
}

void TestAppController::contextMenuActionsReachTheStore()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    emit app->window()->finishedChangeRequested(u"tensor-parallelism"_s, true);
    QVERIFY(app->store()->progress(u"tensor-parallelism"_s).finished);
    QCOMPARE(countOf(*app, u"tag:ai-training/Distributed Training"_s), u"1/5"_s);
    emit app->window()->finishedChangeRequested(u"tensor-parallelism"_s, false);
    QCOMPARE(countOf(*app, u"tag:ai-training/Distributed Training"_s), u"0/5"_s);
    app->store()->savePosition(u"lora"_s, 30000);
    QCOMPARE(countOf(*app, u"status:continue"_s), u"1"_s);
    app->store()->markStarted(u"lora"_s); // played once: the history stays after a reset
    emit app->window()->resetProgressRequested(u"lora"_s);
    QCOMPARE(app->store()->progress(u"lora"_s).positionMs, 0);
    QCOMPARE(app->episodes()->progress(u"lora"_s).positionMs, 0);
    QCOMPARE(countOf(*app, u"status:continue"_s), u"0"_s);
    QCOMPARE(countOf(*app, u"status:not-started"_s), u"21"_s);
}

void TestAppController::keysControlThePlayer()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    MainWindow *w = app->window();
    PlaybackController *player = app->player();
    w->episodeView()->setFocus();
    QTRY_VERIFY(w->episodeView()->hasFocus());

    // Space plays the selected card when nothing is loaded, then pauses and plays.
    QTest::keyClick(w->episodeView(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 20000);
    QCOMPARE(player->currentEpisodeId(), w->currentEpisodeId());
    QTest::keyClick(w->episodeView(), Qt::Key_Space);
    QTRY_VERIFY(!player->isPlaying());

    QTest::keyClick(w->episodeView(), Qt::Key_BracketRight);
    QCOMPARE(player->rate(), 1.25);
    QTest::keyClick(w->episodeView(), Qt::Key_BracketLeft);
    QTest::keyClick(w->episodeView(), Qt::Key_BracketLeft);
    QCOMPARE(player->rate(), 0.75);
    QTest::keyClick(w->episodeView(), Qt::Key_M);
    QVERIFY(player->isMuted());
    QTest::keyClick(w->episodeView(), Qt::Key_M);
    QVERIFY(!player->isMuted());

    // Short skips: the narrations last 10 to 15 seconds.
    player->setSkipForwardMs(4000);
    player->setSkipBackMs(3000);
    const qint64 before = player->position();
    QTest::keyClick(w->episodeView(), Qt::Key_Right);
    QTRY_VERIFY(player->position() >= before + 3500);
    const qint64 forward = player->position();
    QTest::keyClick(w->episodeView(), Qt::Key_Left);
    QTRY_VERIFY(player->position() <= forward - 2500);

    const QString first = player->currentEpisodeId();
    QTest::keyClick(w->episodeView(), Qt::Key_N);
    QTRY_VERIFY(player->currentEpisodeId() != first);
    QTest::keyClick(w->episodeView(), Qt::Key_P);
    QTRY_COMPARE(player->currentEpisodeId(), first);

    // While typing, Space and M are text.
    player->pause();
    QTRY_VERIFY(!player->isPlaying());
    w->searchField()->setFocus();
    QTest::keyClicks(w->searchField(), u"m m"_s);
    QCOMPARE(w->searchField()->text(), u"m m"_s);
    QVERIFY(!player->isPlaying());
    QVERIFY(!player->isMuted());
}

void TestAppController::catalogProblemsAreListedAndGoodEpisodesLoad()
{
    QFile catalog(m_dir->filePath(u"mixed.json"_s));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(R"({ "version": "1.0", "title": "Mixed",
  "topics": [ { "id": "x", "title": "Extra" } ],
  "episodes": [
    { "id": "good", "title": "Good", "duration": 60, "published": "2026-03-01",
      "topic": "x", "audio": "good.opus" },
    { "id": "bad", "title": "Bad", "duration": -1, "published": "2026-03-02",
      "topic": "x", "audio": "bad.opus" } ] })");
    catalog.close();
    auto app = launch({u"--catalog"_s, catalog.fileName()});
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(app->episodes()->rowCount(), 22);
    QVERIFY(app->episodes()->rowOf(u"good"_s) >= 0);
    QCOMPARE(app->episodes()->rowOf(u"bad"_s), -1);
    auto *dialog = app->window()->findChild<QMessageBox *>(u"catalogProblemsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->detailedText(),
             catalog.fileName() +
                 u":6:48: episodes[1].duration: must not be negative, got -1 (episode \"bad\")"_s);
}

// The disk turns read-only while playing (PRAGMA query_only on the store's connection, see
// tst_diskfull): one message, playback goes on, and the message goes when saving works again.
void TestAppController::storageProblemShowsOneMessageAndPlayingGoesOn()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    app->store()->setRetryInterval(100);
    emit app->window()->playRequested(u"lora"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 20000);
    const auto setQueryOnly = [&](bool on) {
        QSqlQuery q(QSqlDatabase::database(app->store()->connectionName()));
        QVERIFY(q.exec(u"PRAGMA query_only=%1"_s.arg(on ? u"ON"_s : u"OFF"_s)));
    };
    setQueryOnly(true);
    QVERIFY(!app->store()->setFinished(u"qlora"_s, true));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!app->store()->savePosition(u"rlhf"_s, i * 1000));
    // The recorder's saves fail too while it plays on.
    const qint64 at = app->player()->position();
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->position() > at + 2500, 20000);
    QVERIFY(app->player()->isPlaying());
    const QList<QMessageBox *> boxes =
        app->window()->findChildren<QMessageBox *>(u"storageProblemDialog"_s);
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->isVisible());
    QVERIFY(boxes.first()->text().contains(u"read-only"_s));
    QVERIFY(!app->window()->isHidden());

    setQueryOnly(false);
    QTRY_COMPARE(app->store()->pendingWrites(), 0);
    QTRY_VERIFY(app->window()->findChildren<QMessageBox *>(u"storageProblemDialog"_s).isEmpty());
    QVERIFY(app->store()->progress(u"qlora"_s).finished);
    QCOMPARE(app->store()->progress(u"rlhf"_s).positionMs, 4000);
    QVERIFY(app->episodes()->progress(u"qlora"_s).finished);
    QTRY_VERIFY(app->store()->progress(u"lora"_s).positionMs > at + 1500);
}

void TestAppController::dailyBackupOncePerDay()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(app->store()->savePosition(u"lora"_s, 30'000));
    QSignalSpy finished(app.get(), &AppController::backupFinished);
    app->backUpIfDue();
    QTRY_COMPARE(finished.count(), 1);
    const QString path = finished.at(0).at(0).toString();
    QVERIFY(QFile::exists(path));
    QVERIFY(path.startsWith(m_dir->filePath(u"backups/progress-"_s)));
    QCOMPARE(DatabaseBackups::countRows(path, u"progress"_s), 1);
    app->backUpIfDue(); // one a day
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toString(), QString());
    QCOMPARE(ProgressStore::backups(m_dir->path()).list().size(), 1);
}

void TestAppController::restoreFromBackupThroughTheDialog()
{
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(app->store()->savePosition(u"lora"_s, 30'000));
    const QString copy = ProgressStore::backups(m_dir->path()).backUp(QDateTime::currentDateTime());
    QVERIFY(!copy.isEmpty());
    QVERIFY(app->store()->savePosition(u"lora"_s, 1'000));
    QVERIFY(app->store()->setFinished(u"qlora"_s, true));
    QCOMPARE(app->episodes()->progress(u"lora"_s).positionMs, 1'000);

    app->window()->findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
    RestoreBackupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app->window()->findChild<RestoreBackupDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"daily"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"1"_s); // episodes in the copy
    auto *restore = dialog->findChild<QPushButton *>(u"restoreButton"_s);
    QVERIFY(!restore->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(restore->isEnabled());
    QCOMPARE(dialog->selectedPath(), copy);
    restore->click();

    QTRY_VERIFY(app->window()->findChild<QMessageBox *>(u"restoreResultDialog"_s));
    auto *result = app->window()->findChild<QMessageBox *>(u"restoreResultDialog"_s);
    QVERIFY2(result->text().contains(u"pre-restore"_s), qPrintable(result->text()));
    QCOMPARE(app->store()->progress(u"lora"_s).positionMs, 30'000);
    QVERIFY(!app->store()->progress(u"qlora"_s).isStored());
    QCOMPARE(app->episodes()->progress(u"lora"_s).positionMs, 30'000);
    QVERIFY(!app->episodes()->progress(u"qlora"_s).finished);
    QCOMPARE(ProgressStore::backups(m_dir->path()).list().size(), 2); // and the one before
    // The store writes again after the restore.
    QVERIFY(app->store()->savePosition(u"lora"_s, 31'000));
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
