// PlaybackController and DurationProbe against real playback: GStreamer plays to a null sink in
// real time, so the clips are short and the waits are measured in wall time. The whole suite runs
// once per playback engine of the build (main() at the end), asserting the same behaviour.
#include "catalogloader.h"
#include "durationprobe.h"
#include "playbackcontroller.h"
#include "playbackenginefactory.h"
#include "testclips.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestPlaybackController : public QObject
{
    Q_OBJECT

public:
    explicit TestPlaybackController(const QString &engine)
        : m_engine(engine)
    {}

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void normalizesRate_data();
    void normalizesRate();
    void resumesFromSavedPositionMinusRewind();
    void endOfMediaEmitsFinishedAndSession();
    void pauseNearTheEndCountsAsFinished();
    void rateTwoAdvancesTwiceAsFast_data();
    void rateTwoAdvancesTwiceAsFast();
    void seekAndRateInQuickSuccession_data();
    void seekAndRateInQuickSuccession();
    void seekMovesThePosition();
    void switchingEngineKeepsThePlace();
    void changingEpisodeOrStoppingEndsTheSession();
    void flushesPeriodicallyWhilePlaying();
    void skipBackAndForward();
    void unplayableAudioReportsError_data();
    void unplayableAudioReportsError();
    void autoplayMovesToNextUnfinished();
    void autoplayFollowsUpNextFirst();
    void sleepTimerAtEndOfEpisodeStopsAutoplay();
    void sleepTimerPauses();
    void formatsLoadAndPlay_data();
    void formatsLoadAndPlay();
    void streamsOverHttp();
    void playsBundledAudioFromResources();
    void durationProbeReportsEachFile();

private:
    QString clip(const QString &name) const { return m_dir.filePath(name); }
    static Episode episode(const QString &id, const QUrl &audio);
    Episode fileEpisode(const QString &id, const QString &file) const;

    const QString m_engine;
    QTemporaryDir m_dir;
    QString m_garbage;
    std::unique_ptr<PlaybackController> m_ctl;
    std::unique_ptr<QSignalSpy> m_episodeChanged;
    std::unique_ptr<QSignalSpy> m_positions;
    std::unique_ptr<QSignalSpy> m_durations;
    std::unique_ptr<QSignalSpy> m_playing;
    std::unique_ptr<QSignalSpy> m_errors;
    std::unique_ptr<QSignalSpy> m_finished;
    std::unique_ptr<QSignalSpy> m_sessions;
    std::unique_ptr<QSignalSpy> m_flushes;
    std::unique_ptr<QSignalSpy> m_seeked;
    std::unique_ptr<QSignalSpy> m_sleep;
};

namespace {

struct Format
{
    const char *file;
    const char *encoder;
};
constexpr Format kFormats[] = {
    {"clip.mp3", "lamemp3enc ! xingmux"},
    {"clip.m4a", "avenc_aac ! aacparse ! mp4mux"},
    {"clip.ogg", "vorbisenc ! oggmux"},
    {"clip.opus", "audioresample ! opusenc ! oggmux"},
    {"clip.flac", "flacenc"},
    {"clip.wav", "wavenc"},
};

} // namespace

Episode TestPlaybackController::episode(const QString &id, const QUrl &audio)
{
    Episode e;
    e.id = id;
    e.title = u"Episode "_s + id;
    e.setAudio(audio);
    return e;
}

Episode TestPlaybackController::fileEpisode(const QString &id, const QString &file) const
{
    return episode(id, QUrl::fromLocalFile(clip(file)));
}

