// ReadAlongCache against a real HTTP server on 127.0.0.1: a transcript or chapter list is
// downloaded once and then read from disk, also with the server gone; errors (404, too large,
// timeout, unreadable content) are reported and nothing is kept.
#include "readalongcache.h"
#include "testhttpserver.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVtt = "WEBVTT\n\n00:00.000 --> 00:01.500\n<v Ada>Hello.\n\n"
                        "00:01.500 --> 00:03.000\n<v Bob>Hi, Ada.\n";
const QByteArray kSrt = "1\n00:00:00,000 --> 00:00:01,000\nOne.\n\n2\n00:00:01,000 --> "
                        "00:00:02,000\nTwo.\n";
const QByteArray kChapters = R"({"version": "1.2.0", "chapters": [
    {"startTime": 0, "title": "Intro"}, {"startTime": 30, "title": "Main"}]})";

TestHttpServer::Response response(const QByteArray &body, const QByteArray &type)
{
    TestHttpServer::Response r;
    r.body = body;
    r.header("Content-Type", type);
    return r;
}

} // namespace

class ReadAlongCacheTest final : public QObject
{
    Q_OBJECT

    TranscriptLoad loadTranscript(ReadAlongCache &cache, const QUrl &url,
                                  TranscriptFormat format = TranscriptFormat::Unspecified)
    {
        QSignalSpy loaded(&cache, &ReadAlongCache::transcriptLoaded);
        cache.loadTranscript(url, format);
        if (!loaded.wait(20000))
            return {};
        return loaded.constFirst().constFirst().value<TranscriptLoad>();
    }

    ChapterListLoad loadChapters(ReadAlongCache &cache, const QUrl &url)
    {
        QSignalSpy loaded(&cache, &ReadAlongCache::chaptersLoaded);
        cache.loadChapters(url);
        if (!loaded.wait(20000))
            return {};
        return loaded.constFirst().constFirst().value<ChapterListLoad>();
    }

    QStringList cachedFiles() const
    {
        return QDir(m_dir->path() + u"/cache/transcripts"_s).entryList(QDir::Files, QDir::Name);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
    }

    void fetchedOnceThenServedFromDisk()
    {
        m_server->route("/ep1.vtt", response(kVtt, "text/vtt"));
        const QUrl url = m_server->url(u"/ep1.vtt"_s);
        const QString directory = m_dir->path() + u"/cache/transcripts"_s;
        {
            ReadAlongCache cache(&m_network, directory);
            QVERIFY(!cache.isAvailableOffline(url));
            const TranscriptLoad first = loadTranscript(cache, url);
            QCOMPARE(first.url, url);
            QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
            QVERIFY(first.problems.isEmpty());
            QVERIFY(!first.fromCache);
            QCOMPARE(first.transcript.cues.size(), 2);
            QCOMPARE(first.transcript.cues.at(1).speaker, u"Bob"_s);
            QCOMPARE(m_server->hits("/ep1.vtt"), 1);
            QCOMPARE(cachedFiles().size(), 1);
            QVERIFY(cachedFiles().first().endsWith(u".vtt"_s));
            QVERIFY(cache.isAvailableOffline(url));

            const TranscriptLoad again = loadTranscript(cache, url);
            QVERIFY(again.fromCache);
            QCOMPARE(again.transcript, first.transcript);
            QCOMPARE(m_server->hits("/ep1.vtt"), 1);
        }
        // Offline, after a restart: the server is gone, the copy serves.
        m_server.reset();
        ReadAlongCache restarted(&m_network, directory);
        const TranscriptLoad offline = loadTranscript(restarted, url);
        QVERIFY2(offline.error.isEmpty(), qPrintable(offline.error));
        QVERIFY(offline.fromCache);
        QCOMPARE(offline.transcript.cues.size(), 2);
        QCOMPARE(offline.transcript.cues.at(0).text, u"Hello."_s);
    }

