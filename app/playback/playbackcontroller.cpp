#include "playbackcontroller.h"

#include "logging.h"

#include "playbackenginefactory.h"

#include <QAudioDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// A position step larger than this (times the rate) is a jump, not listening.
constexpr qint64 kMaxListenStepMs = 3000;
// After a seek the player still reports a few positions from before it; those further than this
// from the target are ignored, for at most kMaxStalePositions reports.
constexpr qint64 kSeekSettleMs = 1500;
constexpr int kMaxStalePositions = 30;
// A seek still not taken after this many reports is asked for again, at most kMaxSeekRetries times.
constexpr int kStalePositionsBeforeRetry = 6;
constexpr int kMaxSeekRetries = 3;
} // namespace

PlaybackController::PlaybackController(QObject *parent)
    : PlaybackController(QString(), parent)
{}

PlaybackController::PlaybackController(const QString &engineName, QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    attachEngine(PlaybackEngineFactory::create(engineName, this));
    qCInfo(lcPlayback) << "playback engine:" << m_engine->name();
    // An output that disappears (unplugged) falls back to the default; one that comes back is
    // used again.
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this,
            &PlaybackController::resolveOutputDevice);

    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { requestFlush(m_lastPosition); });

    m_sleepTimer.setSingleShot(true);
    connect(&m_sleepTimer, &QTimer::timeout, this, &PlaybackController::onSleepExpired);
    m_sleepTick.setInterval(1000);
    connect(&m_sleepTick, &QTimer::timeout, this,
            [this] { emit sleepTimerChanged(sleepRemainingMs()); });
}

PlaybackController::~PlaybackController()
{
    // The engine outlives this object's own part; no signal may reach it any more.
    m_engine->disconnect(this);
    delete m_engine;
}

void PlaybackController::attachEngine(PlaybackEngine *engine)
{
    m_engine = engine;
    m_engine->setParent(this);
    connect(m_engine, &PlaybackEngine::loaded, this, &PlaybackController::onEngineLoaded);
    connect(m_engine, &PlaybackEngine::endOfMedia, this, &PlaybackController::onEndOfMedia);
    connect(m_engine, &PlaybackEngine::stateChanged, this, &PlaybackController::onEngineState);
    connect(m_engine, &PlaybackEngine::positionChanged, this,
            &PlaybackController::onPlayerPosition);
    connect(m_engine, &PlaybackEngine::errorOccurred, this, &PlaybackController::onEngineError);
    connect(m_engine, &PlaybackEngine::bufferingChanged, this,
            &PlaybackController::bufferingChanged);
    connect(m_engine, &PlaybackEngine::durationChanged, this, [this](qint64 ms) {
        if (ms > 0 && ms != m_duration && hasEpisode() && m_loaded) {
            m_duration = ms;
            emit durationChanged(ms);
        }
    });
    connect(m_engine, &PlaybackEngine::volumeChanged, this, &PlaybackController::volumeChanged);
    connect(m_engine, &PlaybackEngine::mutedChanged, this, &PlaybackController::mutedChanged);
    m_outputApplied = false;
    resolveOutputDevice();
}

void PlaybackController::setEngine(const QString &engineName)
{
    if (engineName == m_engine->name() || !PlaybackEngineFactory::isAvailable(engineName))
        return;
    const bool reopen = hasEpisode() && !m_errorEmitted;
    const bool wasPlaying = m_playing || m_wantPlay;
    const qint64 pos = position();
    const double vol = volume();
    const bool muted = isMuted();
    if (reopen) {
        closeSession(pos);
        requestFlush(pos);
    }
    m_engine->disconnect(this);
    delete m_engine;
    m_engine = nullptr;
    attachEngine(PlaybackEngineFactory::create(engineName, this));
    m_engine->setVolume(vol);
    m_engine->setMuted(muted);
    qCInfo(lcPlayback) << "playback engine:" << m_engine->name();
    setPlaying(false);
    if (reopen) {
        m_atEnd = false;
        m_pendingSeekMs = pos;
        startLoading();
        m_wantPlay = wasPlaying;
    }
    emit engineChanged(m_engine->name());
    emit playbackStateChanged(playbackState());
}

