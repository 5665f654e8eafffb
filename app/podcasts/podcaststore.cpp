#include "podcaststore.h"

#include "logging.h"
#include "scopedtransaction.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInt g_connectionCounter;
constexpr int kBusyTimeoutMs = 5000;
constexpr QChar kListSeparator = u'\x1f'; // unit separator: never in a category

const QString kPodcastOwnColumns = QStringLiteral(
    "p.id, p.feed_url, p.title, p.description, p.link, p.image_url, p.author, p.categories, "
    "p.etag, p.last_modified, p.added_at, p.refreshed_at, p.succeeded_at, p.last_error, "
    "p.auto_refresh");
// The counts read every episode row of the podcast: about a millisecond for 250 episodes.
const QString kPodcastColumns =
    kPodcastOwnColumns +
    QStringLiteral(", (SELECT count(*) FROM podcast_episodes e WHERE e.podcast_id = p.id), "
                   "(SELECT count(*) FROM podcast_episodes e WHERE e.podcast_id = p.id AND "
                   "e.is_new)");

QString hexHash(const QString &text, int length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(length));
}

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

QString joinList(const QStringList &list)
{
    return list.isEmpty() ? u""_qs : list.join(kListSeparator);
}

// A null QString binds as SQL NULL; the text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_qs : s;
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(kListSeparator);
}

// What the episode page will need and the card does not: kept as one JSON text.
QString extrasOf(const FeedItem &item)
{
    QJsonObject o;
    if (!item.transcripts.isEmpty()) {
        QJsonArray a;
        for (const FeedTranscript &t : item.transcripts)
            a.append(QJsonObject{{u"url"_qs, t.url},
                                 {u"type"_qs, t.type},
                                 {u"language"_qs, t.language},
                                 {u"rel"_qs, t.rel}});
        o.insert(u"transcripts"_qs, a);
    }
    if (!item.chaptersUrl.isEmpty())
        o.insert(u"chapters_url"_qs,
                 QJsonObject{{u"url"_qs, item.chaptersUrl}, {u"type"_qs, item.chaptersType}});
    if (!item.chapters.isEmpty()) {
        QJsonArray a;
        for (const FeedChapter &c : item.chapters)
            a.append(QJsonObject{{u"start_ms"_qs, c.startMs},
                                 {u"title"_qs, c.title},
                                 {u"url"_qs, c.url},
                                 {u"image"_qs, c.imageUrl}});
        o.insert(u"chapters"_qs, a);
    }
    if (!item.persons.isEmpty()) {
        QJsonArray a;
        for (const FeedPerson &p : item.persons)
            a.append(QJsonObject{{u"name"_qs, p.name},
                                 {u"role"_qs, p.role},
                                 {u"group"_qs, p.group},
                                 {u"image"_qs, p.imageUrl},
                                 {u"url"_qs, p.url}});
        o.insert(u"persons"_qs, a);
    }
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// extrasOf() read back into `item`.
void readExtras(const QString &extras, FeedItem &item)
{
    if (extras.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(extras.toUtf8()).object();
    for (const QJsonValue &v : o.value(u"transcripts"_qs).toArray()) {
        const QJsonObject t = v.toObject();
        item.transcripts.append({t.value(u"url"_qs).toString(), t.value(u"type"_qs).toString(),
                                 t.value(u"language"_qs).toString(),
                                 t.value(u"rel"_qs).toString()});
    }
    const QJsonObject chaptersUrl = o.value(u"chapters_url"_qs).toObject();
    item.chaptersUrl = chaptersUrl.value(u"url"_qs).toString();
    item.chaptersType = chaptersUrl.value(u"type"_qs).toString();
    for (const QJsonValue &v : o.value(u"chapters"_qs).toArray()) {
        const QJsonObject c = v.toObject();
        item.chapters.append({qint64(c.value(u"start_ms"_qs).toDouble()),
                              c.value(u"title"_qs).toString(), c.value(u"url"_qs).toString(),
                              c.value(u"image"_qs).toString()});
    }
    for (const QJsonValue &v : o.value(u"persons"_qs).toArray()) {
        const QJsonObject p = v.toObject();
        item.persons.append({p.value(u"name"_qs).toString(), p.value(u"role"_qs).toString(),
                             p.value(u"group"_qs).toString(), p.value(u"image"_qs).toString(),
                             p.value(u"url"_qs).toString()});
    }
}

// The columns applyFeed() sets from a feed item, feed_index first.
constexpr int kFeedColumns = 17;

QStringList mergedTags(const QStringList &first, const QStringList &second)
{
    QStringList out;
    QSet<QString> seen;
    for (const QStringList *list : {&first, &second}) {
        for (const QString &tag : *list) {
            const QString key = tag.toCaseFolded();
            if (!tag.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                out.append(tag);
            }
        }
    }
    return out;
}

} // namespace

PodcastStore::PodcastStore() = default;

PodcastStore::~PodcastStore()
{
    close();
}

bool PodcastStore::open(const QString &databasePath)
{
    close();
    m_error.clear();
    if (!QFileInfo::exists(databasePath)) {
        m_error = tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    m_connectionName = u"earmark-podcasts-%1"_qs.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_qs.arg(kBusyTimeoutMs));
        if (!db.open()) {
            m_error = tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(databasePath), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(u"PRAGMA foreign_keys=ON"_qs);
            // As ProgressStore: the file is in WAL mode, where NORMAL keeps it consistent and
            // spares a commit its fsync (a refresh of 200 feeds commits some 600 times).
            q.exec(u"PRAGMA synchronous=NORMAL"_qs);
            if (!q.exec(
                    u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'podcasts'"_qs) ||
                !q.next())
                m_error = tr("%1 has no podcast tables; open it with Earmark once to upgrade it.")
                              .arg(QDir::toNativeSeparators(databasePath));
        }
    }
    if (!m_error.isEmpty()) {
        close();
        return false;
    }
    return true;
}

void PodcastStore::close()
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

QString PodcastStore::podcastIdFor(const QString &feedUrl)
{
    return u"podcast-"_qs + hexHash(feedUrl, 12);
}

QString PodcastStore::episodeIdFor(const QString &podcastId, const QString &feedKey)
{
    return podcastId + u'/' + hexHash(feedKey, 16);
}

QString PodcastStore::feedKeyOf(const FeedItem &item)
{
    return item.guid.isEmpty() ? item.audioUrl : item.guid;
}

bool PodcastStore::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcStore).noquote() << "podcasts:" << m_error;
        return false;
    }
    return true;
}