    void formatFromTheServerAndTheContent()
    {
        // No extension: the Content-Type tells; text/plain does not, the content does.
        m_server->route("/t1", response(kSrt, "application/x-subrip"));
        m_server->route("/t2", response(kVtt, "text/plain; charset=utf-8"));
        m_server->route("/t3", response("Just text.\n", "text/plain"));
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        const TranscriptLoad srt = loadTranscript(cache, m_server->url(u"/t1"_s));
        QCOMPARE(srt.transcript.cues.size(), 2);
        const TranscriptLoad vtt = loadTranscript(cache, m_server->url(u"/t2"_s));
        QCOMPARE(vtt.transcript.cues.size(), 2);
        const TranscriptLoad text = loadTranscript(cache, m_server->url(u"/t3"_s));
        QVERIFY(!text.transcript.timed);
        QCOMPARE(text.transcript.plainText, u"Just text."_s);
        QStringList suffixes;
        for (const QString &name : cachedFiles())
            suffixes.append(name.section(u'.', 1));
        suffixes.sort();
        QCOMPARE(suffixes, (QStringList{u"srt"_s, u"txt"_s, u"vtt"_s}));
        // Read back from disk, each is parsed in its format again.
        m_server.reset();
        QCOMPARE(loadTranscript(cache, vtt.url).transcript, vtt.transcript);
        QCOMPARE(loadTranscript(cache, srt.url).transcript, srt.transcript);
        QCOMPARE(loadTranscript(cache, text.url).transcript, text.transcript);
    }

    void redirectsAreFollowed()
    {
        m_server->route("/real.vtt", response(kVtt, "text/vtt"));
        m_server->redirect("/old.vtt", 301, "/real.vtt");
        ReadAlongCache cache(&m_network, m_dir->path());
        const TranscriptLoad load = loadTranscript(cache, m_server->url(u"/old.vtt"_s));
        QVERIFY2(load.error.isEmpty(), qPrintable(load.error));
        QCOMPARE(load.transcript.cues.size(), 2);
        QCOMPARE(m_server->hits("/real.vtt"), 1);
    }

    void notFoundIsAnErrorAndNotKept()
    {
        TestHttpServer::Response missing = response("<html>Not here</html>", "text/html");
        missing.status = 404;
        m_server->route("/gone.vtt", missing);
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        const TranscriptLoad load = loadTranscript(cache, m_server->url(u"/gone.vtt"_s));
        QCOMPARE(load.error, u"The server answered HTTP 404 Not Found."_s);
        QVERIFY(load.transcript.cues.isEmpty());
        QVERIFY(cachedFiles().isEmpty());
        loadTranscript(cache, m_server->url(u"/gone.vtt"_s));
        QCOMPARE(m_server->hits("/gone.vtt"), 2);
    }

