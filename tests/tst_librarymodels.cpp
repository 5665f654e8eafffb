// The list model, its filter proxy and the library tree, each watched by
// QAbstractItemModelTester while progress changes and catalogs are added.
#include "catalogloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Tester = QAbstractItemModelTester;

class TestLibraryModels : public QObject
{
    Q_OBJECT

private slots:
    // English as the app installs it: its plural forms ("1 episode", "2 episodes").
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();
    void treeShape();
    void treeCountsFollowProgress();
    void progressUpdateIsDataChangedNotReset();
    void proxyFiltersByTreeSelection();
    void proxyFollowsStatusChanges();
    void sortOrders();
    void addingACatalogRebuilds();
    void nowPlayingAndError();
    void reviewNodeCountsAndFilters();

private:
    EpisodeProgress finished(const QString &id) const;

    Catalog m_catalog;
    EpisodeListModel *m_list = nullptr;
    EpisodeFilterModel *m_proxy = nullptr;
    LibraryTreeModel *m_tree = nullptr;
    QList<Tester *> m_testers;
};

void TestLibraryModels::init()
{
    m_catalog = CatalogLoader::loadAll({}).catalog;
    m_list = new EpisodeListModel(this);
    m_proxy = new EpisodeFilterModel(m_list, this);
    m_tree = new LibraryTreeModel(m_list, this);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_list), static_cast<QAbstractItemModel *>(m_proxy),
          static_cast<QAbstractItemModel *>(m_tree)})
        m_testers.append(new Tester(model, Tester::FailureReportingMode::QtTest, this));
    m_list->setCatalog(m_catalog);
}

void TestLibraryModels::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_tree;
    delete m_proxy;
    delete m_list;
}

EpisodeProgress TestLibraryModels::finished(const QString &id) const
{
    EpisodeProgress p;
    p.episodeId = id;
    p.finished = true;
    p.positionMs = 0;
    p.timesPlayed = 1;
    p.lastPlayed = QDateTime::currentDateTimeUtc();
    return p;
}

void TestLibraryModels::treeShape()
{
    QCOMPARE(m_tree->rowCount(), 2); // Library, AI Training
    const QModelIndex library = m_tree->index(0, 0);
    QCOMPARE(library.data().toString(), u"Library"_s);
    QStringList statuses;
    for (int r = 0; r < m_tree->rowCount(library); ++r)
        statuses.append(m_tree->index(r, 0, library).data().toString());
    QCOMPARE(statuses, QStringList({u"All episodes"_s, u"Continue listening"_s, u"Not started"_s,
                                    u"Finished"_s, u"New"_s, u"Review"_s, u"Notes"_s}));
    // The Notes node counts what it is told, filters no episodes and has a stable key.
    const QModelIndex notes = m_tree->notesIndex();
    QCOMPARE(notes.data(LibraryTreeModel::KeyRole).toString(), u"notes"_s);
    QCOMPARE(m_tree->indexForKey(u"notes"_s), notes);
    QSignalSpy changed(m_tree, &QAbstractItemModel::dataChanged);
    m_tree->setNotesCount(12);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(notes.data(LibraryTreeModel::CountTextRole).toString(), u"12"_s);
    QVERIFY(LibraryTreeModel::filterFor({notes}).isEmpty());

    const QModelIndex topic = m_tree->index(1, 0);
    QCOMPARE(topic.data().toString(), u"AI Training"_s);
    QCOMPARE(topic.data(LibraryTreeModel::CountTextRole).toString(), u"0/21"_s);
    QStringList tags;
    for (int r = 0; r < m_tree->rowCount(topic); ++r) {
        const QModelIndex tag = m_tree->index(r, 0, topic);
        tags.append(tag.data().toString() + u' ' +
                    tag.data(LibraryTreeModel::CountTextRole).toString());
    }
    // Distinguishing tags first, the ones every episode carries last; the topic's own title
    // ("AI Training") is not repeated.
    QCOMPARE(tags, QStringList({u"Fine-Tuning 0/8"_s, u"Large Language Models 0/8"_s,
                                u"Distributed Training 0/5"_s, u"GenAI Explained 0/21"_s,
                                u"Generative AI 0/21"_s}));
}