void PlaybackController::setOutputDevice(const QByteArray &deviceId)
{
    if (deviceId == m_outputDevice)
        return;
    m_outputDevice = deviceId;
    resolveOutputDevice();
}

void PlaybackController::resolveOutputDevice()
{
    QByteArray use;
    if (!m_outputDevice.isEmpty()) {
        for (const QAudioDevice &d : QMediaDevices::audioOutputs()) {
            if (d.id() == m_outputDevice)
                use = m_outputDevice;
        }
        if (use.isEmpty())
            qCInfo(lcPlayback) << "audio output" << m_outputDevice
                               << "is missing; using the default";
    }
    if (m_outputApplied && use == m_effectiveOutput)
        return;
    m_outputApplied = true;
    m_effectiveOutput = use;
    m_engine->setOutputDevice(use);
    emit outputDeviceChanged(use);
}

QString PlaybackController::localPathOf(const QUrl &url) const
{
    if (url.isLocalFile())
        return url.toLocalFile();
    if (url.scheme() == u"qrc")
        return u':' + url.path();
    return {};
}

void PlaybackController::load(const Episode &episode, qint64 resumeMs)
{
    if (hasEpisode()) {
        const qint64 pos = position();
        closeSession(pos);
        if (!m_errorEmitted)
            checkFinishedOnStop(pos);
        requestFlush(pos);
    }
    m_wantPlay = false;
    m_loaded = false;
    m_atEnd = false;
    m_finishedEmitted = false;
    m_errorEmitted = false;
    m_duration = 0;
    m_seekTarget = -1;
    m_episode = episode;
    m_pendingSeekMs = qMax<qint64>(0, resumeMs - kResumeRewindMs);
    m_lastPosition = m_pendingSeekMs;
    m_flushTimer.stop();

    qCInfo(lcPlayback) << "loading" << episode.id << episode.audio() << "at" << m_pendingSeekMs;
    emit episodeChanged(episode.id);
    emit positionChanged(m_pendingSeekMs);
    startLoading();
}

// Opens m_episode's audio in the engine; m_pendingSeekMs is applied once it has loaded.
void PlaybackController::startLoading()
{
    ++m_loadSerial;
    m_loaded = false;
    m_atEnd = false;
    m_finishedEmitted = false;
    m_errorEmitted = false;
    m_duration = 0;
    m_seekTarget = -1;

    const Episode &episode = m_episode;
    const QString local = localPathOf(episode.audio());
    if (episode.audio().isEmpty() || !episode.audio().isValid()) {
        m_engine->unload();
        reportError(tr("“%1” has no audio.").arg(episode.title));
        return;
    }
    if (!local.isEmpty() && !QFileInfo(local).isFile()) {
        m_engine->unload();
        reportError(tr("The audio file of “%1” is missing: %2")
                        .arg(episode.title, QDir::toNativeSeparators(local)));
        return;
    }
    m_engine->load(episode.audio());
}

void PlaybackController::playEpisode(const Episode &episode, qint64 resumeMs)
{
    load(episode, resumeMs);
    play();
}

QMediaPlayer::PlaybackState PlaybackController::playbackState() const
{
    if (m_playing)
        return QMediaPlayer::PlayingState;
    return m_engine->state() == PlaybackEngine::State::Paused ? QMediaPlayer::PausedState
                                                              : QMediaPlayer::StoppedState;
}

qint64 PlaybackController::position() const
{
    return m_lastPosition;
}

double PlaybackController::volume() const
{
    return m_engine->volume();
}

bool PlaybackController::isMuted() const
{
    return m_engine->isMuted();
}

double PlaybackController::normalizedRate(double rate)
{
    if (!std::isfinite(rate))
        return 1.0;
    const double clamped = std::clamp(rate, kMinRate, kMaxRate);
    const double steps = std::round(clamped / kRateStep);
    return std::round(steps * kRateStep * 100.0) / 100.0;
}

void PlaybackController::play()
{
    if (!hasEpisode()) {
        playNextUnfinished();
        return;
    }
    if (m_errorEmitted)
        return; // load() again to retry
    if (m_atEnd) {
        m_atEnd = false;
        m_finishedEmitted = false;
        m_lastPosition = 0;
        if (m_loaded)
            seekPlayer(0);
    }
    if (!m_loaded) {
        m_wantPlay = true;
        return;
    }
    m_engine->play();
}

