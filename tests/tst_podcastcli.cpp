#include "earmarkrun.h"
#include "progressstore.h"
#include "singleinstance.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray feed(const QString &title, int items)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>" +
                     title.toUtf8() + "</title>\n<category>Machine Learning</category>\n";
    for (int i = items; i >= 1; --i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Part " + n + "</title><guid>part-" + n + "</guid><pubDate>Tue, 0" + n +
               " Sep 2026 08:15:30 +0200</pubDate>" +
               "<enclosure url=\"https://cdn.example.invalid/" + n +
               ".mp3\" type=\"audio/mpeg\"/></item>\n";
    }
    return xml + "</channel>\n</rss>\n";
}
} // namespace

class TestPodcastCli : public QObject
{
    Q_OBJECT

    EarmarkRun earmark(QStringList args) const
    {
        args.prepend(m_dir->path());
        args.prepend(u"--data-dir"_s);
        return runEarmark(args);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>();
        TestHttpServer::Response rss;
        rss.body = feed(u"Deep Learning Weekly"_s, 2);
        m_server->route("/dlw.xml", rss);
        rss.body = feed(u"Tab\tTitle"_s, 1);
        m_server->route("/other.xml", rss);
    }

    void subscribeListsAndRefreshes()
    {
        const QString url = m_server->url(u"/dlw.xml"_s).toString();
        EarmarkRun r = earmark({u"--subscribe"_s, url});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), u"Deep Learning Weekly\t2 episodes\n"_s);

        // Again: nothing changes, no fetch.
        const int hits = m_server->hits("/dlw.xml");
        r = earmark({u"--subscribe"_s, url});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), u"Deep Learning Weekly\t2 episodes\n"_s);
        QCOMPARE(m_server->hits("/dlw.xml"), hits);

        r = earmark({u"--list"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21 + 2);
        const QStringList podcastLines = lines.filter(u"Deep Learning Weekly"_s);
        QCOMPARE(podcastLines.size(), 2);
        const QStringList columns = podcastLines.first().split(u'\t');
        QCOMPARE(columns.size(), 7);
        QVERIFY(columns.at(0).startsWith(u"podcast-"_s));
        QCOMPARE(columns.at(1), u"Part 2"_s);
        QCOMPARE(columns.at(2), QString()); // no duration in the feed
        QCOMPARE(columns.at(3), u"2026-09-02T06:15:30Z"_s);
        QCOMPARE(columns.at(4), u"Machine Learning"_s);
        QCOMPARE(columns.at(5), u"Deep Learning Weekly"_s);
        QCOMPARE(columns.at(6), u"https://cdn.example.invalid/2.mp3"_s);

        TestHttpServer::Response rss;
        rss.body = feed(u"Deep Learning Weekly"_s, 3);
        m_server->route("/dlw.xml", rss);
        r = earmark({u"--refresh"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), u"Deep Learning Weekly\t1 new, 0 updated\n"_s);

        TestHttpServer::Response down;
        down.status = 503;
        m_server->route("/dlw.xml", down);
        r = earmark({u"--refresh"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().startsWith(u"Deep Learning Weekly\tfailed: "_s), r.out.constData());
        QVERIFY(r.outText().contains(u"503"_s));
        // Nothing was lost.
        QCOMPARE(earmark({u"--list"_s}).outText().count(u"Deep Learning Weekly"_s), 3);
    }

    void badFeedsAndUsage()
    {
        QTemporaryDir files;
        QFile broken(files.filePath(u"broken.xml"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>X</title>\n"
                     "<item><title>A</title></oops>\n");
        broken.close();
        EarmarkRun r = earmark({u"--subscribe"_s, broken.fileName()});
        QCOMPARE(r.exitCode, 1);
        // LOCATION:LINE:COLUMN: message
        QVERIFY2(QRegularExpression(u":\\d+:\\d+: "_s).match(r.err).hasMatch(), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"broken.xml"_s), qPrintable(r.err));

        r = earmark({u"--subscribe"_s, m_server->url(u"/missing.xml"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"404"_s), qPrintable(r.err));

        r = earmark({u"--subscribe"_s, u"ftp://example.invalid/feed"_s});
        QCOMPARE(r.exitCode, 2);
        r = earmark({u"--subscribe"_s, files.filePath(u"no-such-file.xml"_s)});
        QCOMPARE(r.exitCode, 2);

        // One good and one bad: the good one is added, the exit code says one failed.
        r = earmark({u"--subscribe"_s, m_server->url(u"/other.xml"_s).toString(), u"--subscribe"_s,
                     m_server->url(u"/missing.xml"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.outText(), u"Tab Title\t1 episode\n"_s);
    }

    void opmlRoundTrip()
    {
        QCOMPARE(earmark({u"--subscribe"_s, m_server->url(u"/dlw.xml"_s).toString(),
                          u"--subscribe"_s, m_server->url(u"/other.xml"_s).toString()})
                     .exitCode,
                 0);
        const EarmarkRun exported = earmark({u"--export-opml"_s, u"-"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("<opml version=\"2.0\""));
        QVERIFY(exported.out.contains(m_server->url(u"/dlw.xml"_s).toEncoded()));

        QTemporaryDir other;
        QFile opml(other.filePath(u"subs.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write(exported.out);
        opml.close();
        const EarmarkRun imported = runEarmark(
            {u"--data-dir"_s, other.filePath(u"data"_s), u"--import-opml"_s, opml.fileName()});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.outText().endsWith(u"2 added, 0 already present, 0 failed\n"_s),
                 imported.out.constData());
        const EarmarkRun again =
            runEarmark({u"--data-dir"_s, other.filePath(u"data"_s), u"--export-opml"_s, u"-"_s});
        QCOMPARE(again.out, exported.out);

        const EarmarkRun twice = runEarmark(
            {u"--data-dir"_s, other.filePath(u"data"_s), u"--import-opml"_s, opml.fileName()});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY(twice.outText().endsWith(u"0 added, 2 already present, 0 failed\n"_s));
    }

    void aRunningEarmarkIsTold()
    {
        {
            ProgressStore created; // the running window created the database
            QVERIFY(created.open(m_dir->path()));
        }
        // Stands in for the running window: owns the data directory and listens.
        SingleInstance running(m_dir->path());
        QCOMPARE(running.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
        QSignalSpy messages(&running, &SingleInstance::messageReceived);
        QProcess p;
        p.start(QStringLiteral(EARMARK_BINARY), {u"--data-dir"_s, m_dir->path(), u"--subscribe"_s,
                                                 m_server->url(u"/dlw.xml"_s).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 0);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.constFirst().constFirst().toByteArray(),
                 SingleInstance::libraryChangedMessage());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestPodcastCli)
#include "tst_podcastcli.moc"
