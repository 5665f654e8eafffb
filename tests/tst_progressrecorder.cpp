// ProgressRecorder: when play positions are written, on a fake clock and on a real one.
#include "progressrecorder.h"
#include "progressstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgressRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void firstTickWritesAtOnce();
    void steadyPlaybackWritesEveryInterval();
    void unchangedPositionIsNotRewritten();
    void flushWritesAtOnce();
    void flushWithNothingPendingWritesNothing();
    void episodeChangeWritesThePreviousFirst();
    void pendingPositionIsWrittenWhenTicksStop();
    void destructionFlushes();
    void failedWriteIsRetriedAfterTheInterval();
    void writesThroughTheStore();

private:
    struct Write
    {
        QString episodeId;
        qint64 positionMs;
        qint64 at;
    };

    std::unique_ptr<ProgressRecorder> makeRecorder(bool fakeClock = true);

    QList<Write> m_writes;
    qint64 m_now = 0;
    bool m_sinkFails = false;
};

void TestProgressRecorder::init()
{
    m_writes.clear();
    m_now = 100'000;
    m_sinkFails = false;
}

std::unique_ptr<ProgressRecorder> TestProgressRecorder::makeRecorder(bool fakeClock)
{
    auto recorder = std::make_unique<ProgressRecorder>([this](const QString &id, qint64 pos) {
        if (m_sinkFails)
            return false;
        m_writes.append({id, pos, m_now});
        return true;
    });
    if (fakeClock)
        recorder->setClock([this] { return m_now; });
    return recorder;
}

void TestProgressRecorder::firstTickWritesAtOnce()
{
    auto recorder = makeRecorder();
    QCOMPARE(recorder->interval(), 2000);
    recorder->tick(u"lora"_s, 5000);
    QCOMPARE(m_writes.size(), 1);
    QCOMPARE(m_writes.at(0).positionMs, 5000);
    QVERIFY(!recorder->hasPending());
}

void TestProgressRecorder::steadyPlaybackWritesEveryInterval()
{
    auto recorder = makeRecorder();
    QSignalSpy written(recorder.get(), &ProgressRecorder::written);
    // Ten seconds of playback, a tick every 250 ms.
    qint64 lastTick = 0;
    for (qint64 pos = 0; pos <= 10'000; pos += 250) {
        recorder->tick(u"lora"_s, pos);
        lastTick = pos;
        // Never more than one interval of listening unsaved.
        QVERIFY2(pos - m_writes.last().positionMs < 2000, qPrintable(QString::number(pos)));
        m_now += 250;
    }
    QCOMPARE(m_writes.size(), 6); // 0, 2000, 4000, 6000, 8000, 10000
    for (qsizetype i = 1; i < m_writes.size(); ++i)
        QCOMPARE(m_writes.at(i).at - m_writes.at(i - 1).at, 2000); // throttled
    QCOMPARE(written.count(), 6);
    QCOMPARE(m_writes.last().positionMs, lastTick);
}

void TestProgressRecorder::unchangedPositionIsNotRewritten()
{
    auto recorder = makeRecorder();
    recorder->tick(u"lora"_s, 1000);
    m_now += 5000;
    recorder->tick(u"lora"_s, 1000); // paused player still ticking
    recorder->flush();
    QCOMPARE(m_writes.size(), 1);
}

void TestProgressRecorder::flushWritesAtOnce()
{
    auto recorder = makeRecorder();
    recorder->tick(u"lora"_s, 0);
    m_now += 300;
    recorder->tick(u"lora"_s, 300);
    QVERIFY(recorder->hasPending());
    QCOMPARE(m_writes.size(), 1);
    recorder->flush(); // pause, seek, stop, finish, quit
    QCOMPARE(m_writes.size(), 2);
    QCOMPARE(m_writes.last().positionMs, 300);
    QCOMPARE(m_writes.last().at, m_now);
    QVERIFY(!recorder->hasPending());
    // After a seek the interval counts from the flush.
    m_now += 100;
    recorder->tick(u"lora"_s, 60'000);
    QCOMPARE(m_writes.size(), 2);
    m_now += 1900;
    recorder->tick(u"lora"_s, 61'900);
    QCOMPARE(m_writes.size(), 3);
}

void TestProgressRecorder::flushWithNothingPendingWritesNothing()
{
    auto recorder = makeRecorder();
    recorder->flush();
    QCOMPARE(m_writes.size(), 0);
    recorder->tick(u"lora"_s, 10);
    recorder->flush();
    recorder->flush();
    QCOMPARE(m_writes.size(), 1);
}

void TestProgressRecorder::episodeChangeWritesThePreviousFirst()
{
    auto recorder = makeRecorder();
    recorder->tick(u"lora"_s, 0);
    m_now += 500;
    recorder->tick(u"lora"_s, 500);
    m_now += 10;
    recorder->tick(u"model-merging"_s, 0);
    QCOMPARE(m_writes.size(), 2);
    QCOMPARE(m_writes.at(1).episodeId, u"lora"_s);
    QCOMPARE(m_writes.at(1).positionMs, 500);
    // The new episode's first position is pending, written within the interval.
    QVERIFY(recorder->hasPending());
    recorder->flush();
    QCOMPARE(m_writes.at(2).episodeId, u"model-merging"_s);
}

void TestProgressRecorder::pendingPositionIsWrittenWhenTicksStop()
{
    auto recorder = makeRecorder(false); // the real clock, with a short interval
    recorder->setInterval(100);
    recorder->tick(u"lora"_s, 0);
    recorder->tick(u"lora"_s, 40);
    QCOMPARE(m_writes.size(), 1);
    QVERIFY(recorder->hasPending());
    // No more ticks (say the player stalls): the deadline still writes.
    QTRY_COMPARE_WITH_TIMEOUT(m_writes.size(), 2, 1000);
    QCOMPARE(m_writes.last().positionMs, 40);
    QTest::qWait(250);
    QCOMPARE(m_writes.size(), 2);
}

void TestProgressRecorder::destructionFlushes()
{
    auto recorder = makeRecorder();
    recorder->tick(u"lora"_s, 0);
    m_now += 10;
    recorder->tick(u"lora"_s, 10);
    recorder.reset();
    QCOMPARE(m_writes.size(), 2);
}

void TestProgressRecorder::failedWriteIsRetriedAfterTheInterval()
{
    auto recorder = makeRecorder();
    QSignalSpy written(recorder.get(), &ProgressRecorder::written);
    m_sinkFails = true;
    recorder->tick(u"lora"_s, 0);
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(2).toBool(), false);
    m_now += 100;
    recorder->tick(u"lora"_s, 100); // no hammering
    QCOMPARE(written.count(), 1);
    m_sinkFails = false;
    m_now += 1900;
    recorder->tick(u"lora"_s, 2000);
    QCOMPARE(written.count(), 2);
    QCOMPARE(m_writes.last().positionMs, 2000);
}

void TestProgressRecorder::writesThroughTheStore()
{
    QTemporaryDir dir;
    ProgressStore store;
    QVERIFY(store.open(dir.path()));
    {
        ProgressRecorder recorder(&store);
        recorder.tick(u"lora"_s, 1500);
        QCOMPARE(store.progress(u"lora"_s).positionMs, 1500);
        recorder.tick(u"lora"_s, 1750);
        QCOMPARE(store.progress(u"lora"_s).positionMs, 1500);
        recorder.flush();
        QCOMPARE(store.progress(u"lora"_s).positionMs, 1750);
    }
}

QTEST_GUILESS_MAIN(TestProgressRecorder)
#include "tst_progressrecorder.moc"
