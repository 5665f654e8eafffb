// `earmark --download ID`, the real binary against a server on 127.0.0.1: it waits and exits 0
// with the complete file; killed with SIGKILL in the middle and started again, it resumes from
// the partial file with a Range request and the file ends up byte-identical (SHA-256); an
// unknown id and a 404 exit non-zero with a message.
#include "earmarkrun.h"
#include "progressstore.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// A catalog with one episode whose audio is `url`.
QByteArray catalogFor(const QUrl &url)
{
    return R"({
  "version": "1.0",
  "title": "Offline",
  "topics": [ { "id": "lectures", "title": "Lectures / Spring" } ],
  "episodes": [
    { "id": "lecture-1", "title": "Lecture 1: Gradients", "duration": 75,
      "published": "2026-03-01", "topic": "lectures", "audio": ")" +
           url.toEncoded() + R"(" }
  ]
}
)";
}
} // namespace

class TestDownloadCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void downloadsAndPrintsTheFile();
    void killedDownloadResumesAfterRelaunch();
    void unknownEpisodeAndMissingFileFail();

private:
    QStringList args(const QString &episodeId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_catalog;
    QString m_expected;
};

void TestDownloadCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestHttpServer>();
    m_catalog = m_dir->filePath(u"offline.json"_s);
    QVERIFY(writeFile(m_catalog, catalogFor(m_server->url(u"/lecture-1.mp3"_s))));
    // downloads/<topic>/<episode>.<ext>, the separator in the topic's title made safe.
    m_expected = m_dir->filePath(u"data/downloads/Lectures _ Spring/Lecture 1_ Gradients.mp3"_s);
}

QStringList TestDownloadCli::args(const QString &episodeId) const
{
    return {u"--data-dir"_s, m_dir->filePath(u"data"_s), u"--catalog"_s, m_catalog, u"--download"_s,
            episodeId};
}

void TestDownloadCli::downloadsAndPrintsTheFile()
{
    const QByteArray body = randomBytes(2 * 1024 * 1024, 1);
    TestHttpServer::Response r;
    r.body = body;
    r.ranges = true;
    m_server->route("/lecture-1.mp3", r);
    const EarmarkRun run = runEarmark(args(u"lecture-1"_s));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.outText(), u"lecture-1\t"_s + m_expected + u'\n');
    QCOMPARE(fileSha256(m_expected), QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    // Asked again: already there, nothing fetched.
    const EarmarkRun again = runEarmark(args(u"lecture-1"_s));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.outText(), run.outText());
    QCOMPARE(m_server->hits("/lecture-1.mp3"), 1);
}

void TestDownloadCli::killedDownloadResumesAfterRelaunch()
{
    // 6 MB at some 3 MB/s: the kill comes in the middle.
    const QByteArray body = randomBytes(6 * 1024 * 1024, 2);
    TestHttpServer::Response r;
    r.body = body;
    r.ranges = true;
    r.chunkBytes = 64 * 1024;
    r.chunkDelayMs = 20;
    m_server->route("/lecture-1.mp3", r);

    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(EARMARK_BINARY), args(u"lecture-1"_s));
    QVERIFY(first.waitForStarted());
    const QString part = m_expected + u".part"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 1024 * 1024, 30000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const qint64 kept = QFileInfo(part).size();
    QVERIFY(kept > 0 && kept < body.size());
    QVERIFY(!QFileInfo::exists(m_expected)); // never a partial file in place

    // The server gets quick, the relaunch resumes.
    r.chunkDelayMs = 0;
    m_server->route("/lecture-1.mp3", r);
    const EarmarkRun second = runEarmark(args(u"lecture-1"_s));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QList<TestHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const QByteArray range = requests.at(1).header("range");
    QVERIFY2(range.startsWith("bytes=") && range.mid(6).chopped(1).toLongLong() > 0,
             range.constData());
    QCOMPARE(fileSha256(m_expected), QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    QVERIFY(!QFileInfo::exists(part));
}

void TestDownloadCli::unknownEpisodeAndMissingFileFail()
{
    const EarmarkRun unknown = runEarmark(args(u"no-such-episode"_s));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no-such-episode"_s), qPrintable(unknown.err));

    // Nothing at the URL: 404, exit 1 with the reason, no file.
    const EarmarkRun missing = runEarmark(args(u"lecture-1"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"404"_s), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(m_expected));
    QVERIFY(missing.out.isEmpty()); // not a terminal: no progress lines
}

QTEST_GUILESS_MAIN(TestDownloadCli)
#include "tst_downloadcli.moc"
