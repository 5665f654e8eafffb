// Downloads in the window: the card menu (Download, then Delete download; Retry after a
// failure), the card badge and its tooltip, the podcast/topic menu (all, unfinished, newest N),
// View > Downloads (Ctrl+Shift+D) with pause, resume and cancel, playback from the downloaded file
// ("From disk" in the player bar) and streaming otherwise, Preferences > Downloads, and the
// podcast properties' "Download new episodes automatically". A real server on 127.0.0.1 and a
// real Ogg clip.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "downloadbadge.h"
#include "downloadcoordinator.h"
#include "downloadqueue.h"
#include "downloadspanel.h"
#include "downloadspreferences.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "podcastpropertiesdialog.h"
#include "podcastrefresher.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "testclips.h"
#include "testfiles.h"
#include "testhttpserver.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
QAction *findAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->findChildren<QAction *>())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QStringList actionNames(QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->findChildren<QAction *>())
        if (!a->objectName().isEmpty())
            names.append(a->objectName());
    return names;
}
} // namespace

class TestDownloadsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void downloadFromTheCardAndPlayFromDisk();
    void failedDownloadShowsReasonAndRetry();
    void topicMenuAndPanel();
    void preferencesAndPodcastProperties();
    void newEpisodesDownloadAutomatically();

private:
    std::unique_ptr<AppController> launch();
    QModelIndex cardOf(AppController &app, const QString &id) const;
    QModelIndex topicNode(AppController &app, const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_clip;
};

void TestDownloadsWindow::initTestCase()
{
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
}

void TestDownloadsWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestHttpServer>();
    m_clip = m_dir->filePath(u"clip.ogg"_s);
    QVERIFY(makeClip(m_clip, u"vorbisenc ! oggmux"_s, 2));
    const QUrl clip = m_server->serveFile(m_clip);
    const QByteArray catalog = R"({
  "version": "1.0",
  "title": "Offline",
  "topics": [ { "id": "offline", "title": "Offline lectures" } ],
  "episodes": [
    { "id": "dl-1", "title": "First lecture", "duration": 2, "published": "2026-03-01",
      "topic": "offline", "audio": ")" +
                               clip.toEncoded() + R"(" },
    { "id": "dl-2", "title": "Second lecture", "duration": 2, "published": "2026-03-02",
      "topic": "offline", "audio": ")" +
                               m_server->url(u"/gone.ogg"_s).toEncoded() + R"(" },
    { "id": "dl-3", "title": "Third lecture", "duration": 2, "published": "2026-03-03",
      "topic": "offline", "audio": ")" +
                               m_server->url(u"/third.ogg"_s).toEncoded() + R"(" }
  ]
}
)";
    QVERIFY(writeFile(m_dir->filePath(u"offline.json"_s), catalog));
}

void TestDownloadsWindow::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<AppController> TestDownloadsWindow::launch()
{
    CommandLineOptions options;
    if (!options.parse({u"earmark"_s, u"--data-dir"_s, m_dir->filePath(u"data"_s), u"--catalog"_s,
                        m_dir->filePath(u"offline.json"_s)}))
        qFatal("bad options");
    QElapsedTimer t;
    t.start();
    return std::make_unique<AppController>(options, t);
}

QModelIndex TestDownloadsWindow::cardOf(AppController &app, const QString &id) const
{
    EpisodeFilterModel *cards = app.window()->filterModel();
    for (int row = 0; row < cards->rowCount(); ++row)
        if (cards->index(row, 0).data(EpisodeListModel::IdRole).toString() == id)
            return cards->index(row, 0);
    return {};
}

QModelIndex TestDownloadsWindow::topicNode(AppController &app, const QString &title) const
{
    LibraryTreeModel *tree = app.window()->treeModel();
    const auto search = [&](const auto &self, const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex i = tree->index(row, 0, parent);
            if (i.data().toString().startsWith(title))
                return i;
            if (const QModelIndex found = self(self, i); found.isValid())
                return found;
        }
        return {};
    };
    return search(search, {});
}