void TestPlaybackController::initTestCase()
{
    qInfo().noquote() << "engine:" << m_engine;
    // Both engines are part of this build; the GStreamer one is the default.
    QCOMPARE(PlaybackEngineFactory::available(), QStringList({u"gstreamer"_s, u"qtmultimedia"_s}));
    QCOMPARE(PlaybackEngineFactory::defaultEngine(), u"gstreamer"_s);
    QVERIFY(m_dir.isValid());
    for (const Format &f : kFormats)
        QVERIFY(makeClip(clip(QString::fromLatin1(f.file)), QString::fromLatin1(f.encoder), 3));
    QVERIFY(makeClip(clip(u"long.wav"_s), u"wavenc"_s, 12));
    m_garbage = clip(u"garbage.mp3"_s);
    QFile g(m_garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    QByteArray noise;
    for (int i = 0; i < 64 * 1024; ++i)
        noise += char((i * 7919 + i / 13) & 0xff);
    g.write(noise);
}

void TestPlaybackController::init()
{
    m_ctl = std::make_unique<PlaybackController>(m_engine);
    QCOMPARE(m_ctl->engineName(), m_engine);
    auto *c = m_ctl.get();
    m_episodeChanged = std::make_unique<QSignalSpy>(c, &PlaybackController::episodeChanged);
    m_positions = std::make_unique<QSignalSpy>(c, &PlaybackController::positionChanged);
    m_durations = std::make_unique<QSignalSpy>(c, &PlaybackController::durationChanged);
    m_playing = std::make_unique<QSignalSpy>(c, &PlaybackController::playingChanged);
    m_errors = std::make_unique<QSignalSpy>(c, &PlaybackController::errorOccurred);
    m_finished = std::make_unique<QSignalSpy>(c, &PlaybackController::episodeFinished);
    m_sessions = std::make_unique<QSignalSpy>(c, &PlaybackController::sessionEnded);
    m_flushes = std::make_unique<QSignalSpy>(c, &PlaybackController::flushRequested);
    m_seeked = std::make_unique<QSignalSpy>(c, &PlaybackController::seeked);
    m_sleep = std::make_unique<QSignalSpy>(c, &PlaybackController::sleepTimerChanged);
}

void TestPlaybackController::cleanup()
{
    m_sleep.reset();
    m_seeked.reset();
    m_flushes.reset();
    m_sessions.reset();
    m_finished.reset();
    m_errors.reset();
    m_playing.reset();
    m_durations.reset();
    m_positions.reset();
    m_episodeChanged.reset();
    m_ctl.reset();
}

void TestPlaybackController::normalizesRate_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::newRow("below") << 0.1 << 0.5;
    QTest::newRow("above") << 7.0 << 3.0;
    QTest::newRow("step down") << 1.26 << 1.25;
    QTest::newRow("step up") << 1.33 << 1.35;
    QTest::newRow("nan") << qQNaN() << 1.0;
}

void TestPlaybackController::normalizesRate()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QCOMPARE(PlaybackController::normalizedRate(in), out);
    m_ctl->setRate(in);
    QCOMPARE(m_ctl->rate(), out);
}

void TestPlaybackController::resumesFromSavedPositionMinusRewind()
{
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 6000);
    QCOMPARE(m_episodeChanged->count(), 1);
    QCOMPARE(m_ctl->position(), 6000 - PlaybackController::kResumeRewindMs);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->isPlaying());
    QTRY_VERIFY(m_ctl->position() > 4100);
    // No position before the resume point was ever reported.
    for (const auto &args : std::as_const(*m_positions))
        QVERIFY2(args.at(0).toLongLong() >= 4000, qPrintable(args.at(0).toString()));
    QVERIFY(m_ctl->position() < 5500);
    QCOMPARE(m_durations->count(), 1);
    QVERIFY(qAbs(m_durations->at(0).at(0).toLongLong() - 12000) < 200);
}

void TestPlaybackController::endOfMediaEmitsFinishedAndSession()
{
    m_ctl->load(fileEpisode(u"a"_s, u"clip.wav"_s), 3000); // starts at 1 s of 3
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->count(), 1, 6000);
    QCOMPARE(m_finished->at(0).at(0).toString(), u"a"_s);
    QCOMPARE(m_sessions->count(), 1);
    const auto s = m_sessions->at(0);
    QCOMPARE(s.at(0).toString(), u"a"_s);
    QVERIFY(s.at(1).toDateTime() < s.at(2).toDateTime());
    QCOMPARE(s.at(3).toLongLong(), 1000);
    QVERIFY(qAbs(s.at(4).toLongLong() - 3000) < 100);
    QVERIFY2(qAbs(s.at(5).toLongLong() - 2000) < 300, qPrintable(s.at(5).toString()));
    QCOMPARE(s.at(6).toDouble(), 1.0);
    QVERIFY(!m_ctl->isPlaying());
    QVERIFY(!m_flushes->isEmpty());
    QVERIFY(qAbs(m_flushes->last().at(1).toLongLong() - 3000) < 100);
    QCOMPARE(m_errors->count(), 0);
}

