#include "mprisplayeradaptor.h"

#include "chapterfollower.h"
#include "logging.h"
#include "mpris.h"
#include "playbackcontroller.h"

using namespace Qt::StringLiterals;

MprisPlayerAdaptor::MprisPlayerAdaptor(Mpris *mpris)
    : QDBusAbstractAdaptor(mpris)
    , m_mpris(mpris)
    , m_controller(mpris->controller())
{}

QString MprisPlayerAdaptor::playbackStatus() const
{
    switch (m_controller->playbackState()) {
    case QMediaPlayer::PlayingState:
        return u"Playing"_s;
    case QMediaPlayer::PausedState:
        return u"Paused"_s;
    case QMediaPlayer::StoppedState:
        break;
    }
    return u"Stopped"_s;
}

double MprisPlayerAdaptor::rate() const
{
    return m_controller->rate();
}

void MprisPlayerAdaptor::setRate(double rate)
{
    // The specification: a rate of 0 means pause; other values out of range are ignored.
    if (rate <= 0) {
        m_controller->pause();
        return;
    }
    if (rate < minimumRate() || rate > maximumRate())
        return;
    m_controller->setRate(rate);
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    QVariantMap m;
    if (!m_controller->hasEpisode()) {
        m.insert(u"mpris:trackid"_s, QVariant::fromValue(QDBusObjectPath(
                                         u"/org/mpris/MediaPlayer2/TrackList/NoTrack"_s)));
        return m;
    }
    const Episode &e = m_controller->currentEpisode();
    const qint64 ms =
        m_controller->duration() > 0 ? m_controller->duration() : qint64(e.durationSec) * 1000;
    m.insert(u"mpris:trackid"_s, QVariant::fromValue(Mpris::trackId(e.id)));
    m.insert(u"mpris:length"_s, qlonglong(ms) * 1000);
    const ChapterFollower *chapters = m_mpris->chapterFollower();
    const QString chapter = chapters ? chapters->currentTitle() : QString();
    if (chapter.isEmpty()) {
        m.insert(u"xesam:title"_s, e.title);
    } else {
        m.insert(u"xesam:title"_s, QString(e.title + u" \u2014 "_s + chapter));
        m.insert(u"earmark:chapter"_s, chapter);
    }
    m.insert(u"xesam:url"_s, e.audio().toString());
    if (!e.tags.isEmpty())
        m.insert(u"xesam:genre"_s, e.tags);
    if (!e.summary.isEmpty())
        m.insert(u"xesam:comment"_s, QStringList{e.summary});
    return m;
}

double MprisPlayerAdaptor::volume() const
{
    return m_controller->volume();
}

void MprisPlayerAdaptor::setVolume(double volume)
{
    m_controller->setVolume(volume);
}

qlonglong MprisPlayerAdaptor::position() const
{
    return qlonglong(m_controller->position()) * 1000;
}

double MprisPlayerAdaptor::minimumRate() const
{
    return PlaybackController::kMinRate;
}

double MprisPlayerAdaptor::maximumRate() const
{
    return PlaybackController::kMaxRate;
}

bool MprisPlayerAdaptor::canGoNext() const
{
    return m_controller->hasNext();
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_controller->hasPrevious();
}

bool MprisPlayerAdaptor::canPlay() const
{
    return m_controller->hasEpisode() || !m_controller->queue().isEmpty();
}

bool MprisPlayerAdaptor::canPause() const
{
    return m_controller->hasEpisode();
}

bool MprisPlayerAdaptor::canSeek() const
{
    return m_controller->hasEpisode();
}

void MprisPlayerAdaptor::Next()
{
    m_controller->next();
}

void MprisPlayerAdaptor::Previous()
{
    m_controller->previous();
}

void MprisPlayerAdaptor::Pause()
{
    m_controller->pause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_controller->togglePlayPause();
}

void MprisPlayerAdaptor::Stop()
{
    m_controller->stop();
}

void MprisPlayerAdaptor::Play()
{
    m_controller->play();
}

void MprisPlayerAdaptor::Seek(qlonglong Offset)
{
    if (!m_controller->hasEpisode())
        return;
    const qint64 target = m_controller->position() + Offset / 1000;
    if (m_controller->duration() > 0 && target > m_controller->duration()) {
        m_controller->next(); // as the specification asks
        return;
    }
    m_controller->seek(qMax<qint64>(0, target));
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath &TrackId, qlonglong Position)
{
    if (!m_controller->hasEpisode() || TrackId != Mpris::trackId(m_controller->currentEpisodeId()))
        return; // stale request for another track
    const qint64 ms = Position / 1000;
    if (ms < 0 || (m_controller->duration() > 0 && ms > m_controller->duration()))
        return;
    m_controller->seek(ms);
}

void MprisPlayerAdaptor::OpenUri(const QString &Uri)
{
    // Earmark plays the episodes of its catalogs; arbitrary URIs are not episodes.
    qCInfo(lcPlayback) << "MPRIS OpenUri ignored:" << Uri;
}