void TestLibraryModels::treeCountsFollowProgress()
{
    const QModelIndex fineTuning = m_tree->indexForKey(u"tag:ai-training/Fine-Tuning"_s);
    const QModelIndex finishedNode = m_tree->indexForKey(u"status:finished"_s);
    QVERIFY(fineTuning.isValid());
    QSignalSpy changed(m_tree, &QAbstractItemModel::dataChanged);

    m_list->setProgress(finished(u"lora"_s));
    m_list->setProgress(finished(u"qlora"_s));
    m_list->setProgress(finished(u"data-parallelism"_s));
    QCOMPARE(fineTuning.data(LibraryTreeModel::CountTextRole).toString(), u"2/8"_s);
    QCOMPARE(m_tree->indexForKey(u"tag:ai-training/Distributed Training"_s)
                 .data(LibraryTreeModel::CountTextRole)
                 .toString(),
             u"1/5"_s);
    QCOMPARE(m_tree->allEpisodesIndex().data(LibraryTreeModel::CountTextRole).toString(),
             u"3/21"_s);
    QCOMPARE(finishedNode.data(LibraryTreeModel::CountTextRole).toString(), u"3"_s);
    QCOMPARE(fineTuning.data(Qt::AccessibleTextRole).toString(),
             u"Fine-Tuning, 2 of 8 episodes finished"_s);
    bool sawFineTuning = false;
    for (const auto &args : changed)
        sawFineTuning |= args.at(0).toModelIndex() == fineTuning;
    QVERIFY(sawFineTuning);

    // Started but not finished: "Continue listening" counts it, finished counts drop.
    EpisodeProgress p = finished(u"lora"_s);
    p.finished = false;
    p.positionMs = 30000;
    m_list->setProgress(p);
    QCOMPARE(fineTuning.data(LibraryTreeModel::CountTextRole).toString(), u"1/8"_s);
    QCOMPARE(
        m_tree->indexForKey(u"status:continue"_s).data(LibraryTreeModel::CountTextRole).toString(),
        u"1"_s);
    QCOMPARE(m_tree->indexForKey(u"status:not-started"_s)
                 .data(LibraryTreeModel::CountTextRole)
                 .toString(),
             u"18"_s);
}

void TestLibraryModels::progressUpdateIsDataChangedNotReset()
{
    QSignalSpy reset(m_list, &QAbstractItemModel::modelReset);
    QSignalSpy treeReset(m_tree, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_list, &QAbstractItemModel::dataChanged);
    EpisodeProgress p;
    p.episodeId = u"lora"_s;
    p.positionMs = 12000;
    m_list->setProgress(p);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(treeReset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex row = changed.at(0).at(0).toModelIndex();
    QCOMPARE(row, changed.at(0).at(1).toModelIndex());
    QCOMPARE(row.data(EpisodeListModel::IdRole).toString(), u"lora"_s);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(EpisodeListModel::PositionMsRole));
    QVERIFY(!roles.contains(EpisodeListModel::TitleRole));
    QCOMPARE(row.data(EpisodeListModel::PositionMsRole).toLongLong(), 12000);
    QCOMPARE(ListeningStatus(row.data(EpisodeListModel::StatusRole).toInt()),
             ListeningStatus::InProgress);
    QVERIFY(qAbs(row.data(EpisodeListModel::ProgressRole).toDouble() - 12.0 / 93.0) < 1e-6);

    // Progress of an episode no catalog knows is kept but touches no row.
    changed.clear();
    p.episodeId = u"gone-episode"_s;
    m_list->setProgress(p);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_list->progress(u"gone-episode"_s).positionMs, 12000);
}

void TestLibraryModels::proxyFiltersByTreeSelection()
{
    const auto filterFor = [this](const QStringList &keys) {
        QModelIndexList selection;
        for (const QString &k : keys)
            selection.append(m_tree->indexForKey(k));
        return LibraryTreeModel::filterFor(selection);
    };
    m_proxy->setFilter(filterFor({u"tag:ai-training/Fine-Tuning"_s}));
    QCOMPARE(m_proxy->rowCount(), 8);
    m_proxy->setFilter(
        filterFor({u"tag:ai-training/Fine-Tuning"_s, u"tag:ai-training/GenAI Explained"_s}));
    QCOMPARE(m_proxy->rowCount(), 8);
    m_proxy->setFilter(
        filterFor({u"tag:ai-training/Fine-Tuning"_s, u"tag:ai-training/Distributed Training"_s}));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setFilter(filterFor({u"topic:ai-training"_s}));
    QCOMPARE(m_proxy->rowCount(), 21);
    EpisodeFilter f = filterFor({u"tag:ai-training/Large Language Models"_s});
    f.setText(u"loss curves"_s);
    m_proxy->setFilter(f);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->episodeIdAt(0), u"training-loss-curves"_s);
}

