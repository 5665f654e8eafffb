// The download queue against a real HTTP server on 127.0.0.1 (tests/support/testhttpserver):
// whole files, resuming with Range from a partial file, servers without ranges, a connection cut
// half-way, a wrong Content-Length, 404, a slow server, the parallel limit, pause and cancel, a
// full disk, a restart in the middle, safe names and deleting finished downloads. Every file that
// comes in is compared with its source by SHA-256.
//
// How the disk is made full: RLIMIT_FSIZE caps the size of any file this process writes (with
// SIGXFSZ ignored, write(2) then fails with EFBIG, as it fails with ENOSPC on a full disk): the
// tests run as root in a container where no small file system can be mounted.
#include "contentrange.h"
#include "downloadpaths.h"
#include "downloadqueue.h"
#include "progressstore.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
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

TestHttpServer::Response audio(const QByteArray &body, bool ranges)
{
    TestHttpServer::Response r;
    r.body = body;
    r.ranges = ranges;
    r.header("Content-Type", "audio/mpeg");
    return r;
}

constexpr int kTimeoutMs = 20000;
} // namespace

class TestDownloads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void downloadsWholeFile();
    void resumesFromPartialFileWithRange();
    void restartsCleanlyWithoutRanges();
    void connectionCutHalfwayResumes();
    void wrongContentLengthNeverCompletes();
    void notFoundFails();
    void slowServerReportsSpeed();
    void keepsToTheParallelLimit();
    void pauseResumeAndCancel();
    void fullDiskStopsTheQueue();
    void restartResumesInterruptedDownload();
    void contentRange_data();
    void contentRange();
    void partialFileAlreadyComplete();
    void safeNames_data();
    void safeNames();
    void sameTitleGetsItsOwnFile();
    void deletingFinishedDownloadsKeepsProgress();
    void autoDownloadSettingIsStored();

private:
    DownloadQueue::Request request(const QString &id, const QByteArray &path,
                                   const QString &title = {}) const;
    QString expectedPath(const QString &title) const;
    bool waitForState(const QString &id, DownloadState state, int timeoutMs = kTimeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<DownloadQueue> m_queue;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestDownloads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    m_queue = std::make_unique<DownloadQueue>();
    m_queue->setRetryPolicy(3, 50);
    QVERIFY2(m_queue->open(m_dir->path(), m_store->databasePath()),
             qPrintable(m_queue->errorString()));
}

void TestDownloads::cleanup()
{
    m_queue.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

DownloadQueue::Request TestDownloads::request(const QString &id, const QByteArray &path,
                                              const QString &title) const
{
    return {id, m_server->url(QString::fromUtf8(path)), title.isEmpty() ? id : title,
            u"Test Podcast"_s};
}

QString TestDownloads::expectedPath(const QString &title) const
{
    return m_dir->filePath(u"downloads/Test Podcast/"_s + title + u".mp3"_s);
}

bool TestDownloads::waitForState(const QString &id, DownloadState state, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_queue->state(id) != state && !deadline.hasExpired())
        QTest::qWait(10);
    return m_queue->state(id) == state;
}

void TestDownloads::downloadsWholeFile()
{
    const QByteArray body = randomBytes(3 * 1024 * 1024 + 17, 1);
    m_server->route("/a.mp3", audio(body, true));
    QSignalSpy completed(m_queue.get(), &DownloadQueue::completed);

    QVERIFY(m_queue->enqueue(request(u"ep-a"_s, "/a.mp3")));
    QVERIFY(m_queue->localFile(u"ep-a"_s).isEmpty()); // not before it is complete

    QVERIFY(waitForState(u"ep-a"_s, DownloadState::Completed));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(m_queue->localFile(u"ep-a"_s), expectedPath(u"ep-a"_s));
    QCOMPARE(fileSha256(expectedPath(u"ep-a"_s)), sha256(body));
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-a"_s) + u".part"_s));
    QCOMPARE(m_queue->totalBytes(), body.size());
    QCOMPARE(m_server->requests().at(0).header("range"), QByteArray());
    // Stored: a new queue on the same database knows it.
    DownloadQueue again;
    QVERIFY(again.open(m_dir->path(), m_store->databasePath()));
    QCOMPARE(again.localFile(u"ep-a"_s), expectedPath(u"ep-a"_s));
}

