#include "podcastrefresher.h"

#include "feedfetcher.h"
#include "feedparser.h"
#include "podcaststore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Stored
{
    RefreshOutcome outcome;
    QUrl follow;      // a web page linked this feed: fetch it instead
    QString imageUrl; // artwork to fetch (new or changed)
};

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

void describe(RefreshOutcome &o, PodcastStore &store, const QString &podcastId)
{
    o.podcastId = podcastId;
    if (const auto p = store.podcast(podcastId)) {
        o.feedUrl = p->feedUrl;
        o.title = p->title;
        o.total = p->episodeCount;
    }
}

// Runs in a worker thread: parses the fetched document and stores what it says.
Stored store(const QString &databasePath, const QString &artworkDir, const QString &podcastId,
             const QUrl &jobUrl, bool subscribe, bool followed, const FeedFetchResult &fetched,
             qsizetype streamFrom)
{
    Stored r;
    RefreshOutcome &o = r.outcome;
    o.feedUrl = urlText(jobUrl);
    PodcastStore db;
    if (!db.open(databasePath)) {
        o.error = db.errorString();
        return r;
    }
    // One writer at a time: SQLite would make the others sleep and poll for the lock, which
    // costs far more than waiting here. Parsing, the long part, runs unlocked.
    static QMutex writes;
    QMutexLocker writing(&writes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Podcast> podcast =
        podcastId.isEmpty() ? db.podcastByFeedUrl(urlText(jobUrl)) : db.podcast(podcastId);
    o.alreadySubscribed = subscribe && podcast.has_value();

    if (fetched.status == FeedFetchResult::Status::Failed) {
        o.error = fetched.error;
        if (podcast) {
            db.setRefreshResult(podcast->id, now, o.error);
            describe(o, db, podcast->id);
        }
        return r;
    }
    if (fetched.status == FeedFetchResult::Status::NotModified && podcast) {
        o.result = RefreshOutcome::Result::NotModified;
        db.setRefreshResult(podcast->id, now, {}, fetched.etag, fetched.lastModified);
        describe(o, db, podcast->id);
        return r;
    }

    // Subscribed where a permanent redirect led, not where the user pasted.
    const QUrl home = fetched.movedTo.isValid() ? fetched.movedTo : jobUrl;
    FeedParseResult parsed;
    bool anyItem = false;
    std::optional<PodcastStore::Update> update;
    bool addedNow = false; // by the streaming path, removed again when the feed is unreadable
    const bool streaming = fetched.body.size() >= streamFrom;
    if (!streaming) {
        // Parsed unlocked, in parallel with other feeds; all its items are kept meanwhile.
        writing.unlock();
        parsed = FeedParser::parse(fetched.body, fetched.finalUrl, fetched.contentType);
        writing.relock();
        anyItem = !parsed.feed.items.isEmpty();
    } else {
        // A large feed is never in memory whole: parsed inside the store's transaction, each item
        // written (or compared) as it is read.
        if (!podcast) {
            podcast = db.addPodcast(urlText(home), now);
            if (!podcast) {
                o.error = db.errorString();
                return r;
            }
            addedNow = true;
        }
        update = db.applyFeed(podcast->id, now, [&](const PodcastStore::ItemSink &sink) {
            parsed = FeedParser::parse(fetched.body, fetched.finalUrl, fetched.contentType,
                                       [&](FeedItem &&item) {
                                           anyItem = true;
                                           sink(item);
                                       });
            return PodcastStore::StreamedFeed{parsed.feed, parsed.complete,
                                              parsed.discoveredFeeds.isEmpty() &&
                                                  (parsed.complete || anyItem)};
        });
    }
    const auto forget = [&] { // the podcast this call added for a feed it could not read
        if (addedNow) {
            db.removePodcast(podcast->id);
            podcast.reset();
        }
    };
    o.problems = parsed.problems;
    if (!parsed.discoveredFeeds.isEmpty()) {
        if (!followed && !parsed.discoveredFeeds.first().isEmpty()) {
            forget();
            r.follow = parsed.discoveredFeeds.first();
            return r;
        }
        o.error = PodcastRefresher::tr("%1 is a web page, not a feed.")
                      .arg(fetched.finalUrl.toDisplayString());
    } else if (!parsed.complete) {
        o.error = parsed.problems.isEmpty() ? PodcastRefresher::tr("%1: not a podcast feed.")
                                                  .arg(fetched.finalUrl.toDisplayString())
                                            : parsed.problems.constLast().toString();
    }
    const bool readable = parsed.discoveredFeeds.isEmpty() && (parsed.complete || anyItem);
    if (!readable) {
        forget();
        if (podcast) {
            db.setRefreshResult(podcast->id, now, o.error);
            describe(o, db, podcast->id);
        }
        return r;
    }

    if (!podcast) {
        podcast = db.addPodcast(urlText(home), now);
        if (!podcast) {
            o.error = db.errorString();
            return r;
        }
    } else if (fetched.movedTo.isValid() && urlText(fetched.movedTo) != podcast->feedUrl) {
        db.setFeedUrl(podcast->id, urlText(fetched.movedTo));
    }
    if (!streaming)
        update = db.applyFeed(podcast->id, parsed.feed, parsed.complete, now);
    if (!update) {
        o.error = db.errorString();
        describe(o, db, podcast->id);
        return r;
    }
    // The publisher moved the feed (itunes:new-feed-url): follow it from the next refresh on.
    const QUrl newHome(parsed.feed.newFeedUrl);
    if (parsed.complete && newHome.isValid() &&
        (newHome.scheme() == u"http" || newHome.scheme() == u"https"))
        db.setFeedUrl(podcast->id, urlText(newHome));
    // Validators only for a copy read whole: a truncated one must be fetched again in full.
    if (parsed.complete)
        db.setRefreshResult(podcast->id, now, {}, fetched.etag, fetched.lastModified);
    else
        db.setRefreshResult(podcast->id, now, o.error);
    o.result = RefreshOutcome::Result::Updated;
    o.added = update->added;
    o.updated = update->updated;
    describe(o, db, podcast->id);

    const bool artworkMissing = !QFileInfo::exists(QDir(artworkDir).filePath(podcast->id));
    if (!parsed.feed.imageUrl.isEmpty() &&
        (artworkMissing || parsed.feed.imageUrl != podcast->imageUrl))
        r.imageUrl = parsed.feed.imageUrl;
    return r;
}

} // namespace

