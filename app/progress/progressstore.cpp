#include "progressstore.h"

#include "databasebackups.h"
#include "logging.h"
#include "scopedtransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace {

QAtomicInt g_connectionCounter;

constexpr int kBusyTimeoutMs = 5000;
// Enough page cache to hold the progress of tens of thousands of episodes (negative: KiB).
constexpr int kCacheSizeKiB = -16384;
constexpr QByteArrayView kSqliteHeader("SQLite format 3\0", 16);
// SQLite's primary result codes that mean "this file is not a sound database".
const QString kSqliteCorrupt = QStringLiteral("11");
const QString kSqliteNotADb = QStringLiteral("26");

// Schema steps: kMigrations[N - 1] brings a file from version N - 1 to N. Never edit a step
// that shipped; add one.
const QList<QList<const char *>> kMigrations = {
    // v1: the initial shape.
    {
        "CREATE TABLE progress ("
        " episode_id TEXT PRIMARY KEY NOT NULL,"
        " position_ms INTEGER NOT NULL DEFAULT 0,"
        " duration_ms INTEGER NOT NULL DEFAULT 0,"
        " finished INTEGER NOT NULL DEFAULT 0,"
        " finished_at INTEGER,"
        " first_played INTEGER,"
        " last_played INTEGER,"
        " times_played INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE sessions ("
        " id INTEGER PRIMARY KEY,"
        " episode_id TEXT NOT NULL REFERENCES progress(episode_id) ON DELETE CASCADE,"
        " started_at INTEGER NOT NULL,"
        " ended_at INTEGER NOT NULL,"
        " start_ms INTEGER NOT NULL,"
        " end_ms INTEGER NOT NULL,"
        " listened_ms INTEGER NOT NULL)",
        // One episode's history in order; also what makes a session unique.
        "CREATE UNIQUE INDEX sessions_by_episode ON sessions(episode_id, started_at)",
    },
    // v2: when each row last changed (import merges by it), playback rate of sessions, and the
    // whole history in order.
    {
        "ALTER TABLE progress ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0",
        "UPDATE progress SET updated_at = max(coalesce(finished_at, 0), coalesce(last_played, 0),"
        " coalesce((SELECT max(ended_at) FROM sessions s"
        " WHERE s.episode_id = progress.episode_id), 0))",
        "ALTER TABLE sessions ADD COLUMN rate REAL NOT NULL DEFAULT 1.0",
        "CREATE INDEX sessions_by_start ON sessions(started_at)",
    },
    // v3: subscribed podcasts and their episodes (PodcastStore in app/podcasts reads and writes
    // them). Progress stays keyed by episode id in `progress`: unsubscribing deletes a podcast
    // and its episodes here, never their progress or sessions.
    {
        "CREATE TABLE podcasts ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " feed_url TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '',"
        " link TEXT NOT NULL DEFAULT '',"
        " image_url TEXT NOT NULL DEFAULT '',"
        " author TEXT NOT NULL DEFAULT '',"
        " categories TEXT NOT NULL DEFAULT '',"
        " etag TEXT NOT NULL DEFAULT '',"
        " last_modified TEXT NOT NULL DEFAULT '',"
        " added_at INTEGER NOT NULL,"
        " refreshed_at INTEGER,"
        " succeeded_at INTEGER,"
        " last_error TEXT NOT NULL DEFAULT '',"
        " auto_refresh INTEGER NOT NULL DEFAULT 1,"
        " seen_at INTEGER)",
        "CREATE TABLE podcast_episodes ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " podcast_id TEXT NOT NULL REFERENCES podcasts(id) ON DELETE CASCADE,"
        " feed_key TEXT NOT NULL,"
        " feed_index INTEGER NOT NULL DEFAULT 0,"
        " title TEXT NOT NULL DEFAULT '',"
        " summary TEXT NOT NULL DEFAULT '',"
        " show_notes TEXT NOT NULL DEFAULT '',"
        " link TEXT NOT NULL DEFAULT '',"
        " audio_url TEXT NOT NULL,"
        " audio_type TEXT NOT NULL DEFAULT '',"
        " audio_bytes INTEGER NOT NULL DEFAULT 0,"
        " published_at INTEGER,"
        " published_has_time INTEGER NOT NULL DEFAULT 0,"
        " duration_sec INTEGER NOT NULL DEFAULT 0,"
        " image_url TEXT NOT NULL DEFAULT '',"
        " episode_number INTEGER NOT NULL DEFAULT 0,"
        " season_number INTEGER NOT NULL DEFAULT 0,"
        " explicit INTEGER NOT NULL DEFAULT 0,"
        " categories TEXT NOT NULL DEFAULT '',"
        " extras TEXT NOT NULL DEFAULT '',"
        " first_seen_at INTEGER NOT NULL,"
        " is_new INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX podcast_episodes_by_podcast ON podcast_episodes(podcast_id, feed_index)",
    },
    // v4: study notes and bookmarks (NotesStore in app/notes), keyed by episode id like the
    // progress; start_ms and end_ms are NULL for a note without a time. note_drafts holds what
    // an open note editor has typed so far (one row per editor slot), saved every few seconds.
    {
        "CREATE TABLE notes ("
        " id INTEGER PRIMARY KEY,"
        " uid TEXT NOT NULL UNIQUE,"
        " episode_id TEXT NOT NULL,"
        " start_ms INTEGER,"
        " end_ms INTEGER,"
        " chapter_title TEXT NOT NULL DEFAULT '',"
        " quote TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL DEFAULT '',"
        " is_flashcard INTEGER NOT NULL DEFAULT 0,"
        " front TEXT NOT NULL DEFAULT '',"
        " back TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL,"
        " edited_at INTEGER NOT NULL)",
        "CREATE INDEX notes_by_episode ON notes(episode_id, start_ms)",
        "CREATE INDEX notes_by_created ON notes(created_at)",
        "CREATE TABLE note_drafts ("
        " slot TEXT PRIMARY KEY NOT NULL,"
        " note_id INTEGER NOT NULL DEFAULT 0,"
        " uid TEXT NOT NULL DEFAULT '',"
        " episode_id TEXT NOT NULL DEFAULT '',"
        " start_ms INTEGER,"
        " end_ms INTEGER,"
        " chapter_title TEXT NOT NULL DEFAULT '',"
        " quote TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL DEFAULT '',"
        " is_flashcard INTEGER NOT NULL DEFAULT 0,"
        " front TEXT NOT NULL DEFAULT '',"
        " back TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER,"
        " saved_at INTEGER NOT NULL)",
    },
    // v5: study (app/study). A covering index so the statistics add up days in the index alone;
    // finished episodes by date; the Up Next queue; the spaced-review schedule (a Leitner box and
    // the local day an episode is due), each review answered, and the topics without review.
    {
        "CREATE INDEX sessions_for_statistics ON sessions(started_at, listened_ms, rate, "
        "episode_id)",
        "CREATE INDEX progress_by_finished_at ON progress(finished_at) WHERE finished = 1",
        "CREATE TABLE up_next ("
        " episode_id TEXT PRIMARY KEY NOT NULL,"
        " position INTEGER NOT NULL,"
        " added_at INTEGER NOT NULL)",
        "CREATE TABLE review_state ("
        " episode_id TEXT PRIMARY KEY NOT NULL,"
        " box INTEGER NOT NULL DEFAULT 0,"
        " due_day TEXT NOT NULL,"
        " reviewed_at INTEGER,"
        " updated_at INTEGER NOT NULL)",
        "CREATE INDEX review_state_by_due ON review_state(due_day)",
        "CREATE TABLE review_log ("
        " id INTEGER PRIMARY KEY,"
        " episode_id TEXT NOT NULL,"
        " reviewed_at INTEGER NOT NULL,"
        " day TEXT NOT NULL,"
        " got_it INTEGER NOT NULL,"
        " box INTEGER NOT NULL,"
        " UNIQUE(episode_id, reviewed_at))",
        "CREATE INDEX review_log_by_day ON review_log(day)",
        "CREATE TABLE review_topics_off (topic_id TEXT PRIMARY KEY NOT NULL)",
        // What the statistics added up so far (a cache, rebuilt when it does not match): per
        // time zone and local day, per episode, and up to which session.
        "CREATE TABLE statistics_days ("
        " zone TEXT NOT NULL,"
        " day INTEGER NOT NULL,"
        " real_ms REAL NOT NULL,"
        " media_ms INTEGER NOT NULL,"
        " sessions INTEGER NOT NULL,"
        " episodes INTEGER NOT NULL,"
        " PRIMARY KEY (zone, day)) WITHOUT ROWID",
        "CREATE TABLE statistics_episodes ("
        " episode_id TEXT PRIMARY KEY NOT NULL,"
        " real_ms REAL NOT NULL,"
        " media_ms INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE statistics_cache ("
        " key TEXT PRIMARY KEY NOT NULL,"
        " last_session_id INTEGER NOT NULL,"
        " sessions INTEGER NOT NULL)",
        // A session changed or removed (directly or with its episode): the sums start over.
        "CREATE TRIGGER sessions_deleted_statistics AFTER DELETE ON sessions"
        " BEGIN DELETE FROM statistics_cache; END",
        "CREATE TRIGGER sessions_updated_statistics AFTER UPDATE ON sessions"
        " BEGIN DELETE FROM statistics_cache; END",
    },
    // v6: downloaded episodes and podcasts that download new episodes on their own (DownloadStore
    // in app/downloads). Deleting a download never touches `progress` or `sessions`.
    {
        "CREATE TABLE downloads ("
        " episode_id TEXT PRIMARY KEY NOT NULL,"
        " url TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " folder TEXT NOT NULL DEFAULT '',"
        " file_path TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'queued',"
        " bytes_done INTEGER NOT NULL DEFAULT 0,"
        " bytes_total INTEGER NOT NULL DEFAULT -1,"
        " error TEXT NOT NULL DEFAULT '',"
        " added_at INTEGER NOT NULL,"
        " finished_at INTEGER)",
        "CREATE TABLE podcast_download_settings ("
        " podcast_id TEXT PRIMARY KEY NOT NULL,"
        " auto_download INTEGER NOT NULL DEFAULT 0)",
    },
};

