// Automatic backups: consistent copies under write load, restore, rotation with injected dates,
// and --restore-backup of the real binary.
#include "databasebackups.h"
#include "earmarkrun.h"
#include "progressstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

class TestDatabaseBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backupUnderWriteLoadIsConsistent();
    void namesAndKinds();
    void rotationKeepsSevenDailyAndFourWeekly();
    void restoreBringsBackTheExactEpisodes();
    void restoreRefusesWhatIsNoBackup();
    void restoreUpgradesAnOlderCopy();
    void migrationCopyGoesToBackups();
    void commandLineRestore();

private:
    QString dataDir() const { return m_dir->path(); }
    QString dbPath() const { return m_dir->filePath(ProgressStore::fileName()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// The result of `query` (first column of the first row) on the database at `path`.
QVariant sqlValue(const QString &path, const QString &query)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(db);
        if (db.open() && q.exec(query) && q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

ListeningSession session(const QString &id, qint64 startMs)
{
    ListeningSession s;
    s.episodeId = id;
    s.startedAt = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    s.endedAt = s.startedAt.addSecs(30);
    s.startPositionMs = 1000;
    s.endPositionMs = 31000;
    s.listenedMs = 30000;
    s.rate = 1.25;
    return s;
}

} // namespace

void TestDatabaseBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseBackups::cleanup()
{
    m_dir.reset();
}

// A writer thread commits batches of 250 rows as fast as it can while copies are taken: every
// copy passes integrity_check and holds whole batches only (one consistent moment).
void TestDatabaseBackups::backupUnderWriteLoadIsConsistent()
{
    {
        ProgressStore store; // creates the schema, WAL mode
        QVERIFY(store.open(dataDir()));
    }
    constexpr int kBatch = 250;
    std::atomic<bool> stop = false;
    std::atomic<int> batches = 0;
    std::atomic<bool> writerFailed = false;
    std::thread writer([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(dbPath());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!db.open()) {
                writerFailed = true;
                return;
            }
            QSqlQuery q(db);
            q.exec(u"PRAGMA synchronous=NORMAL"_s);
            q.prepare(u"INSERT INTO progress(episode_id, position_ms) VALUES(?, ?)"_s);
            for (int b = 0; !stop; ++b) {
                db.transaction();
                for (int i = 0; i < kBatch; ++i) {
                    q.bindValue(0, u"e-%1-%2"_s.arg(b).arg(i));
                    q.bindValue(1, i);
                    if (!q.exec())
                        writerFailed = true;
                }
                if (!db.commit())
                    writerFailed = true;
                ++batches;
            }
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
    });
    QTRY_VERIFY(batches > 3);
    DatabaseBackups backups = ProgressStore::backups(dataDir());
    QStringList copies;
    for (int i = 0; i < 6; ++i) {
        const QString copy =
            backups.backUp(at(2026, 3, 1).addSecs(i), DatabaseBackups::Kind::BeforeRestore);
        QVERIFY2(!copy.isEmpty(), qPrintable(backups.errorString()));
        copies.append(copy);
    }
    stop = true;
    writer.join();
    QVERIFY(!writerFailed);
    QVERIFY(batches > 3);

    qint64 previous = -1;
    for (const QString &copy : std::as_const(copies)) {
        QVERIFY(!QFile::exists(copy + u"-wal"_s));
        QCOMPARE(sqlValue(copy, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(sqlValue(copy, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        const qint64 rows = DatabaseBackups::countRows(copy, u"progress"_s);
        QCOMPARE(rows % kBatch, 0);
        QVERIFY(rows >= previous);
        previous = rows;
    }
    QVERIFY(QDir(backups.folder()).entryList({u"*.partial"_s}).isEmpty());
}

void TestDatabaseBackups::namesAndKinds()
{
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 1234));
    }
    DatabaseBackups backups = ProgressStore::backups(dataDir());
    QCOMPARE(backups.folder(), QDir(dataDir()).filePath(u"backups"_s));
    const QString daily = backups.backUp(at(2026, 2, 3, 7));
    const QString again = backups.backUp(at(2026, 2, 3, 7)); // same second: a free name
    const QString migration =
        backups.backUp(at(2026, 2, 4), DatabaseBackups::Kind::BeforeMigration, u"pre-v3"_s);
    const QString restore = backups.backUp(at(2026, 2, 5), DatabaseBackups::Kind::BeforeRestore);
    QCOMPARE(QFileInfo(daily).fileName(), u"progress-20260203-070000.sqlite"_s);
    QCOMPARE(QFileInfo(again).fileName(), u"progress-20260203-070000-1.sqlite"_s);
    QCOMPARE(QFileInfo(migration).fileName(), u"progress-20260204-120000-pre-v3.sqlite"_s);
    QCOMPARE(QFileInfo(restore).fileName(), u"progress-20260205-120000-pre-restore.sqlite"_s);
    // Something else in the folder is not a backup.
    QFile other(QDir(backups.folder()).filePath(u"notes-20260203-070000.sqlite"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    const QList<DatabaseBackups::Backup> all = backups.list();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[0].path, restore);
    QCOMPARE(all[0].kind, DatabaseBackups::Kind::BeforeRestore);
    QCOMPARE(all[1].kind, DatabaseBackups::Kind::BeforeMigration);
    QCOMPARE(all[1].note, u"pre-v3"_s);
    QCOMPARE(all[1].createdAt, at(2026, 2, 4));
    QCOMPARE(all[3].kind, DatabaseBackups::Kind::Daily);
    QVERIFY(all[3].sizeBytes > 0);
    QVERIFY(backups.hasDailyBackupOn(QDate(2026, 2, 3)));
    QVERIFY(!backups.hasDailyBackupOn(QDate(2026, 2, 4))); // a migration copy is no daily one
    QCOMPARE(DatabaseBackups::countRows(daily, u"progress"_s), 1);
    QCOMPARE(DatabaseBackups::countRows(daily, u"no_such_table"_s), -1);
}

// Sixty days of daily copies (two on one day) and a migration copy: the newest copy of each of
// the last 7 days and of each of the last 4 ISO weeks stay, the migration copy too.
void TestDatabaseBackups::rotationKeepsSevenDailyAndFourWeekly()
{
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
    }
    DatabaseBackups backups = ProgressStore::backups(dataDir());
    for (QDate day(2026, 1, 1); day <= QDate(2026, 3, 1); day = day.addDays(1))
        QVERIFY(!backups.backUp(QDateTime(day, QTime(9, 0))).isEmpty());
    QVERIFY(!backups.backUp(QDateTime(QDate(2026, 2, 27), QTime(18, 0))).isEmpty());
    QVERIFY(!backups.backUp(at(2026, 1, 2), DatabaseBackups::Kind::BeforeMigration, u"pre-v2"_s)
                 .isEmpty());
    QCOMPARE(backups.list().size(), 62);

    const QStringList removed = backups.rotate();
    QCOMPARE(removed.size(), 62 - 11);
    QStringList kept;
    for (const DatabaseBackups::Backup &b : backups.list())
        kept.append(QFileInfo(b.path).fileName());
    // 1 March 2026 is a Sunday: ISO week 9 is 23 Feb - 1 Mar, week 8 ends 22 Feb, week 7 on
    // 15 Feb, week 6 on 8 Feb.
    const QStringList expected = {
        u"progress-20260301-090000.sqlite"_s,        u"progress-20260228-090000.sqlite"_s,
        u"progress-20260227-180000.sqlite"_s,        u"progress-20260226-090000.sqlite"_s,
        u"progress-20260225-090000.sqlite"_s,        u"progress-20260224-090000.sqlite"_s,
        u"progress-20260223-090000.sqlite"_s,        u"progress-20260222-090000.sqlite"_s,
        u"progress-20260215-090000.sqlite"_s,        u"progress-20260208-090000.sqlite"_s,
        u"progress-20260102-120000-pre-v2.sqlite"_s,
    };
    QCOMPARE(kept, expected);
    QCOMPARE(backups.rotate(), QStringList()); // stable
    // The next day: the oldest daily one of the seven goes, week 6 gives way to week 10.
    QVERIFY(!backups.backUp(at(2026, 3, 2)).isEmpty());
    const QStringList next = backups.rotate();
    QCOMPARE(next.size(), 2);
    QVERIFY(next.contains(QDir(backups.folder()).filePath(u"progress-20260223-090000.sqlite"_s)));
    QVERIFY(next.contains(QDir(backups.folder()).filePath(u"progress-20260208-090000.sqlite"_s)));
}

void TestDatabaseBackups::restoreBringsBackTheExactEpisodes()
{
    QHash<QString, EpisodeProgress> before;
    QList<ListeningSession> sessionsBefore;
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 42'000));
        QVERIFY(store.setDuration(u"lora"_s, 93'000));
        QVERIFY(store.markStarted(u"lora"_s));
        QVERIFY(store.setFinished(u"qlora"_s, true));
        QVERIFY(store.addSession(session(u"lora"_s, 1'700'000'000'000)));
        QVERIFY(store.addSession(session(u"qlora"_s, 1'700'000'100'000)));
        before = store.allProgress();
        sessionsBefore = store.sessions();
    }
    DatabaseBackups backups = ProgressStore::backups(dataDir());
    const QString copy = backups.backUp(at(2026, 3, 1));
    QVERIFY(!copy.isEmpty());
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 1'000));
        QVERIFY(store.resetProgress(u"qlora"_s));
        QVERIFY(store.savePosition(u"rlhf"_s, 5'000));
        QVERIFY(store.addSession(session(u"rlhf"_s, 1'700'000'200'000)));
    }

    QString error;
    QString savedAs;
    QVERIFY2(ProgressStore::restoreBackup(dataDir(), copy, &error, &savedAs), qPrintable(error));
    QVERIFY(savedAs.endsWith(u"-pre-restore.sqlite"_s));
    QCOMPARE(DatabaseBackups::countRows(savedAs, u"progress"_s), 3); // what was replaced

    ProgressStore store;
    QVERIFY(store.open(dataDir()));
    QCOMPARE(store.movedAsidePath(), QString());
    QCOMPARE(store.allProgress(), before);
    const QList<ListeningSession> sessions = store.sessions();
    QCOMPARE(sessions.size(), sessionsBefore.size());
    for (int i = 0; i < sessions.size(); ++i)
        QVERIFY(sessions[i].sameAs(sessionsBefore[i]));
    QCOMPARE(sqlValue(dbPath(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestDatabaseBackups::restoreRefusesWhatIsNoBackup()
{
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 42'000));
    }
    const QByteArray original = [&] {
        QFile f(dbPath());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QString error;
    const QString junk = m_dir->filePath(u"junk.sqlite"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just some text that is long enough to look like one");
    f.close();
    QVERIFY(!ProgressStore::restoreBackup(dataDir(), junk, &error));
    QVERIFY2(error.contains(u"not a backup of Earmark's progress"_s), qPrintable(error));
    QVERIFY(!ProgressStore::restoreBackup(dataDir(), m_dir->filePath(u"missing"_s), &error));
    QVERIFY2(error.contains(u"no backup file"_s), qPrintable(error));

    // A copy from a newer Earmark.
    const QString newer = m_dir->filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE progress(episode_id TEXT)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(ProgressStore::kSchemaVersion + 1)));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    QVERIFY(!ProgressStore::restoreBackup(dataDir(), newer, &error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));

    QFile now(dbPath());
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readAll(), original);
    QVERIFY(ProgressStore::backups(dataDir()).list().isEmpty()); // nothing was even tried
}

// A copy made before a migration (schema 1) is restored and upgraded on the next open.
void TestDatabaseBackups::restoreUpgradesAnOlderCopy()
{
    const QString old = m_dir->filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement :
             {u"CREATE TABLE progress (episode_id TEXT PRIMARY KEY NOT NULL, position_ms INTEGER "
              "NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, finished INTEGER NOT "
              "NULL DEFAULT 0, finished_at INTEGER, first_played INTEGER, last_played INTEGER, "
              "times_played INTEGER NOT NULL DEFAULT 0)"_s,
              u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, episode_id TEXT NOT NULL "
              "REFERENCES progress(episode_id) ON DELETE CASCADE, started_at INTEGER NOT NULL, "
              "ended_at INTEGER NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, "
              "listened_ms INTEGER NOT NULL)"_s,
              u"CREATE UNIQUE INDEX sessions_by_episode ON sessions(episode_id, started_at)"_s,
              u"INSERT INTO progress(episode_id, position_ms) VALUES('lora', 30000)"_s,
              u"PRAGMA user_version=1"_s})
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"qlora"_s, 1));
    }
    QString error;
    QVERIFY2(ProgressStore::restoreBackup(dataDir(), old, &error), qPrintable(error));
    ProgressStore store;
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    QCOMPARE(store.allProgress().size(), 1);
    QCOMPARE(store.progress(u"lora"_s).positionMs, 30000);
    QVERIFY(!store.backupPath().isEmpty()); // migrated, and copied before
}

void TestDatabaseBackups::migrationCopyGoesToBackups()
{
    // Covered in detail by tst_progressstore; here: the copy is listed as a migration copy.
    const QString old = dbPath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE progress (episode_id TEXT PRIMARY KEY NOT NULL, "
                       "position_ms INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL "
                       "DEFAULT 0, finished INTEGER NOT NULL DEFAULT 0, finished_at INTEGER, "
                       "first_played INTEGER, last_played INTEGER, times_played INTEGER NOT "
                       "NULL DEFAULT 0)"_s));
        QVERIFY(q.exec(u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, episode_id TEXT NOT "
                       "NULL, started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL, start_ms "
                       "INTEGER NOT NULL, end_ms INTEGER NOT NULL, listened_ms INTEGER NOT "
                       "NULL)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    ProgressStore store;
    store.setClock([] { return at(2026, 4, 1).toUTC(); });
    QVERIFY2(store.open(dataDir()), qPrintable(store.errorString()));
    const QList<DatabaseBackups::Backup> all = ProgressStore::backups(dataDir()).list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].path, store.backupPath());
    QCOMPARE(all[0].kind, DatabaseBackups::Kind::BeforeMigration);
    QCOMPARE(all[0].note, u"pre-v%1"_s.arg(ProgressStore::kSchemaVersion));
    QCOMPARE(all[0].createdAt, at(2026, 4, 1));
}

void TestDatabaseBackups::commandLineRestore()
{
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 42'000));
        QVERIFY(store.savePosition(u"qlora"_s, 7'000));
    }
    const QString copy = ProgressStore::backups(dataDir()).backUp(at(2026, 3, 1));
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QVERIFY(store.savePosition(u"lora"_s, 1'000));
    }
    // By name, as listed in the backups folder.
    const EarmarkRun run =
        runEarmark({u"--data-dir"_s, dataDir(), u"--restore-backup"_s, QFileInfo(copy).fileName()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.outText().contains(u"Restored the progress of 2 episodes from "_s + copy),
             qPrintable(run.outText()));
    QVERIFY(run.outText().contains(u"-pre-restore.sqlite"_s));
    {
        ProgressStore store;
        QVERIFY(store.open(dataDir()));
        QCOMPARE(store.progress(u"lora"_s).positionMs, 42'000);
    }
    const EarmarkRun missing =
        runEarmark({u"--data-dir"_s, dataDir(), u"--restore-backup"_s, u"nope.sqlite"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"There is no backup file"_s), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestDatabaseBackups)
#include "tst_databasebackups.moc"