void TestDownloadsWindow::downloadFromTheCardAndPlayFromDisk()
{
    auto app = launch();
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    DownloadQueue *queue = app->downloads();
    QVERIFY(queue);

    // Streaming first.
    app->play(u"dl-1"_s);
    QCOMPARE(app->player()->currentEpisode().audio().scheme(), u"http"_s);
    QCOMPARE(app->playerBar()->audioSource(), PlayerBar::AudioSource::Stream);
    QVERIFY(app->playerBar()->audioSourceLabel()->isVisibleTo(app->playerBar()));
    QCOMPARE(app->playerBar()->audioSourceLabel()->accessibleName(), u"Streams from the web"_s);
    app->player()->stop();

    std::unique_ptr<QMenu> menu(app->window()->createEpisodeMenu(cardOf(*app, u"dl-1"_s)));
    QAction *download = findAction(menu.get(), u"downloadAction"_s);
    QVERIFY2(download, qPrintable(actionNames(menu.get()).join(u", ")));
    QVERIFY(!findAction(menu.get(), u"deleteDownloadAction"_s));

    app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(app->window()));
    const QImage before = app->window()->episodeView()->viewport()->grab().toImage();
    download->trigger();
    QVERIFY(queue->state(u"dl-1"_s) != DownloadState::None);
    QTRY_COMPARE_WITH_TIMEOUT(queue->state(u"dl-1"_s), DownloadState::Completed, 20000);
    const QString file = queue->localFile(u"dl-1"_s);
    QCOMPARE(file, m_dir->filePath(u"data/downloads/Offline lectures/First lecture.ogg"_s));
    QCOMPARE(DownloadBadge::text(*queue->item(u"dl-1"_s)), u"Downloaded"_s);
    // The card shows it: the badge is painted.
    QTest::qWait(DownloadCoordinator::kRepaintMs + 100);
    const QImage after = app->window()->episodeView()->viewport()->grab().toImage();
    QVERIFY(before != after);

    menu.reset(app->window()->createEpisodeMenu(cardOf(*app, u"dl-1"_s)));
    QVERIFY(findAction(menu.get(), u"deleteDownloadAction"_s));
    QVERIFY(!findAction(menu.get(), u"downloadAction"_s));

    // Playback prefers the file.
    QSignalSpy playing(app->player(), &PlaybackController::playingChanged);
    app->play(u"dl-1"_s);
    QCOMPARE(app->player()->currentEpisode().audio(), QUrl::fromLocalFile(file));
    QCOMPARE(app->playerBar()->audioSource(), PlayerBar::AudioSource::Disk);
    QCOMPARE(app->playerBar()->audioSourceLabel()->accessibleName(), u"Plays from disk"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->isPlaying(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(app->player()->position() > 0, 10000);
    app->player()->stop();

    // Delete download: the file goes, the progress stays, it streams again.
    const EpisodeProgress progress = app->store()->progress(u"dl-1"_s);
    QVERIFY(progress.timesPlayed >= 1);
    findAction(menu.get(), u"deleteDownloadAction"_s)->trigger();
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(queue->state(u"dl-1"_s), DownloadState::None);
    QCOMPARE(app->store()->progress(u"dl-1"_s).timesPlayed, progress.timesPlayed);
    app->play(u"dl-1"_s);
    QCOMPARE(app->playerBar()->audioSource(), PlayerBar::AudioSource::Stream);
    app->player()->stop();
}

void TestDownloadsWindow::failedDownloadShowsReasonAndRetry()
{
    auto app = launch();
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    DownloadQueue *queue = app->downloads();
    QVERIFY(app->downloadCoordinator()->download(u"dl-2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(queue->state(u"dl-2"_s), DownloadState::Failed, 20000);
    const DownloadItem failed = *queue->item(u"dl-2"_s);
    QCOMPARE(DownloadBadge::text(failed), u"Download failed"_s);
    QVERIFY2(DownloadBadge::toolTip(failed).contains(u"404"_s),
             qPrintable(DownloadBadge::toolTip(failed)));
    QVERIFY(queue->localFile(u"dl-2"_s).isEmpty());

    std::unique_ptr<QMenu> menu(app->window()->createEpisodeMenu(cardOf(*app, u"dl-2"_s)));
    QAction *retry = findAction(menu.get(), u"retryDownloadAction"_s);
    QVERIFY2(retry, qPrintable(actionNames(menu.get()).join(u", ")));
    TestHttpServer::Response r;
    QFile clip(m_clip);
    QVERIFY(clip.open(QIODevice::ReadOnly));
    r.body = clip.readAll();
    r.ranges = true;
    m_server->route("/gone.ogg", r);
    retry->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queue->state(u"dl-2"_s), DownloadState::Completed, 20000);
}

void TestDownloadsWindow::topicMenuAndPanel()
{
    // The third lecture comes slowly: there is time to pause, resume and cancel it.
    TestHttpServer::Response slow;
    slow.body = QByteArray(2 * 1024 * 1024, 'x');
    slow.ranges = true;
    slow.chunkBytes = 16 * 1024;
    slow.chunkDelayMs = 30;
    m_server->route("/third.ogg", slow);
    m_server->route("/gone.ogg", slow);

    auto app = launch();
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    DownloadQueue *queue = app->downloads();

    const QModelIndex topic = topicNode(*app, u"Offline lectures"_s);
    QVERIFY(topic.isValid());
    std::unique_ptr<QMenu> menu(app->window()->createTopicMenu(topic));
    QVERIFY(menu);
    QStringList names = actionNames(menu.get());
    for (const QString &name :
         {u"downloadAllAction"_s, u"downloadUnfinishedAction"_s, u"downloadNewestAction"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", ")));

    // Newest N: the two newest.
    QCOMPARE(app->downloadCoordinator()->downloadTopic(u"offline"_s,
                                                       DownloadCoordinator::Scope::Newest, 2),
             2);
    QVERIFY(queue->state(u"dl-3"_s) != DownloadState::None);
    QVERIFY(queue->state(u"dl-2"_s) != DownloadState::None);
    QCOMPARE(queue->state(u"dl-1"_s), DownloadState::None);
    // All unfinished: the first lecture is finished, nothing more to queue.
    app->store()->setFinished(u"dl-1"_s, true);
    QCOMPARE(app->downloadCoordinator()->downloadTopic(u"offline"_s,
                                                       DownloadCoordinator::Scope::Unfinished),
             0);
    // All: the finished one too.
    findAction(menu.get(), u"downloadAllAction"_s)->trigger();
    QVERIFY(queue->state(u"dl-1"_s) != DownloadState::None);

    // View > Downloads (Ctrl+Shift+D).
    QAction *view = app->window()->findChild<QAction *>(u"downloadsAction"_s);
    QVERIFY(view);
    QCOMPARE(view->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->trigger();
    DownloadsPanel *panel = app->downloadCoordinator()->panel();
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->list()->topLevelItemCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(queue->item(u"dl-3"_s)->bytesDone > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !panel->rowOf(u"dl-3"_s)->text(DownloadsPanel::RemainingColumn).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->rowOf(u"dl-3"_s)->text(DownloadsPanel::SpeedColumn).isEmpty(),
                             5000);
    QVERIFY(panel->rowOf(u"dl-3"_s)->text(DownloadsPanel::ProgressColumn).contains(u'%'));

    panel->selectEpisode(u"dl-3"_s);
    panel->findChild<QPushButton *>(u"pauseButton"_s)->click();
    QCOMPARE(queue->state(u"dl-3"_s), DownloadState::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(panel->rowOf(u"dl-3"_s)->text(DownloadsPanel::StateColumn),
                              u"Paused"_s, 5000);
    panel->findChild<QPushButton *>(u"resumeButton"_s)->click();
    QVERIFY(queue->state(u"dl-3"_s) == DownloadState::Queued ||
            queue->state(u"dl-3"_s) == DownloadState::Downloading);
    panel->findChild<QPushButton *>(u"cancelButton"_s)->click();
    QCOMPARE(queue->state(u"dl-3"_s), DownloadState::None);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->rowOf(u"dl-3"_s), 5000);
    panel->findChild<QPushButton *>(u"pauseAllButton"_s)->click();
    for (const DownloadItem &item : queue->items())
        QVERIFY(item.state == DownloadState::Paused || item.state == DownloadState::Completed);
    panel->findChild<QPushButton *>(u"cancelAllButton"_s)->click();
    for (const DownloadItem &item : queue->items())
        QCOMPARE(item.state, DownloadState::Completed);
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
}

void TestDownloadsWindow::preferencesAndPodcastProperties()
{
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(DownloadsPreferences::parallelTransfers(settings),
             DownloadQueue::kDefaultParallelTransfers);
    QCOMPARE(DownloadsPreferences::deleteAfterDays(settings), -1);
    {
        DownloadsPreferences page(&settings);
        QVERIFY(!page.afterDaysBox()->isEnabled());
        page.parallelBox()->setValue(4);
        page.deleteAfterBox()->setChecked(true);
        QVERIFY(page.afterDaysBox()->isEnabled());
        page.afterDaysBox()->setValue(3);
        page.setTotalSize(3 * 1024 * 1024);
        QVERIFY(page.totalLabel()->text().contains(u"3"_s));
        QSignalSpy asked(&page, &DownloadsPreferences::deleteFinishedRequested);
        page.deleteFinishedButton()->click();
        QCOMPARE(asked.size(), 1);
        page.save();
    }
    QCOMPARE(DownloadsPreferences::parallelTransfers(settings), 4);
    QCOMPARE(DownloadsPreferences::deleteAfterDays(settings), 3);

    Podcast podcast;
    podcast.title = u"The Training Run"_s;
    PodcastPropertiesDialog dialog(podcast);
    QVERIFY(!dialog.autoDownload());
    dialog.setAutoDownload(true);
    QVERIFY(dialog.autoDownloadBox()->isChecked());
    dialog.autoDownloadBox()->setChecked(false);
    QVERIFY(!dialog.autoDownload());
}

void TestDownloadsWindow::newEpisodesDownloadAutomatically()
{
    // A feed with one episode, then two: the refresh that brings the second downloads it.
    auto items = std::make_shared<std::atomic<int>>(1);
    const QByteArray base = m_server->url(QString()).toEncoded();
    m_server->route("/feed.xml", [items, base](const TestHttpServer::Request &) {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Auto "
                         "Cast</title>\n";
        for (int i = items->load(); i >= 1; --i) {
            const QByteArray n = QByteArray::number(i);
            xml += "<item><title>Auto " + n + "</title><guid>auto-" + n + "</guid><pubDate>Mon, 0" +
                   n + " Nov 2026 09:00:00 GMT</pubDate><enclosure url=\"" + base + "/auto-" + n +
                   ".ogg\" type=\"audio/ogg\"/></item>\n";
        }
        TestHttpServer::Response r;
        r.body = xml + "</channel></rss>\n";
        r.header("Content-Type", "application/rss+xml");
        return r;
    });
    QFile clip(m_clip);
    QVERIFY(clip.open(QIODevice::ReadOnly));
    TestHttpServer::Response audio;
    audio.body = clip.readAll();
    audio.ranges = true;
    m_server->route("/auto-1.ogg", audio);
    m_server->route("/auto-2.ogg", audio);

    auto app = launch();
    QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
    QCOMPARE(app->start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    const QUrl feedUrl = m_server->url(u"/feed.xml"_s);
    QSignalSpy subscribed(app->refresher(), &PodcastRefresher::subscribed);
    app->refresher()->subscribe(feedUrl);
    QVERIFY(subscribed.wait(10000));
    const QString podcastId = PodcastStore::podcastIdFor(feedUrl.toString());
    const QString first = PodcastStore::episodeIdFor(podcastId, u"auto-1"_s);
    const QString second = PodcastStore::episodeIdFor(podcastId, u"auto-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app->episodes()->catalog().episode(first), 10000);
    QVERIFY(app->downloads()->setAutoDownload(podcastId, true));

    items->store(2);
    app->refreshPodcasts(true);
    QTRY_VERIFY_WITH_TIMEOUT(app->episodes()->catalog().episode(second), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(app->downloads()->state(second), DownloadState::Completed, 20000);
    QCOMPARE(app->downloads()->state(first), DownloadState::None); // only what the refresh brought
    QVERIFY(app->downloads()->localFile(second).endsWith(u"/Auto Cast/Auto 2.ogg"_s));
}

QTEST_MAIN(TestDownloadsWindow)
#include "tst_downloadswindow.moc"