Podcast PodcastStore::readPodcast(const QSqlQuery &q) const
{
    Podcast p;
    p.id = q.value(0).toString();
    p.feedUrl = q.value(1).toString();
    p.title = q.value(2).toString();
    p.description = q.value(3).toString();
    p.link = q.value(4).toString();
    p.imageUrl = q.value(5).toString();
    p.author = q.value(6).toString();
    p.categories = splitList(q.value(7).toString());
    p.etag = q.value(8).toString().toUtf8();
    p.lastModified = q.value(9).toString().toUtf8();
    p.addedAt = fromDb(q.value(10));
    p.refreshedAt = fromDb(q.value(11));
    p.succeededAt = fromDb(q.value(12));
    p.lastError = q.value(13).toString();
    p.autoRefresh = q.value(14).toInt() != 0;
    p.episodeCount = q.value(15).toInt();
    p.newCount = q.value(16).toInt();
    return p;
}

QList<Podcast> PodcastStore::podcasts(Counts counts) const
{
    QList<Podcast> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_qs + (counts == Counts::With ? kPodcastColumns : kPodcastOwnColumns) +
                u" FROM podcasts p ORDER BY lower(p.title), p.feed_url"_qs)) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readPodcast(q));
    return out;
}

std::optional<Podcast> PodcastStore::podcast(const QString &podcastId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_qs + kPodcastColumns + u" FROM podcasts p WHERE p.id = ?"_qs);
    q.addBindValue(podcastId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPodcast(q);
}

std::optional<Podcast> PodcastStore::podcastByFeedUrl(const QString &feedUrl) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_qs + kPodcastColumns + u" FROM podcasts p WHERE p.feed_url = ?"_qs);
    q.addBindValue(feedUrl);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPodcast(q);
}

std::optional<Podcast> PodcastStore::addPodcast(const QString &feedUrl, const QDateTime &now)
{
    if (auto existing = podcastByFeedUrl(feedUrl))
        return existing;
    QString id = podcastIdFor(feedUrl);
    // A podcast that moved keeps its first id; a new subscription to its old URL gets another.
    for (int n = 2; podcast(id); ++n)
        id = podcastIdFor(feedUrl + u'#' + QString::number(n));
    if (!exec(u"INSERT INTO podcasts (id, feed_url, added_at) VALUES (?, ?, ?)"_qs,
              {id, feedUrl, toDb(now)}))
        return std::nullopt;
    return podcast(id);
}

