// The Up Next queue: the store (order, add, play next, move, remove, clear, entries whose episode
// is gone drop out) on a real progress.sqlite, kept across a restart; the list model under
// QAbstractItemModelTester, with moves by moveRows() and by drag and drop (mimeData() and
// dropMimeData()), and in a real QListView.
#include "progressstore.h"
#include "upnextmodel.h"
#include "upnextqueue.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUpNext : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storeOrder();
    void persistsAcrossRestart();
    void goneEpisodesDropOut();
    void modelSignalsAndTester();
    void dragAndDropMoves_data();
    void dragAndDropMoves();
    void refusesForeignDrops();

private:
    QStringList ids(const UpNextModel &model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
};

void TestUpNext::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
}

void TestUpNext::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestUpNext::ids(const UpNextModel &model) const
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(UpNextModel::EpisodeIdRole).toString());
    return out;
}

void TestUpNext::storeOrder()
{
    UpNextQueue queue;
    QVERIFY2(queue.open(m_store->databasePath()), qPrintable(queue.errorString()));
    QVERIFY(queue.episodeIds().isEmpty());
    QVERIFY(queue.add(u"a"_s));
    QVERIFY(queue.add(u"b"_s));
    QVERIFY(!queue.add(u"a"_s)); // already queued: stays where it is
    QVERIFY(queue.playNext(u"c"_s));
    QCOMPARE(queue.episodeIds(), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    QVERIFY(queue.playNext(u"b"_s)); // moves to the front
    QCOMPARE(queue.episodeIds(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QVERIFY(queue.move(0, 2));
    QCOMPARE(queue.episodeIds(), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    QVERIFY(!queue.move(0, 3));
    QVERIFY(queue.remove(u"a"_s));
    QVERIFY(!queue.remove(u"a"_s));
    QCOMPARE(queue.takeFirst(), u"c"_s);
    QCOMPARE(queue.episodeIds(), QStringList{u"b"_s});
    QVERIFY(queue.clear());
    QCOMPARE(queue.size(), 0);
    QCOMPARE(queue.takeFirst(), QString());
}

void TestUpNext::persistsAcrossRestart()
{
    {
        UpNextQueue queue;
        QVERIFY(queue.open(m_store->databasePath()));
        for (const QString &id : {u"x"_s, u"y"_s, u"z"_s})
            QVERIFY(queue.add(id));
        QVERIFY(queue.move(2, 0));
    }
    // A restart: the progress store too.
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    UpNextQueue again;
    QVERIFY(again.open(m_store->databasePath()));
    QCOMPARE(again.episodeIds(), (QStringList{u"z"_s, u"x"_s, u"y"_s}));
}

void TestUpNext::goneEpisodesDropOut()
{
    UpNextQueue queue;
    QVERIFY(queue.open(m_store->databasePath()));
    UpNextModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &id : {u"keep1"_s, u"gone1"_s, u"keep2"_s, u"gone2"_s})
        QVERIFY(model.add(id));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.retainOnly({u"keep1"_s, u"keep2"_s, u"other"_s}), 2);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(ids(model), (QStringList{u"keep1"_s, u"keep2"_s}));
    UpNextQueue reopened;
    QVERIFY(reopened.open(m_store->databasePath()));
    QCOMPARE(reopened.episodeIds(), (QStringList{u"keep1"_s, u"keep2"_s}));
}

void TestUpNext::modelSignalsAndTester()
{
    UpNextQueue queue;
    QVERIFY(queue.open(m_store->databasePath()));
    UpNextModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTitleLookup([](const QString &id) { return id == u"a" ? u"Alpha"_s : QString(); });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &UpNextModel::queueChanged);
    QVERIFY(model.add(u"a"_s));
    QVERIFY(model.add(u"b"_s));
    QVERIFY(model.playNext(u"c"_s));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 0);
    QVERIFY(model.playNext(u"b"_s)); // a move, not an insert
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(ids(model), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(model.index(2).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(0).data().toString(), u"b"_s); // no title known: the id
    QCOMPARE(model.index(2).data(Qt::AccessibleTextRole).toString(),
             u"Alpha, number 3 of 3 in Up Next"_s);
    QVERIFY(model.moveRows({}, 2, 1, {}, 0));
    QCOMPARE(ids(model), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
    QVERIFY(model.removeAt(1));
    QCOMPARE(model.takeFirst(), u"a"_s);
    QCOMPARE(ids(model), QStringList{u"c"_s});
    QVERIFY(model.clear());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.size(), 8);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
}

void TestUpNext::dragAndDropMoves_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("dropRow"); // -1: on empty space below the rows
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first to the end") << 0 << -1 << QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s};
    QTest::newRow("first before the third")
        << 0 << 2 << QStringList{u"b"_s, u"a"_s, u"c"_s, u"d"_s};
    QTest::newRow("last to the top") << 3 << 0 << QStringList{u"d"_s, u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("third before the second")
        << 2 << 1 << QStringList{u"a"_s, u"c"_s, u"b"_s, u"d"_s};
    QTest::newRow("onto its own place") << 1 << 1 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
}

void TestUpNext::dragAndDropMoves()
{
    QFETCH(int, from);
    QFETCH(int, dropRow);
    QFETCH(QStringList, expected);
    UpNextQueue queue;
    QVERIFY(queue.open(m_store->databasePath()));
    UpNextModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        model.add(id);
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    QVERIFY(model.flags(model.index(from)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(from)}));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    model.dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {});
    QCOMPARE(ids(model), expected);
    UpNextQueue stored;
    QVERIFY(stored.open(m_store->databasePath()));
    QCOMPARE(stored.episodeIds(), expected);
}

void TestUpNext::refusesForeignDrops()
{
    UpNextQueue queue;
    QVERIFY(queue.open(m_store->databasePath()));
    UpNextModel model(&queue);
    model.add(u"a"_s);
    QMimeData text;
    text.setText(u"a"_s);
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0)}));
    QVERIFY(!model.dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestUpNext)
#include "tst_upnext.moc"