void TestDownloads::resumesFromPartialFileWithRange()
{
    const QByteArray body = randomBytes(2 * 1024 * 1024, 2);
    m_server->route("/b.mp3", audio(body, true));
    const qsizetype half = 1024 * 1024 + 3;
    QVERIFY(QDir().mkpath(QFileInfo(expectedPath(u"ep-b"_s)).absolutePath()));
    {
        QFile part(expectedPath(u"ep-b"_s) + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(body.left(half));
    }
    QVERIFY(m_queue->enqueue(request(u"ep-b"_s, "/b.mp3")));
    QVERIFY(waitForState(u"ep-b"_s, DownloadState::Completed));
    QCOMPARE(m_server->hits("/b.mp3"), 1);
    QCOMPARE(m_server->requests().at(0).header("range"), "bytes=" + QByteArray::number(half) + '-');
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-b"_s)), sha256(body));
}

void TestDownloads::restartsCleanlyWithoutRanges()
{
    const QByteArray body = randomBytes(2 * 1024 * 1024, 3);
    m_server->route("/c.mp3", audio(body, false));
    QVERIFY(QDir().mkpath(QFileInfo(expectedPath(u"ep-c"_s)).absolutePath()));
    {
        QFile part(expectedPath(u"ep-c"_s) + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(body.left(700'000));
    }
    QVERIFY(m_queue->enqueue(request(u"ep-c"_s, "/c.mp3")));
    QVERIFY(waitForState(u"ep-c"_s, DownloadState::Completed));
    // It asked for the rest, got the whole file with 200, and started over.
    QCOMPARE(m_server->requests().at(0).header("range"), QByteArray("bytes=700000-"));
    QCOMPARE(QFileInfo(m_queue->localFile(u"ep-c"_s)).size(), body.size());
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-c"_s)), sha256(body));
}

void TestDownloads::connectionCutHalfwayResumes()
{
    const QByteArray body = randomBytes(3 * 1024 * 1024, 4);
    auto calls = std::make_shared<std::atomic<int>>(0);
    m_server->route("/d.mp3", [body, calls](const TestHttpServer::Request &) {
        TestHttpServer::Response r = audio(body, true);
        if (calls->fetch_add(1) == 0) {
            r.cutAfter = body.size() / 2; // the first connection breaks half-way,
            r.chunkBytes = 256 * 1024;    // after the body has been coming in for a while
            r.chunkDelayMs = 5;
        }
        return r;
    });
    QVERIFY(m_queue->enqueue(request(u"ep-d"_s, "/d.mp3")));
    QVERIFY(waitForState(u"ep-d"_s, DownloadState::Completed));
    const QList<TestHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("range"), QByteArray());
    QCOMPARE(requests.at(1).header("range"), "bytes=" + QByteArray::number(body.size() / 2) + '-');
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-d"_s)), sha256(body));
}

void TestDownloads::wrongContentLengthNeverCompletes()
{
    // The server announces more than it sends, every time, and has no ranges.
    const QByteArray body = randomBytes(1024 * 1024, 5);
    TestHttpServer::Response r = audio(body, false);
    r.cutAfter = 600'000;
    m_server->route("/e.mp3", r);
    QSignalSpy failed(m_queue.get(), &DownloadQueue::failed);
    QVERIFY(m_queue->enqueue(request(u"ep-e"_s, "/e.mp3")));
    QVERIFY(waitForState(u"ep-e"_s, DownloadState::Failed));
    // Three attempts; Qt's HTTP layer itself sends a request again once when the connection
    // closes before any of the body was taken, so the server may see up to two per attempt.
    QVERIFY2(m_server->hits("/e.mp3") >= 3 && m_server->hits("/e.mp3") <= 6,
             QByteArray::number(m_server->hits("/e.mp3")).constData());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_queue->item(u"ep-e"_s)->error.isEmpty());
    QVERIFY(m_queue->localFile(u"ep-e"_s).isEmpty());
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-e"_s)));
    QCOMPARE(m_queue->totalBytes(), 0);
}

void TestDownloads::notFoundFails()
{
    QVERIFY(m_queue->enqueue(request(u"ep-f"_s, "/missing.mp3")));
    QVERIFY(waitForState(u"ep-f"_s, DownloadState::Failed));
    QVERIFY2(m_queue->item(u"ep-f"_s)->error.contains(u"404"_s),
             qPrintable(m_queue->item(u"ep-f"_s)->error));
    QCOMPARE(m_server->hits("/missing.mp3"), 1); // a 404 is not retried
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-f"_s)));
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-f"_s) + u".part"_s)); // no empty file either

    // Retry asks again; the server has the file now.
    const QByteArray body = randomBytes(100'000, 6);
    m_server->route("/missing.mp3", audio(body, true));
    m_queue->resume(u"ep-f"_s);
    QVERIFY(waitForState(u"ep-f"_s, DownloadState::Completed));
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-f"_s)), sha256(body));
}

void TestDownloads::slowServerReportsSpeed()
{
    const QByteArray body = randomBytes(640 * 1024, 7);
    TestHttpServer::Response r = audio(body, true);
    r.chunkBytes = 32 * 1024;
    r.chunkDelayMs = 40; // about 800 KB/s: some 0.8 s
    m_server->route("/slow.mp3", r);
    QSignalSpy progress(m_queue.get(), &DownloadQueue::itemProgress);
    QVERIFY(m_queue->enqueue(request(u"ep-slow"_s, "/slow.mp3")));
    QVERIFY(waitForState(u"ep-slow"_s, DownloadState::Completed));
    QVERIFY(progress.size() >= 2);
    double fastest = 0;
    qint64 lastDone = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(1).toLongLong() >= lastDone); // never backwards
        lastDone = args.at(1).toLongLong();
        QCOMPARE(args.at(2).toLongLong(), body.size());
        fastest = qMax(fastest, args.at(3).toDouble());
    }
    QVERIFY(fastest > 0);
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-slow"_s)), sha256(body));
}

void TestDownloads::keepsToTheParallelLimit()
{
    QCOMPARE(m_queue->parallelTransfers(), DownloadQueue::kDefaultParallelTransfers);
    QList<QByteArray> bodies;
    for (int i = 0; i < 5; ++i) {
        bodies.append(randomBytes(128 * 1024, 10 + i));
        TestHttpServer::Response r = audio(bodies.last(), true);
        r.chunkBytes = 16 * 1024;
        r.chunkDelayMs = 15;
        m_server->route("/p" + QByteArray::number(i) + ".mp3", r);
    }
    int most = 0;
    connect(m_queue.get(), &DownloadQueue::itemChanged, this, [this, &most] {
        int running = 0;
        for (const DownloadItem &item : m_queue->items())
            running += item.state == DownloadState::Downloading;
        most = qMax(most, running);
    });
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            m_queue->enqueue(request(u"par-%1"_s.arg(i), "/p" + QByteArray::number(i) + ".mp3")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(waitForState(u"par-%1"_s.arg(i), DownloadState::Completed));
    QCOMPARE(most, 2);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fileSha256(m_queue->localFile(u"par-%1"_s.arg(i))), sha256(bodies.at(i)));
}

void TestDownloads::pauseResumeAndCancel()
{
    const QByteArray body = randomBytes(512 * 1024, 20);
    TestHttpServer::Response r = audio(body, true);
    r.chunkBytes = 16 * 1024;
    r.chunkDelayMs = 20;
    m_server->route("/slow.mp3", r);
    m_server->route("/other.mp3", r);
    QVERIFY(m_queue->enqueue(request(u"ep-p"_s, "/slow.mp3")));
    QVERIFY(m_queue->enqueue(request(u"ep-x"_s, "/other.mp3")));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->item(u"ep-p"_s)->bytesDone > 0 &&
                                 m_queue->item(u"ep-x"_s)->bytesDone > 0,
                             kTimeoutMs);

    m_queue->pause(u"ep-p"_s);
    QCOMPARE(m_queue->state(u"ep-p"_s), DownloadState::Paused);
    const qint64 partSize = QFileInfo(expectedPath(u"ep-p"_s) + u".part"_s).size();
    QVERIFY(partSize > 0);
    QVERIFY(m_queue->localFile(u"ep-p"_s).isEmpty());

    m_queue->cancel(u"ep-x"_s);
    QCOMPARE(m_queue->state(u"ep-x"_s), DownloadState::None);
    // The transfer's thread lets go of the partial file, then deletes it.
    QTRY_VERIFY(!QFileInfo::exists(expectedPath(u"ep-x"_s) + u".part"_s));
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-x"_s) + u".part.lock"_s));
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-x"_s)));

    m_queue->resume(u"ep-p"_s);
    QVERIFY(waitForState(u"ep-p"_s, DownloadState::Completed));
    const QByteArray range = m_server->requests().last().header("range");
    QVERIFY2(range.startsWith("bytes=") && range != "bytes=0-", range.constData());
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-p"_s)), sha256(body));

    // And for all at once.
    m_server->route("/slow2.mp3", r);
    m_server->route("/slow3.mp3", r);
    QVERIFY(m_queue->enqueue(request(u"all-1"_s, "/slow2.mp3")));
    QVERIFY(m_queue->enqueue(request(u"all-2"_s, "/slow3.mp3")));
    m_queue->pauseAll();
    QCOMPARE(m_queue->state(u"all-1"_s), DownloadState::Paused);
    QCOMPARE(m_queue->state(u"all-2"_s), DownloadState::Paused);
    QCOMPARE(m_queue->runningCount(), 0);
    m_queue->resumeAll();
    QVERIFY(m_queue->state(u"all-1"_s) == DownloadState::Downloading);
    m_queue->cancelAll();
    QCOMPARE(m_queue->state(u"all-1"_s), DownloadState::None);
    QCOMPARE(m_queue->state(u"all-2"_s), DownloadState::None);
    QCOMPARE(m_queue->state(u"ep-p"_s), DownloadState::Completed); // finished ones stay
}