PodcastRefresher::PodcastRefresher(QNetworkAccessManager *network, const QString &databasePath,
                                   const QString &artworkDir, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_databasePath(databasePath)
    , m_artworkDir(artworkDir)
{
    qRegisterMetaType<RefreshOutcome>();
    qRegisterMetaType<FeedFetchResult>();
}

PodcastRefresher::~PodcastRefresher()
{
    m_queue.clear();
    for (Running &r : m_running) {
        if (r.fetcher)
            r.fetcher->disconnect(this);
    }
}

void PodcastRefresher::subscribe(const QUrl &url)
{
    // A feed already subscribed to is reported as such, without a fetch.
    PodcastStore db;
    if (db.open(m_databasePath)) {
        if (const auto known = db.podcastByFeedUrl(urlText(url))) {
            RefreshOutcome o;
            o.result = RefreshOutcome::Result::NotModified;
            o.alreadySubscribed = true;
            o.requestedUrl = url;
            describe(o, db, known->id);
            QMetaObject::invokeMethod(
                this, [this, o] { emit subscribed(o); }, Qt::QueuedConnection);
            return;
        }
    }
    Job job;
    job.url = url;
    job.subscribe = true;
    job.requestedUrl = url;
    enqueue(job);
}

void PodcastRefresher::refresh(const QStringList &podcastIds)
{
    PodcastStore db;
    if (!db.open(m_databasePath))
        return;
    // One query for all of them: this runs on the UI thread.
    QHash<QString, Podcast> stored;
    for (Podcast &p : db.podcasts(PodcastStore::Counts::Without))
        stored.insert(p.id, std::move(p));
    for (const QString &id : podcastIds) {
        const auto p = stored.constFind(id);
        if (p == stored.cend())
            continue;
        Job job;
        job.podcastId = id;
        job.url = QUrl(p->feedUrl);
        job.requestedUrl = job.url;
        if (p->lastError.isEmpty()) {
            job.etag = p->etag;
            job.lastModified = p->lastModified;
        }
        enqueue(job);
    }
}

void PodcastRefresher::enqueue(const Job &job)
{
    const auto same = [&](const Job &other) {
        return job.podcastId.isEmpty() ? other.url == job.url : other.podcastId == job.podcastId;
    };
    if (std::any_of(m_queue.cbegin(), m_queue.cend(), same))
        return;
    for (const Running &r : std::as_const(m_running)) {
        if (same(r.job))
            return;
    }
    if (!isBusy()) {
        m_done = 0;
        m_total = 0;
        m_cancelled = false;
    }
    m_queue.append(job);
    ++m_total;
    emit progressChanged(m_done, m_total);
    // Started from the event loop: a caller queuing many podcasts queues them all first.
    QMetaObject::invokeMethod(this, &PodcastRefresher::startJobs, Qt::QueuedConnection);
}

void PodcastRefresher::startJobs()
{
    QHash<QString, int> perHost;
    for (const Running &r : std::as_const(m_running))
        ++perHost[r.job.host()];
    for (qsizetype i = 0; i < m_queue.size() && m_running.size() < m_maxConcurrent;) {
        const Job job = m_queue.at(i);
        if (!job.url.isLocalFile() && perHost.value(job.host()) >= m_maxPerHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        ++perHost[job.host()];
        startJob(job);
    }
}

void PodcastRefresher::startJob(const Job &job)
{
    const int runId = m_nextRunId++;
    auto *fetcher = new FeedFetcher(m_network, job.url, this);
    fetcher->setTimeoutMs(m_timeoutMs);
    fetcher->setValidators(job.etag, job.lastModified);
    m_running.insert(runId, {job, fetcher, false});
    connect(fetcher, &FeedFetcher::finished, this,
            [this, runId, fetcher](const FeedFetchResult &r) {
                fetcher->deleteLater();
                onFetched(runId, r);
            });
    fetcher->start();
}

void PodcastRefresher::onFetched(int runId, const FeedFetchResult &fetched)
{
    auto it = m_running.find(runId);
    if (it == m_running.end())
        return;
    it->storing = true;
    const Job job = it->job;
    auto *watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const Stored s = watcher->result();
        onStored(runId, s.outcome, s.follow, s.imageUrl);
    });
    watcher->setFuture(QtConcurrent::run(store, m_databasePath, m_artworkDir, job.podcastId,
                                         job.url, job.subscribe, job.followed, fetched,
                                         m_streamFrom));
}