    void oversizeIsRefused()
    {
        QByteArray big = "WEBVTT\n\n";
        for (int i = 0; i < 200; ++i)
            big += "00:00.000 --> 00:01.000\nA cue of some length to make the file large.\n\n";
        m_server->route("/big.vtt", response(big, "text/vtt"));
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        cache.setMaxBytes(1000);
        const QString refused =
            u"The file is larger than %1 and was refused."_s.arg(QLocale().formattedDataSize(1000));
        const TranscriptLoad load = loadTranscript(cache, m_server->url(u"/big.vtt"_s));
        QCOMPARE(load.error, refused);
        QVERIFY(load.transcript.cues.isEmpty());
        QVERIFY(cachedFiles().isEmpty());
        // A local file over the limit is refused too.
        const QString path = m_dir->filePath(u"big.vtt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(big) == big.size());
        file.close();
        const TranscriptLoad local = loadTranscript(cache, QUrl::fromLocalFile(path));
        QCOMPARE(local.error, refused);
    }

    void timeout()
    {
        TestHttpServer::Response silent;
        silent.neverAnswer = true;
        m_server->route("/silent.vtt", silent);
        ReadAlongCache cache(&m_network, m_dir->path());
        cache.setTimeoutMs(300);
        const TranscriptLoad load = loadTranscript(cache, m_server->url(u"/silent.vtt"_s));
        QCOMPARE(load.error, u"The server did not answer within 1 second(s)."_s);
    }

    void unreadableContentIsReportedAndNotKept()
    {
        // An error page served as 200 with the transcript's type.
        m_server->route("/broken.vtt", response("WEBVTT\n\n<html>Oops</html>\n", "text/vtt"));
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        const TranscriptLoad load = loadTranscript(cache, m_server->url(u"/broken.vtt"_s));
        QVERIFY(load.error.isEmpty());
        QCOMPARE(load.problems.size(), 1);
        QCOMPARE(load.problems.first().line, 3);
        QVERIFY(load.problems.first().file.endsWith(u"/broken.vtt"_s));
        QVERIFY(load.transcript.cues.isEmpty());
        QVERIFY(cachedFiles().isEmpty());
    }

    void concurrentLoadsShareOneDownload()
    {
        TestHttpServer::Response slow = response(kVtt, "text/vtt");
        slow.delayMs = 200;
        m_server->route("/shared.vtt", slow);
        ReadAlongCache cache(&m_network, m_dir->path());
        QSignalSpy loaded(&cache, &ReadAlongCache::transcriptLoaded);
        cache.loadTranscript(m_server->url(u"/shared.vtt"_s));
        cache.loadTranscript(m_server->url(u"/shared.vtt"_s));
        QVERIFY(loaded.wait(20000));
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(m_server->hits("/shared.vtt"), 1);
    }

    void localFilesAndResourcesAreReadDirectly()
    {
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        const TranscriptLoad bundled = loadTranscript(cache, QUrl(u"qrc:/transcripts/lora.vtt"_s));
        QVERIFY2(bundled.error.isEmpty(), qPrintable(bundled.error));
        QVERIFY(bundled.problems.isEmpty());
        QVERIFY(bundled.fromCache);
        QVERIFY(bundled.transcript.cues.size() > 10);
        QVERIFY(cache.isAvailableOffline(QUrl(u"qrc:/transcripts/lora.vtt"_s)));

        const QString path = m_dir->filePath(u"episode.srt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kSrt) == kSrt.size());
        file.close();
        const TranscriptLoad local = loadTranscript(cache, QUrl::fromLocalFile(path));
        QVERIFY(local.problems.isEmpty());
        QCOMPARE(local.transcript.cues.size(), 2);

        const TranscriptLoad missing =
            loadTranscript(cache, QUrl::fromLocalFile(m_dir->filePath(u"none.vtt"_s)));
        QVERIFY(missing.error.startsWith(u"Cannot read "_s));
        const TranscriptLoad ftp = loadTranscript(cache, QUrl(u"ftp://example.com/t.vtt"_s));
        QCOMPARE(ftp.error, u"Not an address Earmark can read: ftp://example.com/t.vtt"_s);
        QVERIFY(cachedFiles().isEmpty()); // nothing local is copied
    }

    void chaptersFetchedOnceThenServedFromDisk()
    {
        m_server->route("/chapters.json", response(kChapters, "application/json+chapters"));
        const QUrl url = m_server->url(u"/chapters.json"_s);
        ReadAlongCache cache(&m_network, m_dir->path() + u"/cache/transcripts"_s);
        const ChapterListLoad first = loadChapters(cache, url);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(!first.fromCache);
        const QList<Chapter> expected = {{0, u"Intro"_s}, {30000, u"Main"_s}};
        QCOMPARE(first.chapters, expected);
        QCOMPARE(cachedFiles().size(), 1);
        m_server.reset();
        const ChapterListLoad second = loadChapters(cache, url);
        QVERIFY(second.fromCache);
        QCOMPARE(second.chapters, expected);
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
};

QTEST_GUILESS_MAIN(ReadAlongCacheTest)
#include "tst_readalongcache.moc"