void TestDownloads::fullDiskStopsTheQueue()
{
    // Something downloaded before the disk fills up.
    const QByteArray small = randomBytes(64 * 1024, 30);
    m_server->route("/small.mp3", audio(small, true));
    QVERIFY(m_queue->enqueue(request(u"ep-small"_s, "/small.mp3")));
    QVERIFY(waitForState(u"ep-small"_s, DownloadState::Completed));

    const QByteArray big = randomBytes(3 * 1024 * 1024, 31);
    m_server->route("/big.mp3", audio(big, true));
    m_server->route("/next.mp3", audio(small, true));
    m_queue->setParallelTransfers(1);

    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit capped = before;
    capped.rlim_cur = 1024 * 1024; // no file grows past 1 MB
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &capped), 0);
    QSignalSpy stopped(m_queue.get(), &DownloadQueue::stopped);
    const bool queued = m_queue->enqueue(request(u"ep-big"_s, "/big.mp3")) &&
                        m_queue->enqueue(request(u"ep-next"_s, "/next.mp3"));
    const bool stoppedInTime = stopped.wait(kTimeoutMs) || !stopped.isEmpty();
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(queued);
    QVERIFY(stoppedInTime);

    QVERIFY(m_queue->isStopped());
    QVERIFY2(stopped.at(0).at(0).toString().contains(u"full"_s),
             qPrintable(stopped.at(0).at(0).toString()));
    QCOMPARE(m_queue->state(u"ep-big"_s), DownloadState::Failed);
    QVERIFY(m_queue->localFile(u"ep-big"_s).isEmpty());
    QVERIFY(!QFileInfo::exists(expectedPath(u"ep-big"_s)));
    const qint64 partSize = QFileInfo(expectedPath(u"ep-big"_s) + u".part"_s).size();
    QVERIFY(partSize > 0 && partSize <= 1024 * 1024);
    QCOMPARE(m_queue->state(u"ep-next"_s), DownloadState::Queued); // waits, not started
    QTest::qWait(200);
    QCOMPARE(m_server->hits("/next.mp3"), 0);
    // Nothing else was lost.
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-small"_s)), sha256(small));
    QCOMPARE(m_queue->totalBytes(), small.size());

    // Room again: Resume all picks up where the file stopped.
    m_queue->resumeAll();
    QVERIFY(!m_queue->isStopped());
    QVERIFY(waitForState(u"ep-big"_s, DownloadState::Completed));
    QVERIFY(waitForState(u"ep-next"_s, DownloadState::Completed));
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-big"_s)), sha256(big));
    bool resumedWithRange = false;
    for (const TestHttpServer::Request &req : m_server->requests())
        resumedWithRange |= req.path == "/big.mp3" && req.header("range").startsWith("bytes=");
    QVERIFY(resumedWithRange);
}

