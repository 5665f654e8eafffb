#include "searchindex.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QAtomicInteger<quint64> g_connections;

// Marks around the matched words in a snippet; private-use characters no text holds.
const QString kHitStart = QStringLiteral("\uE000");
const QString kHitEnd = QStringLiteral("\uE001");
constexpr int kSnippetTokens = 12;

bool isDamage(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), as the driver reports them.
    const QString code = error.nativeErrorCode();
    return code == u"11" || code == u"26" || error.text().contains(u"malformed") ||
           error.text().contains(u"not a database");
}
} // namespace

QString SearchIndex::keyOf(const QString &episodeId, SearchField field)
{
    return QString::number(int(field)) + u':' + episodeId;
}

QString SearchIndex::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("search-index.sqlite"));
}

SearchIndex::SearchIndex() = default;

SearchIndex::~SearchIndex()
{
    close();
}

void SearchIndex::close()
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

bool SearchIndex::open(const QString &path)
{
    close();
    m_path = path;
    m_rebuilt = false;
    m_damaged = false;
    if (openFile(true))
        return true;
    // Not an index we can use: it is only a cache, so start again.
    return rebuild();
}

bool SearchIndex::rebuild()
{
    close();
    m_damaged = false;
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u"-journal"_qs}) {
        const QString file = m_path + suffix;
        if (QFile::exists(file) && !QFile::remove(file)) {
            m_error = u"cannot remove "_qs + QDir::toNativeSeparators(file);
            return false;
        }
    }
    m_rebuilt = true;
    return openFile(true);
}

bool SearchIndex::openExisting(const QString &path)
{
    close();
    m_path = path;
    m_rebuilt = false;
    m_damaged = false;
    if (!QFileInfo::exists(path)) {
        m_error = u"no index at "_qs + QDir::toNativeSeparators(path);
        return false;
    }
    return openFile(false);
}

bool SearchIndex::openFile(bool create)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = u"cannot make the folder of "_qs + QDir::toNativeSeparators(m_path);
        return false;
    }
    m_connectionName = u"earmark-search-"_qs + QString::number(++g_connections);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        db = {};
        close();
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_qs) || !version.next()) {
        m_error = version.lastError().text();
        version = QSqlQuery();
        db = {};
        close();
        return false;
    }
    const int found = version.value(0).toInt();
    version = QSqlQuery();
    if ((found != 0 || !create) && found != kSchemaVersion) {
        m_error = u"version "_qs + QString::number(found) + u", not "_qs +
                  QString::number(kSchemaVersion);
        db = {};
        close();
        return false;
    }
    // A cache: losing the last transactions in a crash costs a re-index, never data.
    if ((create && !exec(u"PRAGMA journal_mode = WAL"_qs)) ||
        !exec(u"PRAGMA synchronous = NORMAL"_qs)) {
        db = {};
        close();
        return false;
    }
    if (found == 0 && !createSchema()) {
        db = {};
        close();
        return false;
    }
    // A damaged file may still open: read the tables once.
    QSqlQuery check(db);
    if (!check.exec(u"SELECT count(*) FROM documents"_qs) || !check.next() ||
        !check.exec(u"SELECT rowid FROM texts LIMIT 1"_qs)) {
        m_error = check.lastError().text();
        check = QSqlQuery();
        db = {};
        close();
        return false;
    }
    return true;
}

bool SearchIndex::createSchema()
{
    return begin() &&
           exec(u"CREATE TABLE documents ("
                " id INTEGER PRIMARY KEY,"
                " episode_id TEXT NOT NULL,"
                " field INTEGER NOT NULL,"
                " stamp BLOB NOT NULL,"
                " UNIQUE (episode_id, field))"_qs) &&
           // Prefix indexes of 2 and 3 characters keep search-as-you-type fast.
           exec(u"CREATE VIRTUAL TABLE texts USING fts5(body,"
                " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"_qs) &&
           exec(u"PRAGMA user_version = "_qs + QString::number(kSchemaVersion)) && commit();
}

void SearchIndex::noteError(const QSqlError &error) const
{
    m_error = error.text();
    if (isDamage(error))
        m_damaged = true;
}

bool SearchIndex::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    noteError(q.lastError());
    return false;
}

QHash<QString, SearchIndex::Document> SearchIndex::documents() const
{
    QHash<QString, Document> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, episode_id, field, stamp FROM documents"_qs)) {
        noteError(q.lastError());
        return out;
    }
    while (q.next()) {
        out.insert(keyOf(q.value(1).toString(), SearchField(q.value(2).toInt())),
                   Document{q.value(0).toLongLong(), q.value(3).toByteArray()});
    }
    return out;
}

