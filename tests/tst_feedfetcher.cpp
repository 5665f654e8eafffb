#include "feedfetcher.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kFeed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                         "</channel></rss>";
}

class TestFeedFetcher : public QObject
{
    Q_OBJECT

    FeedFetchResult fetch(const QUrl &url, const QByteArray &etag = {},
                          const QByteArray &lastModified = {}, int timeoutMs = 10000,
                          qint64 maxSize = FeedFetcher::kMaxSize)
    {
        FeedFetcher fetcher(&m_network, url);
        fetcher.setValidators(etag, lastModified);
        fetcher.setTimeoutMs(timeoutMs);
        fetcher.setMaxSize(maxSize);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.start();
        if (!finished.wait(20000))
            return {};
        [&] { QCOMPARE(finished.size(), 1); }();
        return finished.constFirst().constFirst().value<FeedFetchResult>();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.isListening()); }

    void conditionalGetCostsOne304()
    {
        m_server.serveConditional("/cond", kFeed, "application/rss+xml", "\"abc\"");
        const FeedFetchResult first = fetch(m_server.url(u"/cond"_s));
        QCOMPARE(first.status, FeedFetchResult::Status::Fetched);
        QCOMPARE(first.body, kFeed);
        QCOMPARE(first.etag, QByteArray("\"abc\""));
        QCOMPARE(first.lastModified, QByteArray("Sat, 28 Nov 2026 10:00:00 GMT"));
        QCOMPARE(first.contentType, QByteArray("application/rss+xml"));

        const FeedFetchResult second = fetch(m_server.url(u"/cond"_s), first.etag);
        QCOMPARE(second.status, FeedFetchResult::Status::NotModified);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.etag, QByteArray("\"abc\""));
        QCOMPARE(m_server.requests().constLast().header("If-None-Match"), QByteArray("\"abc\""));

        // Last-Modified alone works too.
        const FeedFetchResult third = fetch(m_server.url(u"/cond"_s), {}, first.lastModified);
        QCOMPARE(third.status, FeedFetchResult::Status::NotModified);
        QCOMPARE(m_server.hits("/cond"), 3);
    }

    void gzipIsAcceptedAndDecoded()
    {
        TestHttpServer::Response r;
        r.body = kFeed.repeated(50);
        r.gzip = true;
        m_server.route("/gz", r);
        const FeedFetchResult result = fetch(m_server.url(u"/gz"_s));
        QCOMPARE(result.status, FeedFetchResult::Status::Fetched);
        QCOMPARE(result.body, kFeed.repeated(50));
        QVERIFY(m_server.requests().constLast().header("Accept-Encoding").contains("gzip"));
    }

    void redirects_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<bool>("moved");
        QTest::newRow("301 301") << 301 << 301 << true;
        QTest::newRow("308 301") << 308 << 301 << true;
        QTest::newRow("301 302") << 301 << 302 << false;
        QTest::newRow("302 301") << 302 << 301 << false;
        QTest::newRow("307 307") << 307 << 307 << false;
    }
    void redirects()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(bool, moved);
        const QByteArray tag = QByteArray::number(first) + QByteArray::number(second);
        m_server.redirect("/r1-" + tag, first, "/r2-" + tag);
        m_server.redirect("/r2-" + tag, second,
                          m_server.url(u"/final-"_s + QString::fromLatin1(tag)).toEncoded());
        TestHttpServer::Response ok;
        ok.body = kFeed;
        m_server.route("/final-" + tag, ok);
        const FeedFetchResult result = fetch(m_server.url(u"/r1-"_s + QString::fromLatin1(tag)));
        QCOMPARE(result.status, FeedFetchResult::Status::Fetched);
        QCOMPARE(result.body, kFeed);
        QCOMPARE(result.finalUrl, m_server.url(u"/final-"_s + QString::fromLatin1(tag)));
        QCOMPARE(result.movedTo, moved ? result.finalUrl : QUrl());
    }

    void aRedirectLoopEndsInAMessage()
    {
        m_server.redirect("/loop-a", 302, "/loop-b");
        m_server.redirect("/loop-b", 302, "/loop-a");
        const FeedFetchResult result = fetch(m_server.url(u"/loop-a"_s));
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
        QVERIFY2(result.error.contains(u"loop"_s), qPrintable(result.error));
        QCOMPARE(m_server.hits("/loop-a"), 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        TestHttpServer::Response r;
        r.status = status;
        r.body = "<html>error page</html>";
        m_server.route("/error", r);
        const FeedFetchResult result = fetch(m_server.url(u"/error"_s));
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.error.contains(QString::number(status)), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
    }

    void aServerThatNeverAnswersTimesOut()
    {
        TestHttpServer::Response r;
        r.neverAnswer = true;
        m_server.route("/silent", r);
        const FeedFetchResult result = fetch(m_server.url(u"/silent"_s), {}, {}, 300);
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
        QVERIFY2(result.error.contains(u"did not answer"_s), qPrintable(result.error));
    }

    void aSlowServerWithinTheTimeoutIsFine()
    {
        TestHttpServer::Response r;
        r.delayMs = 300;
        r.body = kFeed;
        m_server.route("/slow", r);
        const FeedFetchResult result = fetch(m_server.url(u"/slow"_s), {}, {}, 5000);
        QCOMPARE(result.status, FeedFetchResult::Status::Fetched);
        QCOMPARE(result.body, kFeed);
    }

    void aTruncatedBodyFails()
    {
        TestHttpServer::Response r;
        r.body = kFeed.repeated(100);
        r.cutAfter = 500;
        m_server.route("/cut", r);
        const FeedFetchResult result = fetch(m_server.url(u"/cut"_s));
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
        QVERIFY(result.body.isEmpty());
    }

    void aTooLargeFeedIsRefused()
    {
        TestHttpServer::Response r;
        r.body = QByteArray(200000, 'x');
        m_server.route("/large", r);
        const FeedFetchResult result = fetch(m_server.url(u"/large"_s), {}, {}, 10000, 100000);
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
        QVERIFY2(result.error.contains(u"larger than"_s), qPrintable(result.error));
    }

    void localFiles()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"feed.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kFeed);
        file.close();
        const FeedFetchResult result = fetch(QUrl::fromLocalFile(file.fileName()));
        QCOMPARE(result.status, FeedFetchResult::Status::Fetched);
        QCOMPARE(result.body, kFeed);
        QCOMPARE(result.finalUrl, QUrl::fromLocalFile(file.fileName()));

        const FeedFetchResult missing = fetch(QUrl::fromLocalFile(dir.filePath(u"nope.xml"_s)));
        QCOMPARE(missing.status, FeedFetchResult::Status::Failed);
        QVERIFY(missing.error.contains(u"nope.xml"_s));
    }

    void otherSchemesAreRefused()
    {
        const FeedFetchResult result = fetch(QUrl(u"ftp://127.0.0.1/feed.xml"_s));
        QCOMPARE(result.status, FeedFetchResult::Status::Failed);
    }

private:
    TestHttpServer m_server;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