void PlaybackController::pause()
{
    if (!m_loaded) {
        m_wantPlay = false;
        return;
    }
    if (!m_playing)
        return;
    const qint64 pos = position();
    m_engine->pause();
    closeSession(pos);
    checkFinishedOnStop(pos);
    requestFlush(pos);
}

void PlaybackController::togglePlayPause()
{
    if (m_playing || m_wantPlay)
        pause();
    else
        play();
}

void PlaybackController::stop()
{
    m_wantPlay = false;
    if (!hasEpisode())
        return;
    const qint64 pos = position();
    closeSession(pos);
    if (!m_errorEmitted)
        checkFinishedOnStop(pos);
    requestFlush(pos);
    m_engine->stop();
    m_atEnd = false;
    m_lastPosition = 0;
    if (!m_loaded)
        m_pendingSeekMs = 0;
    setPlaying(false);
    emit positionChanged(0);
    emit playbackStateChanged(playbackState());
}

void PlaybackController::seek(qint64 positionMs)
{
    if (!hasEpisode() || m_errorEmitted)
        return;
    qint64 target = qMax<qint64>(0, positionMs);
    if (m_duration > 0)
        target = qMin(target, m_duration);
    if (m_loaded) {
        m_atEnd = false;
        seekPlayer(target);
    } else {
        m_pendingSeekMs = target;
    }
    m_lastPosition = target;
    emit positionChanged(target);
    emit seeked(target);
    requestFlush(target);
}

void PlaybackController::skipBack()
{
    seek(position() - m_skipBackMs);
}

void PlaybackController::skipForward()
{
    seek(position() + m_skipForwardMs);
}

void PlaybackController::setQueue(const QStringList &episodeIds)
{
    if (episodeIds == m_queue)
        return;
    m_queue = episodeIds;
    emit queueChanged();
}

bool PlaybackController::hasNext() const
{
    const qsizetype i = m_queue.indexOf(m_episode.id);
    return i >= 0 ? i + 1 < m_queue.size() : !m_queue.isEmpty();
}

bool PlaybackController::hasPrevious() const
{
    return m_queue.indexOf(m_episode.id) > 0;
}

void PlaybackController::next()
{
    const qsizetype i = m_queue.indexOf(m_episode.id);
    if (i + 1 < m_queue.size())
        loadFromQueue(i + 1, m_playing || m_wantPlay);
}

void PlaybackController::previous()
{
    if (hasEpisode() && position() > kRestartThresholdMs) {
        seek(0);
        return;
    }
    const qsizetype i = m_queue.indexOf(m_episode.id);
    if (i > 0)
        loadFromQueue(i - 1, m_playing || m_wantPlay);
}

void PlaybackController::loadFromQueue(qsizetype index, bool startPlaying)
{
    if (!m_provider)
        return;
    const auto item = m_provider(m_queue.at(index));
    if (!item)
        return;
    load(item->episode, item->finished ? 0 : item->resumeMs);
    if (startPlaying)
        play();
}

void PlaybackController::playNextUnfinished()
{
    if (!m_provider)
        return;
    if (const QString id = m_upNext ? m_upNext() : QString(); !id.isEmpty()) {
        if (const auto item = m_provider(id)) {
            qCInfo(lcPlayback) << "autoplay: up next" << id;
            load(item->episode, item->finished ? 0 : item->resumeMs);
            play();
            return;
        }
    }
    for (qsizetype i = m_queue.indexOf(m_episode.id) + 1; i < m_queue.size(); ++i) {
        const auto item = m_provider(m_queue.at(i));
        if (item && !item->finished) {
            qCInfo(lcPlayback) << "autoplay: next unfinished episode" << item->episode.id;
            load(item->episode, item->resumeMs);
            play();
            return;
        }
    }
}

void PlaybackController::setRate(double rate)
{
    const double r = normalizedRate(rate);
    if (qFuzzyCompare(r, m_rate))
        return;
    const bool wasOpen = m_sessionOpen;
    closeSession(m_lastPosition);
    m_rate = r;
    if (m_loaded)
        m_engine->setRate(r);
    if (wasOpen && m_playing)
        openSession();
    emit rateChanged(r);
}

