#include "databasebackups.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace {

constexpr int kBusyTimeoutMs = 5000;
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

struct CloseDb
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

// Opens `path`; on failure `*error` tells why and the result is null.
Db openDb(const QString &path, int flags, QString *error)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Db db(raw);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
        return nullptr;
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Runs one statement and returns the first column of its first row as text (empty when none);
// false with `*error` on failure.
bool execute(sqlite3 *db, const QString &sql, QString *error, QString *firstValue = nullptr)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        *error = lastError(db);
        return false;
    }
    int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW && firstValue)
        *firstValue =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = lastError(db);
    sqlite3_finalize(statement);
    return ok;
}

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(u'\'', u"''"_qs);
    return u'\'' + q + u'\'';
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DatabaseBackups::DatabaseBackups(const QString &databasePath, const QString &folder)
    : m_databasePath(databasePath)
    , m_folder(folder)
    , m_stem(QFileInfo(databasePath).completeBaseName())
{}

QString DatabaseBackups::folderIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"backups"_qs);
}

QString DatabaseBackups::backUp(const QDateTime &when, Kind kind, const QString &note)
{
    m_error.clear();
    QString suffix;
    switch (kind) {
    case Kind::Daily:
        break;
    case Kind::BeforeMigration:
        suffix = u'-' + (note.isEmpty() ? u"pre-migration"_qs : note);
        break;
    case Kind::BeforeRestore:
        suffix = u"-pre-restore"_qs;
        break;
    }
    if (!QDir().mkpath(m_folder)) {
        m_error = tr("Cannot create the backup folder %1.").arg(native(m_folder));
        return {};
    }
    const QString base =
        QDir(m_folder).filePath(m_stem + u'-' + when.toLocalTime().toString(kTimeFormat) + suffix);
    QString target = base + u".sqlite"_qs;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = base + u'-' + QString::number(n) + u".sqlite"_qs;
    const QString partial = target + u".partial"_qs;
    QFile::remove(partial);

    QString why;
    {
        Db db = openDb(m_databasePath, SQLITE_OPEN_READONLY, &why);
        bool ok = db != nullptr;
        // One read transaction: the copy is the database as of one moment, whatever is being
        // written meanwhile.
        ok = ok && execute(db.get(), u"VACUUM INTO "_qs + quoted(partial), &why);
        db.reset();
        if (ok) {
            // A plain rollback-journal file: it opens read-only without -wal or -shm files.
            Db copy = openDb(partial, SQLITE_OPEN_READWRITE, &why);
            ok = copy && execute(copy.get(), u"PRAGMA journal_mode=DELETE"_qs, &why);
        }
        if (!ok) {
            QFile::remove(partial);
            m_error =
                tr("Cannot back up %1 to %2: %3").arg(native(m_databasePath), native(target), why);
            qCWarning(lcStore).noquote() << m_error;
            return {};
        }
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        m_error = tr("Cannot back up %1: %2 could not be renamed to %3.")
                      .arg(native(m_databasePath), native(partial), native(target));
        qCWarning(lcStore).noquote() << m_error;
        return {};
    }
    qCInfo(lcStore).noquote() << "backed up" << native(m_databasePath) << "to" << native(target);
    return target;
}

std::optional<DatabaseBackups::Backup> DatabaseBackups::parse(const QString &fileName) const
{
    static const QRegularExpression pattern(
        u"^(.+)-(\\d{8}-\\d{6})(?:-(pre-[A-Za-z0-9-]+?))?(?:-\\d+)?\\.sqlite$"_qs);
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch() || m.captured(1) != m_stem)
        return std::nullopt;
    Backup b;
    b.createdAt = QDateTime::fromString(m.captured(2), kTimeFormat);
    if (!b.createdAt.isValid())
        return std::nullopt;
    b.note = m.captured(3);
    b.kind = b.note.isEmpty()              ? Kind::Daily
             : b.note == u"pre-restore"_qs ? Kind::BeforeRestore
                                           : Kind::BeforeMigration;
    b.path = QDir(m_folder).filePath(fileName);
    b.sizeBytes = QFileInfo(b.path).size();
    return b;
}

