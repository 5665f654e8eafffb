#pragma once

#include "searchfield.h"
#include "searchhit.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// The full-text index of episodes' transcripts and show notes: an SQLite file of its own with an
// FTS5 table (one row per episode and field) and a stamp per row that tells the indexer whether
// the text changed. The file is a cache: one that is damaged, of another version or not a
// database is deleted and made anew, and SearchIndexer fills it again.
//
// One connection per object, used only on the thread that opened it. Several objects may open
// the same file (one writes, others read: the file is in WAL mode).
class SearchIndex final
{
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    static constexpr int kSchemaVersion = 1;
    // Shorter words are not looked up (a one-letter prefix matches nearly every row).
    static constexpr int kMinWordChars = 2;
    // At most this many episodes are found (the first in the index, not ranked): a common word
    // would otherwise hand the cards tens of thousands (which then cost a frame to show).
    static constexpr int kDefaultMaxHits = 1000;
    // Hits that come with a snippet; the others carry none.
    static constexpr int kDefaultSnippetLimit = 200;

    struct Document
    {
        qint64 rowId = -1;
        QByteArray stamp;
    };
    // A row's key: the field's number, then the episode id.
    static QString keyOf(const QString &episodeId, SearchField field);

    static QString fileIn(const QString &dataDir); // <dataDir>/search-index.sqlite

    SearchIndex();
    ~SearchIndex();

    // Opens the index at `path`, making it when missing; a damaged one, or one of another
    // version, is made anew (wasRebuilt()). False only when no index can be made there.
    bool open(const QString &path);
    // Opens an index that exists and has this version, for reading beside the writer; never
    // makes or replaces the file (that is the writer's part).
    bool openExisting(const QString &path);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    bool wasRebuilt() const { return m_rebuilt; }
    // A statement failed because the file is damaged: make it anew with rebuild().
    bool isDamaged() const { return m_damaged; }
    // Deletes the file and makes an empty index there.
    bool rebuild();

    // Every row's key (keyOf) with its stamp.
    QHash<QString, Document> documents() const;
    int documentCount() const;

    bool begin();
    bool commit();
    void rollback();
    // Stores `text` as the episode's `field` (replacing row `rowId` when not -1). Empty text is
    // kept as a stamp only: the indexer does not read it again until it changes.
    bool put(const QString &episodeId, SearchField field, const QByteArray &stamp,
             const QString &text, qint64 rowId = -1);
    bool remove(qint64 rowId);

    // Episodes whose text holds every word of `query`, each word as the start of a word in the
    // text, case- and accent-insensitive; a word in both fields is reported once, as transcript.
    // nullopt on a database error (isDamaged() tells whether it is the file's fault).
    std::optional<SearchHits> search(const QString &query, int maxHits = kDefaultMaxHits,
                                     int snippetLimit = kDefaultSnippetLimit) const;
    // The FTS5 expression for what a user typed: each word quoted (the syntax characters of FTS5
    // lose their meaning) and made a prefix; empty when no word is long enough to look up.
    static QString matchExpression(const QString &query);

private:
    bool openFile(bool create);
    bool createSchema();
    bool exec(const QString &sql) const;
    void noteError(const class QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
    mutable bool m_damaged = false;
    bool m_rebuilt = false;
};