void TestPlaybackController::pauseNearTheEndCountsAsFinished()
{
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 10000); // starts at 8 s of 12
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 8200);
    m_ctl->pause();
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_sessions->count(), 1);
    QVERIFY(!m_ctl->isPlaying());
    QCOMPARE(m_flushes->last().at(0).toString(), u"a"_s);

    // Far from the end, a pause is just a pause.
    m_ctl->load(fileEpisode(u"b"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 200);
    m_ctl->pause();
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_sessions->count(), 2);
}

void TestPlaybackController::rateTwoAdvancesTwiceAsFast_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("rate set before load") << u"before load"_s;
    QTest::newRow("rate set after load") << u"after load"_s;
    QTest::newRow("rate set while playing") << u"while playing"_s;
    QTest::newRow("rate set while paused") << u"while paused"_s;
}

void TestPlaybackController::rateTwoAdvancesTwiceAsFast()
{
    QFETCH(QString, when);
    QSignalSpy rates(m_ctl.get(), &PlaybackController::rateChanged);
    if (when == u"before load")
        m_ctl->setRate(2.0);
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    if (when == u"after load") {
        QTRY_VERIFY(m_ctl->duration() > 0);
        m_ctl->setRate(2.0);
    }
    m_ctl->play();
    QTRY_VERIFY(m_ctl->isPlaying());
    if (when == u"while playing") {
        QTRY_VERIFY(m_ctl->position() > 300);
        const qint64 before = m_ctl->position();
        m_positions->clear();
        m_ctl->setRate(2.0);
        // No jump: the position goes on from where it was.
        QTRY_VERIFY(m_ctl->position() > before + 300);
        for (const auto &args : std::as_const(*m_positions))
            QVERIFY2(qAbs(args.at(0).toLongLong() - before) < 1500,
                     qPrintable(u"%1 -> %2"_s.arg(before).arg(args.at(0).toLongLong())));
    } else if (when == u"while paused") {
        QTRY_VERIFY(m_ctl->position() > 300);
        m_ctl->pause();
        const qint64 paused = m_ctl->position();
        m_ctl->setRate(2.0);
        QTest::qWait(400);
        // Paused stays paused, where it was: the rate change neither plays nor jumps.
        QVERIFY(!m_ctl->isPlaying());
        QVERIFY2(qAbs(m_ctl->position() - paused) < 150,
                 qPrintable(u"%1 -> %2"_s.arg(paused).arg(m_ctl->position())));
        m_ctl->play();
        QTRY_VERIFY(m_ctl->isPlaying());
    }
    QCOMPARE(rates.count(), 1);
    QCOMPARE(m_ctl->rate(), 2.0);
    QTest::qWait(300); // let the new rate settle
    const qint64 from = m_ctl->position();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(1500);
    const double ratio = double(m_ctl->position() - from) / double(wall.elapsed());
    QVERIFY2(ratio > 1.7 && ratio < 2.3, qPrintable(QString::number(ratio)));
    m_ctl->pause();
    QCOMPARE(m_sessions->last().at(6).toDouble(), 2.0);
    QCOMPARE(m_errors->count(), 0);
}

void TestPlaybackController::seekAndRateInQuickSuccession_data()
{
    QTest::addColumn<bool>("seekFirst");
    QTest::newRow("seek, then rate") << true;
    QTest::newRow("rate, then seek") << false;
}

void TestPlaybackController::seekAndRateInQuickSuccession()
{
    QFETCH(bool, seekFirst);
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 200);
    if (seekFirst) {
        m_ctl->seek(6000);
        m_ctl->setRate(2.0);
    } else {
        m_ctl->setRate(2.0);
        m_ctl->seek(6000);
    }
    // Both land: the position moves on from the seek target, at twice the speed.
    QTRY_VERIFY(m_ctl->position() > 6100);
    QVERIFY2(m_ctl->position() < 7500, qPrintable(QString::number(m_ctl->position())));
    QTest::qWait(200);
    const qint64 from = m_ctl->position();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(1200);
    const double ratio = double(m_ctl->position() - from) / double(wall.elapsed());
    QVERIFY2(ratio > 1.7 && ratio < 2.3, qPrintable(QString::number(ratio)));
}