void PlaybackController::finishLoading()
{
    m_loaded = true;
    if (const qint64 d = m_engine->duration(); d > 0 && d != m_duration) {
        m_duration = d;
        emit durationChanged(d);
    }
    if (m_pendingSeekMs > 0)
        seekPlayer(m_pendingSeekMs);
    m_pendingSeekMs = -1;
    m_engine->setRate(m_rate);
    if (m_wantPlay) {
        m_wantPlay = false;
        m_engine->play();
    }
    emit playbackStateChanged(playbackState());
}

void PlaybackController::seekPlayer(qint64 positionMs)
{
    m_seekTarget = positionMs;
    m_staleCount = 0;
    m_seekRetries = 0;
    m_engine->seek(positionMs);
}

void PlaybackController::setVolume(double volume)
{
    m_engine->setVolume(std::clamp(volume, 0.0, 1.0));
}

void PlaybackController::setMuted(bool muted)
{
    m_engine->setMuted(muted);
}

void PlaybackController::flush()
{
    if (!hasEpisode())
        return;
    closeSession(position());
    requestFlush(position());
    if (m_playing)
        openSession();
}

void PlaybackController::onEngineLoaded()
{
    if (!hasEpisode() || m_loaded || m_errorEmitted)
        return;
    finishLoading();
}

void PlaybackController::onEndOfMedia()
{
    if (!hasEpisode() || !m_loaded || m_errorEmitted || m_atEnd)
        return;
    m_atEnd = true;
    // An MP3 without a Xing header has only an estimated length until its real end.
    const qint64 end = qMax(qMax(m_duration, m_lastPosition), m_engine->position());
    if (end > m_duration) {
        m_duration = end;
        emit durationChanged(end);
    }
    if (m_sessionOpen && end > m_lastPosition && end - m_lastPosition <= kMaxListenStepMs)
        m_sessionListened += end - m_lastPosition;
    closeSession(end);
    m_lastPosition = end;
    emit positionChanged(end);
    requestFlush(end);
    setPlaying(false);
    m_flushTimer.stop();
    markFinished();
    emit playbackStateChanged(playbackState());
    if (m_sleepAtEnd) {
        cancelSleepTimer();
    } else if (m_autoplay) {
        QTimer::singleShot(0, this, [this] {
            if (m_atEnd)
                playNextUnfinished();
        });
    }
}

void PlaybackController::onEngineState(PlaybackEngine::State state)
{
    if (!hasEpisode())
        return;
    if (state == PlaybackEngine::State::Playing) {
        if (!m_sessionOpen)
            openSession();
        m_flushTimer.start();
        setPlaying(true);
    } else {
        // At the end of the media onEndOfMedia closes the session with the full length.
        if (!m_engine->atEnd())
            closeSession(m_lastPosition);
        m_flushTimer.stop();
        setPlaying(false);
    }
    emit playbackStateChanged(playbackState());
}

void PlaybackController::onPlayerPosition(qint64 positionMs)
{
    if (!m_loaded || m_atEnd || m_pendingSeekMs >= 0 || !hasEpisode())
        return;
    if (m_seekTarget >= 0) {
        if (qAbs(positionMs - m_seekTarget) > kSeekSettleMs) {
            ++m_staleCount;
            // The backend dropped the seek (it does, now and then, right after a load while
            // the machine is busy): ask again rather than play from the wrong place.
            if (m_staleCount >= kStalePositionsBeforeRetry && m_seekRetries < kMaxSeekRetries) {
                ++m_seekRetries;
                qCInfo(lcPlayback) << "seek to" << m_seekTarget << "was dropped; retrying";
                m_staleCount = 0;
                m_engine->seek(m_seekTarget);
                return;
            }
            if (m_staleCount < kMaxStalePositions)
                return;
        }
        m_seekTarget = -1;
        m_seekRetries = 0;
    }
    if (m_sessionOpen) {
        const qint64 step = positionMs - m_lastPosition;
        if (step > 0 && step <= qint64(kMaxListenStepMs * qMax(1.0, m_rate)))
            m_sessionListened += step;
    }
    m_lastPosition = positionMs;
    emit positionChanged(positionMs);
}

