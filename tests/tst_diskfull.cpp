// A full or read-only disk under the progress store: writes that fail wait and are retried, the
// learner is told once, nothing saved before is lost, nothing is half-written, and saving
// resumes when space returns.
//
// How the disk is made full or read-only here: `PRAGMA max_page_count` on the store's own
// connection caps the database at its current size, so SQLite answers SQLITE_FULL exactly as on
// a full disk. Read-only: the tests run as root, and root ignores file permissions; `chattr +i`
// needs CAP_LINUX_IMMUTABLE and would not stop the writes that go to the -wal file anyway. So
// `PRAGMA query_only=ON` on the store's connection makes every write fail with
// SQLITE_READONLY, the code SQLite gives for a file it cannot write.
#include "progressstore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullDiskWaitsAndResumes();
    void readOnlyDiskWaitsAndResumes();
    void retriesOnItsOwn();
    void newestPositionWinsWhileWaiting();

private:
    // Runs `statement` on the store's own connection (the pragmas are per connection).
    QVariant onStoreConnection(const QString &statement);
    // Writes new episodes until the capped database is full; how many got in.
    int fillUp();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
};

void TestDiskFull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_store->setRetryInterval(60'000); // retried by hand unless a test says otherwise
}

void TestDiskFull::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QVariant TestDiskFull::onStoreConnection(const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    if (!q.exec(statement))
        qFatal("%s failed", qPrintable(statement));
    return q.next() ? q.value(0) : QVariant();
}