const QString kProgressColumns =
    QStringLiteral("episode_id, position_ms, duration_ms, finished, finished_at, first_played, "
                   "last_played, times_played, updated_at");
const QString kSessionColumns =
    QStringLiteral("id, episode_id, started_at, ended_at, start_ms, end_ms, listened_ms, rate");

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

EpisodeProgress readProgress(const QSqlQuery &q)
{
    EpisodeProgress p;
    p.episodeId = q.value(0).toString();
    p.positionMs = q.value(1).toLongLong();
    p.durationMs = q.value(2).toLongLong();
    p.finished = q.value(3).toInt() != 0;
    p.finishedAt = fromDb(q.value(4));
    p.firstPlayed = fromDb(q.value(5));
    p.lastPlayed = fromDb(q.value(6));
    p.timesPlayed = q.value(7).toInt();
    p.updatedAt = fromDb(q.value(8));
    return p;
}

ListeningSession readSession(const QSqlQuery &q)
{
    ListeningSession s;
    s.id = q.value(0).toLongLong();
    s.episodeId = q.value(1).toString();
    s.startedAt = fromDb(q.value(2));
    s.endedAt = fromDb(q.value(3));
    s.startPositionMs = q.value(4).toLongLong();
    s.endPositionMs = q.value(5).toLongLong();
    s.listenedMs = q.value(6).toLongLong();
    s.rate = q.value(7).toDouble();
    return s;
}