void TestDownloads::restartResumesInterruptedDownload()
{
    const QByteArray body = randomBytes(768 * 1024, 40);
    TestHttpServer::Response r = audio(body, true);
    r.chunkBytes = 16 * 1024;
    r.chunkDelayMs = 20;
    m_server->route("/r.mp3", r);
    QVERIFY(m_queue->enqueue(request(u"ep-r"_s, "/r.mp3")));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->item(u"ep-r"_s)->bytesDone > 64 * 1024, kTimeoutMs);
    m_queue.reset(); // the app quits in the middle

    m_queue = std::make_unique<DownloadQueue>();
    QVERIFY(m_queue->open(m_dir->path(), m_store->databasePath()));
    QVERIFY(m_queue->item(u"ep-r"_s)->bytesDone > 0);
    QVERIFY(waitForState(u"ep-r"_s, DownloadState::Completed));
    QVERIFY(m_server->requests().last().header("range").startsWith("bytes="));
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-r"_s)), sha256(body));
}

void TestDownloads::contentRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete");
    QTest::newRow("range") << QByteArray("bytes 100-199/1000") << true << qint64(100) << qint64(199)
                           << qint64(1000);
    QTest::newRow("unknown length")
        << QByteArray("bytes 0-9/*") << true << qint64(0) << qint64(9) << qint64(-1);
    QTest::newRow("unsatisfied") << QByteArray("bytes */1000") << true << qint64(-1) << qint64(-1)
                                 << qint64(1000);
    QTest::newRow("spaces") << QByteArray("  bytes 5-5/6 ") << true << qint64(5) << qint64(5)
                            << qint64(6);
    QTest::newRow("big") << QByteArray("bytes 0-4294967296/4294967297") << true << qint64(0)
                         << qint64(4294967296) << qint64(4294967297);
    const auto refused = [](const char *name, const QByteArray &header) {
        QTest::newRow(name) << header << false << qint64(0) << qint64(0) << qint64(0);
    };
    refused("other unit", "items 0-1/2");
    refused("no slash", "bytes 0-1");
    refused("reversed", "bytes 9-1/10");
    refused("past the end", "bytes 0-10/10");
    refused("negative", "bytes -1-5/10");
    refused("star star", "bytes */*");
    refused("overflow", "bytes 0-1/99999999999999999999");
    refused("sign", "bytes +1-5/10");
    refused("empty", QByteArray());
}

