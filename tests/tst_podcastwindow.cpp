#include "addpodcastdialog.h"
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "podcastrefresher.h"
#include "progressstore.h"
#include "testhttpserver.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
QByteArray feed(int items, const QByteArray &extra = {})
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
                     "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n<channel>\n"
                     "<title>The Training Run</title>\n"
                     "<description>A weekly podcast about training large models.</description>\n"
                     "<itunes:image href=\"/cover.png\"/>\n"
                     "<itunes:category text=\"Technology\"/>\n" +
                     extra;
    for (int i = items; i >= 1; --i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Run " + n + "</title><guid>run-" + n + "</guid><pubDate>Mon, 0" + n +
               " Nov 2026 09:00:00 GMT</pubDate><category>Scaling</category>" +
               "<enclosure url=\"https://cdn.example.invalid/" + n +
               ".mp3\" type=\"audio/mpeg\"/></item>\n";
    }
    return xml + "</channel>\n</rss>\n";
}

// A 2x2 PNG.
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DA"
                                  "wMDAxMDAwMDAAAANHQEDasKb6QAA"
                                  "AABJRU5ErkJggg==");
}

// Answers the next modal message box with `button`.
} // namespace

class TestPodcastWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppController> launch()
    {
        CommandLineOptions options;
        if (!options.parse({u"earmark"_s, u"--data-dir"_s, m_dir->path()}))
            qFatal("bad options");
        QElapsedTimer t;
        t.start();
        return std::make_unique<AppController>(options, t);
    }

    QModelIndex podcastNode(AppController &app) const
    {
        LibraryTreeModel *tree = app.window()->treeModel();
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex group = tree->index(row, 0);
            if (group.data().toString() != u"Podcasts"_s)
                continue;
            return tree->index(0, 0, group);
        }
        return {};
    }