bool PodcastStore::removePodcast(const QString &podcastId)
{
    ScopedTransaction transaction(QSqlDatabase::database(m_connectionName, false));
    return exec(u"DELETE FROM podcast_episodes WHERE podcast_id = ?"_qs, {podcastId}) &&
           exec(u"DELETE FROM podcasts WHERE id = ?"_qs, {podcastId}) && transaction.commit();
}

std::optional<PodcastStore::Update> PodcastStore::applyFeed(const QString &podcastId,
                                                            const FeedDocument &feed, bool complete,
                                                            const QDateTime &now)
{
    return applyFeed(podcastId, now, [&](const ItemSink &sink) {
        for (const FeedItem &item : feed.items)
            sink(item);
        FeedDocument channel = feed;
        channel.items.clear();
        return StreamedFeed{channel, complete, true};
    });
}

namespace {
// What a stored row and a feed item are compared by: the columns a feed sets but feed_index,
// each as SQL's IS sees it (NULL, text, or a number), hashed: 16 bytes a stored episode instead
// of all its text while a large feed is applied.
QByteArray rowHash(const QVariant *values, qsizetype count)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &v = values[i];
        if (v.isNull()) {
            hash.addData("N\x1f");
        } else if (v.typeId() == QMetaType::QString) {
            const QString s = v.toString();
            hash.addData("S");
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
            hash.addData("\x1f");
        } else {
            hash.addData(QByteArray("I" + QByteArray::number(v.toLongLong()) + "\x1f"));
        }
    }
    return hash.result();
}
} // namespace