QDateTime nativeTime(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), Qt::UTC);
}

// The connection's own sqlite3 handle, when Qt's driver is built on the same SQLite library.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

QDateTime latest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// `base` itself, or `base-1`, `base-2`, ... : the first name that is free, also with the
// -wal and -shm suffixes.
QString freeName(const QString &base)
{
    const auto taken = [](const QString &name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name + u"-wal"_qs) ||
               QFileInfo::exists(name + u"-shm"_qs);
    };
    QString name = base;
    for (int n = 1; taken(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

} // namespace

struct ProgressStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : progress(db)
        , allProgress(db)
        , sessionsOf(db)
        , allSessions(db)
        , savePosition(db)
        , setDuration(db)
        , markStarted(db)
        , setFinished(db)
        , reset(db)
        , addSession(db)
        , writeProgress(db)
    {}
    ~Statements()
    {
        sqlite3_finalize(nativeCount);
        sqlite3_finalize(nativeAllProgress);
    }
    Q_DISABLE_COPY_MOVE(Statements)

    // allProgress() reads tens of thousands of rows: straight through SQLite's API, without a
    // QVariant per value, when the handle is available (QSqlQuery otherwise).
    sqlite3_stmt *nativeCount = nullptr;
    sqlite3_stmt *nativeAllProgress = nullptr;

    QSqlQuery progress;
    QSqlQuery allProgress;
    QSqlQuery sessionsOf;
    QSqlQuery allSessions;
    QSqlQuery savePosition;
    QSqlQuery setDuration;
    QSqlQuery markStarted;
    QSqlQuery setFinished;
    QSqlQuery reset;
    QSqlQuery addSession;
    QSqlQuery writeProgress;
};

DatabaseBackups ProgressStore::backups(const QString &dataDir)
{
    return DatabaseBackups(QDir(dataDir).filePath(fileName()), DatabaseBackups::folderIn(dataDir));
}

bool ProgressStore::restoreBackup(const QString &dataDir, const QString &backupPath, QString *error,
                                  QString *savedAs)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("There is no backup file %1.").arg(nativePath(backupPath)));
    const int version = DatabaseBackups::userVersion(backupPath);
    if (version < 1 || DatabaseBackups::countRows(backupPath, u"progress"_qs) < 0)
        return fail(tr("%1 is not a backup of Earmark's progress.").arg(nativePath(backupPath)));
    if (version > kSchemaVersion)
        return fail(tr("%1 was written by a newer version of Earmark (schema version %2; this "
                       "one reads up to %3).")
                        .arg(nativePath(backupPath))
                        .arg(version)
                        .arg(kSchemaVersion));
    DatabaseBackups store = backups(dataDir);
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data directory %1.").arg(nativePath(dataDir)));
    if (!store.restore(backupPath, QDateTime::currentDateTime()))
        return fail(store.errorString());
    if (savedAs)
        *savedAs = store.lastPreRestorePath();
    return true;
}

ProgressStore::ProgressStore(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProgressStore::retryPendingWrites);
}

ProgressStore::~ProgressStore()
{
    close();
}

bool ProgressStore::open(const QString &dataDir, OpenMode mode)
{
    close();
    m_error.clear();
    m_movedAside.clear();
    m_backup.clear();
    m_mode = mode;
    m_dataDir = dataDir;
    m_path = QDir(dataDir).filePath(fileName());
    const bool ok = mode == OpenMode::ReadWrite ? openReadWrite() : openReadOnly();
    if (!ok) {
        qCWarning(lcStore).noquote() << m_error;
        closeConnection();
    }
    return ok;
}

void ProgressStore::close()
{
    if (!m_pendingWrites.empty() && isOpen() && !retryPendingWrites())
        qCWarning(lcStore) << "closing with" << m_pendingWrites.size()
                           << "write(s) that found no space";
    m_pendingWrites.clear();
    m_retryTimer.stop();
    closeConnection();
    if (m_storageProblem != StorageProblem::None) {
        m_storageProblem = StorageProblem::None;
        emit storageProblemChanged(m_storageProblem);
    }
}

bool ProgressStore::isOpen() const
{
    return m_statements != nullptr;
}