void TestDownloads::contentRange()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const std::optional<ContentRange> r = ContentRange::parse(header);
    QCOMPARE(r.has_value(), valid);
    if (!valid)
        return;
    QTEST(r->first, "first");
    QTEST(r->last, "last");
    QTEST(r->complete, "complete");
}

void TestDownloads::partialFileAlreadyComplete()
{
    // Interrupted after the last byte, before the rename: the server answers 416 with the
    // length the partial file already has, and it is moved into place without a transfer.
    const QByteArray body = randomBytes(300'000, 8);
    m_server->route("/g.mp3", audio(body, true));
    QVERIFY(QDir().mkpath(QFileInfo(expectedPath(u"ep-g"_s)).absolutePath()));
    {
        QFile part(expectedPath(u"ep-g"_s) + u".part"_s);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(body);
    }
    QVERIFY(m_queue->enqueue(request(u"ep-g"_s, "/g.mp3")));
    QVERIFY(waitForState(u"ep-g"_s, DownloadState::Completed));
    QCOMPARE(m_server->hits("/g.mp3"), 1);
    QCOMPARE(m_server->requests().at(0).header("range"), QByteArray("bytes=300000-"));
    QCOMPARE(fileSha256(m_queue->localFile(u"ep-g"_s)), sha256(body));
}

void TestDownloads::safeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Lecture 1"_s << u"Lecture 1"_s;
    QTest::newRow("separators") << u"a/b\\c:d"_s << u"a_b_c_d"_s;
    QTest::newRow("refused") << u"why? <really> \"yes\" *|"_s << u"why_ _really_ _yes_ __"_s;
    QTest::newRow("control") << u"tab\there\nnewline\x01"_s << u"tab here newline"_s;
    QTest::newRow("dots") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
    QTest::newRow("hidden") << u".hidden."_s << u"hidden"_s;
    QTest::newRow("non-ascii") << u"Über Straße – 日本語"_s << u"Über Straße – 日本語"_s;
    QTest::newRow("empty") << u"  "_s << u"fallback"_s;
    QTest::newRow("only dots") << u".."_s << u"fallback"_s;
}