void TestPlaybackController::seekMovesThePosition()
{
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 100);
    m_ctl->seek(7000);
    QCOMPARE(m_seeked->count(), 1);
    QCOMPARE(m_seeked->at(0).at(0).toLongLong(), 7000);
    QCOMPARE(m_flushes->last().at(1).toLongLong(), 7000);
    QTRY_VERIFY(m_ctl->position() > 7100);
    QVERIFY(m_ctl->position() < 8500);
    m_ctl->pause();
    // The jump is not counted as listening.
    QCOMPARE(m_sessions->count(), 1);
    QVERIFY(m_sessions->at(0).at(5).toLongLong() < 2500);
}

void TestPlaybackController::switchingEngineKeepsThePlace()
{
    QSignalSpy engines(m_ctl.get(), &PlaybackController::engineChanged);
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 1000);
    const qint64 at = m_ctl->position();
    const QString other = m_engine == u"gstreamer" ? u"qtmultimedia"_s : u"gstreamer"_s;
    m_ctl->setEngine(other);
    QCOMPARE(engines.count(), 1);
    QCOMPARE(m_ctl->engineName(), other);
    QCOMPARE(m_sessions->count(), 1);       // what was heard with the old engine is kept
    QCOMPARE(m_episodeChanged->count(), 1); // the same episode, not a new one
    m_positions->clear();
    QTRY_VERIFY(m_ctl->isPlaying());
    QTRY_VERIFY(m_ctl->position() > at + 500);
    for (const auto &args : std::as_const(*m_positions))
        QVERIFY2(args.at(0).toLongLong() >= at - 300, qPrintable(args.at(0).toString()));
    QCOMPARE(m_errors->count(), 0);
}

void TestPlaybackController::changingEpisodeOrStoppingEndsTheSession()
{
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 400);
    m_ctl->playEpisode(fileEpisode(u"b"_s, u"long.wav"_s), 0);
    QCOMPARE(m_sessions->count(), 1);
    QCOMPARE(m_sessions->at(0).at(0).toString(), u"a"_s);
    QCOMPARE(m_flushes->last().at(0).toString(), u"a"_s); // the old one's place is saved
    QCOMPARE(m_finished->count(), 0);
    QTRY_VERIFY(m_ctl->position() > 400);
    QVERIFY(m_ctl->isPlaying());

    const qint64 at = m_ctl->position();
    m_ctl->stop();
    QCOMPARE(m_sessions->count(), 2);
    QCOMPARE(m_sessions->at(1).at(0).toString(), u"b"_s);
    QCOMPARE(m_flushes->last().at(0).toString(), u"b"_s);
    QVERIFY(m_flushes->last().at(1).toLongLong() >= at); // saved before stopping
    QCOMPARE(m_ctl->playbackState(), QMediaPlayer::StoppedState);
    QVERIFY(!m_ctl->isPlaying());
}

void TestPlaybackController::flushesPeriodicallyWhilePlaying()
{
    m_ctl->setFlushIntervalMs(250);
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->isPlaying());
    m_flushes->clear();
    QTRY_VERIFY(m_flushes->count() >= 3);
    QVERIFY(m_flushes->last().at(1).toLongLong() > m_flushes->first().at(1).toLongLong());
    m_ctl->pause();
    const qsizetype paused = m_flushes->count();
    QTest::qWait(600);
    QCOMPARE(m_flushes->count(), paused); // nothing new while paused
}

void TestPlaybackController::skipBackAndForward()
{
    m_ctl->setSkipBackMs(2000);
    m_ctl->setSkipForwardMs(4000);
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 5000);
    QTRY_VERIFY(m_ctl->duration() > 0);
    m_ctl->skipForward();
    QCOMPARE(m_ctl->position(), 7000);
    m_ctl->skipBack();
    QCOMPARE(m_ctl->position(), 5000);
    m_ctl->seek(1000);
    m_ctl->skipBack();
    QCOMPARE(m_ctl->position(), 0);
    m_ctl->seek(11000);
    m_ctl->skipForward();
    QCOMPARE(m_ctl->position(), m_ctl->duration());
    QCOMPARE(m_seeked->count(), 6);
}