bool ProgressStore::openReadWrite()
{
    if (!QDir().mkpath(m_dataDir) || !QFileInfo(m_dataDir).isDir()) {
        m_error = tr("Cannot create the data directory %1.").arg(nativePath(m_dataDir));
        return false;
    }
    int version = 0;
    if (QFileInfo::exists(m_path)) {
        switch (inspect(&version)) {
        case Health::Error:
            return false;
        case Health::Damaged:
            if (!moveAside())
                return false;
            version = 0;
            break;
        case Health::Fine:
            break;
        }
    }
    if (version > kSchemaVersion) {
        m_error = tr("%1 was written by a newer version of Earmark (schema version %2; this "
                     "one reads up to %3). It was left untouched; update Earmark or use "
                     "another data directory.")
                      .arg(nativePath(m_path))
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    if (!openConnection(false))
        return false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(u"PRAGMA journal_mode=WAL"_qs) || !q.next() ||
            q.value(0).toString().compare(u"wal"_qs, Qt::CaseInsensitive) != 0) {
            m_error = tr("Cannot switch %1 to WAL journal mode: %2")
                          .arg(nativePath(m_path), q.lastError().text());
            return false;
        }
        for (const QString &pragma : {u"PRAGMA synchronous=NORMAL"_qs, u"PRAGMA foreign_keys=ON"_qs,
                                      u"PRAGMA cache_size=%1"_qs.arg(kCacheSizeKiB),
                                      u"PRAGMA busy_timeout=%1"_qs.arg(kBusyTimeoutMs)}) {
            if (!q.exec(pragma)) {
                m_error = tr("Cannot set up %1: %2").arg(nativePath(m_path), q.lastError().text());
                return false;
            }
        }
    }
    if (version > 0 && version < kSchemaVersion && !backUp(version))
        return false;
    if (!migrate(version))
        return false;
    return prepareStatements();
}

bool ProgressStore::openReadOnly()
{
    if (!QFileInfo::exists(m_path)) {
        m_error = tr("There is no progress database at %1.").arg(nativePath(m_path));
        return false;
    }
    int version = 0;
    switch (inspect(&version)) {
    case Health::Error:
        return false;
    case Health::Damaged:
        m_error = tr("%1 is damaged. Start Earmark with this data directory to move it aside "
                     "and begin a fresh one.")
                      .arg(nativePath(m_path));
        return false;
    case Health::Fine:
        break;
    }
    if (version != kSchemaVersion) {
        m_error = version > kSchemaVersion
                      ? tr("%1 was written by a newer version of Earmark (schema version %2; "
                           "this one reads up to %3).")
                            .arg(nativePath(m_path))
                            .arg(version)
                            .arg(kSchemaVersion)
                      : tr("%1 has an older format (schema version %2). Start Earmark with this "
                           "data directory once to upgrade it.")
                            .arg(nativePath(m_path))
                            .arg(version);
        return false;
    }
    if (!openConnection(true))
        return false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.exec(u"PRAGMA foreign_keys=ON"_qs);
        q.exec(u"PRAGMA cache_size=%1"_qs.arg(kCacheSizeKiB));
    }
    return prepareStatements();
}

bool ProgressStore::openConnection(bool readOnly)
{
    closeConnection();
    m_connectionName = u"earmark-progress-%1-%2"_qs.arg(readOnly ? u"read"_qs : u"write"_qs)
                           .arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    if (!db.isValid()) {
        m_error = tr("The SQLite driver of Qt (QSQLITE) is not available.");
        return false;
    }
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kBusyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_qs;
    db.setConnectOptions(options);
    if (!db.open()) {
        m_error = tr("Cannot open %1: %2").arg(nativePath(m_path), db.lastError().text());
        return false;
    }
    return true;
}

void ProgressStore::closeConnection()
{
    m_statements.reset();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

ProgressStore::Health ProgressStore::inspect(int *userVersion)
{
    *userVersion = 0;
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read %1: %2").arg(nativePath(m_path), file.errorString());
            return Health::Error;
        }
        if (file.size() == 0)
            return Health::Fine; // an empty file is an empty database: nothing to lose
        if (file.read(kSqliteHeader.size()) != kSqliteHeader) {
            qCWarning(lcStore).noquote() << nativePath(m_path) << "is not an SQLite database";
            return Health::Damaged;
        }
    }
    if (!openConnection(true))
        return Health::Error;
    Health health = Health::Fine;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        const auto failed = [&](const QSqlQuery &query) {
            const QString code = query.lastError().nativeErrorCode();
            if (code == kSqliteCorrupt || code == kSqliteNotADb) {
                qCWarning(lcStore).noquote()
                    << nativePath(m_path) << "is damaged:" << query.lastError().text();
                return Health::Damaged;
            }
            m_error = tr("Cannot read %1: %2").arg(nativePath(m_path), query.lastError().text());
            return Health::Error;
        };
        if (!q.exec(u"PRAGMA user_version"_qs) || !q.next()) {
            health = failed(q);
        } else {
            *userVersion = q.value(0).toInt();
            q.finish();
            if (*userVersion <= kSchemaVersion) {
                if (!q.exec(u"PRAGMA quick_check"_qs)) {
                    health = failed(q);
                } else {
                    QStringList problems;
                    while (q.next())
                        problems.append(q.value(0).toString());
                    // SQLite may report the problems and then fail on the next step.
                    if (!problems.isEmpty() && problems != QStringList{u"ok"_qs}) {
                        qCWarning(lcStore).noquote()
                            << nativePath(m_path) << "fails quick_check:" << problems.join(u"; ");
                        health = Health::Damaged;
                    } else if (q.lastError().isValid() || problems.isEmpty()) {
                        health = failed(q);
                    }
                }
            }
            if (health == Health::Fine && *userVersion == 0) {
                // Version 0 with tables in it: some other program's database.
                if (!q.exec(u"SELECT count(*) FROM sqlite_master"_qs) || !q.next()) {
                    health = failed(q);
                } else if (q.value(0).toInt() > 0) {
                    qCWarning(lcStore).noquote()
                        << nativePath(m_path) << "holds tables but no Earmark schema version";
                    health = Health::Damaged;
                }
            }
        }
    }
    closeConnection();
    return health;
}

