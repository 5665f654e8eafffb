#include "downloadstore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt g_connectionCounter;
constexpr int kBusyTimeoutMs = 5000;

const QString kColumns =
    QStringLiteral("episode_id, url, title, folder, file_path, state, bytes_done, bytes_total, "
                   "error, added_at, finished_at");

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString text(const QString &s)
{
    return s.isNull() ? u""_qs : s;
}

DownloadItem readItem(const QSqlQuery &q)
{
    DownloadItem d;
    d.episodeId = q.value(0).toString();
    d.url = q.value(1).toString();
    d.title = q.value(2).toString();
    d.folder = q.value(3).toString();
    d.filePath = q.value(4).toString();
    d.state = DownloadStore::stateFromName(q.value(5).toString());
    d.bytesDone = q.value(6).toLongLong();
    d.bytesTotal = q.value(7).toLongLong();
    d.error = q.value(8).toString();
    d.addedAt = fromDb(q.value(9));
    d.finishedAt = fromDb(q.value(10));
    return d;
}
} // namespace

DownloadStore::DownloadStore() = default;

DownloadStore::~DownloadStore()
{
    close();
}

bool DownloadStore::open(const QString &databasePath)
{
    close();
    m_error.clear();
    if (!QFileInfo::exists(databasePath)) {
        m_error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    m_connectionName = u"earmark-downloads-%1"_qs.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kBusyTimeoutMs));
        if (!db.open()) {
            m_error = tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(databasePath), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(u"PRAGMA synchronous=NORMAL"_qs);
            if (!q.exec(
                    u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'downloads'"_qs) ||
                !q.next())
                m_error = tr("%1 has no download tables; open it with Earmark once to upgrade it.")
                              .arg(QDir::toNativeSeparators(databasePath));
        }
    }
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
    return true;
}

void DownloadStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString DownloadStore::stateName(DownloadState state)
{
    switch (state) {
    case DownloadState::None:
    case DownloadState::Queued:
        return u"queued"_qs;
    case DownloadState::Downloading:
        return u"downloading"_qs;
    case DownloadState::Paused:
        return u"paused"_qs;
    case DownloadState::Completed:
        return u"completed"_qs;
    case DownloadState::Failed:
        return u"failed"_qs;
    }
    return u"queued"_qs;
}

DownloadState DownloadStore::stateFromName(const QString &name)
{
    if (name == u"downloading")
        return DownloadState::Downloading;
    if (name == u"paused")
        return DownloadState::Paused;
    if (name == u"completed")
        return DownloadState::Completed;
    if (name == u"failed")
        return DownloadState::Failed;
    return DownloadState::Queued;
}

bool DownloadStore::exec(const QString &sql, const QVariantList &values) const
{
    if (m_connectionName.isEmpty()) {
        m_error = tr("The download store is not open.");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<DownloadItem> DownloadStore::items() const
{
    QList<DownloadItem> out;
    if (m_connectionName.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_qs + kColumns + u" FROM downloads ORDER BY added_at, rowid"_qs)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readItem(q));
    return out;
}

std::optional<DownloadItem> DownloadStore::item(const QString &episodeId) const
{
    if (m_connectionName.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_qs + kColumns + u" FROM downloads WHERE episode_id = ?"_qs);
    q.addBindValue(episodeId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

bool DownloadStore::save(const DownloadItem &item)
{
    return exec(u"INSERT INTO downloads("_qs + kColumns +
                    u") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(episode_id) DO UPDATE "
                    "SET url = excluded.url, title = excluded.title, folder = excluded.folder, "
                    "file_path = excluded.file_path, state = excluded.state, bytes_done = "
                    "excluded.bytes_done, bytes_total = excluded.bytes_total, error = "
                    "excluded.error, finished_at = excluded.finished_at"_qs,
                {item.episodeId, text(item.url), text(item.title), text(item.folder),
                 text(item.filePath), stateName(item.state), item.bytesDone, item.bytesTotal,
                 text(item.error),
                 item.addedAt.isValid() ? item.addedAt.toMSecsSinceEpoch()
                                        : QDateTime::currentMSecsSinceEpoch(),
                 toDb(item.finishedAt)});
}

bool DownloadStore::remove(const QString &episodeId)
{
    return exec(u"DELETE FROM downloads WHERE episode_id = ?"_qs, {episodeId});
}

bool DownloadStore::setAutoDownload(const QString &podcastId, bool on)
{
    return exec(u"INSERT INTO podcast_download_settings(podcast_id, auto_download) VALUES(?, ?) "
                "ON CONFLICT(podcast_id) DO UPDATE SET auto_download = excluded.auto_download"_qs,
                {podcastId, on ? 1 : 0});
}

bool DownloadStore::autoDownload(const QString &podcastId) const
{
    return autoDownloadPodcasts().contains(podcastId);
}

QSet<QString> DownloadStore::autoDownloadPodcasts() const
{
    QSet<QString> out;
    if (m_connectionName.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT podcast_id FROM podcast_download_settings WHERE auto_download"_qs))
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}