void TestPlaybackController::unplayableAudioReportsError_data()
{
    QTest::addColumn<QUrl>("audio");
    QTest::newRow("missing file") << QUrl::fromLocalFile(clip(u"nothing-here.mp3"_s));
    QTest::newRow("garbage file") << QUrl::fromLocalFile(m_garbage);
    // A port nobody listens on: bind one, note it, close it.
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    const quint16 port = s.serverPort();
    s.close();
    QTest::newRow("unreachable URL")
        << QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/episode.mp3");
}

void TestPlaybackController::unplayableAudioReportsError()
{
    QFETCH(QUrl, audio);
    m_ctl->load(episode(u"bad"_s, audio), 0);
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_errors->count(), 1, 8000);
    QCOMPARE(m_errors->at(0).at(0).toString(), u"bad"_s);
    const QString message = m_errors->at(0).at(1).toString();
    QVERIFY(message.contains(u"Episode bad"));
    qInfo().noquote() << "message:" << message;
    QTest::qWait(300);
    QCOMPARE(m_errors->count(), 1);
    QCOMPARE(m_finished->count(), 0);
    QCOMPARE(m_sessions->count(), 0);
    QVERIFY(!m_ctl->isPlaying());

    // Still usable.
    m_ctl->load(fileEpisode(u"good"_s, u"clip.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 200);
    QVERIFY(m_ctl->isPlaying());
    QCOMPARE(m_errors->count(), 1);
}

void TestPlaybackController::autoplayMovesToNextUnfinished()
{
    const QHash<QString, PlaybackController::QueueItem> items{
        {u"a"_s, {fileEpisode(u"a"_s, u"clip.wav"_s), 0, false}},
        {u"b"_s, {fileEpisode(u"b"_s, u"clip.ogg"_s), 0, true}},
        {u"c"_s, {fileEpisode(u"c"_s, u"long.wav"_s), 4000, false}},
    };
    m_ctl->setQueueProvider([&](const QString &id) -> std::optional<PlaybackController::QueueItem> {
        if (!items.contains(id))
            return std::nullopt;
        return items.value(id);
    });
    m_ctl->setQueue({u"a"_s, u"b"_s, u"c"_s});
    QVERIFY(m_ctl->autoplay());
    QVERIFY(m_ctl->hasNext());
    QVERIFY(!m_ctl->hasPrevious());
    m_ctl->load(items.value(u"a"_s).episode, 2500);
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_episodeChanged->count(), 2, 5000);
    QCOMPARE(m_finished->count(), 1);
    QCOMPARE(m_episodeChanged->at(1).at(0).toString(), u"c"_s); // "b" is finished
    QCOMPARE(m_ctl->currentEpisodeId(), u"c"_s);
    QTRY_VERIFY(m_ctl->isPlaying());
    QTRY_VERIFY(m_ctl->position() > 2100); // its own saved position, minus the rewind
    QVERIFY(m_ctl->hasPrevious());
    QVERIFY(!m_ctl->hasNext());

    // next()/previous() step through the queue in order, finished or not.
    m_ctl->pause();
    m_ctl->seek(0);
    m_ctl->previous();
    QCOMPARE(m_ctl->currentEpisodeId(), u"b"_s);
    QVERIFY(!m_ctl->isPlaying());
    m_ctl->next();
    QCOMPARE(m_ctl->currentEpisodeId(), u"c"_s);
}

