// ReviewSchedule: the due day after every box transition, Again, the last box, review off per
// topic, finished episodes scheduled, kept across a restart, and the "review" key of the progress
// export: written, read back by --import-progress into another data directory, older files
// without it still import, bad values refused with their place.
#include "catalog.h"
#include "progresscommands.h"
#include "progressjson.h"
#include "progressstore.h"
#include "reviewschedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

Topic makeTopic(const QString &id, const QString &title)
{
    Topic t;
    t.id = id;
    t.title = title;
    return t;
}

QDateTime utc(int y, int mo, int d, int h = 12)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC);
}

using Answer = ReviewSchedule::Answer;

} // namespace

class TestReviewSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void walkThroughEveryBox();
    void againResets();
    void finishedOnceKeepsItsSchedule();
    void scheduleAllFinished();
    void offPerTopic();
    void keptAcrossRestart();
    void exportAndImportKeepIt();
    void olderExportStillImports();
    void badReviewValuesAreRefused_data();
    void badReviewValuesAreRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<ReviewSchedule> m_schedule;
};

void TestReviewSchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_schedule = std::make_unique<ReviewSchedule>();
    QVERIFY2(m_schedule->open(m_store->databasePath()), qPrintable(m_schedule->errorString()));
}

void TestReviewSchedule::cleanup()
{
    m_schedule.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReviewSchedule::transitions_data()
{
    QTest::addColumn<int>("box");
    QTest::addColumn<bool>("gotIt");
    QTest::addColumn<int>("nextBox");
    QTest::addColumn<int>("days");
    QTest::newRow("box 0, got it -> 3 days") << 0 << true << 1 << 3;
    QTest::newRow("box 1, got it -> 7 days") << 1 << true << 2 << 7;
    QTest::newRow("box 2, got it -> 21 days") << 2 << true << 3 << 21;
    QTest::newRow("box 3, got it -> 60 days") << 3 << true << 4 << 60;
    QTest::newRow("box 4, got it -> 60 days again") << 4 << true << 4 << 60;
    for (int box = 0; box < ReviewSchedule::kBoxes; ++box)
        QTest::addRow("box %d, again -> 1 day", box) << box << false << 0 << 1;
}

void TestReviewSchedule::transitions()
{
    QFETCH(int, box);
    QFETCH(bool, gotIt);
    QFETCH(int, nextBox);
    QFETCH(int, days);
    const QDate day(2026, 12, 30); // across the year boundary for the longer ones
    const auto [to, due] = ReviewSchedule::next(box, gotIt ? Answer::GotIt : Answer::Again, day);
    QCOMPARE(to, nextBox);
    QCOMPARE(due, day.addDays(days));
}

void TestReviewSchedule::walkThroughEveryBox()
{
    const QDate finished(2027, 3, 1);
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, finished, utc(2027, 3, 1)));
    QCOMPARE(m_schedule->state(u"ep"_s)->box, 0);
    QCOMPARE(m_schedule->state(u"ep"_s)->due, QDate(2027, 3, 2));
    // Each review answered on its due day.
    const QList<std::pair<int, QDate>> expected{
        {1, QDate(2027, 3, 5)},  // 2 + 3
        {2, QDate(2027, 3, 12)}, // 5 + 7
        {3, QDate(2027, 4, 2)},  // 12 + 21
        {4, QDate(2027, 6, 1)},  // Apr 2 + 60
        {4, QDate(2027, 7, 31)}, // Jun 1 + 60
    };
    for (const auto &[box, due] : expected) {
        const QDate today = m_schedule->state(u"ep"_s)->due;
        QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, today, today.startOfDay(Qt::UTC)));
        const ReviewSchedule::State s = *m_schedule->state(u"ep"_s);
        QCOMPARE(s.box, box);
        QCOMPARE(s.due, due);
        QCOMPARE(s.reviewedAt, today.startOfDay(Qt::UTC));
    }
    QCOMPARE(m_schedule->log().size(), 5);
    QVERIFY(m_schedule->log().constFirst().gotIt);
    QCOMPARE(m_schedule->log().constLast().box, 4);
}

void TestReviewSchedule::againResets()
{
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, QDate(2027, 1, 1), utc(2027, 1, 1)));
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 2), utc(2027, 1, 2)));
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 5), utc(2027, 1, 5)));
    QCOMPARE(m_schedule->state(u"ep"_s)->box, 2);
    // Late for the review (due Jan 12), answered Again on Jan 20: due the day after.
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::Again, QDate(2027, 1, 20), utc(2027, 1, 20)));
    QCOMPARE(m_schedule->state(u"ep"_s)->box, 0);
    QCOMPARE(m_schedule->state(u"ep"_s)->due, QDate(2027, 1, 21));
    QVERIFY(!m_schedule->log().constLast().gotIt);
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 21), utc(2027, 1, 21)));
    QCOMPARE(m_schedule->state(u"ep"_s)->due, QDate(2027, 1, 24));
}