int SearchIndex::documentCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"SELECT count(*) FROM texts"_qs) || !q.next()) {
        noteError(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

bool SearchIndex::begin()
{
    return exec(u"BEGIN"_qs);
}

bool SearchIndex::commit()
{
    return exec(u"COMMIT"_qs);
}

void SearchIndex::rollback()
{
    exec(u"ROLLBACK"_qs);
}

bool SearchIndex::put(const QString &episodeId, SearchField field, const QByteArray &stamp,
                      const QString &text, qint64 rowId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (rowId >= 0) {
        q.prepare(u"DELETE FROM texts WHERE rowid = ?"_qs);
        q.addBindValue(rowId);
        if (!q.exec()) {
            noteError(q.lastError());
            return false;
        }
        q.prepare(u"UPDATE documents SET stamp = ? WHERE id = ?"_qs);
        q.addBindValue(stamp);
        q.addBindValue(rowId);
    } else {
        q.prepare(u"INSERT INTO documents (episode_id, field, stamp) VALUES (?, ?, ?)"_qs);
        q.addBindValue(episodeId);
        q.addBindValue(int(field));
        q.addBindValue(stamp);
    }
    if (!q.exec()) {
        noteError(q.lastError());
        return false;
    }
    if (rowId < 0)
        rowId = q.lastInsertId().toLongLong();
    if (text.isEmpty())
        return true;
    q.prepare(u"INSERT INTO texts (rowid, body) VALUES (?, ?)"_qs);
    q.addBindValue(rowId);
    q.addBindValue(text);
    if (!q.exec()) {
        noteError(q.lastError());
        return false;
    }
    return true;
}

bool SearchIndex::remove(qint64 rowId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    for (const QString &sql :
         {u"DELETE FROM texts WHERE rowid = ?"_qs, u"DELETE FROM documents WHERE id = ?"_qs}) {
        q.prepare(sql);
        q.addBindValue(rowId);
        if (!q.exec()) {
            noteError(q.lastError());
            return false;
        }
    }
    return true;
}

QString SearchIndex::matchExpression(const QString &query)
{
    // Control characters (NUL ends FTS5's reading of the expression) separate words.
    QString cleaned = query;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    QStringList terms;
    for (const QString &word : cleaned.simplified().split(u' ', Qt::SkipEmptyParts)) {
        int wordChars = 0;
        for (const QChar c : word) {
            if (c.isLetterOrNumber())
                ++wordChars;
        }
        if (wordChars < kMinWordChars)
            continue;
        // Inside double quotes every FTS5 operator (AND, NEAR, *, ^, :, parentheses) is text;
        // a quote is written twice. The trailing * makes the phrase's last word a prefix.
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_qs);
        terms.append(u'"' + quoted + u"\"*");
    }
    return terms.join(u' ');
}

std::optional<SearchHits> SearchIndex::search(const QString &query, int maxHits,
                                              int snippetLimit) const
{
    SearchHits hits;
    const QString expression = matchExpression(query);
    if (expression.isEmpty())
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The first matches, from the index alone (no text is read): ids and fields. Not ranked:
    // bm25 over every match of a common word took a second for 50,000 episodes, where the
    // first ones come in milliseconds. An episode may match in both of its rows, hence twice
    // the limit.
    q.prepare(u"SELECT d.id, d.episode_id, d.field FROM (SELECT rowid AS hit FROM texts"
              " WHERE texts MATCH ? LIMIT ?) JOIN documents d ON d.id = hit"_qs);
    q.addBindValue(expression);
    q.addBindValue(maxHits * 2);
    if (!q.exec()) {
        noteError(q.lastError());
        return std::nullopt;
    }
    QHash<QString, qsizetype> byEpisode;
    QHash<qint64, qsizetype> byRow;
    QList<qint64> rowOfHit;
    while (q.next()) {
        const qint64 row = q.value(0).toLongLong();
        const QString episodeId = q.value(1).toString();
        const auto field = SearchField(q.value(2).toInt());
        const auto known = byEpisode.constFind(episodeId);
        if (known != byEpisode.cend()) {
            if (field != SearchField::Transcript)
                continue;
            // The transcript wins over the show notes.
            const qsizetype i = *known;
            byRow.remove(rowOfHit.at(i));
            hits[i].field = field;
            rowOfHit[i] = row;
            byRow.insert(row, i);
            continue;
        }
        if (hits.size() >= maxHits)
            continue;
        byEpisode.insert(episodeId, hits.size());
        byRow.insert(row, hits.size());
        rowOfHit.append(row);
        hits.append(SearchHit{episodeId, field, {}, {}});
    }
    if (q.lastError().isValid()) {
        noteError(q.lastError());
        return std::nullopt;
    }
    if (hits.isEmpty() || snippetLimit <= 0)
        return hits;
    // Snippets for the first ones: reading and tokenizing the texts is the costly part.
    q.prepare(u"SELECT rowid, snippet(texts, 0, ?, ?, '\u2026', "_qs +
              QString::number(kSnippetTokens) + u") FROM texts WHERE texts MATCH ? LIMIT ?"_qs);
    q.addBindValue(kHitStart);
    q.addBindValue(kHitEnd);
    q.addBindValue(expression);
    q.addBindValue(snippetLimit * 2); // an episode's two fields may both be among them
    if (!q.exec()) {
        noteError(q.lastError());
        return std::nullopt;
    }
    int withSnippet = 0;
    while (q.next() && withSnippet < snippetLimit) {
        const auto row = byRow.constFind(q.value(0).toLongLong());
        if (row == byRow.cend())
            continue; // the other field of an episode
        SearchHit &hit = hits[*row];
        const QString marked = q.value(1).toString();
        const qsizetype start = marked.indexOf(kHitStart);
        const qsizetype end = start < 0 ? -1 : marked.indexOf(kHitEnd, start);
        if (end > start)
            hit.hitText = marked.mid(start + 1, end - start - 1);
        hit.snippet = marked;
        hit.snippet.remove(kHitStart).remove(kHitEnd);
        ++withSnippet;
    }
    return hits;
}
