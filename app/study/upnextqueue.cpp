#include "upnextqueue.h"

#include "logging.h"
#include "scopedtransaction.h"

#include <QSqlError>
#include <QSqlQuery>

bool UpNextQueue::open(const QString &databasePath)
{
    m_ids.clear();
    if (!m_connection.open(databasePath, u"up-next"_qs)) {
        m_error = m_connection.errorString();
        return false;
    }
    return reload();
}

void UpNextQueue::close()
{
    m_connection.close();
    m_ids.clear();
}

bool UpNextQueue::reload()
{
    QSqlQuery q(m_connection.database());
    if (!q.exec(u"SELECT episode_id FROM up_next ORDER BY position"_qs)) {
        m_error = tr("Cannot read the Up Next queue: %1").arg(q.lastError().text());
        return false;
    }
    m_ids.clear();
    while (q.next())
        m_ids.append(q.value(0).toString());
    return true;
}

bool UpNextQueue::write()
{
    if (!isOpen()) {
        m_error = tr("The Up Next queue is not open.");
        return false;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_connection.database();
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    // added_at survives a reorder: keep the known ones.
    QHash<QString, qint64> added;
    if (q.exec(u"SELECT episode_id, added_at FROM up_next"_qs)) {
        while (q.next())
            added.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    bool ok = q.exec(u"DELETE FROM up_next"_qs);
    q.prepare(u"INSERT INTO up_next (episode_id, position, added_at) VALUES (?, ?, ?)"_qs);
    for (int i = 0; ok && i < m_ids.size(); ++i) {
        q.addBindValue(m_ids.at(i));
        q.addBindValue(i);
        q.addBindValue(added.value(m_ids.at(i), now.toMSecsSinceEpoch()));
        ok = q.exec();
    }
    if (!ok || !transaction.commit()) {
        m_error = tr("Cannot save the Up Next queue: %1").arg(q.lastError().text());
        qCWarning(lcStore).noquote() << m_error;
        reload(); // back to what is stored
        return false;
    }
    return true;
}

bool UpNextQueue::add(const QString &episodeId)
{
    if (episodeId.isEmpty() || m_ids.contains(episodeId))
        return false;
    m_ids.append(episodeId);
    return write();
}

bool UpNextQueue::playNext(const QString &episodeId)
{
    if (episodeId.isEmpty() || m_ids.value(0) == episodeId)
        return false;
    m_ids.removeAll(episodeId);
    m_ids.prepend(episodeId);
    return write();
}

bool UpNextQueue::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_ids.size() || to >= m_ids.size() || from == to)
        return false;
    m_ids.move(from, to);
    return write();
}

bool UpNextQueue::remove(const QString &episodeId)
{
    if (!m_ids.removeOne(episodeId))
        return false;
    return write();
}

bool UpNextQueue::clear()
{
    if (m_ids.isEmpty())
        return false;
    m_ids.clear();
    return write();
}

QString UpNextQueue::takeFirst()
{
    if (m_ids.isEmpty())
        return {};
    const QString first = m_ids.takeFirst();
    write();
    return first;
}

int UpNextQueue::retainOnly(const QSet<QString> &known)
{
    const qsizetype removed =
        m_ids.removeIf([&known](const QString &id) { return !known.contains(id); });
    if (removed > 0)
        write();
    return int(removed);
}