void TestReviewSchedule::finishedOnceKeepsItsSchedule()
{
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, QDate(2027, 1, 1), utc(2027, 1, 1)));
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 2), utc(2027, 1, 2)));
    // Finishing again while reviewing it does not start over.
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, QDate(2027, 1, 2), utc(2027, 1, 2)));
    QCOMPARE(m_schedule->state(u"ep"_s)->box, 1);
    QCOMPARE(m_schedule->state(u"ep"_s)->due, QDate(2027, 1, 5));
}

void TestReviewSchedule::scheduleAllFinished()
{
    // Finished at 23:30 UTC on Mar 1: Mar 2 in Berlin, so due Mar 3 there; Mar 2 in New York.
    m_store->setClock([] { return QDateTime(QDate(2027, 3, 1), QTime(23, 30), Qt::UTC); });
    QVERIFY(m_store->setFinished(u"a"_s, true));
    QVERIFY(m_store->savePosition(u"b"_s, 5000)); // not finished: not scheduled
    QCOMPARE(m_schedule->scheduleAllFinished(QTimeZone("Europe/Berlin"), utc(2027, 3, 5)), 1);
    QCOMPARE(m_schedule->state(u"a"_s)->due, QDate(2027, 3, 3));
    QVERIFY(!m_schedule->state(u"b"_s));
    QCOMPARE(m_schedule->scheduleAllFinished(QTimeZone("Europe/Berlin"), utc(2027, 3, 5)), 0);
}

void TestReviewSchedule::offPerTopic()
{
    Catalog catalog;
    catalog.addTopic(makeTopic(u"ai"_s, u"AI"_s));
    catalog.addTopic(makeTopic(u"pod"_s, u"Podcast"_s));
    for (const auto &[id, topic] : QList<std::pair<QString, QString>>{
             {u"a1"_s, u"ai"_s}, {u"a2"_s, u"ai"_s}, {u"p1"_s, u"pod"_s}}) {
        Episode e;
        e.id = id;
        e.topicId = topic;
        catalog.addEpisode(e);
    }
    const QDate day(2027, 5, 1);
    for (const QString &id : {u"a1"_s, u"a2"_s, u"p1"_s, u"unsubscribed"_s})
        QVERIFY(m_schedule->scheduleFinished(id, day, utc(2027, 5, 1)));
    QCOMPARE(m_schedule->dueOn(day, catalog), QStringList());
    QCOMPARE(m_schedule->dueOn(day.addDays(1), catalog), (QStringList{u"a1"_s, u"a2"_s, u"p1"_s}));
    QVERIFY(m_schedule->setTopicEnabled(u"pod"_s, false));
    QVERIFY(!m_schedule->isTopicEnabled(u"pod"_s));
    QVERIFY(m_schedule->isTopicEnabled(u"ai"_s));
    QCOMPARE(m_schedule->dueOn(day.addDays(1), catalog), (QStringList{u"a1"_s, u"a2"_s}));
    // Its schedule stays; turned on again it is due again.
    QVERIFY(m_schedule->setTopicEnabled(u"pod"_s, true));
    QCOMPARE(m_schedule->dueOn(day.addDays(1), catalog).size(), 3);
}

void TestReviewSchedule::keptAcrossRestart()
{
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, QDate(2027, 1, 1), utc(2027, 1, 1)));
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 2), utc(2027, 1, 2)));
    QVERIFY(m_schedule->setTopicEnabled(u"t"_s, false));
    m_schedule.reset();
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    ReviewSchedule again;
    QVERIFY(again.open(m_store->databasePath()));
    QCOMPARE(again.state(u"ep"_s)->box, 1);
    QCOMPARE(again.state(u"ep"_s)->due, QDate(2027, 1, 5));
    QCOMPARE(again.topicsOff(), QSet<QString>{u"t"_s});
    QCOMPARE(again.log().size(), 1);
}