int TestDiskFull::fillUp()
{
    const qint64 pages = onStoreConnection(u"PRAGMA page_count"_s).toLongLong();
    onStoreConnection(u"PRAGMA max_page_count=%1"_s.arg(pages));
    int stored = 0;
    const QString padding(200, u'x'); // long ids fill pages fast
    while (stored < 100'000 && m_store->savePosition(u"filler-%1-"_s.arg(stored) + padding, stored))
        ++stored;
    return stored;
}

void TestDiskFull::fullDiskWaitsAndResumes()
{
    ListeningSession before;
    before.episodeId = u"lora"_s;
    before.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    before.endedAt = before.startedAt.addSecs(20);
    before.listenedMs = 20'000;
    QVERIFY(m_store->savePosition(u"lora"_s, 42'000));
    QVERIFY(m_store->addSession(before));
    QSignalSpy problems(m_store.get(), &ProgressStore::storageProblemChanged);

    const int stored = fillUp();
    QVERIFY(stored < 100'000);
    QCOMPARE(m_store->storageProblem(), ProgressStore::StorageProblem::Full);
    QCOMPARE(problems.count(), 1);
    QVERIFY(m_store->storageProblemText().contains(u"full"_s));
    QCOMPARE(m_store->pendingWrites(), 1);

    // More writes while full: they wait, and nobody is told again.
    ListeningSession during = before;
    during.startedAt = before.startedAt.addSecs(3600);
    during.endedAt = during.startedAt.addSecs(30);
    QVERIFY(!m_store->addSession(during));
    QVERIFY(!m_store->savePosition(u"qlora"_s, 7'000));
    QVERIFY(!m_store->setFinished(u"rlhf"_s, true));
    QCOMPARE(m_store->pendingWrites(), 4);
    QVERIFY(!m_store->retryPendingWrites());
    QCOMPARE(problems.count(), 1);

    // What was saved before is all there, and the file is sound: nothing half-written.
    QCOMPARE(m_store->progress(u"lora"_s).positionMs, 42'000);
    QCOMPARE(m_store->sessions(u"lora"_s).size(), 1);
    QVERIFY(!m_store->progress(u"qlora"_s).isStored());
    QCOMPARE(onStoreConnection(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(m_store->allProgress().size(), stored + 1);

    // Space again: everything that waited is saved, in order, and the problem is over.
    onStoreConnection(u"PRAGMA max_page_count=1073741823"_s);
    QSignalSpy changed(m_store.get(), &ProgressStore::progressChanged);
    QVERIFY(m_store->retryPendingWrites());
    QCOMPARE(m_store->pendingWrites(), 0);
    QCOMPARE(m_store->storageProblem(), ProgressStore::StorageProblem::None);
    QCOMPARE(problems.count(), 2);
    QCOMPARE(m_store->storageProblemText(), QString());
    QCOMPARE(m_store->progress(u"qlora"_s).positionMs, 7'000);
    QVERIFY(m_store->progress(u"rlhf"_s).finished);
    QCOMPARE(m_store->sessions(u"lora"_s).size(), 2);
    QCOMPARE(m_store->allProgress().size(), stored + 1 + 3);
    QVERIFY(changed.count() >= 4);
    // And later writes go straight through.
    QVERIFY(m_store->savePosition(u"lora"_s, 50'000));
    QCOMPARE(m_store->progress(u"lora"_s).positionMs, 50'000);

    // It was all written to the file: a fresh connection sees it after a reopen.
    m_store->close();
    QVERIFY(m_store->open(m_dir->path()));
    QCOMPARE(m_store->progress(u"qlora"_s).positionMs, 7'000);
    QCOMPARE(m_store->sessions().size(), 2);
}

void TestDiskFull::readOnlyDiskWaitsAndResumes()
{
    QVERIFY(m_store->savePosition(u"lora"_s, 42'000));
    QSignalSpy problems(m_store.get(), &ProgressStore::storageProblemChanged);
    onStoreConnection(u"PRAGMA query_only=ON"_s);

    for (int i = 1; i <= 20; ++i)
        QVERIFY(!m_store->savePosition(u"lora"_s, 42'000 + i * 100));
    QVERIFY(!m_store->markStarted(u"qlora"_s));
    QCOMPARE(m_store->storageProblem(), ProgressStore::StorageProblem::ReadOnly);
    QCOMPARE(problems.count(), 1); // once, not twenty times
    QVERIFY(m_store->storageProblemText().contains(u"read-only"_s));
    QCOMPARE(m_store->pendingWrites(), 2); // the newest position and the start
    QCOMPARE(m_store->progress(u"lora"_s).positionMs, 42'000);

    onStoreConnection(u"PRAGMA query_only=OFF"_s);
    QVERIFY(m_store->retryPendingWrites());
    QCOMPARE(problems.count(), 2);
    QCOMPARE(m_store->progress(u"lora"_s).positionMs, 44'000);
    QCOMPARE(m_store->progress(u"qlora"_s).timesPlayed, 1);
}

void TestDiskFull::retriesOnItsOwn()
{
    m_store->setRetryInterval(50);
    onStoreConnection(u"PRAGMA query_only=ON"_s);
    QVERIFY(!m_store->savePosition(u"lora"_s, 1'000));
    QCOMPARE(m_store->storageProblem(), ProgressStore::StorageProblem::ReadOnly);
    QTest::qWait(200); // retried meanwhile, still read-only
    QCOMPARE(m_store->pendingWrites(), 1);
    onStoreConnection(u"PRAGMA query_only=OFF"_s);
    QTRY_COMPARE(m_store->pendingWrites(), 0);
    QCOMPARE(m_store->storageProblem(), ProgressStore::StorageProblem::None);
    QCOMPARE(m_store->progress(u"lora"_s).positionMs, 1'000);
}

void TestDiskFull::newestPositionWinsWhileWaiting()
{
    onStoreConnection(u"PRAGMA query_only=ON"_s);
    QVERIFY(!m_store->savePosition(u"lora"_s, 1'000));
    QVERIFY(!m_store->setFinished(u"lora"_s, true));
    QVERIFY(!m_store->savePosition(u"lora"_s, 2'000));
    QCOMPARE(m_store->pendingWrites(), 2);
    onStoreConnection(u"PRAGMA query_only=OFF"_s);
    QVERIFY(m_store->retryPendingWrites());
    const EpisodeProgress p = m_store->progress(u"lora"_s);
    QCOMPARE(p.positionMs, 2'000);
    QVERIFY(p.finished);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
