#pragma once

#include "episode.h"
#include "playbackengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QMediaDevices;

// Plays one episode at a time and reports what the learner heard. Talks to a PlaybackEngine
// (GStreamer or Qt Multimedia) and to nothing else that plays; knows nothing about widgets or the
// progress store. The owner feeds it the saved
// position (load) and stores what it reports: positions (flushRequested), the real duration
// (durationChanged), finished episodes (episodeFinished) and listening sessions (sessionEnded).
class PlaybackController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackController)

public:
    static constexpr qint64 kResumeRewindMs = 2000;
    static constexpr qint64 kDefaultSkipBackMs = 10000;
    static constexpr qint64 kDefaultSkipForwardMs = 30000;
    static constexpr qint64 kDefaultFinishThresholdMs = 5000;
    static constexpr qint64 kRestartThresholdMs = 3000; // previous() restarts after this much
    static constexpr qint64 kFlushIntervalMs = 5000;    // periodic flushRequested while playing
    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 3.0;
    static constexpr double kRateStep = 0.05;
    // Values of sleepTimerChanged's argument besides a remaining time.
    static constexpr qint64 kSleepOff = -1;
    static constexpr qint64 kSleepAtEndOfEpisode = -2;

    // What the queue provider tells about one episode id.
    struct QueueItem
    {
        Episode episode;
        qint64 resumeMs = 0; // the saved position; 0 for a finished episode
        bool finished = false;
    };
    using QueueProvider = std::function<std::optional<QueueItem>(const QString &episodeId)>;

    // With the default engine (PlaybackEngineFactory::defaultEngine()).
    explicit PlaybackController(QObject *parent = nullptr);
    // With the named engine; an unknown or unavailable name gives the default one.
    explicit PlaybackController(const QString &engineName, QObject *parent = nullptr);
    ~PlaybackController() override;

    // The engine in use. setEngine() switches to another one by name; a loaded episode is
    // opened again in the new engine at the same place, playing if it was.
    PlaybackEngine *engine() const { return m_engine; }
    QString engineName() const { return m_engine->name(); }
    void setEngine(const QString &engineName);
    // Whether the speed keeps the pitch of the voice with this engine.
    bool keepsPitch() const { return m_engine->keepsPitch(); }

    // The audio output by QAudioDevice id, empty for the system default. Remembered even while
    // the device is missing: the engine plays to the default until it comes back.
    void setOutputDevice(const QByteArray &deviceId);
    QByteArray outputDevice() const { return m_outputDevice; }
    // The output the engine plays to now (empty: the default).
    QByteArray effectiveOutputDevice() const { return m_effectiveOutput; }

    // Loads `episode`, positioned kResumeRewindMs before `resumeMs` (for context). Ends the
    // session of the episode loaded before. Does not start playing.
    void load(const Episode &episode, qint64 resumeMs = 0);
    // Loads and starts playing.
    void playEpisode(const Episode &episode, qint64 resumeMs = 0);

    bool hasEpisode() const { return !m_episode.id.isEmpty(); }
    const Episode &currentEpisode() const { return m_episode; }
    QString currentEpisodeId() const { return m_episode.id; }
    bool isPlaying() const { return m_playing; }
    QMediaPlayer::PlaybackState playbackState() const;
    qint64 position() const;
    qint64 duration() const { return m_duration; }
    double rate() const { return m_rate; }
    double volume() const;
    bool isMuted() const;

    // Clamped to kMinRate..kMaxRate and rounded to kRateStep.
    static double normalizedRate(double rate);

    void setSkipBackMs(qint64 ms) { m_skipBackMs = qMax<qint64>(0, ms); }
    qint64 skipBackMs() const { return m_skipBackMs; }
    void setSkipForwardMs(qint64 ms) { m_skipForwardMs = qMax<qint64>(0, ms); }
    qint64 skipForwardMs() const { return m_skipForwardMs; }
    void setFinishThresholdMs(qint64 ms) { m_finishThresholdMs = qMax<qint64>(0, ms); }
    qint64 finishThresholdMs() const { return m_finishThresholdMs; }
    // How often flushRequested comes while playing (default kFlushIntervalMs).
    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(qMax(100, ms)); }

    // The play order (the current card order) and how to look its episodes up. Autoplay moves to
    // the next unfinished episode after the current one; next()/previous() step through the queue
    // in order.
    void setQueue(const QStringList &episodeIds);
    QStringList queue() const { return m_queue; }
    void setQueueProvider(QueueProvider provider) { m_provider = std::move(provider); }
    void setAutoplay(bool on) { m_autoplay = on; }
    // Asked first when autoplay moves on: an episode id to play next (the learner's Up Next
    // queue), or empty to take the next unfinished episode of the queue order.
    void setUpNextProvider(std::function<QString()> provider) { m_upNext = std::move(provider); }
    bool autoplay() const { return m_autoplay; }
    bool hasNext() const;
    bool hasPrevious() const;

    // Sleep timer: pauses after the given time, or at the end of the current episode.
    void startSleepTimer(int minutes);
    void startSleepTimerMs(qint64 ms); // finer grained; tests use short intervals
    void startSleepTimerAtEndOfEpisode();
    void cancelSleepTimer();
    // Remaining milliseconds, kSleepOff or kSleepAtEndOfEpisode.
    qint64 sleepRemainingMs() const;

