#include "searchindexer.h"

#include "feedtext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrl>

#include <limits>

namespace {
// Rows written per transaction: few commits, and a reader never waits long.
constexpr int kRowsPerTransaction = 500;
} // namespace

QByteArray SearchIndexer::hashOf(QStringView text)
{
    return QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        QCryptographicHash::Md5);
}

QByteArray SearchIndexer::fileStamp(const QString &urlText)
{
    const QUrl url(urlText);
    QString path;
    if (url.scheme() == u"qrc")
        path = u':' + url.path();
    else if (url.isLocalFile())
        path = url.toLocalFile();
    else if (url.scheme().isEmpty() && !urlText.isEmpty())
        path = urlText;
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QByteArray::number(info.size()) + ' ' +
           QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' + path.toUtf8();
}

SearchIndexer::Stats SearchIndexer::update(SearchIndex &index, const Catalog &catalog,
                                           const SearchSources &sources,
                                           const std::atomic_bool *cancel)
{
    Stats stats = run(index, catalog, sources, cancel);
    if (!index.isDamaged())
        return stats;
    // A cache: a damaged file is made anew and filled again.
    if (!index.rebuild()) {
        stats.error = index.errorString();
        return stats;
    }
    stats = run(index, catalog, sources, cancel);
    stats.rebuilt = true;
    return stats;
}

SearchIndexer::Stats SearchIndexer::run(SearchIndex &index, const Catalog &catalog,
                                        const SearchSources &sources,
                                        const std::atomic_bool *cancel)
{
    Stats stats;
    stats.rebuilt = index.wasRebuilt();
    QHash<QString, SearchIndex::Document> known = index.documents();
    if (index.isDamaged())
        return stats;
    if (!index.begin()) {
        stats.error = index.errorString();
        return stats;
    }
    int pending = 0;
    bool ok = true;
    const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Writes one row when its stamp changed; `text` is asked for only then.
    const auto store = [&](const QString &episodeId, SearchField field, QByteArray stamp,
                           const auto &text) {
        const QString key = SearchIndex::keyOf(episodeId, field);
        const auto it = known.constFind(key);
        const qint64 rowId = it == known.cend() ? -1 : it->rowId;
        QString body;
        if (stamp.isEmpty()) {
            body = text();
            stamp = hashOf(body);
        }
        if (it != known.cend() && it->stamp == stamp) {
            known.erase(it);
            ++stats.unchanged;
            return;
        }
        if (it != known.cend())
            known.erase(it);
        if (body.isNull())
            body = text();
        if (!index.put(episodeId, field, stamp, body, rowId)) {
            ok = false;
            return;
        }
        ++stats.indexed;
        if (++pending >= kRowsPerTransaction) {
            pending = 0;
            ok = index.commit() && index.begin();
        }
    };

    if (sources.transcriptText) {
        for (const Episode &e : catalog.episodes()) {
            if (!ok || cancelled())
                break;
            if (e.transcriptUrl.isEmpty())
                continue;
            const QByteArray stamp =
                sources.transcriptStamp ? sources.transcriptStamp(e) : fileStamp(e.transcriptUrl);
            store(e.id, SearchField::Transcript, stamp, [&] { return sources.transcriptText(e); });
        }
    }
    if (sources.keptTranscripts && ok && !cancelled()) {
        sources.keptTranscripts([&](const QString &episodeId, const QByteArray &stamp,
                                    const std::function<QString()> &text) {
            if (!ok || catalog.indexOfEpisode(episodeId) < 0 || cancelled())
                return;
            store(episodeId, SearchField::Transcript, stamp, text);
        });
    }
    if (sources.showNotes && ok && !cancelled()) {
        sources.showNotes([&](const QString &episodeId, const QString &notes) {
            if (!ok || notes.isEmpty() || catalog.indexOfEpisode(episodeId) < 0 || cancelled())
                return;
            store(episodeId, SearchField::ShowNotes, hashOf(notes),
                  [&] { return FeedText::plainText(notes, std::numeric_limits<int>::max()); });
        });
    }
    stats.cancelled = cancelled();
    // What was not seen belongs to episodes no longer in the library, or that lost the text.
    // (A cancelled run saw only part of the library, so it removes nothing.)
    if (ok && !stats.cancelled) {
        for (auto it = known.cbegin(); it != known.cend() && ok; ++it) {
            ok = index.remove(it->rowId);
            if (ok && ++pending >= kRowsPerTransaction) {
                pending = 0;
                ok = index.commit() && index.begin();
            }
            ++stats.removed;
        }
    }
    if (!ok || !index.commit()) {
        stats.error = index.errorString();
        index.rollback();
    }
    return stats;
}
