#pragma once

#include "databasebackups.h"
#include "episodeprogress.h"
#include "listeningsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;

// Listening progress and history in SQLite (`progress.sqlite` in the data directory): WAL
// journal, synchronous=NORMAL, one prepared statement per operation. The schema version lives
// in PRAGMA user_version; older files are copied aside and migrated, newer ones refused and left
// untouched, damaged ones moved aside (see movedAsidePath()) and replaced by a fresh store.
//
// Writes return false on failure and log to earmark.store; errorString() tells why.
class ProgressStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressStore)

public:
    enum class OpenMode {
        ReadWrite, // the one writer: creates, migrates and repairs the file
        ReadOnly,  // a reader beside a running writer (e.g. --export-progress)
    };

    static constexpr int kSchemaVersion = 6;
    static constexpr int kDefaultRetryIntervalMs = 5000;
    static constexpr size_t kMaxPendingWrites = 10000;

    // Why writes cannot be saved right now (see storageProblemChanged()).
    enum class StorageProblem {
        None,
        Full,       // SQLITE_FULL: no space on the disk (or the database's size limit)
        ReadOnly,   // SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN: the file cannot be written
        WriteError, // SQLITE_IOERR: the disk fails
    };
    Q_ENUM(StorageProblem)
    static QString fileName() { return QStringLiteral("progress.sqlite"); }

    // Outcome of merging one imported episode (see merge()).
    struct MergeOutcome
    {
        QString episodeId;
        bool created = false;         // no progress was stored before
        bool progressUpdated = false; // the imported progress was newer and replaced ours
        EpisodeProgress before;       // ours before the merge (not stored when created)
        EpisodeProgress after;
        int sessionsAdded = 0;

        bool changed() const { return created || progressUpdated || sessionsAdded > 0; }
    };
    struct ImportedEpisode
    {
        EpisodeProgress progress;
        QList<ListeningSession> sessions;
    };

    // The automatic copies of the progress database of `dataDir` (in its backups/ folder).
    static DatabaseBackups backups(const QString &dataDir);
    // Puts the content of `backupPath` in place of the progress database of `dataDir`; the
    // current content is backed up first (`*savedAs` tells where). Every store on `dataDir` must
    // be closed. Refuses a file that is not a sound progress database or comes from a newer
    // Earmark. False with `*error` set on failure; nothing changed then.
    static bool restoreBackup(const QString &dataDir, const QString &backupPath, QString *error,
                              QString *savedAs = nullptr);

    explicit ProgressStore(QObject *parent = nullptr);
    ~ProgressStore() override;

    bool open(const QString &dataDir, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }

    QString errorString() const { return m_error; }
    QString databasePath() const { return m_path; }
    // Where a damaged file was moved by the last open(); empty when it was fine.
    QString movedAsidePath() const { return m_movedAside; }
    // The copy made before migrating an older file by the last open(); empty when none.
    QString backupPath() const { return m_backup; }
    // The connection's name, for tests and diagnostics.
    QString connectionName() const { return m_connectionName; }

    // Stored progress; a default value (isStored() false) for an episode never played.
    EpisodeProgress progress(const QString &episodeId) const;
    QHash<QString, EpisodeProgress> allProgress() const;
    // Sessions of one episode, or of all when `episodeId` is empty; oldest first.
    QList<ListeningSession> sessions(const QString &episodeId = {}) const;

    bool savePosition(const QString &episodeId, qint64 positionMs);
    bool setDuration(const QString &episodeId, qint64 durationMs);
    // Times played + 1; first played (if never) and last played = now.
    bool markStarted(const QString &episodeId);
    // Finishing records when (once); unfinishing clears it.
    bool setFinished(const QString &episodeId, bool finished);
    // Back to the start and not finished. Keeps the history: sessions, times played, first and
    // last played, the known duration.
    bool resetProgress(const QString &episodeId);
    // False when it could not be stored or an equal session (same episode and start) exists.
    bool addSession(const ListeningSession &session);

    // Merges an import in one transaction: per episode the newer updatedAt wins, first played
    // keeps the earliest and last played the latest, sessions are added unless already known.
    // Returns one outcome per episode, or nothing with errorString() set on failure.
    QList<MergeOutcome> merge(const QList<ImportedEpisode> &episodes, bool *ok = nullptr);

    // Writes that failed because the disk is full or read-only wait, in order (the newest
    // position per episode only), and are retried every retryInterval() and before any later
    // write; the write methods return false meanwhile. Each write is one statement or one
    // transaction, so nothing is ever half-written.
    StorageProblem storageProblem() const { return m_storageProblem; }
    // One sentence for the learner about storageProblem(); empty when there is none.
    QString storageProblemText() const;
    int pendingWrites() const { return int(m_pendingWrites.size()); }
    // Tries the waiting writes now; true when none is left.
    bool retryPendingWrites();
    void setRetryInterval(int ms) { m_retryIntervalMs = ms; }
    int retryInterval() const { return m_retryIntervalMs; }

    // The clock for timestamps (UTC); tests replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void progressChanged(const QString &episodeId);
    // Saving stopped working (full or read-only disk) or works again (None).
    void storageProblemChanged(ProgressStore::StorageProblem problem);

private:
    struct Statements;

    bool openReadWrite();
    bool openReadOnly();
    // Opens m_connectionName on m_path; false with m_error set.
    bool openConnection(bool readOnly);
    void closeConnection();
    enum class Health { Fine, Damaged, Error };
    Health inspect(int *userVersion);
    bool moveAside();
    bool backUp(int fromVersion);
    bool migrate(int fromVersion);
    bool prepareStatements();
    bool exec(QSqlQuery &query, const char *what) const;
    qint64 now() const;
    bool upsert(QSqlQuery &query, const QString &episodeId, const char *what);
    bool notOpen() const;
    bool insertSession(const ListeningSession &session, bool *added);
    bool writeProgress(const EpisodeProgress &progress);
    static StorageProblem problemOf(int sqliteCode);
    // Runs `write`, or queues it (under `key`, replacing a waiting write with the same key)
    // when the disk is full or read-only or earlier writes still wait.
    bool perform(const QString &key, std::function<bool()> write);
    void enqueue(const QString &key, std::function<bool()> write);
    void setStorageProblem(StorageProblem problem);

    struct PendingWrite
    {
        QString key;
        std::function<bool()> write;
    };

    mutable QString m_error;
    mutable int m_lastErrorCode = 0; // SQLite's result code of the last failed statement
    std::deque<PendingWrite> m_pendingWrites;
    QTimer m_retryTimer;
    int m_retryIntervalMs = kDefaultRetryIntervalMs;
    StorageProblem m_storageProblem = StorageProblem::None;
    QString m_dataDir;
    QString m_path;
    QString m_movedAside;
    QString m_backup;
    QString m_connectionName;
    OpenMode m_mode = OpenMode::ReadWrite;
    std::unique_ptr<Statements> m_statements;
    std::function<QDateTime()> m_clock;
};
