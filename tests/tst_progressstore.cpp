// ProgressStore: schema, writes and reads, migrations, refusal of newer files, repair of
// damaged ones, read-only access and import merging.
#include "progressstore.h"
#include "scopedtransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgressStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsFreshStore();
    void connectionPragmas();
    void indexesServeTheQueries();
    void uniqueConnectionNames();
    void unknownEpisodeIsNotStored();
    void savePositionSurvivesReopen();
    void durationStartsFinishAndReset();
    void sessions();
    void orphanedProgressIsKept();
    void migratesFromOlderVersion_data();
    void migratesFromOlderVersion();
    void failedMigrationRollsBack();
    void scopedTransactionRollsBackUnlessCommitted();
    void scopedTransactionHoldsTheWriteLockFromItsStart();
    void refusesNewerVersionUntouched();
    void movesDamagedFileAside_data();
    void movesDamagedFileAside();
    void unwritableDataDirectory();
    void readOnlyBesideWriter();
    void readOnlyNeedsAFile();
    void mergeNewestChangeWins();

private:
    QString dbPath() const { return m_dir->filePath(u"progress.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 0;
};

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs statements on a database file through a connection of its own.
QVariantList sql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = u"test-%1"_s.arg(++counter);
    QVariantList results;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s))
                qFatal("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            results.append(q.next() ? q.value(0) : QVariant());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return results;
}

QVariant sqlValue(const QString &path, const QString &statement)
{
    return sql(path, {statement}).value(0);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The shape of schema version 1, written out by hand as the first release created it.
const QStringList kVersion1 = {
    u"CREATE TABLE progress (episode_id TEXT PRIMARY KEY NOT NULL,"
    " position_ms INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0,"
    " finished INTEGER NOT NULL DEFAULT 0, finished_at INTEGER, first_played INTEGER,"
    " last_played INTEGER, times_played INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, episode_id TEXT NOT NULL"
    " REFERENCES progress(episode_id) ON DELETE CASCADE, started_at INTEGER NOT NULL,"
    " ended_at INTEGER NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
    " listened_ms INTEGER NOT NULL)"_s,
    u"CREATE UNIQUE INDEX sessions_by_episode ON sessions(episode_id, started_at)"_s,
};

// A real store with enough rows to span many pages, closed (WAL folded back).
void writeBigStore(const QString &dir)
{
    ProgressStore store;
    if (!store.open(dir))
        qFatal("cannot open the store");
    for (int i = 0; i < 1500; ++i)
        store.savePosition(u"episode-with-a-rather-long-identifier-%1"_s.arg(i), i * 1000);
}

} // namespace

void TestProgressStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = 1'780'000'000'000;
}

void TestProgressStore::createsFreshStore()
{
    ProgressStore store;
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.databasePath(), dbPath());
    QVERIFY(QFile::exists(dbPath()));
    QCOMPARE(store.movedAsidePath(), QString());
    QCOMPARE(store.backupPath(), QString());
    QVERIFY(store.allProgress().isEmpty());
    QVERIFY(store.sessions().isEmpty());
    store.close();
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA user_version"_s).toInt(), ProgressStore::kSchemaVersion);
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // Nothing else was left in the directory: no backup of a file that did not exist.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"progress.sqlite"_s});
}

