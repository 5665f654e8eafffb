// Folders and catalog files added in the window: scanned off the UI thread, shown under
// Folders, broken files with their error on their card, watched, remembered, removable.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "episodelistmodel.h"
#include "folderscanner.h"
#include "folderwatcher.h"
#include "librarysources.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "podcastrefresher.h"
#include "preferencesdialog.h"
#include "progressstore.h"
#include "testclips.h"
#include "testfiles.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kCatalog = R"({
  "version": "1.0",
  "title": "Extra",
  "topics": [ { "id": "rl", "title": "Reinforcement Learning" } ],
  "episodes": [
    { "id": "rlhf", "title": "RLHF basics", "duration": 75, "published": "2026-03-01",
      "topic": "rl", "tags": ["Alignment"], "audio": "rlhf.opus" },
    { "id": "ppo", "title": "PPO", "duration": 80, "published": "2026-03-02",
      "topic": "rl", "tags": ["Alignment"], "audio": "ppo.opus" }
  ]
}
)"_ba;

// Answers the next modal message box with `button`.
} // namespace

class TestSourcesWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppController> launch()
    {
        CommandLineOptions options;
        if (!options.parse({u"earmark"_s, u"--data-dir"_s, m_data->path()}))
            qFatal("bad options");
        QElapsedTimer t;
        t.start();
        auto app = std::make_unique<AppController>(options, t);
        QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
        if (app->start() != AppController::Started || !loaded.wait(20000))
            qFatal("Earmark did not start");
        return app;
    }

    // The node of a topic under the group `group` ("Folders", "Podcasts"); invalid when none.
    static QModelIndex topicNode(AppController &app, const QString &group, const QString &title)
    {
        LibraryTreeModel *tree = app.window()->treeModel();
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex g = tree->index(row, 0);
            if (g.data().toString() != group)
                continue;
            for (int r = 0; r < tree->rowCount(g); ++r) {
                if (tree->index(r, 0, g).data().toString() == title)
                    return tree->index(r, 0, g);
            }
        }
        return {};
    }

    static int rowOf(AppController &app, const QString &id)
    {
        EpisodeListModel *m = app.episodes();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row).data(EpisodeListModel::IdRole).toString() == id)
                return row;
        }
        return -1;
    }

    static QString errorOf(AppController &app, const QString &id)
    {
        const int row = rowOf(app, id);
        return row < 0 ? QString()
                       : app.episodes()->index(row).data(EpisodeListModel::ErrorRole).toString();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Translations::install(u"en"_s), u"en"_s);
        QVERIFY(m_clips.isValid());
        QVERIFY(makeClip(m_clips.filePath(u"clip.wav"_s), u"wavenc"_s, 1));
        QVERIFY(makeClip(m_clips.filePath(u"clip.ogg"_s), u"vorbisenc ! oggmux"_s, 1));
        QVERIFY(makeClip(m_clips.filePath(u"clip.mp3"_s), u"lamemp3enc"_s, 1));
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_files = std::make_unique<QTemporaryDir>();
        m_folder = m_files->filePath(u"Deep Learning"_s);
        QVERIFY(QDir().mkpath(m_folder + u"/Week 2"_s));
        QVERIFY(QFile::copy(m_clips.filePath(u"clip.wav"_s), m_folder + u"/Lecture 1.wav"_s));
        QVERIFY(
            QFile::copy(m_clips.filePath(u"clip.ogg"_s), m_folder + u"/Week 2/Lecture 2.ogg"_s));
        QVERIFY(writeFile(m_folder + u"/Lecture 3.mp3"_s, "text renamed to mp3"));
    }

    void cleanup()
    {
        m_files.reset();
        m_data.reset();
    }

    void addFolderShowsItsTopicCardsAndErrors()
    {
        auto app = launch();
        QAbstractItemModelTester treeTester(app->window()->treeModel());
        QAbstractItemModelTester listTester(app->episodes());
        const int before = app->episodes()->rowCount();
        QVERIFY(!topicNode(*app, u"Folders"_s, u"Deep Learning"_s).isValid());

        QSignalSpy scanned(app.get(), &AppController::folderScanned);
        QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
        app->addFolder(m_folder);
        QVERIFY(scanned.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);

        const QString key = FolderScanner::folderKeyFor(QFileInfo(m_folder).canonicalFilePath());
        QCOMPARE(scanned.constFirst().constFirst().toString(), key);
        QCOMPARE(app->episodes()->rowCount(), before + 3);
        const QModelIndex topic = topicNode(*app, u"Folders"_s, u"Deep Learning"_s);
        QVERIFY(topic.isValid());
        QCOMPARE(topic.data(LibraryTreeModel::TotalCountRole).toInt(), 3);
        // Its subfolder is a tag under it.
        QCOMPARE(app->window()->treeModel()->rowCount(topic), 1);
        QCOMPARE(app->window()->treeModel()->index(0, 0, topic).data().toString(), u"Week 2"_s);

        const QString lecture1 = FolderScanner::episodeIdFor(key, u"Lecture 1.wav"_s);
        const QString lecture2 = FolderScanner::episodeIdFor(key, u"Week 2/Lecture 2.ogg"_s);
        const QString broken = FolderScanner::episodeIdFor(key, u"Lecture 3.mp3"_s);
        QVERIFY(rowOf(*app, lecture1) >= 0);
        QVERIFY(rowOf(*app, lecture2) >= 0);
        QVERIFY(rowOf(*app, broken) >= 0);
        QCOMPARE(errorOf(*app, lecture1), QString());
        const QString error = errorOf(*app, broken);
        QVERIFY2(error.startsWith(QFileInfo(m_folder).canonicalFilePath() + u"/Lecture 3.mp3: "_s),
                 qPrintable(error));
        QVERIFY(app->window()->statusBar()->currentMessage().contains(u"3 episodes"_s));
        QCOMPARE(app->sources()->sources().size(), 1);

        // Progress on an episode of the folder, then a file copied in: the watcher sees it.
        QVERIFY(app->store()->savePosition(lecture2, 400));
        QVERIFY(app->folderWatcher(key));
        scanned.clear();
        QVERIFY(
            QFile::copy(m_clips.filePath(u"clip.wav"_s), m_folder + u"/Week 2/Lecture 4.wav"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(*app, FolderScanner::episodeIdFor(key, u"Week 2/Lecture 4.wav"_s)) >= 0, 20000);
        QCOMPARE(app->episodes()->rowCount(), before + 4);
        // Fixed, the broken file's card loses its error.
        QVERIFY(QFile::remove(m_folder + u"/Lecture 3.mp3"_s));
        QVERIFY(QFile::copy(m_clips.filePath(u"clip.mp3"_s), m_folder + u"/Lecture 3.mp3"_s));
        QTRY_COMPARE_WITH_TIMEOUT(errorOf(*app, broken), QString(), 20000);
        QTRY_COMPARE(app->episodes()->rowCount(), before + 4);

        // Removed from the folder's context menu: the topic and its cards go, the progress stays.
        QMenu *menu =
            app->window()->createTopicMenu(topicNode(*app, u"Folders"_s, u"Deep Learning"_s));
        QVERIFY(menu);
        QAction *remove = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == u"&Remove folder from library"_s)
                remove = a;
        }
        QVERIFY(remove);
        remove->trigger();
        delete menu;
        // (A reload the last rescan asked for may still be under way: wait for the outcome.)
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before, 20000);
        QVERIFY(!topicNode(*app, u"Folders"_s, u"Deep Learning"_s).isValid());
        QVERIFY(app->sources()->sources().isEmpty());
        QVERIFY(!app->folderWatcher(key));
        QCOMPARE(app->store()->progress(lecture2).positionMs, 400);

        // Added again: the same ids, and the progress is there.
        app->addFolder(m_folder);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(*app, lecture2) >= 0, 20000);
        const int row = rowOf(*app, lecture2);
        QCOMPARE(app->episodes()->index(row).data(EpisodeListModel::PositionMsRole).toLongLong(),
                 400);
    }

    void foldersAndCatalogsAreRememberedAndRescannedAtStart()
    {
        const QString catalog = m_files->filePath(u"extra.json"_s);
        QVERIFY(writeFile(catalog, kCatalog));
        const QString key = FolderScanner::folderKeyFor(QFileInfo(m_folder).canonicalFilePath());
        int before = 0;
        {
            auto app = launch();
            before = app->episodes()->rowCount();
            app->addCatalog(catalog);
            QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before + 2, 20000);
            QVERIFY(app->episodes()->catalog().episode(u"rlhf"_s));
            app->addFolder(m_folder);
            QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before + 5, 20000);
            app->window()->close();
        }
        // Changed while Earmark was not running.
        QVERIFY(QFile::copy(m_clips.filePath(u"clip.wav"_s), m_folder + u"/Lecture 5.wav"_s));

        auto app = launch(); // the catalog is loaded with the library; the folder scanned apart
        QVERIFY(app->episodes()->catalog().episode(u"ppo"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app->episodes()->rowCount() == before + 6, 20000);
        QVERIFY(topicNode(*app, u"Folders"_s, u"Deep Learning"_s).isValid());
        QVERIFY(!errorOf(*app, FolderScanner::episodeIdFor(key, u"Lecture 3.mp3"_s)).isEmpty());

        // Preferences > Library lists both; Remove on the catalog forgets it.
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            PreferencesDialog *dialog = app->preferencesDialog();
            QVERIFY(dialog);
            QTreeWidget *list = dialog->sourceList();
            QCOMPARE(list->topLevelItemCount(), 2);
            QCOMPARE(list->topLevelItem(0)->text(0), u"Catalog"_s);
            QCOMPARE(list->topLevelItem(0)->text(1), u"extra.json"_s);
            QCOMPARE(list->topLevelItem(1)->text(0), u"Folder"_s);
            QCOMPARE(list->topLevelItem(1)->text(1), u"Deep Learning"_s);
            QVERIFY(!dialog->removeSourceButton()->isEnabled());
            QVERIFY(!dialog->removeSourceButton()->accessibleName().isEmpty());
            QVERIFY(!list->accessibleName().isEmpty());
            list->setCurrentItem(list->topLevelItem(0));
            QVERIFY(dialog->removeSourceButton()->isEnabled());
            QTest::mouseClick(dialog->removeSourceButton(), Qt::LeftButton);
            QCOMPARE(list->topLevelItemCount(), 1);
            QCOMPARE(list->topLevelItem(0)->text(0), u"Folder"_s);
            checked = true;
            dialog->reject();
        });
        app->showPreferences();
        QVERIFY(checked);
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before + 4, 20000);
        QVERIFY(!app->episodes()->catalog().episode(u"ppo"_s));
        QCOMPARE(LibrarySources(LibrarySources::settingsFileIn(m_data->path())).sources().size(),
                 1);
    }

    void sourcesChangedBehindTheWindowShowAfterAReload()
    {
        // What --add-folder and --add-catalog do beside a running window: write the registry,
        // then ask for a reload (SingleInstance::libraryChangedMessage).
        auto app = launch();
        const int before = app->episodes()->rowCount();
        const QString catalog = m_files->filePath(u"extra.json"_s);
        QVERIFY(writeFile(catalog, kCatalog));
        LibrarySources behind(LibrarySources::settingsFileIn(m_data->path()));
        const QString key = behind.add(LibrarySource::Kind::Folder, m_folder).key;
        QVERIFY(!behind.add(LibrarySource::Kind::Catalog, catalog).key.isEmpty());
        app->reloadLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before + 5, 20000);
        QVERIFY(app->folderWatcher(key));
        QCOMPARE(app->sources()->sources().size(), 2);

        QVERIFY(behind.remove(key));
        app->reloadLibrary();
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), before + 2, 20000);
        QVERIFY(!app->folderWatcher(key));
        QVERIFY(!topicNode(*app, u"Folders"_s, u"Deep Learning"_s).isValid());
    }

    void catalogWithoutUsableEpisodesIsNotAdded()
    {
        auto app = launch();
        const QString bad = m_files->filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, "{ \"version\": \"1.0\", \"episodes\": [ { \"id\": 3 } ] }"));
        app->addCatalog(bad);
        QTRY_VERIFY_WITH_TIMEOUT(
            app->window()->findChild<QMessageBox *>(u"catalogNotAddedDialog"_s), 20000);
        auto *box = app->window()->findChild<QMessageBox *>(u"catalogNotAddedDialog"_s);
        QVERIFY2(box->detailedText().startsWith(bad + u":1:"_s), qPrintable(box->detailedText()));
        QVERIFY(app->sources()->sources().isEmpty());
        box->close();

        // A catalog with one good and one broken episode is added; its problem is shown.
        const QString mixed = m_files->filePath(u"mixed.json"_s);
        QByteArray data = kCatalog;
        data.replace("\"duration\": 80", "\"duration\": \"long\"");
        QVERIFY(writeFile(mixed, data));
        QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
        app->addCatalog(mixed);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000); // nothing else loads meanwhile
        QVERIFY(app->episodes()->catalog().episode(u"rlhf"_s));
        QVERIFY(!app->episodes()->catalog().episode(u"ppo"_s));
        auto *problems = app->window()->findChild<QMessageBox *>(u"catalogProblemsDialog"_s);
        QVERIFY(problems);
        QVERIFY2(problems->detailedText().contains(u"mixed.json:"_s),
                 qPrintable(problems->detailedText()));
        QCOMPARE(app->sources()->sources().size(), 1);
    }

    void podcastsAreListedAndRemovingOneAsks()
    {
        auto app = launch();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            PreferencesDialog *dialog = app->preferencesDialog();
            QVERIFY(dialog);
            // Nothing added: one disabled line that says how to add.
            QCOMPARE(dialog->sourceList()->topLevelItemCount(), 1);
            QCOMPARE(dialog->sourceList()->topLevelItem(0)->flags(), Qt::NoItemFlags);
            checked = true;
            dialog->reject();
        });
        app->showPreferences();
        QVERIFY(checked);

        // A podcast from a feed file.
        const QString feed = m_files->filePath(u"feed.xml"_s);
        QVERIFY(writeFile(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                "<title>The Training Run</title><item><title>Run 1</title>"
                                "<guid>run-1</guid><enclosure url=\"https://cdn.example.invalid/"
                                "1.mp3\" type=\"audio/mpeg\"/></item></channel></rss>"));
        app->refresher()->subscribe(QUrl::fromLocalFile(feed));
        QTRY_VERIFY_WITH_TIMEOUT(topicNode(*app, u"Podcasts"_s, u"The Training Run"_s).isValid(),
                                 20000);

        checked = false;
        QTimer::singleShot(0, this, [&] {
            PreferencesDialog *dialog = app->preferencesDialog();
            QVERIFY(dialog);
            QTreeWidget *list = dialog->sourceList();
            QCOMPARE(list->topLevelItemCount(), 1);
            QCOMPARE(list->topLevelItem(0)->text(0), u"Podcast"_s);
            QCOMPARE(list->topLevelItem(0)->text(1), u"The Training Run"_s);
            list->setCurrentItem(list->topLevelItem(0));
            answerNextMessageBox(QMessageBox::Cancel); // asked: kept
            QTest::mouseClick(dialog->removeSourceButton(), Qt::LeftButton);
            QCOMPARE(list->topLevelItemCount(), 1);
            QCOMPARE(list->topLevelItem(0)->text(0), u"Podcast"_s);
            list->setCurrentItem(list->topLevelItem(0));
            answerNextMessageBox(QMessageBox::Yes); // asked: unsubscribed
            QTest::mouseClick(dialog->removeSourceButton(), Qt::LeftButton);
            QCOMPARE(list->topLevelItem(0)->flags(), Qt::NoItemFlags);
            checked = true;
            dialog->reject();
        });
        app->showPreferences();
        QVERIFY(checked);
        QTRY_VERIFY_WITH_TIMEOUT(!topicNode(*app, u"Podcasts"_s, u"The Training Run"_s).isValid(),
                                 20000);
    }

private:
    QTemporaryDir m_clips;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_folder;
};

QTEST_MAIN(TestSourcesWindow)
#include "tst_sourceswindow.moc"