bool ProgressStore::moveAside()
{
    closeConnection();
    const QString target = freeName(m_path + u".broken-"_qs +
                                    QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_qs));
    if (!QFile::rename(m_path, target)) {
        m_error = tr("%1 is damaged and could not be moved aside to %2. It was left as it is.")
                      .arg(nativePath(m_path), nativePath(target));
        return false;
    }
    for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs}) {
        if (QFileInfo::exists(m_path + suffix) &&
            !QFile::rename(m_path + suffix, target + suffix)) {
            m_error = tr("%1 is damaged and was moved aside to %2, but %3 could not be moved.")
                          .arg(nativePath(m_path), nativePath(target), nativePath(m_path + suffix));
            return false;
        }
    }
    m_movedAside = target;
    qCWarning(lcStore).noquote() << "moved the damaged" << nativePath(m_path) << "aside to"
                                 << nativePath(target);
    return true;
}

bool ProgressStore::backUp(int fromVersion)
{
    // A consistent copy (VACUUM INTO) in backups/, kept out of the daily rotation.
    DatabaseBackups backups(m_path, DatabaseBackups::folderIn(m_dataDir));
    const QString target =
        backups.backUp(QDateTime::fromMSecsSinceEpoch(now()),
                       DatabaseBackups::Kind::BeforeMigration, u"pre-v%1"_qs.arg(kSchemaVersion));
    if (target.isEmpty()) {
        m_error = tr("Cannot copy %1 aside before upgrading it: %2")
                      .arg(nativePath(m_path), backups.errorString());
        return false;
    }
    m_backup = target;
    qCInfo(lcStore).noquote() << "copied" << nativePath(m_path) << "(schema version" << fromVersion
                              << ") to" << nativePath(target);
    return true;
}

bool ProgressStore::migrate(int fromVersion)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
        ScopedTransaction transaction(db);
        if (!transaction.isActive()) {
            m_error = tr("Cannot upgrade %1: %2").arg(nativePath(m_path), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        QStringList statements;
        for (const char *statement : kMigrations.at(version - 1))
            statements.append(QString::fromLatin1(statement));
        statements.append(u"PRAGMA user_version=%1"_qs.arg(version));
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                m_error = tr("Cannot upgrade %1 to schema version %2: %3")
                              .arg(nativePath(m_path))
                              .arg(version)
                              .arg(q.lastError().text());
                return false;
            }
        }
        q.finish();
        if (!transaction.commit()) {
            m_error = tr("Cannot upgrade %1 to schema version %2: %3")
                          .arg(nativePath(m_path))
                          .arg(version)
                          .arg(db.lastError().text());
            return false;
        }
        if (fromVersion > 0)
            qCInfo(lcStore).noquote()
                << "upgraded" << nativePath(m_path) << "to schema version" << version;
    }
    return true;
}

