#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Consistent copies of one SQLite database file in a folder (`backups/` in the data directory),
// for any of Earmark's databases. A copy is written with VACUUM INTO on a connection of its own
// — consistent while the app keeps writing through WAL, never a file copy — first to a
// `.partial` name and renamed when complete, so a full disk leaves no half-written backup.
//
// Names: `<stem>-YYYYMMDD-HHMMSS[-<note>].sqlite`, local time, where <stem> is the database's
// file name without its suffix and <note> tells why a copy was not a daily one ("pre-v3" before
// a migration, "pre-restore" before a restore). Only daily copies are rotated: the newest of
// each of the last kKeepDaily days and of each of the last kKeepWeekly ISO weeks stay.
//
// Not thread-safe per object; separate objects may work on the same file from any thread.
class DatabaseBackups final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackups)

public:
    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepWeekly = 4;

    enum class Kind {
        Daily,
        BeforeMigration,
        BeforeRestore,
    };
    struct Backup
    {
        QString path;
        QDateTime createdAt; // local time, from the name
        Kind kind = Kind::Daily;
        QString note; // "pre-v3", "pre-restore"; empty for a daily copy
        qint64 sizeBytes = 0;
    };

    DatabaseBackups(const QString &databasePath, const QString &folder);
    // `backups/` in the data directory.
    static QString folderIn(const QString &dataDir);

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return m_folder; }
    QString errorString() const { return m_error; }

    // Writes a copy stamped `when`; its path, or empty with errorString() set. `note` is
    // required for BeforeMigration (e.g. "pre-v3") and ignored otherwise.
    QString backUp(const QDateTime &when, Kind kind = Kind::Daily, const QString &note = {});
    // Whether a daily copy was made on `day` (local).
    bool hasDailyBackupOn(QDate day) const;
    // Every copy in the folder, newest first.
    QList<Backup> list() const;
    // Deletes the daily copies that are neither the newest of one of the last kKeepDaily days
    // nor of one of the last kKeepWeekly ISO weeks (counting days and weeks that have copies).
    // Returns what was deleted.
    QStringList rotate();

    // Replaces the database's content with `backupPath` through SQLite's backup API, after
    // checking the copy (quick_check) and backing the current content up (BeforeRestore,
    // stamped `when`). Close every connection of the app to the database first. False with
    // errorString() when anything failed; the database is then unchanged.
    bool restore(const QString &backupPath, const QDateTime &when);
    // The path of the copy made before the last restore().
    QString lastPreRestorePath() const { return m_preRestore; }

    // Rows of `table` in the database file at `path`, -1 when it cannot be read.
    static qint64 countRows(const QString &path, const QString &table);
    // PRAGMA user_version of the file at `path`, -1 when it cannot be read.
    static int userVersion(const QString &path);

private:
    std::optional<Backup> parse(const QString &fileName) const;

    QString m_databasePath;
    QString m_folder;
    QString m_stem;
    QString m_error;
    QString m_preRestore;
};