void TestPlaybackController::autoplayFollowsUpNextFirst()
{
    const QHash<QString, PlaybackController::QueueItem> items{
        {u"a"_s, {fileEpisode(u"a"_s, u"clip.wav"_s), 0, false}},
        {u"b"_s, {fileEpisode(u"b"_s, u"clip.ogg"_s), 0, false}},
        {u"c"_s, {fileEpisode(u"c"_s, u"long.wav"_s), 4000, true}},
    };
    m_ctl->setQueueProvider([&](const QString &id) -> std::optional<PlaybackController::QueueItem> {
        if (!items.contains(id))
            return std::nullopt;
        return items.value(id);
    });
    m_ctl->setQueue({u"a"_s, u"b"_s, u"c"_s});
    // The learner queued "c" (finished: it plays from the start), then "gone" (unknown).
    QStringList upNext{u"c"_s};
    m_ctl->setUpNextProvider([&] { return upNext.isEmpty() ? QString() : upNext.takeFirst(); });
    m_ctl->load(items.value(u"a"_s).episode, 2500);
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_episodeChanged->count(), 2, 5000);
    QCOMPARE(m_ctl->currentEpisodeId(), u"c"_s); // not "b", the next in card order
    QTRY_VERIFY(m_ctl->isPlaying());
    QVERIFY(m_ctl->position() < 3000); // finished: from the start, not its saved 4 s
    // The queue is empty now: after "c" comes the card order again (after "c": nothing).
    m_ctl->pause();
    m_ctl->load(items.value(u"a"_s).episode, 2500);
    upNext = {u"gone"_s};
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_episodeChanged->count(), 4, 5000);
    QCOMPARE(m_ctl->currentEpisodeId(), u"b"_s); // an unknown id falls back to the order
}

void TestPlaybackController::sleepTimerAtEndOfEpisodeStopsAutoplay()
{
    m_ctl->setQueueProvider([this](const QString &id) {
        return std::optional<PlaybackController::QueueItem>(
            {fileEpisode(id, u"clip.wav"_s), 0, false});
    });
    m_ctl->setQueue({u"a"_s, u"b"_s});
    m_ctl->startSleepTimerAtEndOfEpisode();
    QCOMPARE(m_sleep->last().at(0).toLongLong(), PlaybackController::kSleepAtEndOfEpisode);
    m_ctl->load(fileEpisode(u"a"_s, u"clip.wav"_s), 2800);
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->count(), 1, 5000);
    QCOMPARE(m_sleep->last().at(0).toLongLong(), PlaybackController::kSleepOff);
    QTest::qWait(300);
    QCOMPARE(m_ctl->currentEpisodeId(), u"a"_s);
    QVERIFY(!m_ctl->isPlaying());
}

void TestPlaybackController::sleepTimerPauses()
{
    m_ctl->load(fileEpisode(u"a"_s, u"long.wav"_s), 0);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->isPlaying());
    m_ctl->startSleepTimerMs(1500);
    QCOMPARE(m_sleep->count(), 1);
    QCOMPARE(m_sleep->at(0).at(0).toLongLong(), 1500);
    QVERIFY(m_ctl->sleepRemainingMs() > 1000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_ctl->isPlaying(), 4000);
    QCOMPARE(m_sleep->last().at(0).toLongLong(), PlaybackController::kSleepOff);
    QVERIFY(m_sleep->count() >= 3); // the start, at least one countdown tick, off
    QCOMPARE(m_ctl->sleepRemainingMs(), PlaybackController::kSleepOff);
    QCOMPARE(m_sessions->count(), 1);
    QVERIFY(m_ctl->position() > 1200);

    m_ctl->startSleepTimer(15);
    QCOMPARE(m_sleep->last().at(0).toLongLong(), 15 * 60 * 1000);
    m_ctl->cancelSleepTimer();
    QCOMPARE(m_sleep->last().at(0).toLongLong(), PlaybackController::kSleepOff);
}

void TestPlaybackController::formatsLoadAndPlay_data()
{
    QTest::addColumn<QString>("file");
    for (const Format &f : kFormats)
        QTest::newRow(f.file) << QString::fromLatin1(f.file);
}

void TestPlaybackController::formatsLoadAndPlay()
{
    QFETCH(QString, file);
    m_ctl->load(fileEpisode(file, file), 0);
    m_ctl->play();
    QTRY_COMPARE_WITH_TIMEOUT(m_durations->count(), 1, 5000);
    const qint64 d = m_durations->at(0).at(0).toLongLong();
    QVERIFY2(qAbs(d - 3000) < 150, qPrintable(QString::number(d)));
    QTRY_VERIFY(m_ctl->position() > 300);
    QCOMPARE(m_errors->count(), 0);
}

