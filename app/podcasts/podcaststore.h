#pragma once

#include "catalog.h"
#include "feeddocument.h"
#include "podcast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// Subscriptions and their episodes, in the tables that ProgressStore's schema v3 created in
// progress.sqlite (ProgressStore opens, migrates and repairs the file; open it first). Each
// PodcastStore has a connection of its own, used only from the thread that opened it, so a
// refresh can write from a worker thread while the window reads.
//
// Identity: a podcast's id comes from the feed URL it was first subscribed with and stays when
// the feed moves; an episode's id from the podcast's id and the item's guid (else its audio
// URL), so progress stays attached when a feed is re-fetched, reordered or edits a title.
class PodcastStore final
{
    Q_DECLARE_TR_FUNCTIONS(PodcastStore)
    Q_DISABLE_COPY_MOVE(PodcastStore)

public:
    struct Update
    {
        int added = 0;   // items not seen before
        int updated = 0; // known items whose stored fields changed
        int total = 0;   // episodes of the podcast after the update
    };

    PodcastStore();
    ~PodcastStore();

    // `databasePath`: ProgressStore::databasePath(). False, with errorString(), when the file
    // cannot be opened or has no podcast tables.
    bool open(const QString &databasePath);
    void close();
    QString errorString() const { return m_error; }

    static QString podcastIdFor(const QString &feedUrl);
    static QString episodeIdFor(const QString &podcastId, const QString &feedKey);
    // The key an item is known by in its feed: its guid, else its audio URL.
    static QString feedKeyOf(const FeedItem &item);

    // Without: episodeCount and newCount stay 0, which spares reading every episode row.
    enum class Counts { With, Without };
    QList<Podcast> podcasts(Counts counts = Counts::With) const; // by title
    std::optional<Podcast> podcast(const QString &podcastId) const;
    std::optional<Podcast> podcastByFeedUrl(const QString &feedUrl) const;

    // Adds a subscription with no episodes yet; an existing one (same URL) is returned as is.
    std::optional<Podcast> addPodcast(const QString &feedUrl, const QDateTime &now);
    // Removes the podcast and its episodes. Progress and history (in `progress`, `sessions`)
    // stay.
    bool removePodcast(const QString &podcastId);

    // Stores what a fetched feed says, in one transaction: the podcast's own fields, new items
    // (marked new unless this is the first time the feed was read) and changes to known ones.
    // Nothing is ever removed: an item that leaves the feed stays. With `complete` false (a
    // truncated or broken document) only items not known yet are added.
    std::optional<Update> applyFeed(const QString &podcastId, const FeedDocument &feed,
                                    bool complete, const QDateTime &now);
    // The same for a feed read item by item (FeedParser::parse with onItem), so that a large
    // feed is never in memory whole: `read` is called once, inside the transaction, hands every
    // item to the sink it gets (new items are written at once, changes to known ones wait for
    // the end: they count only when the feed was read whole) and returns the feed's own fields.
    // With `store` false nothing is written (an Update of zeros comes back).
    struct StreamedFeed
    {
        FeedDocument feed; // the channel's fields; its items are not used
        bool complete = true;
        bool store = true;
    };
    using ItemSink = std::function<void(const FeedItem &item)>;
    using FeedReader = std::function<StreamedFeed(const ItemSink &sink)>;
    std::optional<Update> applyFeed(const QString &podcastId, const QDateTime &now,
                                    const FeedReader &read);
    // How the last refresh went; an empty error is a success, which also stores the cache
    // validators for the next conditional request.
    bool setRefreshResult(const QString &podcastId, const QDateTime &when, const QString &error,
                          const QByteArray &etag = {}, const QByteArray &lastModified = {});
    // The feed moved for good (HTTP 301/308, itunes:new-feed-url). False when another
    // subscription has that URL.
    bool setFeedUrl(const QString &podcastId, const QString &feedUrl);
    bool setAutoRefresh(const QString &podcastId, bool on);

    // One stored episode as its feed gave it, for the episode page: title, link, the show notes
    // (not sanitized) and what the catalog leaves out (transcripts, chapters, persons). Null
    // when there is no such episode.
    std::optional<FeedItem> episodeItem(const QString &episodeId) const;

    QSet<QString> newEpisodeIds() const;
    // The episode was opened or played: it is no longer new. False only on a database error.
    bool clearNew(const QStringList &episodeIds);
    QStringList episodeIds(const QString &podcastId) const;
    // Calls `visit` with each episode's id and show notes (HTML as the feed gave them), one row
    // at a time, for the search index; episodes without show notes are left out.
    bool forEachShowNotes(
        const std::function<void(const QString &episodeId, const QString &showNotes)> &visit) const;
    // The same for the transcripts each episode's feed item offers (podcast:transcript); episodes
    // that offer none are left out.
    bool forEachTranscriptOffer(
        const std::function<void(const QString &episodeId, const QList<FeedTranscript> &offers)>
            &visit) const;

    // Every podcast as a topic (Topic::Kind::Podcast, artwork from `artworkDir`/<id> when that
    // file exists) with its episodes, newest first. Tags: the item's categories, then the
    // podcast's, de-duplicated case-insensitively.
    Catalog catalog(const QString &artworkDir = {}) const;

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    Podcast readPodcast(const class QSqlQuery &q) const;

    QString m_connectionName;
    mutable QString m_error;
};