void PodcastRefresher::onStored(int runId, const RefreshOutcome &outcome, const QUrl &follow,
                                const QString &imageUrl)
{
    auto it = m_running.find(runId);
    if (it == m_running.end())
        return;
    if (follow.isValid() && !m_cancelled) {
        // The page linked a feed: the same job goes on with the feed's URL.
        Job job = it->job;
        job.url = follow;
        job.followed = true;
        m_running.erase(it);
        startJob(job);
        return;
    }
    if (!imageUrl.isEmpty() && !outcome.podcastId.isEmpty())
        fetchArtwork(outcome.podcastId, QUrl(imageUrl));
    complete(runId, outcome);
}

void PodcastRefresher::fetchArtwork(const QString &podcastId, const QUrl &url)
{
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxArtworkSize)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, podcastId] {
        reply->deleteLater();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (reply->error() != QNetworkReply::NoError || !type.startsWith("image/"))
            return;
        const QByteArray data = reply->readAll();
        if (data.isEmpty() || data.size() > kMaxArtworkSize || !QDir().mkpath(m_artworkDir))
            return;
        QSaveFile file(QDir(m_artworkDir).filePath(podcastId));
        if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
            emit artworkChanged(podcastId);
    });
}

void PodcastRefresher::complete(int runId, const RefreshOutcome &result)
{
    const Running running = m_running.take(runId);
    RefreshOutcome outcome = result;
    outcome.requestedUrl = running.job.requestedUrl;
    ++m_done;
    if (running.job.subscribe)
        emit subscribed(outcome);
    else
        emit refreshed(outcome);
    emit progressChanged(m_done, m_total);
    if (!isBusy()) {
        emit finished(m_cancelled);
        return;
    }
    startJobs();
}

void PodcastRefresher::cancel()
{
    if (!isBusy())
        return;
    m_cancelled = true;
    m_total -= int(m_queue.size());
    m_queue.clear();
    const QList<int> ids = m_running.keys();
    for (int id : ids) {
        auto it = m_running.find(id);
        if (it != m_running.end() && !it->storing && it->fetcher)
            it->fetcher->abort(); // reports Failed("Cancelled.") through finished()
    }
    if (!isBusy())
        emit finished(true);
}