std::optional<PodcastStore::Update>
PodcastStore::applyFeed(const QString &podcastId, const QDateTime &now, const FeedReader &read)
{
    const std::optional<Podcast> before = podcast(podcastId);
    if (!before) {
        m_error = tr("No such podcast: %1").arg(podcastId);
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = db.lastError().text();
        return std::nullopt;
    }
    // The first read of a feed marks nothing new: everything is.
    const bool firstRead = !before->succeededAt.isValid() && before->episodeCount == 0;

    // The episodes stored so far, in one query rather than one an item: their feed_index and
    // a hash of the other columns a feed sets (in the order of `values` below).
    struct Known
    {
        qint64 feedIndex = 0;
        QByteArray hash;
    };
    QHash<QString, Known> known;
    {
        QSqlQuery stored(db);
        stored.setForwardOnly(true);
        stored.prepare(u"SELECT id, feed_index, title, summary, show_notes, link, audio_url,"
                       " audio_type, audio_bytes, published_at, published_has_time, duration_sec,"
                       " image_url, episode_number, season_number, explicit, categories, extras"
                       " FROM podcast_episodes WHERE podcast_id = ?"_qs);
        stored.addBindValue(podcastId);
        if (!stored.exec()) {
            m_error = stored.lastError().text();
            return std::nullopt;
        }
        QVariant columns[kFeedColumns - 1];
        while (stored.next()) {
            for (int i = 2; i <= kFeedColumns; ++i)
                columns[i - 2] = stored.value(i);
            known.insert(stored.value(0).toString(),
                         Known{stored.value(1).toLongLong(), rowHash(columns, kFeedColumns - 1)});
        }
    }
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO podcast_episodes (id, podcast_id, feed_key, feed_index, title, summary,"
        " show_notes, link, audio_url, audio_type, audio_bytes, published_at,"
        " published_has_time, duration_sec, image_url, episode_number, season_number, explicit,"
        " categories, extras, first_seen_at, is_new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    // Only rows that really differ are written (and counted as updated).
    QSqlQuery update(db);
    update.prepare(
        u"UPDATE podcast_episodes SET feed_index = ?, title = ?, summary = ?, show_notes = ?,"
        " link = ?, audio_url = ?, audio_type = ?, audio_bytes = ?, published_at = ?,"
        " published_has_time = ?, duration_sec = ?, image_url = ?, episode_number = ?,"
        " season_number = ?, explicit = ?, categories = ?, extras = ? WHERE id = ?"_qs);
    QSqlQuery reindex(db);
    reindex.prepare(u"UPDATE podcast_episodes SET feed_index = ? WHERE id = ?"_qs);

    Update result;
    QSet<QString> seen;
    int index = 0;
    bool failed = false;
    // Changes to known items count only for a feed read whole, which is known at its end: they
    // wait here (only the changed ones), new items are written at once.
    QList<std::pair<QString, QVariantList>> changed;
    QList<std::pair<QString, int>> moved;
    const StreamedFeed feed = read([&](const FeedItem &item) {
        if (failed)
            return;
        const QString key = feedKeyOf(item);
        if (key.isEmpty() || item.audioUrl.isEmpty())
            return;
        const QString id = episodeIdFor(podcastId, key);
        if (seen.contains(id))
            return; // the same item twice in one feed: the first counts
        seen.insert(id);
        QVariantList values = {
            index,
            text(item.title),
            text(item.summary),
            text(item.showNotes),
            text(item.link),
            item.audioUrl,
            text(item.audioType),
            item.audioBytes,
            toDb(item.published),
            item.published.isValid() && item.publishedHasTime ? 1 : 0,
            item.durationSec,
            text(item.imageUrl),
            item.episodeNumber,
            item.seasonNumber,
            item.explicitContent ? 1 : 0,
            joinList(item.categories),
            text(extrasOf(item)),
        };
        ++index;
        const auto stored = known.constFind(id);
        if (stored == known.cend()) {
            insert.addBindValue(id);
            insert.addBindValue(podcastId);
            insert.addBindValue(key);
            for (const QVariant &v : std::as_const(values))
                insert.addBindValue(v);
            insert.addBindValue(toDb(now));
            insert.addBindValue(firstRead ? 0 : 1);
            if (!insert.exec()) {
                m_error = insert.lastError().text();
                failed = true;
                return;
            }
            ++result.added;
        } else if (stored->hash != rowHash(values.constData() + 1, values.size() - 1)) {
            changed.append({id, std::move(values)});
        } else if (stored->feedIndex != index - 1) {
            moved.append({id, index - 1});
        }
    });
    if (failed)
        return std::nullopt;
    if (!feed.store)
        return Update{}; // rolled back: nothing was written
    if (feed.complete || firstRead) {
        if (!exec(u"UPDATE podcasts SET title = ?, description = ?, link = ?, image_url = ?,"
                  " author = ?, categories = ? WHERE id = ?"_qs,
                  {text(feed.feed.title), text(feed.feed.description), text(feed.feed.link),
                   text(feed.feed.imageUrl), text(feed.feed.author), joinList(feed.feed.categories),
                   podcastId}))
            return std::nullopt;
    }
    if (feed.complete) {
        for (const auto &[id, values] : std::as_const(changed)) {
            for (const QVariant &v : values)
                update.addBindValue(v);
            update.addBindValue(id);
            if (!update.exec()) {
                m_error = update.lastError().text();
                return std::nullopt;
            }
            ++result.updated;
        }
        for (const auto &[id, feedIndex] : std::as_const(moved)) {
            reindex.addBindValue(feedIndex);
            reindex.addBindValue(id);
            reindex.exec();
        }
    }
    if (!transaction.commit()) {
        m_error = db.lastError().text();
        return std::nullopt;
    }
    result.total = int(known.size()) + result.added;
    return result;
}

bool PodcastStore::setRefreshResult(const QString &podcastId, const QDateTime &when,
                                    const QString &error, const QByteArray &etag,
                                    const QByteArray &lastModified)
{
    if (!error.isEmpty())
        return exec(u"UPDATE podcasts SET refreshed_at = ?, last_error = ? WHERE id = ?"_qs,
                    {toDb(when), text(error), podcastId});
    return exec(u"UPDATE podcasts SET refreshed_at = ?, succeeded_at = ?, last_error = '',"
                " etag = ?, last_modified = ? WHERE id = ?"_qs,
                {toDb(when), toDb(when), text(QString::fromUtf8(etag)),
                 text(QString::fromUtf8(lastModified)), podcastId});
}

bool PodcastStore::setFeedUrl(const QString &podcastId, const QString &feedUrl)
{
    if (const auto other = podcastByFeedUrl(feedUrl); other && other->id != podcastId) {
        m_error = tr("Another subscription already has the address %1.").arg(feedUrl);
        return false;
    }
    return exec(u"UPDATE podcasts SET feed_url = ? WHERE id = ?"_qs, {feedUrl, podcastId});
}

bool PodcastStore::setAutoRefresh(const QString &podcastId, bool on)
{
    return exec(u"UPDATE podcasts SET auto_refresh = ? WHERE id = ?"_qs, {on ? 1 : 0, podcastId});
}

QSet<QString> PodcastStore::newEpisodeIds() const
{
    QSet<QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id FROM podcast_episodes WHERE is_new"_qs)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

bool PodcastStore::clearNew(const QStringList &episodeIds)
{
    ScopedTransaction transaction(QSqlDatabase::database(m_connectionName, false));
    for (const QString &id : episodeIds) {
        if (!exec(u"UPDATE podcast_episodes SET is_new = 0 WHERE id = ? AND is_new"_qs, {id}))
            return false;
    }
    return transaction.commit();
}

QStringList PodcastStore::episodeIds(const QString &podcastId) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM podcast_episodes WHERE podcast_id = ? ORDER BY feed_index"_qs);
    q.addBindValue(podcastId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool PodcastStore::forEachShowNotes(
    const std::function<void(const QString &episodeId, const QString &showNotes)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, show_notes FROM podcast_episodes WHERE show_notes != ''"_qs)) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        visit(q.value(0).toString(), q.value(1).toString());
    return true;
}

bool PodcastStore::forEachTranscriptOffer(
    const std::function<void(const QString &episodeId, const QList<FeedTranscript> &offers)> &visit)
    const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, extras FROM podcast_episodes WHERE extras LIKE '%\"transcripts\"%'"_qs)) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        FeedItem item;
        readExtras(q.value(1).toString(), item);
        if (!item.transcripts.isEmpty())
            visit(q.value(0).toString(), item.transcripts);
    }
    return true;
}

std::optional<FeedItem> PodcastStore::episodeItem(const QString &episodeId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT title, link, show_notes, summary, audio_url, extras"
              " FROM podcast_episodes WHERE id = ?"_qs);
    q.addBindValue(episodeId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    FeedItem item;
    item.title = q.value(0).toString();
    item.link = q.value(1).toString();
    item.showNotes = q.value(2).toString();
    item.summary = q.value(3).toString();
    item.audioUrl = q.value(4).toString();
    readExtras(q.value(5).toString(), item);
    return item;
}

Catalog PodcastStore::catalog(const QString &artworkDir) const
{
    Catalog out;
    QHash<QString, QStringList> podcastTags;
    const QList<Podcast> all = podcasts();
    for (const Podcast &p : all) {
        Topic t;
        t.id = p.id;
        t.title = p.title.isEmpty() ? p.feedUrl : p.title;
        t.description = p.description;
        t.kind = Topic::Kind::Podcast;
        t.warning = p.lastError;
        if (!artworkDir.isEmpty()) {
            const QString file = QDir(artworkDir).filePath(p.id);
            if (QFileInfo::exists(file))
                t.imageFile = file;
        }
        out.addTopic(t);
        podcastTags.insert(p.id, p.categories);
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM podcast_episodes"_qs) || !q.next()) {
        m_error = q.lastError().text();
        return out;
    }
    out.reserveEpisodes(q.value(0).toLongLong());
    if (!q.exec(u"SELECT e.id, e.podcast_id, e.title, e.summary, e.audio_url, e.published_at,"
                " e.published_has_time, e.duration_sec, e.categories, p.feed_url"
                " FROM podcast_episodes e JOIN podcasts p ON p.id = e.podcast_id"
                " ORDER BY e.podcast_id, e.feed_index"_qs)) {
        m_error = q.lastError().text();
        return out;
    }
    // What repeats from episode to episode (podcast id, feed URL, tags, a tag list) is kept
    // once: the catalog is read straight into the form the window keeps, with no copy to make.
    QSet<QString> strings;
    const auto intern = [&strings](const QString &s) {
        const auto it = strings.constFind(s);
        if (it != strings.cend())
            return *it;
        strings.insert(s);
        return s;
    };
    QHash<QString, QStringList> tagLists; // categories text + podcast id -> tags
    while (q.next()) {
        Episode e;
        e.id = q.value(0).toString();
        e.topicId = intern(q.value(1).toString());
        e.title = q.value(2).toString();
        e.summary = q.value(3).toString();
        e.audioUrl = q.value(4).toString();
        if (const QDateTime published = fromDb(q.value(5)); published.isValid()) {
            e.published = published.date();
            if (q.value(6).toInt() != 0)
                e.publishedTime = published.time();
        }
        e.durationSec = q.value(7).toInt();
        const QString categories = q.value(8).toString();
        const QString tagKey = categories + kListSeparator + e.topicId;
        auto tags = tagLists.constFind(tagKey);
        if (tags == tagLists.cend()) {
            QStringList merged = mergedTags(splitList(categories), podcastTags.value(e.topicId));
            for (QString &tag : merged)
                tag = intern(tag);
            tags = tagLists.insert(tagKey, merged);
        }
        e.tags = *tags;
        e.sourceFile = intern(q.value(9).toString());
        out.addEpisode(e);
    }
    return out;
}
