#include "podcaststore.h"
#include "progressstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
FeedItem item(const QString &guid, const QString &title, const QString &audio)
{
    FeedItem i;
    i.guid = guid;
    i.title = title;
    i.audioUrl = audio;
    i.summary = title + u" summary"_s;
    return i;
}

FeedDocument feedOf(const QList<FeedItem> &items)
{
    FeedDocument f;
    f.title = u"Learning Machines"_s;
    f.description = u"A podcast about training"_s;
    f.categories = {u"Technology"_s, u"Education"_s};
    f.items = items;
    return f;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
} // namespace

class TestPodcastStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_progress = std::make_unique<ProgressStore>();
        QVERIFY(m_progress->open(m_dir->path()));
        m_store = std::make_unique<PodcastStore>();
        QVERIFY2(m_store->open(m_progress->databasePath()), qPrintable(m_store->errorString()));
    }
    void cleanup()
    {
        m_store.reset();
        m_progress.reset();
        m_dir.reset();
    }

    void refusesAFileWithoutPodcastTables()
    {
        const QString path = m_dir->filePath(u"plain.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(u"CREATE TABLE t (x)"_s, db);
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        PodcastStore store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains(u"no podcast tables"_s));
        QVERIFY(!store.open(m_dir->filePath(u"missing.sqlite"_s)));
    }

    void addingTheSameUrlTwiceKeepsOneSubscription()
    {
        const auto a = m_store->addPodcast(u"https://example.invalid/feed.xml"_s, kNow);
        QVERIFY(a);
        QCOMPARE(a->id, PodcastStore::podcastIdFor(u"https://example.invalid/feed.xml"_s));
        QCOMPARE(a->addedAt, kNow);
        QVERIFY(a->autoRefresh);
        const auto b = m_store->addPodcast(u"https://example.invalid/feed.xml"_s, kNow.addDays(1));
        QCOMPARE(b->id, a->id);
        QCOMPARE(b->addedAt, kNow);
        QCOMPARE(m_store->podcasts().size(), 1);
    }

    void firstReadMarksNothingNewLaterItemsAreNew()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        auto update = m_store->applyFeed(
            id,
            feedOf({item(u"g2"_s, u"Two"_s, u"https://example.invalid/2.mp3"_s),
                    item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s)}),
            true, kNow);
        QVERIFY2(update, qPrintable(m_store->errorString()));
        QCOMPARE(update->added, 2);
        QCOMPARE(update->updated, 0);
        QCOMPARE(update->total, 2);
        QVERIFY(m_store->newEpisodeIds().isEmpty());
        QVERIFY(m_store->setRefreshResult(id, kNow, {}, "\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT"));

        update = m_store->applyFeed(
            id,
            feedOf({item(u"g3"_s, u"Three"_s, u"https://example.invalid/3.mp3"_s),
                    item(u"g2"_s, u"Two"_s, u"https://example.invalid/2.mp3"_s),
                    item(u"g1"_s, u"One, edited"_s, u"https://example.invalid/1.mp3"_s)}),
            true, kNow.addSecs(60));
        QVERIFY2(update, qPrintable(m_store->errorString()));
        QCOMPARE(update->added, 1);
        QCOMPARE(update->updated, 1);
        QCOMPARE(update->total, 3);
        const QString three = PodcastStore::episodeIdFor(id, u"g3"_s);
        QCOMPARE(m_store->newEpisodeIds(), QSet<QString>{three});
        const Podcast p = *m_store->podcast(id);
        QCOMPARE(p.newCount, 1);
        QCOMPARE(p.episodeCount, 3);
        QCOMPARE(p.etag, QByteArray("\"v1\""));
        QCOMPARE(p.title, u"Learning Machines"_s);

        QVERIFY(m_store->clearNew({three}));
        QVERIFY(m_store->newEpisodeIds().isEmpty());
    }

    void itemsThatLeaveTheFeedStayAndIdsAreStable()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        m_store->applyFeed(id,
                           feedOf({item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s),
                                   item({}, u"No guid"_s, u"https://example.invalid/x.mp3"_s)}),
                           true, kNow);
        const QStringList before = m_store->episodeIds(id);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(1), PodcastStore::episodeIdFor(id, u"https://example.invalid/x.mp3"_s));
        // Reordered, retitled, one item gone: nothing removed, ids unchanged.
        const auto update = m_store->applyFeed(
            id, feedOf({item({}, u"No guid, new title"_s, u"https://example.invalid/x.mp3"_s)}),
            true, kNow);
        QVERIFY2(update, qPrintable(m_store->errorString()));
        QCOMPARE(update->total, 2);
        const QStringList after = m_store->episodeIds(id);
        QCOMPARE(QSet<QString>(before.cbegin(), before.cend()),
                 QSet<QString>(after.cbegin(), after.cend()));
        const Catalog c = m_store->catalog();
        QCOMPARE(c.episode(before.at(1))->title, u"No guid, new title"_s);
        QCOMPARE(c.episode(before.at(0))->title, u"One"_s);
    }

    void anIncompleteFeedOnlyAddsNewItems()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        m_store->applyFeed(
            id, feedOf({item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s)}), true, kNow);
        FeedDocument broken =
            feedOf({item(u"g1"_s, u"Garbled"_s, u"https://example.invalid/1.mp3"_s),
                    item(u"g2"_s, u"Two"_s, u"https://example.invalid/2.mp3"_s)});
        broken.title = u"Garbled title"_s;
        const auto update = m_store->applyFeed(id, broken, false, kNow);
        QVERIFY2(update, qPrintable(m_store->errorString()));
        QCOMPARE(update->added, 1);
        QCOMPARE(update->updated, 0);
        QCOMPARE(m_store->podcast(id)->title, u"Learning Machines"_s);
        QCOMPARE(m_store->catalog().episode(PodcastStore::episodeIdFor(id, u"g1"_s))->title,
                 u"One"_s);
    }

    void onlyItemsThatChangedAreUpdated()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        FeedItem one = item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s);
        FeedItem two = item(u"g2"_s, u"Two"_s, u"https://example.invalid/2.mp3"_s);
        one.published = kNow;
        two.showNotes = u"<p>Notes</p>"_s;
        QCOMPARE(m_store->applyFeed(id, feedOf({one, two}), true, kNow)->added, 2);
        auto update = m_store->applyFeed(id, feedOf({one, two}), true, kNow);
        QCOMPARE(update->added, 0);
        QCOMPARE(update->updated, 0);
        // A number, a date and a text that changed; one moved only.
        for (int change = 0; change < 3; ++change) {
            FeedItem changed = two;
            if (change == 0)
                changed.durationSec = 61;
            else if (change == 1)
                changed.published = kNow.addDays(-1);
            else
                changed.showNotes = u"<p>Other notes</p>"_s;
            update = m_store->applyFeed(id, feedOf({changed, one}), true, kNow);
            QCOMPARE(update->updated, 1);
            update = m_store->applyFeed(id, feedOf({one, two}), true, kNow);
            QCOMPARE(update->updated, 1);
        }
        QCOMPARE(m_store->episodeIds(id), (QStringList{PodcastStore::episodeIdFor(id, u"g1"_s),
                                                       PodcastStore::episodeIdFor(id, u"g2"_s)}));
        QCOMPARE(m_store->applyFeed(id, feedOf({two, one}), true, kNow)->updated, 0);
        QCOMPARE(m_store->episodeIds(id).constFirst(), PodcastStore::episodeIdFor(id, u"g2"_s));
    }

    void aStreamedFeedNotToBeStoredWritesNothing()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        int handed = 0;
        const auto update = m_store->applyFeed(id, kNow, [&](const PodcastStore::ItemSink &sink) {
            for (const QString &guid : {u"g1"_s, u"g2"_s}) {
                sink(item(guid, guid, u"https://example.invalid/"_s + guid + u".mp3"_s));
                ++handed;
            }
            return PodcastStore::StreamedFeed{feedOf({}), false, false};
        });
        QVERIFY(update);
        QCOMPARE(handed, 2);
        QCOMPARE(update->added, 0);
        QVERIFY(m_store->episodeIds(id).isEmpty());
        QCOMPARE(m_store->podcast(id)->title, QString());
    }

    void showNotesAreReadOneByOne()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        FeedItem one = item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s);
        one.showNotes = u"<p>About <b>tokenizers</b></p>"_s;
        const FeedItem two = item(u"g2"_s, u"Two"_s, u"https://example.invalid/2.mp3"_s);
        m_store->applyFeed(id, feedOf({one, two}), true, kNow);
        QHash<QString, QString> seen;
        QVERIFY(m_store->forEachShowNotes([&](const QString &episodeId, const QString &notes) {
            seen.insert(episodeId, notes);
        }));
        QCOMPARE(seen, (QHash<QString, QString>{
                           {PodcastStore::episodeIdFor(id, u"g1"_s), one.showNotes}}));
    }

    void aDuplicateItemInOneFeedCountsOnce()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        const auto update = m_store->applyFeed(
            id,
            feedOf({item(u"g1"_s, u"First"_s, u"https://example.invalid/1.mp3"_s),
                    item(u"g1"_s, u"Second"_s, u"https://example.invalid/1b.mp3"_s)}),
            true, kNow);
        QVERIFY2(update, qPrintable(m_store->errorString()));
        QCOMPARE(update->added, 1);
        QCOMPARE(m_store->catalog().episodes().constFirst().title, u"First"_s);
    }

    void catalogHasTopicsTagsAndTimes()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        FeedItem timed = item(u"g1"_s, u"Timed"_s, u"https://example.invalid/1.mp3"_s);
        timed.published = QDateTime(QDate(2026, 3, 29), QTime(0, 30, 5), Qt::UTC);
        timed.publishedHasTime = true;
        timed.durationSec = 1234;
        timed.categories = {u"Fine-Tuning"_s, u"technology"_s};
        FeedItem dated = item(u"g2"_s, u"Dated"_s, u"https://example.invalid/2.mp3"_s);
        dated.published = QDateTime(QDate(2026, 3, 30), QTime(0, 0), Qt::UTC);
        m_store->applyFeed(id, feedOf({timed, dated}), true, kNow);

        const QString artwork = m_dir->filePath(u"artwork"_s);
        QVERIFY(QDir().mkpath(artwork));
        QFile art(QDir(artwork).filePath(id));
        QVERIFY(art.open(QIODevice::WriteOnly));
        art.write("png");
        art.close();

        const Catalog c = m_store->catalog(artwork);
        QCOMPARE(c.topics().size(), 1);
        const Topic &t = c.topics().constFirst();
        QCOMPARE(t.id, id);
        QCOMPARE(t.kind, Topic::Kind::Podcast);
        QCOMPARE(t.title, u"Learning Machines"_s);
        QCOMPARE(t.imageFile, QDir(artwork).filePath(id));
        const Episode *e = c.episode(PodcastStore::episodeIdFor(id, u"g1"_s));
        QVERIFY(e);
        QCOMPARE(e->topicId, id);
        QCOMPARE(e->published, QDate(2026, 3, 29));
        QCOMPARE(e->publishedTime, QTime(0, 30, 5));
        QCOMPARE(e->durationSec, 1234);
        // The item's categories, then the podcast's; "technology" and "Technology" are one.
        QCOMPARE(e->tags, (QStringList{u"Fine-Tuning"_s, u"technology"_s, u"Education"_s}));
        QCOMPARE(e->sourceFile, u"https://example.invalid/f"_s);
        const Episode *d = c.episode(PodcastStore::episodeIdFor(id, u"g2"_s));
        QCOMPARE(d->published, QDate(2026, 3, 30));
        QVERIFY(!d->publishedTime.isValid());
    }

    void episodeItemGivesBackShowNotesAndExtras()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        FeedItem rich = item(u"g1"_s, u"Rich"_s, u"https://example.invalid/1.mp3"_s);
        rich.link = u"https://example.invalid/1"_s;
        rich.showNotes = u"<p>Notes with <a href=\"https://example.invalid\">a link</a></p>"_s;
        rich.transcripts = {
            {u"https://example.invalid/1.vtt"_s, u"text/vtt"_s, u"en"_s, {}},
            {u"https://example.invalid/1.srt"_s, u"application/x-subrip"_s, {}, u"captions"_s}};
        rich.chaptersUrl = u"https://example.invalid/1.json"_s;
        rich.chaptersType = u"application/json+chapters"_s;
        rich.chapters = {{0, u"Intro"_s, {}, {}},
                         {61500, u"Main part"_s, u"https://example.invalid/m"_s, {}}};
        rich.persons = {{u"Ada"_s, u"host"_s, u"cast"_s, {}, {}}};
        FeedItem plain = item(u"g2"_s, u"Plain"_s, u"https://example.invalid/2.mp3"_s);
        QVERIFY(m_store->applyFeed(id, feedOf({rich, plain}), true, kNow));

        const auto read = m_store->episodeItem(PodcastStore::episodeIdFor(id, u"g1"_s));
        QVERIFY(read);
        QCOMPARE(read->title, rich.title);
        QCOMPARE(read->link, rich.link);
        QCOMPARE(read->showNotes, rich.showNotes);
        QCOMPARE(read->transcripts, rich.transcripts);
        QCOMPARE(read->chaptersUrl, rich.chaptersUrl);
        QCOMPARE(read->chaptersType, rich.chaptersType);
        QCOMPARE(read->chapters, rich.chapters);
        QCOMPARE(read->persons, rich.persons);
        const auto bare = m_store->episodeItem(PodcastStore::episodeIdFor(id, u"g2"_s));
        QVERIFY(bare);
        QVERIFY(bare->chapters.isEmpty() && bare->transcripts.isEmpty());
        QCOMPARE(bare->summary, u"Plain summary"_s);
        QVERIFY(!m_store->episodeItem(u"no-such-episode"_s));
    }

    void unsubscribingKeepsProgress()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        m_store->applyFeed(
            id, feedOf({item(u"g1"_s, u"One"_s, u"https://example.invalid/1.mp3"_s)}), true, kNow);
        const QString episode = PodcastStore::episodeIdFor(id, u"g1"_s);
        QVERIFY(m_progress->savePosition(episode, 42000));
        QVERIFY(m_store->removePodcast(id));
        QVERIFY(m_store->podcasts().isEmpty());
        QVERIFY(m_store->catalog().episodes().isEmpty());
        QCOMPARE(m_progress->progress(episode).positionMs, 42000);
    }

    void movingAFeedKeepsItsIdButNotOntoAnother()
    {
        const QString a = m_store->addPodcast(u"https://a.invalid/f"_s, kNow)->id;
        const QString b = m_store->addPodcast(u"https://b.invalid/f"_s, kNow)->id;
        QVERIFY(m_store->setFeedUrl(a, u"https://a.invalid/moved"_s));
        QCOMPARE(m_store->podcast(a)->feedUrl, u"https://a.invalid/moved"_s);
        QVERIFY(!m_store->setFeedUrl(a, u"https://b.invalid/f"_s));
        QCOMPARE(m_store->podcast(b)->feedUrl, u"https://b.invalid/f"_s);
        // Subscribing to the old address again is a new subscription with an id of its own.
        const auto again = m_store->addPodcast(u"https://a.invalid/f"_s, kNow);
        QVERIFY(again);
        QVERIFY(again->id != a);
    }

    void refreshResultsAndAutoRefresh()
    {
        const QString id = m_store->addPodcast(u"https://example.invalid/f"_s, kNow)->id;
        QVERIFY(m_store->setRefreshResult(id, kNow, u"HTTP 500"_s));
        Podcast p = *m_store->podcast(id);
        QCOMPARE(p.lastError, u"HTTP 500"_s);
        QCOMPARE(p.refreshedAt, kNow);
        QVERIFY(!p.succeededAt.isValid());
        QVERIFY(m_store->setRefreshResult(id, kNow.addSecs(5), {}, "e", "m"));
        p = *m_store->podcast(id);
        QVERIFY(p.lastError.isEmpty());
        QCOMPARE(p.succeededAt, kNow.addSecs(5));
        QVERIFY(m_store->setAutoRefresh(id, false));
        QVERIFY(!m_store->podcast(id)->autoRefresh);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<PodcastStore> m_store;
};

QTEST_GUILESS_MAIN(TestPodcastStore)
#include "tst_podcaststore.moc"