void TestProgressStore::connectionPragmas()
{
    ProgressStore store;
    QVERIFY(store.open(m_dir->path()));
    QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
    const auto pragma = [&q](const QString &name) {
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return QVariant();
        return q.value(0);
    };
    QCOMPARE(pragma(u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(u"synchronous"_s).toInt(), 1); // NORMAL
    QCOMPARE(pragma(u"foreign_keys"_s).toInt(), 1);
    QVERIFY(pragma(u"busy_timeout"_s).toInt() >= 1000);
}

void TestProgressStore::indexesServeTheQueries()
{
    ProgressStore store;
    QVERIFY(store.open(m_dir->path()));
    QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
    const auto plan = [&q](const QString &query) {
        QString detail;
        if (q.exec(u"EXPLAIN QUERY PLAN "_s + query)) {
            while (q.next())
                detail += q.value(3).toString() + u'\n';
        }
        return detail;
    };
    QVERIFY2(plan(u"SELECT * FROM progress WHERE episode_id = 'x'"_s).contains(u"USING INDEX"_s),
             "progress by id");
    const QString byEpisode =
        plan(u"SELECT * FROM sessions WHERE episode_id = 'x' ORDER BY started_at"_s);
    QVERIFY2(byEpisode.contains(u"sessions_by_episode"_s), qPrintable(byEpisode));
    QVERIFY2(!byEpisode.contains(u"TEMP B-TREE"_s), qPrintable(byEpisode));
    const QString all = plan(u"SELECT * FROM sessions ORDER BY started_at"_s);
    QVERIFY2(all.contains(u"sessions_by_start"_s), qPrintable(all));
}

void TestProgressStore::uniqueConnectionNames()
{
    ProgressStore a;
    ProgressStore b;
    QVERIFY(a.open(m_dir->path()));
    QVERIFY(b.open(m_dir->path(), ProgressStore::OpenMode::ReadOnly));
    QVERIFY(a.connectionName() != b.connectionName());
    const QString name = a.connectionName();
    a.close();
    QVERIFY(!QSqlDatabase::contains(name)); // removed once closed
    QVERIFY(QSqlDatabase::contains(b.connectionName()));
}

void TestProgressStore::unknownEpisodeIsNotStored()
{
    ProgressStore store;
    QVERIFY(store.open(m_dir->path()));
    const EpisodeProgress p = store.progress(u"never-played"_s);
    QCOMPARE(p.episodeId, u"never-played"_s);
    QVERIFY(!p.isStored());
    QCOMPARE(p.positionMs, 0);
    QVERIFY(store.sessions(u"never-played"_s).isEmpty());
}

void TestProgressStore::savePositionSurvivesReopen()
{
    {
        ProgressStore store;
        store.setClock([this] { return utc(m_now); });
        QVERIFY(store.open(m_dir->path()));
        QSignalSpy changed(&store, &ProgressStore::progressChanged);
        QVERIFY(store.savePosition(u"lora"_s, 1234));
        QVERIFY(store.savePosition(u"lora"_s, 5678));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), u"lora"_s);
    }
    ProgressStore store;
    QVERIFY(store.open(m_dir->path()));
    const EpisodeProgress p = store.progress(u"lora"_s);
    QVERIFY(p.isStored());
    QCOMPARE(p.positionMs, 5678);
    QCOMPARE(p.updatedAt, utc(m_now));
    QCOMPARE(p.timesPlayed, 0);
    QVERIFY(!p.finished);
    QCOMPARE(store.allProgress().size(), 1);
    QCOMPARE(store.allProgress().value(u"lora"_s), p);
}

