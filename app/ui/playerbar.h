#pragma once

#include <QWidget>

class QActionGroup;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;

// The transport bar under the library. Passive: it shows the state it is given (setters) and
// emits what the learner asks for (…Requested signals); the owner wires both to the player.
// Knows nothing about QMediaPlayer or the progress store.
class PlayerBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerBar)

public:
    // setSleepRemaining's special values (the same as PlaybackController's).
    static constexpr qint64 kSleepOff = -1;
    static constexpr qint64 kSleepAtEndOfEpisode = -2;
    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 3.0;
    static constexpr double kRateStep = 0.05;
    static constexpr int kSleepPresetsMinutes[] = {15, 30, 45, 60};
    static constexpr double kRatePresets[] = {1.0, 1.25, 1.5, 1.75, 2.0};

    explicit PlayerBar(QWidget *parent = nullptr);

    // Where the audio comes from: shown as "From disk" or "Streaming" beside the title.
    enum class AudioSource { None, Disk, Stream };
    void setAudioSource(AudioSource source);
    AudioSource audioSource() const { return m_audioSource; }
    QLabel *audioSourceLabel() const { return m_sourceLabel; }

    // "m:ss", or "h:mm:ss" from an hour on; "-:--" when unknown (negative).
    static QString formatTime(qint64 ms);

    // An empty title means nothing is loaded: the transport controls are disabled.
    void setEpisodeTitle(const QString &title);
    // The chapter playing, beside the title; empty hides it.
    void setChapterTitle(const QString &title);
    void setPlaying(bool playing);
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void setRate(double rate);
    void setVolume(double volume); // linear, 0..1
    void setMuted(bool muted);
    // Shows a message in place of the title line; an empty message hides it.
    void setError(const QString &message);
    // Remaining milliseconds, kSleepOff or kSleepAtEndOfEpisode.
    void setSleepRemaining(qint64 ms);
    void setCanGoPrevious(bool can);
    void setCanGoNext(bool can);
    // The amounts shown on the skip buttons' tooltips.
    void setSkipAmounts(qint64 backMs, qint64 forwardMs);
    // Whether the playback engine keeps the pitch when the speed changes; when it does not, the
    // speed menu says so.
    void setKeepsPitch(bool keeps);
    bool keepsPitch() const { return m_keepsPitch; }

    bool isPlaying() const { return m_playing; }
    QString episodeTitle() const { return m_title; }
    QString chapterTitle() const { return m_chapter; }
    QString errorText() const;
    QString elapsedText() const;
    QString remainingText() const;
    QString sleepText() const;
    bool isSleepCountdownVisible() const;
    QString rateText() const;

signals:
    void playRequested();
    void pauseRequested();
    void skipBackRequested();
    void skipForwardRequested();
    void previousRequested();
    void nextRequested();
    void seekRequested(qint64 ms);
    void rateRequested(double rate);
    void volumeRequested(double volume);
    void muteToggled(bool muted);
    void sleepTimerRequested(int minutes);
    void sleepAtEndOfEpisodeRequested();
    void sleepCancelRequested();
    void bookmarkRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QToolButton *makeButton(const QString &objectName, const QString &name);
    QMenu *makeRateMenu();
    QMenu *makeSleepMenu();
    void updateIcons();
    void updateTimes(qint64 position);
    void updateTitle();
    void emitRate(double rate);

    QLabel *m_titleLabel = nullptr;
    QLabel *m_chapterLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_sleepLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    AudioSource m_audioSource = AudioSource::None;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QSlider *m_seekSlider = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QToolButton *m_rateButton = nullptr;
    QDoubleSpinBox *m_rateSpin = nullptr;
    QActionGroup *m_ratePresets = nullptr;
    QAction *m_pitchNote = nullptr;
    bool m_keepsPitch = true;
    QToolButton *m_sleepButton = nullptr;
    QAction *m_sleepCancelAction = nullptr;
    QToolButton *m_muteButton = nullptr;
    QSlider *m_volumeSlider = nullptr;

    QString m_title;
    QString m_chapter;
    QString m_error;
    bool m_playing = false;
    bool m_updating = false; // a setter is moving a control: do not echo it as a request
    qint64 m_position = 0;
    qint64 m_duration = 0;
    double m_rate = 1.0;
    qint64 m_sleepRemaining = kSleepOff;
};