public slots:
    void play();
    void pause();
    void togglePlayPause();
    // Stops playing; the position is flushed first, the episode stays loaded.
    void stop();
    void seek(qint64 positionMs);
    void skipBack();
    void skipForward();
    void next();
    void previous();
    // Clamped and rounded (normalizedRate); applied again once the media has loaded. Whether the
    // pitch stays depends on the engine (keepsPitch()).
    void setRate(double rate);
    void setVolume(double volume); // linear, 0..1
    void setMuted(bool muted);
    // Ends the open session and asks to save the position; call before quitting.
    void flush();

signals:
    void episodeChanged(const QString &episodeId);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs); // the real media duration
    void playingChanged(bool playing);
    void playbackStateChanged(QMediaPlayer::PlaybackState state);
    void rateChanged(double rate);
    void volumeChanged(double volume);
    void mutedChanged(bool muted);
    void seeked(qint64 positionMs);
    void bufferingChanged(int percent);
    void engineChanged(const QString &engineName);
    void outputDeviceChanged(const QByteArray &deviceId);
    void errorOccurred(const QString &episodeId, const QString &message);
    void episodeFinished(const QString &episodeId);
    // One stretch of continuous listening at one rate. listenedMs counts media time heard
    // (seeks excluded); wall time is end - start.
    void sessionEnded(const QString &episodeId, const QDateTime &start, const QDateTime &end,
                      qint64 startPosMs, qint64 endPosMs, qint64 listenedMs, double rate);
    // Save this position now: on pause, seek, stop, episode change, end and every few seconds.
    void flushRequested(const QString &episodeId, qint64 positionMs);
    void sleepTimerChanged(qint64 remainingMs);
    void queueChanged();

private:
    void attachEngine(PlaybackEngine *engine);
    void startLoading();
    void resolveOutputDevice();
    void onEngineLoaded();
    void onEndOfMedia();
    void onEngineState(PlaybackEngine::State state);
    void onPlayerPosition(qint64 positionMs);
    void onEngineError(PlaybackEngine::Error error, const QString &detail);
    void finishLoading();
    void seekPlayer(qint64 positionMs);
    void openSession();
    void closeSession(qint64 endPosMs);
    void requestFlush(qint64 positionMs);
    void markFinished();
    void checkFinishedOnStop(qint64 positionMs);
    void reportError(const QString &message);
    void setPlaying(bool playing);
    void playNextUnfinished();
    void loadFromQueue(qsizetype index, bool startPlaying);
    void onSleepExpired();
    QString localPathOf(const QUrl &url) const;

    PlaybackEngine *m_engine = nullptr;
    QMediaDevices *m_devices = nullptr;
    QByteArray m_outputDevice;
    QByteArray m_effectiveOutput;
    bool m_outputApplied = false; // the engine was told m_effectiveOutput
    Episode m_episode;
    bool m_loaded = false;    // the media is loaded; seeks and rate apply
    quint64 m_loadSerial = 0; // which load() a deferred step belongs to
    bool m_wantPlay = false;  // play() came before the media was loaded
    bool m_atEnd = false;     // reached the end of the media
    bool m_finishedEmitted = false;
    bool m_errorEmitted = false;
    bool m_playing = false;
    qint64 m_pendingSeekMs = -1; // applied once loaded
    qint64 m_seekTarget = -1;    // positions far from it are stale until the seek lands
    int m_staleCount = 0;
    int m_seekRetries = 0;
    qint64 m_lastPosition = 0;
    qint64 m_duration = 0;
    double m_rate = 1.0;
    qint64 m_skipBackMs = kDefaultSkipBackMs;
    qint64 m_skipForwardMs = kDefaultSkipForwardMs;
    qint64 m_finishThresholdMs = kDefaultFinishThresholdMs;

    // The open listening session.
    bool m_sessionOpen = false;
    QDateTime m_sessionStart;
    qint64 m_sessionStartPos = 0;
    qint64 m_sessionListened = 0;

    QStringList m_queue;
    QueueProvider m_provider;
    std::function<QString()> m_upNext;
    bool m_autoplay = true;

    QTimer m_flushTimer;
    QTimer m_sleepTimer; // single shot: pauses when it fires
    QTimer m_sleepTick;  // countdown updates
    QElapsedTimer m_sleepClock;
    qint64 m_sleepTotalMs = 0;
    bool m_sleepAtEnd = false;
};
