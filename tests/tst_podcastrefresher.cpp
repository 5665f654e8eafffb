#include "podcastrefresher.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray feed(const QString &title, int items, const QByteArray &extraChannel = {})
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n"
        "<channel>\n<title>" +
        title.toUtf8() + "</title>\n<itunes:category text=\"Technology\"/>\n" + extraChannel;
    for (int i = items; i >= 1; --i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Episode " + n + "</title><guid>ep-" + n + "</guid><pubDate>Mon, 0" +
               QByteArray::number(1 + i % 9) +
               " Jun 2026 10:00:00 GMT</pubDate><itunes:duration>12:0" +
               QByteArray::number(i % 10) + "</itunes:duration><enclosure url=\"/audio/" + n +
               ".mp3\" type=\"audio/mpeg\" length=\"1000\"/></item>\n";
    }
    return xml + "</channel>\n</rss>\n";
}
} // namespace

class TestPodcastRefresher : public QObject
{
    Q_OBJECT

    RefreshOutcome subscribe(const QUrl &url)
    {
        QSignalSpy spy(m_refresher.get(), &PodcastRefresher::subscribed);
        m_refresher->subscribe(url);
        if (!spy.wait(20000))
            return {};
        return spy.constFirst().constFirst().value<RefreshOutcome>();
    }

