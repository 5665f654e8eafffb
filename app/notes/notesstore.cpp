#include "notesstore.h"

#include "logging.h"
#include "scopedtransaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QAtomicInt g_connectionCounter;
constexpr int kBusyTimeoutMs = 5000;

const QString kColumns =
    QStringLiteral("id, uid, episode_id, start_ms, end_ms, chapter_title, quote, text, "
                   "is_flashcard, front, back, created_at, edited_at");

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Never NULL for a text column: Qt binds a null QString as NULL.
QString textToDb(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant spanToDb(const Note &note, qint64 ms)
{
    return note.hasTime() ? QVariant(ms) : QVariant();
}

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.uid = q.value(1).toString();
    n.episodeId = q.value(2).toString();
    if (!q.value(3).isNull()) {
        n.startMs = q.value(3).toLongLong();
        n.endMs = q.value(4).toLongLong();
    }
    n.chapterTitle = q.value(5).toString();
    n.quote = q.value(6).toString();
    n.text = q.value(7).toString();
    n.isFlashcard = q.value(8).toInt() != 0;
    n.front = q.value(9).toString();
    n.back = q.value(10).toString();
    n.createdAt = fromDb(q.value(11));
    n.editedAt = fromDb(q.value(12));
    return n;
}

} // namespace

NotesStore::NotesStore() = default;

NotesStore::~NotesStore()
{
    close();
}

QDateTime NotesStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool NotesStore::open(const QString &databasePath)
{
    close();
    m_error.clear();
    if (!QFileInfo::exists(databasePath)) {
        m_error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    m_connectionName = u"earmark-notes-%1"_qs.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kBusyTimeoutMs));
        if (!db.open()) {
            m_error = tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(databasePath), db.lastError().text());
        } else {
            QSqlQuery q(db);
            // As ProgressStore: WAL mode, where NORMAL keeps the file consistent.
            q.exec(u"PRAGMA synchronous=NORMAL"_qs);
            if (!q.exec(
                    u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notes'"_qs) ||
                !q.next())
                m_error = tr("%1 has no notes table; open it with Earmark once to upgrade it.")
                              .arg(QDir::toNativeSeparators(databasePath));
        }
    }
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
    return true;
}

void NotesStore::close()
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

QList<Note> NotesStore::notes() const
{
    QList<Note> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_qs + kColumns + u" FROM notes ORDER BY created_at DESC, id DESC"_qs)) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readNote(q));
    return result;
}

QList<Note> NotesStore::notesOf(const QString &episodeId) const
{
    QList<Note> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_qs + kColumns +
              u" FROM notes WHERE episode_id = ?"
              u" ORDER BY start_ms IS NULL, start_ms, created_at, id"_qs);
    q.addBindValue(episodeId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readNote(q));
    return result;
}

std::optional<Note> NotesStore::note(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_qs + kColumns + u" FROM notes WHERE id = ?"_qs);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readNote(q);
}

bool NotesStore::write(const Note &n, bool insert, bool keepId, qint64 *insertedId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (insert) {
        q.prepare(u"INSERT INTO notes ("_qs + kColumns +
                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        q.addBindValue(keepId && n.id > 0 ? QVariant(n.id) : QVariant());
        q.addBindValue(textToDb(n.uid));
    } else {
        q.prepare(u"UPDATE notes SET episode_id = ?, start_ms = ?, end_ms = ?, chapter_title = ?,"
                  u" quote = ?, text = ?, is_flashcard = ?, front = ?, back = ?, created_at = ?,"
                  u" edited_at = ? WHERE "_qs +
                  (keepId ? u"id = ?"_qs : u"uid = ?"_qs));
    }
    q.addBindValue(textToDb(n.episodeId));
    q.addBindValue(spanToDb(n, n.startMs));
    q.addBindValue(spanToDb(n, n.endMs));
    q.addBindValue(textToDb(n.chapterTitle));
    q.addBindValue(textToDb(n.quote));
    q.addBindValue(textToDb(n.text));
    q.addBindValue(n.isFlashcard ? 1 : 0);
    q.addBindValue(textToDb(n.front));
    q.addBindValue(textToDb(n.back));
    q.addBindValue(toDb(n.createdAt));
    q.addBindValue(toDb(n.editedAt));
    if (!insert)
        q.addBindValue(keepId ? QVariant(n.id) : QVariant(n.uid));
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStore).noquote() << "cannot save a note:" << m_error;
        return false;
    }
    if (!insert && q.numRowsAffected() != 1) {
        m_error = tr("The note is no longer there.");
        return false;
    }
    if (insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    return true;
}