bool ProgressStore::prepareStatements()
{
    auto statements = std::make_unique<Statements>(QSqlDatabase::database(m_connectionName, false));
    const auto prepare = [this](QSqlQuery &q, const QString &sql, bool select = false) {
        q.setForwardOnly(select);
        if (q.prepare(sql))
            return true;
        m_error = tr("Cannot prepare a statement on %1: %2")
                      .arg(nativePath(m_path), q.lastError().text());
        return false;
    };
    const QString upsert = u"INSERT INTO progress(episode_id, %1, updated_at) VALUES(?, ?, ?) "
                           "ON CONFLICT(episode_id) DO UPDATE SET %1 = excluded.%1, "
                           "updated_at = excluded.updated_at"_qs;
    Statements &s = *statements;
    const bool ok =
        prepare(s.progress,
                u"SELECT "_qs + kProgressColumns + u" FROM progress WHERE episode_id = ?"_qs,
                true) &&
        prepare(s.allProgress, u"SELECT "_qs + kProgressColumns + u" FROM progress"_qs, true) &&
        prepare(s.sessionsOf,
                u"SELECT "_qs + kSessionColumns +
                    u" FROM sessions WHERE episode_id = ? ORDER BY started_at"_qs,
                true) &&
        prepare(s.allSessions,
                u"SELECT "_qs + kSessionColumns +
                    u" FROM sessions ORDER BY started_at, episode_id"_qs,
                true) &&
        prepare(s.savePosition, upsert.arg(u"position_ms"_qs)) &&
        prepare(s.setDuration, upsert.arg(u"duration_ms"_qs)) &&
        prepare(s.markStarted,
                u"INSERT INTO progress(episode_id, first_played, last_played, times_played, "
                "updated_at) VALUES(?, ?, ?, 1, ?) ON CONFLICT(episode_id) DO UPDATE SET "
                "first_played = coalesce(progress.first_played, excluded.first_played), "
                "last_played = excluded.last_played, times_played = progress.times_played + 1, "
                "updated_at = excluded.updated_at"_qs) &&
        prepare(s.setFinished,
                u"INSERT INTO progress(episode_id, finished, finished_at, updated_at) "
                "VALUES(?, ?, ?, ?) ON CONFLICT(episode_id) DO UPDATE SET "
                "finished = excluded.finished, finished_at = CASE WHEN excluded.finished "
                "THEN coalesce(progress.finished_at, excluded.finished_at) ELSE NULL END, "
                "updated_at = excluded.updated_at"_qs) &&
        prepare(s.reset, u"UPDATE progress SET position_ms = 0, finished = 0, finished_at = NULL, "
                         "updated_at = ? WHERE episode_id = ?"_qs) &&
        prepare(s.addSession,
                u"INSERT INTO sessions(episode_id, started_at, ended_at, start_ms, end_ms, "
                "listened_ms, rate) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_qs) &&
        prepare(s.writeProgress,
                u"INSERT INTO progress("_qs + kProgressColumns +
                    u") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(episode_id) DO UPDATE SET "
                    "position_ms = excluded.position_ms, duration_ms = excluded.duration_ms, "
                    "finished = excluded.finished, finished_at = excluded.finished_at, "
                    "first_played = excluded.first_played, last_played = excluded.last_played, "
                    "times_played = excluded.times_played, updated_at = excluded.updated_at"_qs);
    if (!ok)
        return false;
    if (sqlite3 *native = nativeHandle(QSqlDatabase::database(m_connectionName, false))) {
        const QByteArray all = (u"SELECT "_qs + kProgressColumns + u" FROM progress"_qs).toUtf8();
        const QByteArray count = QByteArrayLiteral("SELECT count(*) FROM progress");
        if (sqlite3_prepare_v3(native, all.constData(), int(all.size()), SQLITE_PREPARE_PERSISTENT,
                               &s.nativeAllProgress, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v3(native, count.constData(), int(count.size()),
                               SQLITE_PREPARE_PERSISTENT, &s.nativeCount, nullptr) != SQLITE_OK) {
            qCWarning(lcStore) << "cannot prepare native statements:" << sqlite3_errmsg(native);
            sqlite3_finalize(s.nativeAllProgress);
            sqlite3_finalize(s.nativeCount);
            s.nativeAllProgress = s.nativeCount = nullptr;
        }
    }
    m_statements = std::move(statements);
    return true;
}

bool ProgressStore::exec(QSqlQuery &query, const char *what) const
{
    if (query.exec())
        return true;
    m_lastErrorCode = query.lastError().nativeErrorCode().toInt();
    m_error = tr("Cannot %1 in %2: %3")
                  .arg(QString::fromLatin1(what), nativePath(m_path), query.lastError().text());
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

qint64 ProgressStore::now() const
{
    return m_clock ? m_clock().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

bool ProgressStore::notOpen() const
{
    if (m_statements)
        return false;
    m_error = tr("The progress database is not open.");
    return true;
}

EpisodeProgress ProgressStore::progress(const QString &episodeId) const
{
    EpisodeProgress p;
    p.episodeId = episodeId;
    if (notOpen())
        return p;
    QSqlQuery &q = m_statements->progress;
    q.bindValue(0, episodeId);
    if (exec(q, "read progress") && q.next())
        p = readProgress(q);
    q.finish();
    return p;
}

QHash<QString, EpisodeProgress> ProgressStore::allProgress() const
{
    QHash<QString, EpisodeProgress> all;
    if (notOpen())
        return all;
    if (sqlite3_stmt *st = m_statements->nativeAllProgress) {
        sqlite3_stmt *count = m_statements->nativeCount;
        if (sqlite3_step(count) == SQLITE_ROW)
            all.reserve(sqlite3_column_int64(count, 0));
        sqlite3_reset(count);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            EpisodeProgress p;
            p.episodeId =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                  sqlite3_column_bytes(st, 0));
            p.positionMs = sqlite3_column_int64(st, 1);
            p.durationMs = sqlite3_column_int64(st, 2);
            p.finished = sqlite3_column_int(st, 3) != 0;
            p.finishedAt = nativeTime(st, 4);
            p.firstPlayed = nativeTime(st, 5);
            p.lastPlayed = nativeTime(st, 6);
            p.timesPlayed = sqlite3_column_int(st, 7);
            p.updatedAt = nativeTime(st, 8);
            const QString id = p.episodeId;
            all.insert(id, std::move(p));
        }
        if (rc != SQLITE_DONE) {
            m_error = tr("Cannot read progress in %1: %2")
                          .arg(nativePath(m_path),
                               QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st))));
            qCWarning(lcStore).noquote() << m_error;
        }
        sqlite3_reset(st);
        return all;
    }
    QSqlQuery &q = m_statements->allProgress;
    if (exec(q, "read progress")) {
        while (q.next()) {
            EpisodeProgress p = readProgress(q);
            const QString id = p.episodeId;
            all.insert(id, std::move(p));
        }
    }
    q.finish();
    return all;
}

QList<ListeningSession> ProgressStore::sessions(const QString &episodeId) const
{
    QList<ListeningSession> result;
    if (notOpen())
        return result;
    QSqlQuery &q = episodeId.isEmpty() ? m_statements->allSessions : m_statements->sessionsOf;
    if (!episodeId.isEmpty())
        q.bindValue(0, episodeId);
    if (exec(q, "read sessions")) {
        while (q.next())
            result.append(readSession(q));
    }
    q.finish();
    return result;
}

