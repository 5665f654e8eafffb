#include "textsearch.h"

#include "searchindex.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace {
Q_LOGGING_CATEGORY(lcSearch, "earmark.search")
} // namespace

TextSearch::TextSearch(const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_indexPath(indexPath)
{
    qRegisterMetaType<SearchHits>();
    qRegisterMetaType<SearchIndexer::Stats>();
    m_indexThread.setMaxThreadCount(1);
    m_queryThread.setMaxThreadCount(1);
    m_queryThread.setExpiryTimeout(-1); // the same thread for every query: m_reader stays open
}

TextSearch::~TextSearch()
{
    m_cancel = true;
    m_indexThread.waitForDone();
    // The reader is closed on the thread that opened it.
    m_queryThread.start([this] { m_reader.reset(); });
    m_queryThread.waitForDone();
}

void TextSearch::update(const Catalog &catalog, const SearchSources &sources)
{
    Update next{catalog, sources};
    if (m_updating) {
        m_pendingUpdate = std::move(next);
        return;
    }
    startUpdate(std::move(next));
}

void TextSearch::startUpdate(Update next)
{
    m_updating = true;
    m_indexThread.start([this, next = std::move(next)] {
#ifdef Q_OS_LINUX
        // Below the UI thread: an index build of a large library takes seconds of CPU. (Linux
        // gives each thread its own nice value; QThread priorities do nothing for SCHED_OTHER.)
        setpriority(PRIO_PROCESS, 0, 10);
#endif
        QElapsedTimer timer;
        timer.start();
        SearchIndex index;
        SearchIndexer::Stats stats;
        if (index.open(m_indexPath))
            stats = SearchIndexer::update(index, next.catalog, next.sources, &m_cancel);
        else
            stats.error = index.errorString();
        index.close();
        if (stats.rebuilt)
            ++m_generation;
        if (!stats.error.isEmpty())
            qCWarning(lcSearch) << "search index" << m_indexPath << stats.error;
        else
            qCInfo(lcSearch).nospace()
                << "search index updated in " << timer.elapsed() << " ms: " << stats.indexed
                << " indexed, " << stats.unchanged << " unchanged, " << stats.removed << " removed"
                << (stats.rebuilt ? " (made anew)" : "");
        QMetaObject::invokeMethod(
            this,
            [this, stats] {
                m_updating = false;
                emit updated(stats);
                if (m_pendingUpdate) {
                    Update again = std::move(*m_pendingUpdate);
                    m_pendingUpdate.reset();
                    startUpdate(std::move(again));
                }
            },
            Qt::QueuedConnection);
    });
}

void TextSearch::query(const QString &text)
{
    if (m_querying) {
        m_pendingQuery = text;
        return;
    }
    startQuery(text);
}

void TextSearch::startQuery(const QString &text)
{
    m_querying = true;
    m_queryThread.start([this, text] {
        SearchHits hits;
        if (!SearchIndex::matchExpression(text).isEmpty()) {
            const int generation = m_generation;
            if (!m_reader || m_readerGeneration != generation) {
                m_reader = std::make_unique<SearchIndex>();
                m_readerGeneration = generation;
                if (!m_reader->openExisting(m_indexPath))
                    m_reader.reset(); // not made yet: tried again with the next query
            }
            if (m_reader) {
                if (std::optional<SearchHits> found = m_reader->search(text))
                    hits = std::move(*found);
                else if (m_reader->isDamaged())
                    m_reader.reset(); // the next update makes the file anew
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, text, hits = std::move(hits)] {
                m_querying = false;
                emit found(text, hits);
                if (m_pendingQuery) {
                    const QString next = *m_pendingQuery;
                    m_pendingQuery.reset();
                    startQuery(next);
                }
            },
            Qt::QueuedConnection);
    });
}