    QList<RefreshOutcome> refresh(const QStringList &ids)
    {
        QSignalSpy refreshed(m_refresher.get(), &PodcastRefresher::refreshed);
        QSignalSpy finished(m_refresher.get(), &PodcastRefresher::finished);
        m_refresher->refresh(ids);
        finished.wait(20000);
        QList<RefreshOutcome> out;
        for (const QList<QVariant> &args : refreshed)
            out.append(args.constFirst().value<RefreshOutcome>());
        return out;
    }

private slots:
    // Every case twice: the feed parsed whole (its items kept until stored, as for feeds below
    // PodcastRefresher::kDefaultStreamFrom) and item by item into the store.
    void initTestCase_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("parsed whole") << false;
        QTest::newRow("streamed") << true;
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>();
        m_progress = std::make_unique<ProgressStore>();
        QVERIFY(m_progress->open(m_dir->path()));
        m_refresher = std::make_unique<PodcastRefresher>(&m_network, m_progress->databasePath(),
                                                         m_dir->filePath(u"artwork"_s));
        QFETCH_GLOBAL(bool, streamed);
        if (streamed)
            m_refresher->setStreamFrom(0);
        QVERIFY(m_store.open(m_progress->databasePath()));
    }
    void cleanup()
    {
        m_refresher.reset();
        m_store.close();
        m_progress.reset();
        m_server.reset();
        m_dir.reset();
    }

    void subscribeStoresThePodcastAndItsArtwork()
    {
        m_server->serveConditional(
            "/feed", feed(u"Learning Machines"_s, 3, "<itunes:image href=\"/cover.png\"/>\n"),
            "application/rss+xml", "\"v1\"");
        TestHttpServer::Response cover;
        cover.header("Content-Type", "image/png");
        cover.body = "\x89PNG not really";
        m_server->route("/cover.png", cover);
        QSignalSpy artwork(m_refresher.get(), &PodcastRefresher::artworkChanged);

        const RefreshOutcome o = subscribe(m_server->url(u"/feed"_s));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.title, u"Learning Machines"_s);
        QCOMPARE(o.total, 3);
        QCOMPARE(o.added, 3);
        QVERIFY(!o.alreadySubscribed);
        const Podcast p = *m_store.podcast(o.podcastId);
        QCOMPARE(p.feedUrl, m_server->url(u"/feed"_s).toString());
        QCOMPARE(p.etag, QByteArray("\"v1\""));
        QCOMPARE(p.categories, QStringList{u"Technology"_s});
        // Relative enclosures resolve against the feed's URL.
        const Catalog c = m_store.catalog();
        QCOMPARE(c.episodes().size(), 3);
        QCOMPARE(c.episodes().constFirst().audioUrl, m_server->url(u"/audio/3.mp3"_s).toString());

        QVERIFY(artwork.wait(5000));
        QFile art(QDir(m_dir->filePath(u"artwork"_s)).filePath(o.podcastId));
        QVERIFY(art.open(QIODevice::ReadOnly));
        QCOMPARE(art.readAll(), cover.body);

        // Subscribing again changes nothing and says so, without a fetch.
        const int hits = m_server->hits("/feed");
        const RefreshOutcome again = subscribe(m_server->url(u"/feed"_s));
        QVERIFY(again.ok());
        QVERIFY(again.alreadySubscribed);
        QCOMPARE(again.podcastId, o.podcastId);
        QCOMPARE(m_server->hits("/feed"), hits);
        QCOMPARE(m_store.podcasts().size(), 1);
    }

    void aWebPageIsFollowedToItsFeed()
    {
        TestHttpServer::Response page;
        page.header("Content-Type", "text/html; charset=utf-8");
        page.body = "<!DOCTYPE html><html><head><title>Show</title>"
                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" "
                    "href=\"/the-feed.xml\"></head><body><p>Listen!<br></body></html>";
        m_server->route("/show", page);
        TestHttpServer::Response rss;
        rss.body = feed(u"Found"_s, 2);
        m_server->route("/the-feed.xml", rss);
        const RefreshOutcome o = subscribe(m_server->url(u"/show"_s));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.title, u"Found"_s);
        QCOMPARE(m_store.podcast(o.podcastId)->feedUrl,
                 m_server->url(u"/the-feed.xml"_s).toString());
    }

    void anUnreadableSubscriptionAddsNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("404") << 404 << QByteArray("missing");
        QTest::newRow("not xml") << 200 << QByteArray("just text, no feed");
        QTest::newRow("page without feed") << 200 << QByteArray("<html><body>hi</body></html>");
    }
    void anUnreadableSubscriptionAddsNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        TestHttpServer::Response r;
        r.status = status;
        r.body = body;
        m_server->route("/bad", r);
        const RefreshOutcome o = subscribe(m_server->url(u"/bad"_s));
        QVERIFY(!o.ok());
        QVERIFY(!o.error.isEmpty());
        QVERIFY(m_store.podcasts().isEmpty());
    }

    void refreshCostsOne304WhenNothingChanged()
    {
        m_server->serveConditional("/feed", feed(u"P"_s, 2), "application/rss+xml", "\"v1\"");
        const RefreshOutcome o = subscribe(m_server->url(u"/feed"_s));
        QVERIFY(o.ok());
        const QList<RefreshOutcome> outcomes = refresh({o.podcastId});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.constFirst().result, RefreshOutcome::Result::NotModified);
        QCOMPARE(m_server->requests().constLast().header("If-None-Match"), QByteArray("\"v1\""));
        QVERIFY(m_store.podcast(o.podcastId)->succeededAt.isValid());
    }

    void refreshAddsNewEpisodes()
    {
        m_server->serveConditional("/feed", feed(u"P"_s, 2), "application/rss+xml", "\"v1\"");
        const RefreshOutcome o = subscribe(m_server->url(u"/feed"_s));
        m_server->serveConditional("/feed", feed(u"P"_s, 3), "application/rss+xml", "\"v2\"");
        const QList<RefreshOutcome> outcomes = refresh({o.podcastId});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.constFirst().result, RefreshOutcome::Result::Updated);
        QCOMPARE(outcomes.constFirst().added, 1);
        QCOMPARE(outcomes.constFirst().total, 3);
        QCOMPARE(m_store.newEpisodeIds(),
                 QSet<QString>{PodcastStore::episodeIdFor(o.podcastId, u"ep-3"_s)});
        QCOMPARE(m_store.podcast(o.podcastId)->etag, QByteArray("\"v2\""));
    }

    void aFailedOrTruncatedRefreshKeepsEverything_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("truncateXml");
        QTest::addColumn<bool>("neverAnswer");
        QTest::newRow("500") << 500 << false << false;
        QTest::newRow("404") << 404 << false << false;
        QTest::newRow("truncated document") << 200 << true << false;
        QTest::newRow("timeout") << 200 << false << true;
    }
    void aFailedOrTruncatedRefreshKeepsEverything()
    {
        QFETCH(int, status);
        QFETCH(bool, truncateXml);
        QFETCH(bool, neverAnswer);
        m_refresher->setTimeoutMs(500);
        m_server->serveConditional("/feed", feed(u"Kept"_s, 3), "application/rss+xml", "\"v1\"");
        const RefreshOutcome o = subscribe(m_server->url(u"/feed"_s));
        QVERIFY(o.ok());
        const QList<QString> before = m_store.episodeIds(o.podcastId);

        TestHttpServer::Response r;
        r.status = status;
        r.neverAnswer = neverAnswer;
        const QByteArray full = feed(u"Broken title"_s, 4);
        r.body = truncateXml ? full.left(full.indexOf("<item>", full.indexOf("ep-3")) + 20)
                             : QByteArray("server error");
        m_server->route("/feed", r);
        const QList<RefreshOutcome> outcomes = refresh({o.podcastId});
        QCOMPARE(outcomes.size(), 1);
        const RefreshOutcome &after = outcomes.constFirst();
        QVERIFY(!after.error.isEmpty());
        const Podcast p = *m_store.podcast(o.podcastId);
        QCOMPARE(p.title, u"Kept"_s);
        QCOMPARE(p.lastError, after.error);
        for (const QString &id : before)
            QVERIFY(m_store.episodeIds(o.podcastId).contains(id));
        if (truncateXml) {
            // What was read whole before the cut is added; the validators are not kept, so
            // the next refresh reads the feed in full.
            QCOMPARE(after.result, RefreshOutcome::Result::Updated);
            QCOMPARE(after.added, 1);
            QVERIFY(after.error.contains(m_server->url(u"/feed"_s).toString()));
        } else {
            QCOMPARE(after.result, RefreshOutcome::Result::Failed);
            QCOMPARE(m_store.episodeIds(o.podcastId), before);
        }
    }

    void aPermanentRedirectMovesTheSubscription_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("moves");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
        QTest::newRow("307") << 307 << false;
    }
    void aPermanentRedirectMovesTheSubscription()
    {
        QFETCH(int, status);
        QFETCH(bool, moves);
        TestHttpServer::Response rss;
        rss.body = feed(u"Mover"_s, 1);
        m_server->route("/old", rss);
        m_server->route("/new", rss);
        const RefreshOutcome o = subscribe(m_server->url(u"/old"_s));
        QVERIFY(o.ok());
        m_server->redirect("/old", status, "/new");
        const QList<RefreshOutcome> outcomes = refresh({o.podcastId});
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.constFirst().ok());
        QCOMPARE(m_store.podcast(o.podcastId)->feedUrl,
                 m_server->url(moves ? u"/new"_s : u"/old"_s).toString());
        QCOMPARE(m_store.podcast(o.podcastId)->id, o.podcastId);
        QVERIFY(m_store.podcast(o.podcastId)->lastError.isEmpty());
        QCOMPARE(m_store.podcast(o.podcastId)->succeededAt,
                 m_store.podcast(o.podcastId)->refreshedAt);
    }

    void refreshIsConcurrentWithinAPerHostLimit()
    {
        QMutex mutex;
        QList<qint64> arrivals;
        QElapsedTimer clock;
        clock.start();
        constexpr int kDelayMs = 300;
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            TestHttpServer::Response rss;
            rss.body = feed(u"Podcast "_s + QString::number(i), 1);
            const QByteArray path = "/p" + QByteArray::number(i);
            m_server->route(path, rss);
            ids.append(subscribe(m_server->url(QString::fromLatin1(path))).podcastId);
            m_server->route(path, [&, rss](const TestHttpServer::Request &) {
                QMutexLocker lock(&mutex);
                arrivals.append(clock.elapsed());
                TestHttpServer::Response slow = rss;
                slow.delayMs = kDelayMs;
                return slow;
            });
        }
        m_refresher->setMaxPerHost(2);
        QSignalSpy progress(m_refresher.get(), &PodcastRefresher::progressChanged);
        const QList<RefreshOutcome> outcomes = refresh(ids);
        QCOMPARE(outcomes.size(), 6);
        QCOMPARE(arrivals.size(), 6);
        // Two at a time: the third request comes only after the first answer.
        for (int i = 0; i + 2 < arrivals.size(); ++i)
            QVERIFY2(arrivals.at(i + 2) - arrivals.at(i) >= kDelayMs * 9 / 10,
                     qPrintable(u"requests %1 and %2"_s.arg(i).arg(i + 2)));
        QVERIFY(arrivals.at(1) - arrivals.at(0) < kDelayMs); // but two at once
        QCOMPARE(progress.constLast(), (QList<QVariant>{6, 6}));
    }

    void cancelStopsEverything()
    {
        TestHttpServer::Response rss;
        rss.body = feed(u"P"_s, 1);
        m_server->route("/a", rss);
        m_server->route("/b", rss);
        const QStringList ids = {subscribe(m_server->url(u"/a"_s)).podcastId,
                                 subscribe(m_server->url(u"/b"_s)).podcastId};
        TestHttpServer::Response silent;
        silent.neverAnswer = true;
        m_server->route("/a", silent);
        m_server->route("/b", silent);
        QSignalSpy finished(m_refresher.get(), &PodcastRefresher::finished);
        QSignalSpy refreshed(m_refresher.get(), &PodcastRefresher::refreshed);
        m_refresher->refresh(ids);
        QTRY_COMPARE(m_server->hits("/a") + m_server->hits("/b"), 4);
        m_refresher->cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(refreshed.size(), 2);
        QVERIFY(!m_refresher->isBusy());
        QCOMPARE(m_store.catalog().episodes().size(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<PodcastRefresher> m_refresher;
    PodcastStore m_store;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestPodcastRefresher)
#include "tst_podcastrefresher.moc"