bool ProgressStore::upsert(QSqlQuery &query, const QString &episodeId, const char *what)
{
    if (!exec(query, what))
        return false;
    emit progressChanged(episodeId);
    return true;
}

ProgressStore::StorageProblem ProgressStore::problemOf(int sqliteCode)
{
    switch (sqliteCode & 0xff) { // the primary result code
    case SQLITE_FULL:
        return StorageProblem::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return StorageProblem::ReadOnly;
    case SQLITE_IOERR:
        return StorageProblem::WriteError;
    default:
        return StorageProblem::None;
    }
}

bool ProgressStore::perform(const QString &key, std::function<bool()> write)
{
    if (notOpen())
        return false;
    if (m_pendingWrites.empty()) {
        m_lastErrorCode = 0;
        if (write())
            return true;
        const StorageProblem problem = problemOf(m_lastErrorCode);
        if (problem == StorageProblem::None)
            return false; // a plain failure: reported through errorString()
        enqueue(key, std::move(write));
        setStorageProblem(problem);
        return false;
    }
    // Earlier writes wait for space: this one goes behind them, in order.
    enqueue(key, std::move(write));
    return retryPendingWrites();
}

void ProgressStore::enqueue(const QString &key, std::function<bool()> write)
{
    if (!key.isEmpty()) {
        // The newest value replaces a waiting one for the same thing (one episode's position).
        for (PendingWrite &pending : m_pendingWrites) {
            if (pending.key == key) {
                pending.write = std::move(write);
                return;
            }
        }
    }
    if (m_pendingWrites.size() >= kMaxPendingWrites) {
        qCWarning(lcStore) << "too many writes waiting for the disk; dropping the oldest";
        m_pendingWrites.pop_front();
    }
    m_pendingWrites.push_back({key, std::move(write)});
    if (!m_retryTimer.isActive())
        m_retryTimer.start(m_retryIntervalMs);
}

bool ProgressStore::retryPendingWrites()
{
    while (!m_pendingWrites.empty() && isOpen()) {
        m_lastErrorCode = 0;
        if (m_pendingWrites.front().write()) {
            m_pendingWrites.pop_front();
            continue;
        }
        const StorageProblem problem = problemOf(m_lastErrorCode);
        if (problem != StorageProblem::None) {
            setStorageProblem(problem); // still no space: the next try comes later
            if (!m_retryTimer.isActive())
                m_retryTimer.start(m_retryIntervalMs);
            return false;
        }
        qCWarning(lcStore).noquote() << "dropping a write that cannot succeed:" << m_error;
        m_pendingWrites.pop_front();
    }
    m_retryTimer.stop();
    if (isOpen())
        setStorageProblem(StorageProblem::None);
    return true;
}

void ProgressStore::setStorageProblem(StorageProblem problem)
{
    if (problem == m_storageProblem)
        return;
    m_storageProblem = problem;
    switch (problem) {
    case StorageProblem::None:
        qCInfo(lcStore).noquote() << "saving to" << nativePath(m_path) << "works again";
        break;
    case StorageProblem::Full:
    case StorageProblem::ReadOnly:
    case StorageProblem::WriteError:
        qCWarning(lcStore).noquote() << storageProblemText();
        break;
    }
    emit storageProblemChanged(problem);
}

QString ProgressStore::storageProblemText() const
{
    switch (m_storageProblem) {
    case StorageProblem::None:
        break;
    case StorageProblem::Full:
        return tr("The disk that holds your progress (%1) is full. Earmark keeps playing and "
                  "saves again as soon as there is space; nothing saved before is lost.")
            .arg(nativePath(m_path));
    case StorageProblem::ReadOnly:
        return tr("Your progress cannot be saved: %1 is read-only. Earmark keeps playing and "
                  "saves again as soon as it can write; nothing saved before is lost.")
            .arg(nativePath(m_path));
    case StorageProblem::WriteError:
        return tr("Your progress cannot be saved: writing %1 fails (%2). Earmark keeps playing "
                  "and tries again; nothing saved before is lost.")
            .arg(nativePath(m_path), m_error);
    }
    return {};
}

bool ProgressStore::savePosition(const QString &episodeId, qint64 positionMs)
{
    const qint64 t = now();
    return perform(u"position:"_qs + episodeId, [=, this] {
        QSqlQuery &q = m_statements->savePosition;
        q.bindValue(0, episodeId);
        q.bindValue(1, std::max<qint64>(0, positionMs));
        q.bindValue(2, t);
        return upsert(q, episodeId, "save the position");
    });
}

bool ProgressStore::setDuration(const QString &episodeId, qint64 durationMs)
{
    const qint64 t = now();
    return perform(u"duration:"_qs + episodeId, [=, this] {
        QSqlQuery &q = m_statements->setDuration;
        q.bindValue(0, episodeId);
        q.bindValue(1, std::max<qint64>(0, durationMs));
        q.bindValue(2, t);
        return upsert(q, episodeId, "save the duration");
    });
}

bool ProgressStore::markStarted(const QString &episodeId)
{
    const qint64 t = now();
    return perform({}, [=, this] {
        QSqlQuery &q = m_statements->markStarted;
        q.bindValue(0, episodeId);
        q.bindValue(1, t);
        q.bindValue(2, t);
        q.bindValue(3, t);
        return upsert(q, episodeId, "record a start");
    });
}