void PlaybackController::onEngineError(PlaybackEngine::Error error, const QString &detail)
{
    if (!hasEpisode())
        return;
    const QString &title = m_episode.title;
    QString message;
    switch (error) {
    case PlaybackEngine::Error::Format:
        message = detail.isEmpty()
                      ? tr("The audio of “%1” cannot be played.").arg(title)
                      : tr("The audio of “%1” is in a format that cannot be played (%2).")
                            .arg(title, detail);
        break;
    case PlaybackEngine::Error::Network:
        message = tr("Could not download the audio of “%1”: %2").arg(title, detail);
        break;
    case PlaybackEngine::Error::AccessDenied:
        message = tr("Not allowed to read the audio of “%1”: %2").arg(title, detail);
        break;
    default:
        message = tr("Could not play the audio of “%1”: %2").arg(title, detail);
        break;
    }
    reportError(message);
}

void PlaybackController::reportError(const QString &message)
{
    if (m_errorEmitted)
        return;
    m_errorEmitted = true;
    m_wantPlay = false;
    closeSession(m_lastPosition);
    m_flushTimer.stop();
    setPlaying(false);
    qCWarning(lcPlayback).noquote() << m_episode.id << message;
    emit errorOccurred(m_episode.id, message);
}

void PlaybackController::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

void PlaybackController::openSession()
{
    m_sessionOpen = true;
    m_sessionStart = QDateTime::currentDateTimeUtc();
    m_sessionStartPos = m_lastPosition;
    m_sessionListened = 0;
}

void PlaybackController::closeSession(qint64 endPosMs)
{
    if (!m_sessionOpen)
        return;
    m_sessionOpen = false;
    if (m_sessionListened <= 0)
        return; // nothing heard
    emit sessionEnded(m_episode.id, m_sessionStart, QDateTime::currentDateTimeUtc(),
                      m_sessionStartPos, endPosMs, m_sessionListened, m_rate);
}

void PlaybackController::requestFlush(qint64 positionMs)
{
    if (hasEpisode())
        emit flushRequested(m_episode.id, positionMs);
}

void PlaybackController::markFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    qCInfo(lcPlayback) << "finished" << m_episode.id;
    emit episodeFinished(m_episode.id);
}

void PlaybackController::checkFinishedOnStop(qint64 positionMs)
{
    if (m_duration > 0 && m_duration - positionMs < m_finishThresholdMs)
        markFinished();
}

void PlaybackController::startSleepTimer(int minutes)
{
    startSleepTimerMs(qint64(qMax(1, minutes)) * 60 * 1000);
}

void PlaybackController::startSleepTimerMs(qint64 ms)
{
    m_sleepAtEnd = false;
    m_sleepTotalMs = qMax<qint64>(1, ms);
    m_sleepClock.start();
    m_sleepTimer.start(std::chrono::milliseconds(m_sleepTotalMs));
    m_sleepTick.start();
    emit sleepTimerChanged(m_sleepTotalMs);
}

void PlaybackController::startSleepTimerAtEndOfEpisode()
{
    m_sleepTimer.stop();
    m_sleepTick.stop();
    m_sleepAtEnd = true;
    emit sleepTimerChanged(kSleepAtEndOfEpisode);
}

void PlaybackController::cancelSleepTimer()
{
    const bool wasOn = m_sleepAtEnd || m_sleepTimer.isActive();
    m_sleepTimer.stop();
    m_sleepTick.stop();
    m_sleepAtEnd = false;
    if (wasOn)
        emit sleepTimerChanged(kSleepOff);
}

qint64 PlaybackController::sleepRemainingMs() const
{
    if (m_sleepAtEnd)
        return kSleepAtEndOfEpisode;
    if (!m_sleepTimer.isActive())
        return kSleepOff;
    return qMax<qint64>(0, m_sleepTotalMs - m_sleepClock.elapsed());
}

void PlaybackController::onSleepExpired()
{
    qCInfo(lcPlayback) << "sleep timer: pausing";
    m_sleepTick.stop();
    pause();
    emit sleepTimerChanged(kSleepOff);
}