void TestDownloads::safeNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DownloadPaths::safeName(name, u"fallback"_s), expected);
}

void TestDownloads::sameTitleGetsItsOwnFile()
{
    // Long names are capped by bytes, never in the middle of a character.
    const QString longName = QString(300, u'é') + u"😀"_s;
    const QString capped = DownloadPaths::safeName(longName, u"x"_s);
    QCOMPARE(capped, QString(DownloadPaths::kMaxNameBytes / 2, u'é'));
    // A character that does not fit whole is left out (an emoji is 4 bytes, 2 UTF-16 units).
    const QString emoji = DownloadPaths::safeName(QString(118, u'a') + u"😀"_s, u"x"_s);
    QCOMPARE(emoji, QString(118, u'a'));
    QCOMPARE(DownloadPaths::safeName(QString(116, u'a') + u"😀😀"_s, u"x"_s),
             QString(116, u'a') + u"😀"_s);

    const QByteArray one = randomBytes(10'000, 50);
    const QByteArray two = randomBytes(10'000, 51);
    m_server->route("/one.mp3", audio(one, true));
    m_server->route("/two.mp3", audio(two, true));
    QVERIFY(m_queue->enqueue(request(u"same-1"_s, "/one.mp3", u"Same title"_s)));
    QVERIFY(m_queue->enqueue(request(u"same-2"_s, "/two.mp3", u"Same title"_s)));
    QVERIFY(waitForState(u"same-1"_s, DownloadState::Completed));
    QVERIFY(waitForState(u"same-2"_s, DownloadState::Completed));
    QCOMPARE(m_queue->localFile(u"same-1"_s), expectedPath(u"Same title"_s));
    QVERIFY(m_queue->localFile(u"same-2"_s) != m_queue->localFile(u"same-1"_s));
    QCOMPARE(fileSha256(m_queue->localFile(u"same-1"_s)), sha256(one));
    QCOMPARE(fileSha256(m_queue->localFile(u"same-2"_s)), sha256(two));
}

void TestDownloads::deletingFinishedDownloadsKeepsProgress()
{
    const QByteArray body = randomBytes(50'000, 60);
    m_server->route("/f1.mp3", audio(body, true));
    m_server->route("/f2.mp3", audio(body, true));
    m_server->route("/f3.mp3", audio(body, true));
    for (const QString &id : {u"fin-old"_s, u"fin-new"_s, u"unfinished"_s})
        QVERIFY(m_queue->enqueue(request(id, id == u"fin-old"   ? "/f1.mp3"
                                             : id == u"fin-new" ? "/f2.mp3"
                                                                : "/f3.mp3")));
    for (const QString &id : {u"fin-old"_s, u"fin-new"_s, u"unfinished"_s})
        QVERIFY(waitForState(id, DownloadState::Completed));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->setClock([now] { return now.addDays(-10); });
    QVERIFY(m_store->savePosition(u"fin-old"_s, 5000));
    QVERIFY(m_store->setFinished(u"fin-old"_s, true));
    m_store->setClock([now] { return now.addDays(-1); });
    QVERIFY(m_store->setFinished(u"fin-new"_s, true));
    QVERIFY(m_store->savePosition(u"unfinished"_s, 1000));
    const auto finishedAt = [this](const QString &id) -> std::optional<QDateTime> {
        const EpisodeProgress p = m_store->progress(id);
        return p.finished ? std::optional<QDateTime>(p.finishedAt) : std::nullopt;
    };
    const QString oldFile = m_queue->localFile(u"fin-old"_s);

    // "after 7 days": only the one finished 10 days ago.
    QCOMPARE(m_queue->deleteFinished(finishedAt, 7, now), QStringList{u"fin-old"_s});
    QVERIFY(!QFileInfo::exists(oldFile));
    QCOMPARE(m_queue->state(u"fin-old"_s), DownloadState::None);
    QCOMPARE(m_queue->state(u"fin-new"_s), DownloadState::Completed);
    // Progress and history stay.
    QVERIFY(m_store->progress(u"fin-old"_s).finished);
    QCOMPARE(m_store->progress(u"fin-old"_s).positionMs, 5000);

    // "Delete downloads of finished episodes" now: the rest of the finished ones.
    QCOMPARE(m_queue->deleteFinished(finishedAt, 0, now), QStringList{u"fin-new"_s});
    QCOMPARE(m_queue->state(u"unfinished"_s), DownloadState::Completed);
    QCOMPARE(m_queue->totalBytes(), body.size());
    QVERIFY(m_store->progress(u"fin-new"_s).finished);

    // A file deleted behind Earmark's back is no longer counted as downloaded.
    QVERIFY(QFile::remove(m_queue->localFile(u"unfinished"_s)));
    QVERIFY(m_queue->localFile(u"unfinished"_s).isEmpty());
    DownloadQueue again;
    QVERIFY(again.open(m_dir->path(), m_store->databasePath()));
    QCOMPARE(again.state(u"unfinished"_s), DownloadState::None);
}

void TestDownloads::autoDownloadSettingIsStored()
{
    QVERIFY(!m_queue->autoDownload(u"podcast-1"_s));
    QVERIFY(m_queue->setAutoDownload(u"podcast-1"_s, true));
    QVERIFY(m_queue->setAutoDownload(u"podcast-2"_s, false));
    DownloadQueue again;
    QVERIFY(again.open(m_dir->path(), m_store->databasePath()));
    QVERIFY(again.autoDownload(u"podcast-1"_s));
    QVERIFY(!again.autoDownload(u"podcast-2"_s));
    QVERIFY(again.setAutoDownload(u"podcast-1"_s, false));
    QVERIFY(!m_queue->autoDownload(u"podcast-1"_s));
}

QTEST_GUILESS_MAIN(TestDownloads)
#include "tst_downloads.moc"