void TestPlaybackController::streamsOverHttp()
{
    TestHttpServer server;
    m_ctl->load(episode(u"web"_s, server.serveFile(clip(u"clip.mp3"_s))), 0);
    m_ctl->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_ctl->position() > 500, 6000);
    QVERIFY(server.hits("/clip.mp3") >= 1);
    QCOMPARE(m_errors->count(), 0);
    QVERIFY(m_ctl->duration() > 2500);
}

void TestPlaybackController::playsBundledAudioFromResources()
{
    const auto loaded = CatalogLoader::loadAll({});
    QVERIFY(!loaded.catalog.episodes().isEmpty());
    for (const Episode &e : loaded.catalog.episodes()) {
        QCOMPARE(e.audio().toString(), u"qrc:/audio/"_s + e.id + u".opus");
        QVERIFY2(QFile::exists(u":/audio/"_s + e.id + u".opus"), qPrintable(e.id));
    }
    // Resuming and speed work on the resource stream too.
    m_ctl->setRate(1.5);
    m_ctl->load(loaded.catalog.episodes().first(), 6000);
    m_ctl->play();
    QTRY_VERIFY(m_ctl->position() > 4300);
    for (const auto &args : std::as_const(*m_positions))
        QVERIFY2(args.at(0).toLongLong() >= 4000, qPrintable(args.at(0).toString()));
    QVERIFY(m_ctl->duration() > 8000);
    const qint64 from = m_ctl->position();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(1000);
    const double ratio = double(m_ctl->position() - from) / double(wall.elapsed());
    QVERIFY2(ratio > 1.25 && ratio < 1.75, qPrintable(QString::number(ratio)));
    QCOMPARE(m_errors->count(), 0);
}

void TestPlaybackController::durationProbeReportsEachFile()
{
    DurationProbe probe;
    QSignalSpy found(&probe, &DurationProbe::durationFound);
    QSignalSpy failed(&probe, &DurationProbe::probeFailed);
    QSignalSpy finished(&probe, &DurationProbe::finished);
    probe.enqueue(u"mp3"_s, QUrl::fromLocalFile(clip(u"clip.mp3"_s)));
    probe.enqueue(u"missing"_s, QUrl::fromLocalFile(clip(u"missing.ogg"_s)));
    probe.enqueue(u"flac"_s, QUrl::fromLocalFile(clip(u"clip.flac"_s)));
    probe.enqueue(u"flac"_s, QUrl::fromLocalFile(clip(u"clip.flac"_s))); // ignored: queued
    probe.enqueue(u"long"_s, QUrl::fromLocalFile(clip(u"long.wav"_s)));
    probe.enqueue(u"bundled"_s, QUrl(u"qrc:/audio/lora.opus"_s));
    probe.enqueue(u"garbage"_s, QUrl::fromLocalFile(m_garbage));
    TestHttpServer server;
    probe.enqueue(u"web"_s, server.serveFile(clip(u"clip.mp3"_s)));
    QCOMPARE(probe.pendingCount(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(probe.isIdle() && finished.count() > 0, 10000);
    for (const auto &args : std::as_const(failed))
        qInfo() << "probe failed:" << args;
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toString(), u"missing"_s);
    QCOMPARE(failed.at(1).at(0).toString(), u"garbage"_s);
    QVERIFY(!failed.at(1).at(1).toString().isEmpty());
    QCOMPARE(found.count(), 5);
    QHash<QString, qint64> ms;
    for (const auto &args : std::as_const(found))
        ms.insert(args.at(0).toString(), args.at(1).toLongLong());
    QVERIFY(qAbs(ms.value(u"mp3"_s) - 3000) < 150);
    QVERIFY(qAbs(ms.value(u"flac"_s) - 3000) < 150);
    QVERIFY(qAbs(ms.value(u"long"_s) - 12000) < 150);
    QVERIFY(ms.value(u"bundled"_s) > 5000);
    QVERIFY2(qAbs(ms.value(u"web"_s) - 3000) < 150,
             qPrintable(QString::number(ms.value(u"web"_s))));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (const QString &engine : PlaybackEngineFactory::available()) {
        TestPlaybackController test(engine);
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}
#include "tst_playbackcontroller.moc"