std::optional<Note> NotesStore::save(const Note &note)
{
    if (note.episodeId.isEmpty()) {
        m_error = tr("A note needs an episode.");
        return std::nullopt;
    }
    Note n = note;
    const QDateTime time = now();
    if (n.id == 0) {
        if (n.uid.isEmpty())
            n.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!n.createdAt.isValid())
            n.createdAt = time;
        if (!n.editedAt.isValid())
            n.editedAt = n.createdAt;
        if (!write(n, true, false, &n.id))
            return std::nullopt;
        return n;
    }
    n.editedAt = time;
    if (!write(n, false, true))
        return std::nullopt;
    return n;
}

bool NotesStore::restore(const Note &note)
{
    return write(note, true, true);
}

bool NotesStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM notes WHERE id = ?"_qs);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

int NotesStore::merge(const QList<Note> &notes)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = db.lastError().text();
        return -1;
    }
    QHash<QString, QDateTime> known;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT uid, edited_at FROM notes"_qs)) {
            m_error = q.lastError().text();
            return -1;
        }
        while (q.next())
            known.insert(q.value(0).toString(), fromDb(q.value(1)));
    }
    int changed = 0;
    for (const Note &imported : notes) {
        Note n = imported;
        n.id = 0;
        const auto found = known.constFind(n.uid);
        if (found == known.cend()) {
            if (!write(n, true, false))
                return -1;
        } else if (n.editedAt > *found) {
            if (!write(n, false, false))
                return -1;
        } else {
            continue;
        }
        known.insert(n.uid, n.editedAt);
        ++changed;
    }
    if (!transaction.commit()) {
        m_error = db.lastError().text();
        return -1;
    }
    return changed;
}

bool NotesStore::saveDraft(const QString &slot, const Note &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT OR REPLACE INTO note_drafts (slot, note_id, uid, episode_id, start_ms,"
              u" end_ms, chapter_title, quote, text, is_flashcard, front, back, created_at,"
              u" saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    q.addBindValue(slot);
    q.addBindValue(d.id);
    q.addBindValue(textToDb(d.uid));
    q.addBindValue(textToDb(d.episodeId));
    q.addBindValue(spanToDb(d, d.startMs));
    q.addBindValue(spanToDb(d, d.endMs));
    q.addBindValue(textToDb(d.chapterTitle));
    q.addBindValue(textToDb(d.quote));
    q.addBindValue(textToDb(d.text));
    q.addBindValue(d.isFlashcard ? 1 : 0);
    q.addBindValue(textToDb(d.front));
    q.addBindValue(textToDb(d.back));
    q.addBindValue(toDb(d.createdAt));
    q.addBindValue(now().toMSecsSinceEpoch());
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStore).noquote() << "cannot save a note draft:" << m_error;
        return false;
    }
    return true;
}

std::optional<Note> NotesStore::draft(const QString &slot) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT note_id, uid, episode_id, start_ms, end_ms, chapter_title, quote, text,"
              u" is_flashcard, front, back, created_at, saved_at FROM note_drafts"
              u" WHERE slot = ?"_qs);
    q.addBindValue(slot);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Note n;
    n.id = q.value(0).toLongLong();
    n.uid = q.value(1).toString();
    n.episodeId = q.value(2).toString();
    if (!q.value(3).isNull()) {
        n.startMs = q.value(3).toLongLong();
        n.endMs = q.value(4).toLongLong();
    }
    n.chapterTitle = q.value(5).toString();
    n.quote = q.value(6).toString();
    n.text = q.value(7).toString();
    n.isFlashcard = q.value(8).toInt() != 0;
    n.front = q.value(9).toString();
    n.back = q.value(10).toString();
    n.createdAt = fromDb(q.value(11));
    n.editedAt = fromDb(q.value(12));
    return n;
}

bool NotesStore::clearDraft(const QString &slot)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"DELETE FROM note_drafts WHERE slot = ?"_qs);
    q.addBindValue(slot);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}