bool ProgressStore::setFinished(const QString &episodeId, bool finished)
{
    const qint64 t = now();
    return perform({}, [=, this] {
        QSqlQuery &q = m_statements->setFinished;
        q.bindValue(0, episodeId);
        q.bindValue(1, finished ? 1 : 0);
        q.bindValue(2, finished ? QVariant(t) : QVariant());
        q.bindValue(3, t);
        return upsert(q, episodeId, "save the finished state");
    });
}

bool ProgressStore::resetProgress(const QString &episodeId)
{
    const qint64 t = now();
    return perform({}, [=, this] {
        QSqlQuery &q = m_statements->reset;
        q.bindValue(0, t);
        q.bindValue(1, episodeId);
        if (!exec(q, "reset progress"))
            return false;
        if (q.numRowsAffected() > 0)
            emit progressChanged(episodeId);
        return true;
    });
}

bool ProgressStore::insertSession(const ListeningSession &s, bool *added)
{
    // The episode's row must exist: sessions reference it.
    const EpisodeProgress existing = progress(s.episodeId);
    if (!existing.isStored()) {
        EpisodeProgress p;
        p.episodeId = s.episodeId;
        p.updatedAt = QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC);
        if (!writeProgress(p))
            return false;
    }
    QSqlQuery &q = m_statements->addSession;
    q.bindValue(0, s.episodeId);
    q.bindValue(1, toDb(s.startedAt));
    q.bindValue(2, toDb(s.endedAt.isValid() ? s.endedAt : s.startedAt));
    q.bindValue(3, s.startPositionMs);
    q.bindValue(4, s.endPositionMs);
    q.bindValue(5, s.listenedMs);
    q.bindValue(6, s.rate);
    if (!exec(q, "add a session"))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

bool ProgressStore::writeProgress(const EpisodeProgress &p)
{
    QSqlQuery &q = m_statements->writeProgress;
    q.bindValue(0, p.episodeId);
    q.bindValue(1, p.positionMs);
    q.bindValue(2, p.durationMs);
    q.bindValue(3, p.finished ? 1 : 0);
    q.bindValue(4, toDb(p.finishedAt));
    q.bindValue(5, toDb(p.firstPlayed));
    q.bindValue(6, toDb(p.lastPlayed));
    q.bindValue(7, p.timesPlayed);
    q.bindValue(8, toDb(p.updatedAt));
    return exec(q, "write progress");
}

bool ProgressStore::addSession(const ListeningSession &session)
{
    if (notOpen())
        return false;
    if (session.episodeId.isEmpty() || !session.startedAt.isValid()) {
        m_error = tr("A session needs an episode and a start time.");
        return false;
    }
    // Shared: the write may run later, from the retry, when this call has long returned.
    const auto added = std::make_shared<bool>(false);
    const bool done = perform({}, [this, session, added] {
        // All of it or nothing: the episode's row and the session in one transaction.
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        ScopedTransaction transaction(db);
        bool inserted = false;
        if (!insertSession(session, &inserted))
            return false;
        if (!transaction.commit()) {
            m_lastErrorCode = db.lastError().nativeErrorCode().toInt();
            m_error =
                tr("Cannot add a session in %1: %2").arg(nativePath(m_path), db.lastError().text());
            return false;
        }
        *added = inserted;
        if (inserted)
            emit progressChanged(session.episodeId);
        return true;
    });
    return done && *added;
}

QList<ProgressStore::MergeOutcome> ProgressStore::merge(const QList<ImportedEpisode> &episodes,
                                                        bool *ok)
{
    QList<MergeOutcome> outcomes;
    if (ok)
        *ok = false;
    if (notOpen())
        return {};
    ScopedTransaction transaction(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.isActive()) {
        m_error = tr("Cannot begin a transaction on %1.").arg(nativePath(m_path));
        return {};
    }
    for (const ImportedEpisode &imported : episodes) {
        const EpisodeProgress &in = imported.progress;
        MergeOutcome outcome;
        outcome.episodeId = in.episodeId;
        outcome.before = progress(in.episodeId);
        outcome.after = outcome.before;
        if (!outcome.before.isStored()) {
            outcome.created = true;
            outcome.after = in;
            if (!outcome.after.updatedAt.isValid())
                outcome.after.updatedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        } else if (in.updatedAt > outcome.before.updatedAt) {
            EpisodeProgress merged = in;
            merged.firstPlayed = earliest(in.firstPlayed, outcome.before.firstPlayed);
            merged.lastPlayed = latest(in.lastPlayed, outcome.before.lastPlayed);
            merged.timesPlayed = std::max(in.timesPlayed, outcome.before.timesPlayed);
            if (merged.durationMs == 0)
                merged.durationMs = outcome.before.durationMs;
            outcome.progressUpdated = merged != outcome.before;
            outcome.after = merged;
        }
        if ((outcome.created || outcome.progressUpdated) && !writeProgress(outcome.after))
            return {};
        for (ListeningSession session : imported.sessions) {
            session.episodeId = in.episodeId;
            bool added = false;
            if (!insertSession(session, &added))
                return {};
            outcome.sessionsAdded += added ? 1 : 0;
        }
        outcomes.append(outcome);
    }
    if (!transaction.commit()) {
        m_error = tr("Cannot commit the import to %1.").arg(nativePath(m_path));
        return {};
    }
    for (const MergeOutcome &outcome : std::as_const(outcomes)) {
        if (outcome.changed())
            emit progressChanged(outcome.episodeId);
    }
    if (ok)
        *ok = true;
    return outcomes;
}
