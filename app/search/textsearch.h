#pragma once

#include "catalog.h"
#include "searchhit.h"
#include "searchindexer.h"
#include "searchsources.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class SearchIndex;

// The full-text search as the window uses it, never blocking the UI thread: update() indexes
// the library on an indexing thread (incrementally; one run at a time, the newest library next),
// query() looks words up on a query thread with a connection of its own and answers with
// found(); while a query runs only the newest one waits, so typing never queues up work.
class TextSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextSearch)

public:
    explicit TextSearch(const QString &indexPath, QObject *parent = nullptr);
    ~TextSearch() override; // cancels an update and waits for the threads

    QString indexPath() const { return m_indexPath; }
    void update(const Catalog &catalog, const SearchSources &sources);
    bool isUpdating() const { return m_updating; }
    void query(const QString &text);

signals:
    void updated(const SearchIndexer::Stats &stats);
    // The hits for `text` (empty when no word is long enough, or on an error).
    void found(const QString &text, const SearchHits &hits);

private:
    struct Update
    {
        Catalog catalog;
        SearchSources sources;
    };
    void startUpdate(Update next);
    void startQuery(const QString &text);

    QString m_indexPath;
    QThreadPool m_indexThread;             // one thread: SearchIndexer
    QThreadPool m_queryThread;             // one thread, kept: m_reader lives there
    std::unique_ptr<SearchIndex> m_reader; // used on m_queryThread only
    std::atomic_bool m_cancel = false;
    std::atomic_int m_generation = 0; // bumped when the file was made anew: reopen
    int m_readerGeneration = -1;      // on m_queryThread
    bool m_updating = false;
    std::optional<Update> m_pendingUpdate;
    bool m_querying = false;
    std::optional<QString> m_pendingQuery;
};