void TestReviewSchedule::exportAndImportKeepIt()
{
    QVERIFY(m_store->setFinished(u"ep"_s, true));
    QVERIFY(m_schedule->scheduleFinished(u"ep"_s, QDate(2027, 1, 1), utc(2027, 1, 1)));
    QVERIFY(m_schedule->answer(u"ep"_s, Answer::GotIt, QDate(2027, 1, 2), utc(2027, 1, 2)));
    QVERIFY(m_schedule->scheduleFinished(u"other"_s, QDate(2027, 1, 3), utc(2027, 1, 3)));
    QVERIFY(m_schedule->setTopicEnabled(u"pod"_s, false));
    const QList<ReviewSchedule::State> states = m_schedule->states();
    const QList<ReviewSchedule::LogEntry> log = m_schedule->log();
    m_schedule.reset();
    m_store.reset();

    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QString file = m_dir->filePath(u"export.json"_s);
    QCOMPARE(ProgressCommands::exportProgress(m_dir->path(), Catalog(), file, out, err), 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"earmark-progress"_s);
    const QJsonObject review = root.value(u"review"_s).toObject();
    QCOMPARE(review.value(u"episodes"_s).toArray().size(), 2);
    QCOMPARE(review.value(u"topicsOff"_s).toArray(), QJsonArray{u"pod"_s});

    QTemporaryDir other;
    QCOMPARE(ProgressCommands::importProgress(other.path(), file, out, err), 0);
    QVERIFY2(outText.contains(u"review schedule: 4 change(s)"_s), qPrintable(outText));
    {
        ProgressStore store;
        QVERIFY(store.open(other.path()));
        ReviewSchedule imported;
        QVERIFY(imported.open(store.databasePath()));
        QCOMPARE(imported.states(), states);
        QCOMPARE(imported.log(), log);
        QCOMPARE(imported.topicsOff(), QSet<QString>{u"pod"_s});
    }
    // Importing the same again changes nothing.
    outText.clear();
    QCOMPARE(ProgressCommands::importProgress(other.path(), file, out, err), 0);
    QVERIFY2(!outText.contains(u"review schedule"_s), qPrintable(outText));
}

void TestReviewSchedule::olderExportStillImports()
{
    const QByteArray json = ProgressJson::write({}, {});
    QVERIFY(!QJsonDocument::fromJson(json).object().contains(u"review"_s));
    QList<ProgressStore::ImportedEpisode> episodes;
    QString error;
    QJsonObject extra;
    QVERIFY(ProgressJson::read(json, &episodes, &error, &extra));
    QVERIFY(extra.isEmpty());
    ReviewSchedule::Exchange exchange;
    QVERIFY(ReviewSchedule::fromJson(extra.value(ReviewSchedule::jsonKey()), &exchange, &error));
    QVERIFY(exchange.states.isEmpty());
    QCOMPARE(m_schedule->merge(exchange), 0);
}

void TestReviewSchedule::badReviewValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("review");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an object") << "[]"_ba << u"review: must be an object"_s;
    QTest::newRow("no version") << "{}"_ba << u"review.version: must be 1"_s;
    QTest::newRow("box too high")
        << R"({"version":1,"episodes":[{"id":"a","box":5,"due":"2027-01-01","updatedAt":"2027-01-01T00:00:00.000Z"}]})"_ba
        << u"review.episodes[0].box: must be a whole number from 0 to 4"_s;
    // Found by fuzz_reviewjson: converting this to int was undefined behaviour.
    QTest::newRow("box beyond int")
        << R"({"version":1,"episodes":[{"id":"a","box":3e300,"due":"2027-01-01","updatedAt":"2027-01-01T00:00:00.000Z"}]})"_ba
        << u"review.episodes[0].box: must be a whole number from 0 to 4"_s;
    QTest::newRow("box negative fraction")
        << R"({"version":1,"episodes":[{"id":"a","box":-0.5,"due":"2027-01-01","updatedAt":"2027-01-01T00:00:00.000Z"}]})"_ba
        << u"review.episodes[0].box: must be a whole number from 0 to 4"_s;
    QTest::newRow("bad due day")
        << R"({"version":1,"episodes":[{"id":"a","box":1,"due":"soon","updatedAt":"2027-01-01T00:00:00.000Z"}]})"_ba
        << u"review.episodes[0].due: must be a date (YYYY-MM-DD)"_s;
    QTest::newRow("bad answer")
        << R"({"version":1,"log":[{"id":"a","reviewedAt":"2027-01-01T00:00:00.000Z","day":"2027-01-01","answer":"maybe","box":0}]})"_ba
        << u"review.log[0].answer: must be \"got-it\" or \"again\""_s;
    QTest::newRow("topic not a string") << R"({"version":1,"topicsOff":[3]})"_ba
                                        << u"review.topicsOff[0]: must be a non-empty string"_s;
}

void TestReviewSchedule::badReviewValuesAreRefused()
{
    QFETCH(QByteArray, review);
    QFETCH(QString, message);
    const QByteArray json =
        R"({"format":"earmark-progress","version":1,"episodes":[],"review":)" + review + "}";
    QList<ProgressStore::ImportedEpisode> episodes;
    QString error;
    QJsonObject extra;
    QVERIFY(ProgressJson::read(json, &episodes, &error, &extra));
    ReviewSchedule::Exchange exchange;
    QVERIFY(!ReviewSchedule::fromJson(extra.value(ReviewSchedule::jsonKey()), &exchange, &error));
    QCOMPARE(error, message);

    // Through --import-progress: refused before anything is written, with the file named.
    const QString file = m_dir->filePath(u"bad.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QTemporaryDir other;
    QCOMPARE(ProgressCommands::importProgress(other.path(), file, out, err), 1);
    err.flush();
    QCOMPARE(errText, u"earmark: "_s + file + u": "_s + message + u'\n');
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