void TestLibraryModels::proxyFollowsStatusChanges()
{
    EpisodeFilter f;
    f.setStatus(EpisodeFilter::Status::Finished);
    m_proxy->setFilter(f);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_list->setProgress(finished(u"lora"_s));
    QCOMPARE(m_proxy->rowCount(), 1);
    EpisodeProgress reset;
    reset.episodeId = u"lora"_s;
    m_list->setProgress(reset);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestLibraryModels::sortOrders()
{
    m_proxy->setSortOrder(EpisodeFilterModel::SortOrder::Course);
    QCOMPARE(m_proxy->episodeIdAt(0), u"the-pre-training-recipe"_s);
    QCOMPARE(m_proxy->episodeIdAt(20), u"when-to-fine-tune-vs-when-to-prompt"_s);

    m_proxy->setSortOrder(EpisodeFilterModel::SortOrder::Newest);
    QCOMPARE(m_proxy->index(0, 0).data(EpisodeListModel::PublishedRole).toDate(),
             QDate(2026, 2, 19));
    QCOMPARE(m_proxy->index(20, 0).data(EpisodeListModel::PublishedRole).toDate(),
             QDate(2026, 2, 18));

    m_proxy->setSortOrder(EpisodeFilterModel::SortOrder::Duration);
    QCOMPARE(m_proxy->episodeIdAt(0), u"pipeline-parallelism"_s); // 1:13
    QCOMPARE(m_proxy->episodeIdAt(20), u"qlora"_s);               // 2:03

    m_proxy->setSortOrder(EpisodeFilterModel::SortOrder::Title);
    QVERIFY(m_proxy->index(0, 0).data().toString().startsWith(u"Catastrophic"_s));
    QVERIFY(m_proxy->index(20, 0).data().toString().startsWith(u"Why distributed"_s));

    m_proxy->setSortOrder(EpisodeFilterModel::SortOrder::RecentlyPlayed);
    EpisodeProgress older = finished(u"tensor-parallelism"_s);
    older.lastPlayed = QDateTime::currentDateTimeUtc().addDays(-1);
    m_list->setProgress(older);
    m_list->setProgress(finished(u"lora"_s));
    QCOMPARE(m_proxy->episodeIdAt(0), u"lora"_s);
    QCOMPARE(m_proxy->episodeIdAt(1), u"tensor-parallelism"_s);
    QCOMPARE(m_proxy->rowCount(), 21);
}

void TestLibraryModels::addingACatalogRebuilds()
{
    Catalog more = m_catalog;
    Topic rlTopic;
    rlTopic.id = u"rl"_s;
    rlTopic.title = u"Reinforcement Learning"_s;
    more.addTopic(rlTopic);
    Episode e;
    e.id = u"rlhf"_s;
    e.title = u"RLHF"_s;
    e.topicId = u"rl"_s;
    e.tags = {u"Alignment"_s, u"Reinforcement Learning"_s};
    e.published = QDate(2026, 3, 1);
    more.addEpisode(e);
    m_list->setProgress(finished(u"lora"_s));
    m_list->setCatalog(more);
    QCOMPARE(m_list->rowCount(), 22);
    QCOMPARE(m_tree->rowCount(), 3);
    const QModelIndex rl = m_tree->indexForKey(u"topic:rl"_s);
    QCOMPARE(m_tree->rowCount(rl), 1); // "Alignment"; the topic's own title is not repeated
    QCOMPARE(m_tree->index(0, 0, rl).data().toString(), u"Alignment"_s);
    // Progress survives the new catalog.
    QCOMPARE(m_tree->allEpisodesIndex().data(LibraryTreeModel::CountTextRole).toString(),
             u"1/22"_s);
}

void TestLibraryModels::nowPlayingAndError()
{
    QSignalSpy changed(m_list, &QAbstractItemModel::dataChanged);
    m_list->setNowPlaying(u"lora"_s);
    m_list->setNowPlaying(u"qlora"_s);
    QCOMPARE(changed.count(), 3); // lora on, lora off, qlora on
    QVERIFY(
        m_list->index(m_list->rowOf(u"qlora"_s)).data(EpisodeListModel::NowPlayingRole).toBool());
    QVERIFY(
        !m_list->index(m_list->rowOf(u"lora"_s)).data(EpisodeListModel::NowPlayingRole).toBool());
    m_list->setError(u"qlora"_s, u"File not found"_s);
    QCOMPARE(m_list->index(m_list->rowOf(u"qlora"_s)).data(EpisodeListModel::ErrorRole).toString(),
             u"File not found"_s);
}

void TestLibraryModels::reviewNodeCountsAndFilters()
{
    const QModelIndex review = m_tree->indexForKey(u"status:review"_s);
    QVERIFY(review.isValid());
    QCOMPARE(review.data(LibraryTreeModel::CountTextRole).toString(), u"0"_s);
    m_proxy->setFilter(LibraryTreeModel::filterFor({review}));
    QCOMPARE(m_proxy->rowCount(), 0);

    const QString a = m_catalog.episodes().at(0).id;
    const QString b = m_catalog.episodes().at(1).id;
    QSignalSpy treeChanged(m_tree, &QAbstractItemModel::dataChanged);
    m_list->setReviewDue({a, b, u"not-in-the-catalog"_s});
    QCOMPARE(m_list->reviewDueCount(), 2);
    QCOMPARE(review.data(LibraryTreeModel::CountTextRole).toString(), u"2"_s);
    QCOMPARE(review.data(Qt::AccessibleTextRole).toString(), u"Review, 2 episodes"_s);
    QVERIFY(!treeChanged.isEmpty());
    QCOMPARE(m_proxy->rowCount(), 2); // follows without setting the filter again
    QVERIFY(m_list->index(m_list->rowOf(a)).data(EpisodeListModel::ReviewDueRole).toBool());

    m_list->setReviewDue({b});
    QCOMPARE(review.data(LibraryTreeModel::CountTextRole).toString(), u"1"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->episodeIdAt(0), b);
}

QTEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