QList<DatabaseBackups::Backup> DatabaseBackups::list() const
{
    QList<Backup> result;
    const QStringList names =
        QDir(m_folder).entryList({m_stem + u"-*.sqlite"_qs}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (const std::optional<Backup> b = parse(name))
            result.append(*b);
    }
    std::sort(result.begin(), result.end(), [](const Backup &a, const Backup &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return result;
}

bool DatabaseBackups::hasDailyBackupOn(QDate day) const
{
    const QList<Backup> all = list();
    return std::any_of(all.cbegin(), all.cend(), [day](const Backup &b) {
        return b.kind == Kind::Daily && b.createdAt.date() == day;
    });
}

QStringList DatabaseBackups::rotate()
{
    QSet<QDate> days;
    QSet<int> weeks; // year * 100 + ISO week
    QStringList removed;
    for (const Backup &b : list()) { // newest first: the first of a day or week is its newest
        if (b.kind != Kind::Daily)
            continue;
        const QDate day = b.createdAt.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        bool keep = false;
        if (!days.contains(day) && days.size() < kKeepDaily) {
            days.insert(day);
            keep = true;
        }
        if (!weeks.contains(weekYear * 100 + week) && weeks.size() < kKeepWeekly) {
            weeks.insert(weekYear * 100 + week);
            keep = true;
        }
        if (keep)
            continue;
        if (QFile::remove(b.path))
            removed.append(b.path);
        else
            qCWarning(lcStore).noquote() << "cannot delete the old backup" << native(b.path);
    }
    for (const QString &path : std::as_const(removed))
        qCInfo(lcStore).noquote() << "deleted the old backup" << native(path);
    return removed;
}

bool DatabaseBackups::restore(const QString &backupPath, const QDateTime &when)
{
    m_error.clear();
    m_preRestore.clear();
    QString why;
    Db source = openDb(backupPath, SQLITE_OPEN_READONLY, &why);
    QString check;
    if (!source || !execute(source.get(), u"PRAGMA quick_check"_qs, &why, &check) ||
        check != u"ok") {
        m_error = tr("%1 is not a usable backup: %2")
                      .arg(native(backupPath), why.isEmpty() ? check : why);
        return false;
    }
    if (QFileInfo::exists(m_databasePath)) {
        m_preRestore = backUp(when, Kind::BeforeRestore);
        if (m_preRestore.isEmpty()) {
            m_error = tr("Nothing was restored: the current data could not be backed up first. "
                         "%1")
                          .arg(m_error);
            return false;
        }
    }
    Db target = openDb(m_databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &why);
    if (!target) {
        m_error = tr("Cannot open %1 to restore into it: %2").arg(native(m_databasePath), why);
        return false;
    }
    // Page by page inside one write transaction of the target: all of it or nothing.
    sqlite3_backup *copy = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!copy) {
        m_error = tr("Cannot restore %1: %2").arg(native(backupPath), lastError(target.get()));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE) {
        m_error = tr("Cannot restore %1 into %2: %3")
                      .arg(native(backupPath), native(m_databasePath),
                           QString::fromUtf8(sqlite3_errstr(rc)));
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    qCInfo(lcStore).noquote() << "restored" << native(m_databasePath) << "from"
                              << native(backupPath);
    return true;
}

qint64 DatabaseBackups::countRows(const QString &path, const QString &table)
{
    QString why;
    Db db = openDb(path, SQLITE_OPEN_READONLY, &why);
    QString value;
    QString name = table;
    name.replace(u'"', u"\"\""_qs);
    if (!db || !execute(db.get(), u"SELECT count(*) FROM \""_qs + name + u'"', &why, &value))
        return -1;
    return value.toLongLong();
}

int DatabaseBackups::userVersion(const QString &path)
{
    QString why;
    Db db = openDb(path, SQLITE_OPEN_READONLY, &why);
    QString value;
    if (!db || !execute(db.get(), u"PRAGMA user_version"_qs, &why, &value))
        return -1;
    return value.toInt();
}
