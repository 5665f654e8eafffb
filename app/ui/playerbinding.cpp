#include "playerbinding.h"

#include "playbackcontroller.h"
#include "playerbar.h"

namespace {
void showEpisode(PlayerBar *bar, PlaybackController *c)
{
    const Episode &e = c->currentEpisode();
    bar->setEpisodeTitle(e.title);
    const QString scheme = e.audio().scheme();
    bar->setAudioSource(!c->hasEpisode()                          ? PlayerBar::AudioSource::None
                        : scheme == u"http" || scheme == u"https" ? PlayerBar::AudioSource::Stream
                                                                  : PlayerBar::AudioSource::Disk);
    bar->setError(QString());
    // The catalog's hint until the media tells its real length.
    bar->setDuration(c->duration() > 0 ? c->duration() : qint64(e.durationSec) * 1000);
    bar->setPosition(c->position());
    bar->setCanGoPrevious(c->hasPrevious() || c->hasEpisode());
    bar->setCanGoNext(c->hasNext());
}
} // namespace

void bindPlayerBar(PlayerBar *bar, PlaybackController *c)
{
    QObject::connect(bar, &PlayerBar::playRequested, c, &PlaybackController::play);
    QObject::connect(bar, &PlayerBar::pauseRequested, c, &PlaybackController::pause);
    QObject::connect(bar, &PlayerBar::skipBackRequested, c, &PlaybackController::skipBack);
    QObject::connect(bar, &PlayerBar::skipForwardRequested, c, &PlaybackController::skipForward);
    QObject::connect(bar, &PlayerBar::previousRequested, c, &PlaybackController::previous);
    QObject::connect(bar, &PlayerBar::nextRequested, c, &PlaybackController::next);
    QObject::connect(bar, &PlayerBar::seekRequested, c, &PlaybackController::seek);
    QObject::connect(bar, &PlayerBar::rateRequested, c, &PlaybackController::setRate);
    QObject::connect(bar, &PlayerBar::volumeRequested, c, &PlaybackController::setVolume);
    QObject::connect(bar, &PlayerBar::muteToggled, c, &PlaybackController::setMuted);
    QObject::connect(bar, &PlayerBar::sleepTimerRequested, c,
                     [c](int minutes) { c->startSleepTimer(minutes); });
    QObject::connect(bar, &PlayerBar::sleepAtEndOfEpisodeRequested, c,
                     &PlaybackController::startSleepTimerAtEndOfEpisode);
    QObject::connect(bar, &PlayerBar::sleepCancelRequested, c,
                     &PlaybackController::cancelSleepTimer);

    QObject::connect(c, &PlaybackController::episodeChanged, bar,
                     [bar, c] { showEpisode(bar, c); });
    QObject::connect(c, &PlaybackController::queueChanged, bar, [bar, c] {
        bar->setCanGoPrevious(c->hasPrevious() || c->hasEpisode());
        bar->setCanGoNext(c->hasNext());
    });
    QObject::connect(c, &PlaybackController::positionChanged, bar, &PlayerBar::setPosition);
    QObject::connect(c, &PlaybackController::durationChanged, bar, &PlayerBar::setDuration);
    QObject::connect(c, &PlaybackController::playingChanged, bar, &PlayerBar::setPlaying);
    QObject::connect(c, &PlaybackController::rateChanged, bar, &PlayerBar::setRate);
    QObject::connect(c, &PlaybackController::volumeChanged, bar, &PlayerBar::setVolume);
    QObject::connect(c, &PlaybackController::mutedChanged, bar, &PlayerBar::setMuted);
    QObject::connect(c, &PlaybackController::sleepTimerChanged, bar, &PlayerBar::setSleepRemaining);
    QObject::connect(c, &PlaybackController::errorOccurred, bar,
                     [bar](const QString &, const QString &message) { bar->setError(message); });

    showEpisode(bar, c);
    bar->setPlaying(c->isPlaying());
    bar->setRate(c->rate());
    bar->setVolume(c->volume());
    bar->setMuted(c->isMuted());
    bar->setSkipAmounts(c->skipBackMs(), c->skipForwardMs());
    bar->setSleepRemaining(c->sleepRemainingMs());
}