private slots:
    void initTestCase() { QCOMPARE(Translations::install(u"en"_s), u"en"_s); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>();
        m_server->serveConditional("/feed.xml", feed(2), "application/rss+xml", "\"v1\"");
        TestHttpServer::Response cover;
        cover.header("Content-Type", "image/png");
        cover.body = png();
        m_server->route("/cover.png", cover);
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void subscribeRefreshAndUnsubscribeFromTheWindow()
    {
        auto app = launch();
        QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
        QCOMPARE(app->start(), AppController::Started);
        QVERIFY(loaded.wait(10000));
        QAbstractItemModelTester treeTester(app->window()->treeModel());
        QAbstractItemModelTester listTester(app->episodes());
        QAbstractItemModelTester proxyTester(app->window()->filterModel());
        QVERIFY(!podcastNode(*app).isValid()); // no Podcasts group without podcasts

        // File > Add podcast: the dialog fetches, shows the podcast and adds it.
        app->showAddPodcast();
        AddPodcastDialog *dialog = app->addPodcastDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->addButton()->isEnabled());
        dialog->addressField()->setText(m_server->url(u"/feed.xml"_s).toString());
        QVERIFY(dialog->addButton()->isEnabled());
        loaded.clear();
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->titleLabel()->text(), u"The Training Run"_s, 30000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"2 episodes"_s),
                 qPrintable(dialog->statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);

        // A topic under "Podcasts" with its tags, counts and artwork.
        QModelIndex node = podcastNode(*app);
        QVERIFY(node.isValid());
        QCOMPARE(node.data().toString(), u"The Training Run"_s);
        QCOMPARE(node.data(LibraryTreeModel::CountTextRole).toString(), u"0/2"_s);
        QVERIFY(node.data(LibraryTreeModel::PodcastRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(
            !podcastNode(*app).data(LibraryTreeModel::ImageFileRole).toString().isEmpty(), 10000);
        node = podcastNode(*app);
        QCOMPARE(app->window()->treeModel()->rowCount(node), 2); // Scaling, Technology
        QCOMPARE(app->episodes()->rowCount(), 21 + 2);
        app->window()->selectNode(node.data(LibraryTreeModel::KeyRole).toString());
        QCOMPARE(app->window()->filterModel()->rowCount(), 2);

        // The podcast's context menu.
        std::unique_ptr<QMenu> menu(app->window()->createTopicMenu(node));
        QVERIFY(menu);
        QStringList actions;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                actions.append(a->text().remove(u'&'));
        }
        QCOMPARE(actions, (QStringList{u"Refresh"_s, u"Mark all as finished"_s, u"Copy feed URL"_s,
                                       u"Unsubscribe…"_s, u"Properties…"_s, u"Download"_s}));

        // A refresh that brings episodes: they are New until opened or played.
        m_server->serveConditional("/feed.xml", feed(4), "application/rss+xml", "\"v2\"");
        // The subscription's own job done first (a refresh of a podcast being fetched is not
        // queued twice).
        QTRY_VERIFY_WITH_TIMEOUT(!app->refresher()->isBusy(), 10000);
        QSignalSpy finished(app->refresher(), &PodcastRefresher::finished);
        loaded.clear();
        app->refreshPodcasts(true);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        // Another reload (the artwork, say) may have been the one seen: wait for this one.
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), 21 + 4, 10000);
        const QString newKey = u"status:new"_s;
        const auto newCount = [&] {
            return app->window()
                ->treeModel()
                ->indexForKey(newKey)
                .data(LibraryTreeModel::CountTextRole)
                .toString();
        };
        QCOMPARE(newCount(), u"2"_s);
        app->window()->selectNode(newKey);
        QCOMPARE(app->window()->filterModel()->rowCount(), 2);
        const QModelIndex card = app->window()->filterModel()->index(0, 0);
        QCOMPARE(card.data(EpisodeListModel::TitleRole).toString(), u"Run 4"_s);
        QVERIFY(card.data(EpisodeListModel::NewRole).toBool());
        QTest::mouseClick(app->window()->episodeView()->viewport(), Qt::LeftButton, {},
                          app->window()->episodeView()->visualRect(card).center());
        QCOMPARE(newCount(), u"1"_s);
        // No longer New: the New view now lists only the other one.
        QCOMPARE(app->window()->filterModel()->rowCount(), 1);
        // The other one is played (its audio is missing on the server: playing is enough).
        const QModelIndex other = app->window()->filterModel()->index(0, 0);
        QCOMPARE(other.data(EpisodeListModel::TitleRole).toString(), u"Run 3"_s);
        app->play(other.data(EpisodeListModel::IdRole).toString());
        QTRY_COMPARE(newCount(), u"0"_s);

        // A refresh that fails keeps everything and shows a warning on the podcast.
        TestHttpServer::Response down;
        down.status = 500;
        m_server->route("/feed.xml", down);
        finished.clear();
        loaded.clear();
        app->refreshPodcasts(true);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        node = podcastNode(*app);
        QVERIFY2(node.data(LibraryTreeModel::WarningRole).toString().contains(u"500"_s),
                 qPrintable(node.data(LibraryTreeModel::WarningRole).toString()));
        // Another reload (the artwork, say) may have been the one seen: wait for this one.
        QTRY_COMPARE_WITH_TIMEOUT(app->episodes()->rowCount(), 21 + 4, 10000);

        // Unsubscribe: asks, removes the podcast, keeps what was listened to.
        const QString episode = app->episodes()->catalog().episodes().constLast().id;
        QVERIFY(app->store()->savePosition(episode, 5000));
        answerNextMessageBox(QMessageBox::Yes);
        loaded.clear();
        emit app->window()->unsubscribeRequested(
            node.data(LibraryTreeModel::TopicIdRole).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(!podcastNode(*app).isValid());
        QCOMPARE(app->episodes()->rowCount(), 21);
        QCOMPARE(app->store()->progress(episode).positionMs, 5000);
    }

    void refreshProgressShowsInTheStatusBar()
    {
        auto app = launch();
        QSignalSpy loaded(app.get(), &AppController::catalogsLoaded);
        QCOMPARE(app->start(), AppController::Started);
        QVERIFY(loaded.wait(10000));
        QSignalSpy subscribed(app->refresher(), &PodcastRefresher::subscribed);
        app->refresher()->subscribe(m_server->url(u"/feed.xml"_s));
        QVERIFY(subscribed.wait(10000));
        TestHttpServer::Response slow;
        slow.body = feed(2);
        slow.delayMs = 2000;
        m_server->route("/feed.xml", slow);
        app->window()->show();
        app->refreshPodcasts(true);
        auto *box = app->window()->findChild<QWidget *>(u"refreshProgress"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        const QList<QLabel *> labels = box->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.constFirst()->text(), u"Refreshing 1 of 1 podcast"_s);
        // Cancel stops it.
        QSignalSpy finished(app->refresher(), &PodcastRefresher::finished);
        box->findChild<QToolButton *>(u"cancelRefreshButton"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!box->isVisible());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
};

QTEST_MAIN(TestPodcastWindow)
#include "tst_podcastwindow.moc"
