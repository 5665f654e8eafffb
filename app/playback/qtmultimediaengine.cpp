#include "qtmultimediaengine.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QTimer>

QtMultimediaEngine::QtMultimediaEngine(QObject *parent)
    : PlaybackEngine(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    m_player->setPitchCompensation(true);
#endif
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            &QtMultimediaEngine::onMediaStatusChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState) { emit stateChanged(state()); });
    connect(m_player, &QMediaPlayer::positionChanged, this, &QtMultimediaEngine::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            emit durationChanged(ms);
    });
    connect(m_player, &QMediaPlayer::bufferProgressChanged, this,
            [this](float progress) { emit bufferingChanged(qRound(progress * 100)); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &QtMultimediaEngine::onError);
    connect(m_output, &QAudioOutput::volumeChanged, this,
            [this](float v) { emit volumeChanged(double(v)); });
    connect(m_output, &QAudioOutput::mutedChanged, this, &QtMultimediaEngine::mutedChanged);
}

QtMultimediaEngine::~QtMultimediaEngine()
{
    // No signal may reach this half-destroyed object any more.
    m_player->disconnect(this);
    m_output->disconnect(this);
    // Tear the pipeline down while the player is whole: Qt 6.4's GStreamer backend crashes
    // when a player is destroyed with media loaded (a pad-removed callback reaches the
    // half-destroyed player).
    m_player->stop();
    m_player->setSource(QUrl());
}

bool QtMultimediaEngine::keepsPitch() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    return m_player->pitchCompensation();
#else
    return false;
#endif
}

void QtMultimediaEngine::load(const QUrl &url)
{
    ++m_loadSerial;
    m_loading = false;
    m_loaded = false;
    m_player->setSource(url);
}

void QtMultimediaEngine::unload()
{
    ++m_loadSerial;
    m_loading = false;
    m_loaded = false;
    m_player->setSource(QUrl());
}

void QtMultimediaEngine::play()
{
    m_player->play();
}

void QtMultimediaEngine::pause()
{
    m_player->pause();
}

void QtMultimediaEngine::stop()
{
    m_player->stop();
}

void QtMultimediaEngine::seek(qint64 positionMs)
{
    m_player->setPosition(positionMs);
}

void QtMultimediaEngine::setRate(double rate)
{
    m_rate = rate;
    if (!m_loaded)
        return;
    // Qt 6.4's GStreamer backend drops a rate set before the media loaded, yet remembers it and
    // ignores setting the same value again: go through 1.0 to really apply it.
    if (!qFuzzyCompare(m_player->playbackRate(), rate)) {
        m_player->setPlaybackRate(rate);
    } else if (!qFuzzyCompare(rate, 1.0)) {
        m_player->setPlaybackRate(1.0);
        m_player->setPlaybackRate(rate);
    }
}

void QtMultimediaEngine::setVolume(double volume)
{
    m_output->setVolume(float(volume));
}

void QtMultimediaEngine::setMuted(bool muted)
{
    m_output->setMuted(muted);
}

void QtMultimediaEngine::setOutputDevice(const QByteArray &deviceId)
{
    QAudioDevice device = QMediaDevices::defaultAudioOutput();
    for (const QAudioDevice &d : QMediaDevices::audioOutputs()) {
        if (d.id() == deviceId)
            device = d;
    }
    if (device != m_output->device())
        m_output->setDevice(device);
}

PlaybackEngine::State QtMultimediaEngine::state() const
{
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        return State::Playing;
    case QMediaPlayer::PausedState:
        return State::Paused;
    default:
        return State::Stopped;
    }
}

bool QtMultimediaEngine::atEnd() const
{
    return m_player->mediaStatus() == QMediaPlayer::EndOfMedia;
}

qint64 QtMultimediaEngine::position() const
{
    return m_player->position();
}

qint64 QtMultimediaEngine::duration() const
{
    return m_player->duration();
}

double QtMultimediaEngine::volume() const
{
    return double(m_output->volume());
}

bool QtMultimediaEngine::isMuted() const
{
    return m_output->isMuted();
}

void QtMultimediaEngine::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_loaded || m_loading || m_player->source().isEmpty())
            break;
        // Qt 6.4's GStreamer backend ignores a seek right after loading a file: preroll first
        // (pause), then report the media loaded from the event loop.
        m_loading = true;
        m_player->pause();
        QTimer::singleShot(0, this, [this, serial = m_loadSerial] {
            if (serial != m_loadSerial || !m_loading)
                return;
            m_loading = false;
            m_loaded = true;
            if (const qint64 d = m_player->duration(); d > 0)
                emit durationChanged(d);
            setRate(m_rate);
            emit loaded();
        });
        break;
    case QMediaPlayer::EndOfMedia:
        emit endOfMedia();
        break;
    case QMediaPlayer::InvalidMedia:
        emit errorOccurred(Error::Format, m_player->errorString());
        break;
    default:
        break;
    }
}

void QtMultimediaEngine::onError(QMediaPlayer::Error error, const QString &message)
{
    switch (error) {
    case QMediaPlayer::NoError:
        return;
    case QMediaPlayer::FormatError:
        emit errorOccurred(Error::Format, message);
        break;
    case QMediaPlayer::NetworkError:
        emit errorOccurred(Error::Network, message);
        break;
    case QMediaPlayer::AccessDeniedError:
        emit errorOccurred(Error::AccessDenied, message);
        break;
    case QMediaPlayer::ResourceError:
        emit errorOccurred(Error::Resource, message);
        break;
    default:
        emit errorOccurred(Error::Other, message);
        break;
    }
}