void TestProgressStore::durationStartsFinishAndReset()
{
    ProgressStore store;
    store.setClock([this] { return utc(m_now); });
    QVERIFY(store.open(m_dir->path()));
    const QString id = u"model-merging"_s;

    QVERIFY(store.markStarted(id));
    EpisodeProgress p = store.progress(id);
    QCOMPARE(p.timesPlayed, 1);
    QCOMPARE(p.firstPlayed, utc(m_now));
    QCOMPARE(p.lastPlayed, utc(m_now));

    m_now += 60'000;
    QVERIFY(store.setDuration(id, 91'500));
    QVERIFY(store.savePosition(id, 30'000));
    QVERIFY(store.markStarted(id));
    p = store.progress(id);
    QCOMPARE(p.timesPlayed, 2);
    QCOMPARE(p.firstPlayed, utc(m_now - 60'000)); // kept
    QCOMPARE(p.lastPlayed, utc(m_now));
    QCOMPARE(p.durationMs, 91'500);
    QCOMPARE(p.positionMs, 30'000);

    m_now += 1000;
    QVERIFY(store.setFinished(id, true));
    const QDateTime finishedAt = utc(m_now);
    m_now += 1000;
    QVERIFY(store.setFinished(id, true)); // finishing again keeps the first time
    p = store.progress(id);
    QVERIFY(p.finished);
    QCOMPARE(p.finishedAt, finishedAt);
    QCOMPARE(p.updatedAt, utc(m_now));

    QVERIFY(store.setFinished(id, false));
    p = store.progress(id);
    QVERIFY(!p.finished);
    QVERIFY(!p.finishedAt.isValid());

    QVERIFY(store.setFinished(id, true));
    m_now += 1000;
    QSignalSpy changed(&store, &ProgressStore::progressChanged);
    QVERIFY(store.resetProgress(id));
    QCOMPARE(changed.count(), 1);
    p = store.progress(id);
    QCOMPARE(p.positionMs, 0);
    QVERIFY(!p.finished);
    QVERIFY(!p.finishedAt.isValid());
    QCOMPARE(p.timesPlayed, 2);     // history stays
    QCOMPARE(p.durationMs, 91'500); // and so does what we know of the media
    QCOMPARE(p.updatedAt, utc(m_now));

    QVERIFY(store.resetProgress(u"never-played"_s)); // nothing to reset: no row, no signal
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.progress(u"never-played"_s).isStored());
}

void TestProgressStore::sessions()
{
    ProgressStore store;
    store.setClock([this] { return utc(m_now); });
    QVERIFY(store.open(m_dir->path()));
    ListeningSession a;
    a.episodeId = u"lora"_s;
    a.startedAt = utc(m_now + 5000);
    a.endedAt = utc(m_now + 65'000);
    a.startPositionMs = 0;
    a.endPositionMs = 90'000;
    a.listenedMs = 60'000;
    a.rate = 1.5;
    ListeningSession b = a;
    b.startedAt = utc(m_now);
    b.endedAt = utc(m_now + 1000);
    b.rate = 1.0;
    ListeningSession c = a;
    c.episodeId = u"model-merging"_s;
    c.startedAt = utc(m_now + 2000);

    QSignalSpy changed(&store, &ProgressStore::progressChanged);
    QVERIFY(store.addSession(a));
    QVERIFY(store.addSession(b));
    QVERIFY(store.addSession(c));
    QCOMPARE(changed.count(), 3);
    QVERIFY(!store.addSession(a)); // same episode and start: a duplicate
    QCOMPARE(changed.count(), 3);
    ListeningSession noStart = a;
    noStart.startedAt = {};
    QVERIFY(!store.addSession(noStart));

    const QList<ListeningSession> lora = store.sessions(u"lora"_s);
    QCOMPARE(lora.size(), 2);
    QVERIFY(lora.at(0).sameAs(b)); // oldest first
    QVERIFY(lora.at(1).sameAs(a));
    QCOMPARE(lora.at(1).rate, 1.5);
    QVERIFY(lora.at(0).id > 0);
    const QList<ListeningSession> all = store.sessions();
    QCOMPARE(all.size(), 3);
    QVERIFY(all.at(0).sameAs(b));
    QVERIFY(all.at(1).sameAs(c));
    QVERIFY(all.at(2).sameAs(a));
    // A session of an episode with no progress yet creates its row.
    QVERIFY(store.progress(u"model-merging"_s).isStored());
    QCOMPARE(store.progress(u"model-merging"_s).positionMs, 0);
}

void TestProgressStore::orphanedProgressIsKept()
{
    {
        ProgressStore store;
        QVERIFY(store.open(m_dir->path()));
        QVERIFY(store.savePosition(u"removed-from-every-catalog"_s, 42'000));
        QVERIFY(store.setFinished(u"removed-from-every-catalog"_s, true));
    }
    // The store knows no catalog: whatever is loaded, it keeps and returns what it has.
    for (int i = 0; i < 2; ++i) {
        ProgressStore store;
        QVERIFY(store.open(m_dir->path()));
        const EpisodeProgress p = store.allProgress().value(u"removed-from-every-catalog"_s);
        QCOMPARE(p.positionMs, 42'000);
        QVERIFY(p.finished);
    }
}

void TestProgressStore::migratesFromOlderVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v0 (empty file)") << 0;
    QTest::newRow("v1") << 1;
}

void TestProgressStore::migratesFromOlderVersion()
{
    QFETCH(int, version);
    if (version == 0) {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else {
        QStringList statements = kVersion1;
        statements << u"INSERT INTO progress VALUES('lora', 30000, 93000, 1, %1, %2, %3, 3)"_s
                          .arg(m_now - 1000)
                          .arg(m_now - 90'000)
                          .arg(m_now - 5000)
                   << u"INSERT INTO progress(episode_id, position_ms) VALUES('untouched', 7)"_s
                   << u"INSERT INTO sessions VALUES(1, 'lora', %1, %2, 0, 30000, 25000)"_s
                          .arg(m_now - 90'000)
                          .arg(m_now - 60'000)
                   << u"PRAGMA user_version=1"_s;
        sql(dbPath(), statements);
    }
    ProgressStore store;
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    QCOMPARE(store.movedAsidePath(), QString());
    if (version == 0) {
        QCOMPARE(store.backupPath(), QString());
        QVERIFY(store.allProgress().isEmpty());
    } else {
        // Copied aside first, as it was.
        QVERIFY2(QRegularExpression(u"/backups/progress-\\d{8}-\\d{6}-pre-v%1\\.sqlite$"_s.arg(
                                        ProgressStore::kSchemaVersion))
                     .match(store.backupPath())
                     .hasMatch(),
                 qPrintable(store.backupPath()));
        QCOMPARE(sqlValue(store.backupPath(), u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(sqlValue(store.backupPath(), u"SELECT position_ms FROM progress WHERE "
                                              "episode_id = 'lora'"_s)
                     .toInt(),
                 30000);

        const EpisodeProgress p = store.progress(u"lora"_s);
        QCOMPARE(p.positionMs, 30000);
        QCOMPARE(p.durationMs, 93000);
        QVERIFY(p.finished);
        QCOMPARE(p.finishedAt, utc(m_now - 1000));
        QCOMPARE(p.firstPlayed, utc(m_now - 90'000));
        QCOMPARE(p.lastPlayed, utc(m_now - 5000));
        QCOMPARE(p.timesPlayed, 3);
        QCOMPARE(p.updatedAt, utc(m_now - 1000)); // the latest time known of the row
        QVERIFY(store.progress(u"untouched"_s).isStored());
        const QList<ListeningSession> sessions = store.sessions(u"lora"_s);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).rate, 1.0);
        QCOMPARE(sessions.at(0).listenedMs, 25000);
    }
    // And it works as a current store.
    QVERIFY(store.savePosition(u"lora"_s, 1));
    ListeningSession s;
    s.episodeId = u"lora"_s;
    s.startedAt = utc(m_now);
    s.endedAt = utc(m_now + 1);
    s.rate = 2.0;
    QVERIFY(store.addSession(s));
    store.close();
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA user_version"_s).toInt(), ProgressStore::kSchemaVersion);
}

void TestProgressStore::failedMigrationRollsBack()
{
    // A version 1 file that already has the column version 2 adds: the step fails half-way.
    QStringList statements = kVersion1;
    statements << u"ALTER TABLE sessions ADD COLUMN rate REAL"_s
               << u"INSERT INTO progress(episode_id, position_ms) VALUES('lora', 123)"_s
               << u"PRAGMA user_version=1"_s;
    sql(dbPath(), statements);

    ProgressStore store;
    QVERIFY(!store.open(m_dir->path()));
    QVERIFY2(store.errorString().contains(u"schema version 2"_s), qPrintable(store.errorString()));
    QVERIFY(!store.isOpen());
    // Nothing of the step stayed: still version 1, without updated_at, data intact.
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(sqlValue(dbPath(), u"SELECT count(*) FROM pragma_table_info('progress') WHERE "
                                "name = 'updated_at'"_s)
                 .toInt(),
             0);
    QCOMPARE(sqlValue(dbPath(), u"SELECT position_ms FROM progress"_s).toInt(), 123);
}

void TestProgressStore::scopedTransactionRollsBackUnlessCommitted()
{
    const QString path = m_dir->filePath(u"t.sqlite"_s);
    sql(path, {u"CREATE TABLE t(x)"_s});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tx"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            ScopedTransaction t(db);
            QVERIFY(t.isActive());
            QSqlQuery(u"INSERT INTO t VALUES(1)"_s, db);
        } // no commit: rolled back
        {
            ScopedTransaction t(db);
            QSqlQuery(u"INSERT INTO t VALUES(2)"_s, db);
            QVERIFY(t.commit());
            QVERIFY(!t.isActive());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tx"_s);
    QCOMPARE(sqlValue(path, u"SELECT group_concat(x) FROM t"_s).toString(), u"2"_s);
}

// Two connections on one WAL file, as the app's stores are. A transaction that read and then
// writes must not meet another connection's commit in between: a deferred one would fail at once
// (SQLITE_BUSY on its stale snapshot, no busy wait), which lost a refresh's episodes now and
// then. ScopedTransaction takes the write lock when it begins, so the other writer waits.
void TestProgressStore::scopedTransactionHoldsTheWriteLockFromItsStart()
{
    const QString path = m_dir->filePath(u"wal.sqlite"_s);
    sql(path, {u"PRAGMA journal_mode=WAL"_s, u"CREATE TABLE t(x)"_s, u"INSERT INTO t VALUES(1)"_s});
    {
        QSqlDatabase a = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"a"_s);
        a.setDatabaseName(path);
        QSqlDatabase b = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"b"_s);
        b.setDatabaseName(path);
        b.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=50"_s);
        QVERIFY(a.open() && b.open());

        // The deferred way, for contrast: read, another connection commits, write fails.
        QVERIFY(a.transaction());
        QSqlQuery read(u"SELECT count(*) FROM t"_s, a);
        QVERIFY(read.next());
        read.finish();
        QVERIFY(QSqlQuery(b).exec(u"INSERT INTO t VALUES(2)"_s));
        QSqlQuery lateWrite(a);
        QVERIFY(!lateWrite.exec(u"INSERT INTO t VALUES(3)"_s));
        QVERIFY(a.rollback());

        {
            ScopedTransaction t(a);
            QVERIFY(t.isActive());
            QSqlQuery count(u"SELECT count(*) FROM t"_s, a);
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 2);
            count.finish();
            // The other connection cannot slip a commit in: it waits, and here gives up.
            QSqlQuery other(b);
            QVERIFY(!other.exec(u"INSERT INTO t VALUES(4)"_s));
            QVERIFY2(other.lastError().text().contains(u"locked"_s),
                     qPrintable(other.lastError().text()));
            QSqlQuery write(a);
            QVERIFY2(write.exec(u"INSERT INTO t VALUES(5)"_s),
                     qPrintable(write.lastError().text()));
            QVERIFY(t.commit());
        }
        a.close();
        b.close();
    }
    QSqlDatabase::removeDatabase(u"a"_s);
    QSqlDatabase::removeDatabase(u"b"_s);
    QCOMPARE(sqlValue(path, u"SELECT group_concat(x) FROM t"_s).toString(), u"1,2,5"_s);
}

void TestProgressStore::refusesNewerVersionUntouched()
{
    {
        ProgressStore store;
        QVERIFY(store.open(m_dir->path()));
        QVERIFY(store.savePosition(u"lora"_s, 1000));
    }
    sql(dbPath(), {u"PRAGMA user_version=%1"_s.arg(ProgressStore::kSchemaVersion + 1)});
    const QByteArray before = sha256(dbPath());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    for (const auto mode :
         {ProgressStore::OpenMode::ReadWrite, ProgressStore::OpenMode::ReadOnly}) {
        ProgressStore store;
        QVERIFY(!store.open(m_dir->path(), mode));
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(u"newer version of Earmark"_s) &&
                     store.errorString().contains(
                         u"schema version %1"_s.arg(ProgressStore::kSchemaVersion + 1)),
                 qPrintable(store.errorString()));
        QCOMPARE(store.movedAsidePath(), QString());
        QCOMPARE(store.backupPath(), QString());
        QVERIFY(!store.savePosition(u"lora"_s, 2000));
    }
    QCOMPARE(sha256(dbPath()), before);
    // No backup, nothing moved aside; at most SQLite's empty side files of the read.
    QStringList filesAfter = QDir(m_dir->path()).entryList(QDir::Files);
    filesAfter.removeAll(u"progress.sqlite-shm"_s);
    if (filesAfter.removeAll(u"progress.sqlite-wal"_s) > 0)
        QCOMPARE(QFileInfo(dbPath() + u"-wal"_s).size(), 0);
    QCOMPARE(filesAfter, filesBefore);
}

void TestProgressStore::movesDamagedFileAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("diagnosis"); // what earmark.store logs
    QTest::newRow("random bytes") << u"random"_s << u"is not an SQLite database"_s;
    QTest::newRow("text file") << u"text"_s << u"is not an SQLite database"_s;
    QTest::newRow("header only") << u"header"_s << u"is damaged: file is not a database"_s;
    QTest::newRow("truncated database") << u"truncated"_s << u"is damaged: database disk image"_s;
    QTest::newRow("corrupt b-tree page of a store")
        << u"corrupt-page"_s << u"fails quick_check: "_s;
    QTest::newRow("corrupt overflow page") << u"quick-check"_s << u"fails quick_check: "_s;
    QTest::newRow("someone else's database")
        << u"foreign"_s << u"holds tables but no Earmark schema version"_s;
    QTest::newRow("random bytes with -wal and -shm")
        << u"random-wal"_s << u"is not an SQLite database"_s;
}

void TestProgressStore::movesDamagedFileAside()
{
    QFETCH(QString, kind);
    QFETCH(QString, diagnosis);
    QFile f(dbPath());
    if (kind == u"random"_s || kind == u"random-wal"_s) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        if (kind == u"random-wal"_s) {
            for (const char *suffix : {"-wal", "-shm"}) {
                QFile side(dbPath() + QLatin1String(suffix));
                QVERIFY(side.open(QIODevice::WriteOnly));
                side.write(bytes.left(1000));
            }
        }
    } else if (kind == u"text"_s) {
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    } else if (kind == u"header"_s) {
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff'));
    } else if (kind == u"truncated"_s) {
        writeBigStore(m_dir->path());
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == u"corrupt-page"_s) {
        writeBigStore(m_dir->path());
        const int pageSize = sqlValue(dbPath(), u"PRAGMA page_size"_s).toInt();
        const int pages = sqlValue(dbPath(), u"PRAGMA page_count"_s).toInt();
        QVERIFY(pages > 10);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(pageSize) * (pages / 2)));
        f.write(QByteArray(64, '\x7f'));
        f.close();
    } else if (kind == u"quick-check"_s) {
        // Readable enough to open and to tell its version, but a b-tree page is broken: only
        // quick_check finds it.
        QStringList statements{u"CREATE TABLE t(x TEXT)"_s};
        for (int i = 0; i < 40; ++i)
            statements << u"INSERT INTO t VALUES(printf('%.*c', 3000, 'x'))"_s;
        statements << u"PRAGMA user_version=2"_s;
        sql(dbPath(), statements);
        const int pages = sqlValue(dbPath(), u"PRAGMA page_count"_s).toInt();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(4096) * (pages / 2)));
        f.write(QByteArray(64, '\x7f'));
        f.close();
        QCOMPARE(sqlValue(dbPath(), u"PRAGMA user_version"_s).toInt(), 2);
    } else if (kind == u"foreign"_s) {
        sql(dbPath(), {u"CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)"_s,
                       u"INSERT INTO invoices(amount) VALUES(12.5)"_s});
    }
    f.close();
    const QByteArray before = sha256(dbPath());
    const QByteArray walBefore = sha256(dbPath() + u"-wal"_s);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(diagnosis)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^moved the damaged .* aside to "_s));
    ProgressStore store;
    QVERIFY2(store.open(m_dir->path()), qPrintable(store.errorString()));
    const QString aside = store.movedAsidePath();
    QVERIFY2(
        QRegularExpression(u"/progress\\.sqlite\\.broken-\\d{8}-\\d{6}$"_s).match(aside).hasMatch(),
        qPrintable(aside));
    QCOMPARE(sha256(aside), before); // moved, not rewritten
    if (kind == u"random-wal"_s) {
        QCOMPARE(sha256(aside + u"-wal"_s), walBefore);
        QVERIFY(QFile::exists(aside + u"-shm"_s));
    }
    // A fresh, working store took its place.
    QVERIFY(store.allProgress().isEmpty());
    QVERIFY(store.savePosition(u"lora"_s, 1000));
    QCOMPARE(store.progress(u"lora"_s).positionMs, 1000);
    store.close();
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

    // Opening again is quiet: nothing more is moved.
    QVERIFY(store.open(m_dir->path()));
    QCOMPARE(store.movedAsidePath(), QString());
}

void TestProgressStore::unwritableDataDirectory()
{
    // Tests run as root, where permissions do not stop writes: put the directory under a file.
    const QString file = m_dir->filePath(u"file.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString dataDir = file + u"/sub"_s;
    ProgressStore store;
    QVERIFY(!store.open(dataDir));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(QDir::toNativeSeparators(dataDir)),
             qPrintable(store.errorString()));
    QVERIFY(!store.open(dataDir, ProgressStore::OpenMode::ReadOnly));
    QVERIFY(!store.errorString().isEmpty());
    // A closed store answers calmly.
    QVERIFY(!store.savePosition(u"lora"_s, 1));
    QVERIFY(!store.progress(u"lora"_s).isStored());
    QVERIFY(store.allProgress().isEmpty());
    QVERIFY(store.sessions().isEmpty());
}

void TestProgressStore::readOnlyBesideWriter()
{
    ProgressStore writer;
    QVERIFY(writer.open(m_dir->path()));
    QVERIFY(writer.savePosition(u"lora"_s, 1000));

    ProgressStore reader;
    QVERIFY2(reader.open(m_dir->path(), ProgressStore::OpenMode::ReadOnly),
             qPrintable(reader.errorString()));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(reader.progress(u"lora"_s).positionMs, 1000);
    QVERIFY(writer.savePosition(u"lora"_s, 2000)); // the reader does not block the writer
    QCOMPARE(reader.progress(u"lora"_s).positionMs, 2000);
    QVERIFY(!reader.savePosition(u"lora"_s, 3000));
    QCOMPARE(writer.progress(u"lora"_s).positionMs, 2000);
}

void TestProgressStore::readOnlyNeedsAFile()
{
    ProgressStore store;
    QVERIFY(!store.open(m_dir->path(), ProgressStore::OpenMode::ReadOnly));
    QVERIFY2(store.errorString().contains(u"no progress database"_s),
             qPrintable(store.errorString()));
    QVERIFY(!QFile::exists(dbPath()));
}

void TestProgressStore::mergeNewestChangeWins()
{
    ProgressStore store;
    store.setClock([this] { return utc(m_now); });
    QVERIFY(store.open(m_dir->path()));
    QVERIFY(store.markStarted(u"ours-newer"_s));
    QVERIFY(store.savePosition(u"ours-newer"_s, 50'000));
    QVERIFY(store.markStarted(u"theirs-newer"_s));
    QVERIFY(store.savePosition(u"theirs-newer"_s, 10'000));

    const auto imported = [](const QString &id, qint64 position, qint64 updated) {
        ProgressStore::ImportedEpisode e;
        e.progress.episodeId = id;
        e.progress.positionMs = position;
        e.progress.updatedAt = utc(updated);
        e.progress.firstPlayed = utc(updated - 1'000'000);
        e.progress.lastPlayed = utc(updated - 500'000);
        e.progress.timesPlayed = 1;
        return e;
    };
    ProgressStore::ImportedEpisode older = imported(u"ours-newer"_s, 1, m_now - 1);
    ProgressStore::ImportedEpisode newer = imported(u"theirs-newer"_s, 80'000, m_now + 1);
    newer.progress.finished = true;
    newer.progress.finishedAt = utc(m_now + 1);
    ListeningSession s;
    s.startedAt = utc(m_now - 2000);
    s.endedAt = utc(m_now - 1000);
    s.listenedMs = 1000;
    newer.sessions = {s, s}; // the same session twice
    ProgressStore::ImportedEpisode fresh = imported(u"brand-new"_s, 3000, m_now - 5);

    QSignalSpy changed(&store, &ProgressStore::progressChanged);
    bool ok = false;
    const QList<ProgressStore::MergeOutcome> outcomes = store.merge({older, newer, fresh}, &ok);
    QVERIFY2(ok, qPrintable(store.errorString()));
    QCOMPARE(outcomes.size(), 3);

    QVERIFY(!outcomes.at(0).changed());
    QCOMPARE(store.progress(u"ours-newer"_s).positionMs, 50'000);

    QVERIFY(outcomes.at(1).progressUpdated);
    QCOMPARE(outcomes.at(1).sessionsAdded, 1);
    EpisodeProgress p = store.progress(u"theirs-newer"_s);
    QCOMPARE(p.positionMs, 80'000);
    QVERIFY(p.finished);
    QCOMPARE(p.updatedAt, utc(m_now + 1));
    QCOMPARE(p.firstPlayed, utc(m_now + 1 - 1'000'000)); // the earliest of both
    QCOMPARE(p.lastPlayed, utc(m_now));                  // the latest of both
    QCOMPARE(store.sessions(u"theirs-newer"_s).size(), 1);

    QVERIFY(outcomes.at(2).created);
    QCOMPARE(store.progress(u"brand-new"_s), fresh.progress);
    QCOMPARE(changed.count(), 2);

    // The same import again changes nothing.
    const QList<ProgressStore::MergeOutcome> again = store.merge({older, newer, fresh}, &ok);
    QVERIFY(ok);
    for (const auto &o : again)
        QVERIFY2(!o.changed(), qPrintable(o.episodeId));
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
