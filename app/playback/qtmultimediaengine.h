#pragma once

#include "playbackengine.h"

#include <QMediaPlayer>

class QAudioOutput;

// The Qt Multimedia engine: a QMediaPlayer and its QAudioOutput. Qt 6.4's GStreamer backend
// changes the rate with a plain rate seek (no scaletempo), so the pitch follows the rate; Qt
// 6.10 and later keep the pitch (QMediaPlayer::pitchCompensation), which this engine turns on when
// built against such a Qt.
class QtMultimediaEngine final : public PlaybackEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtMultimediaEngine)

public:
    static constexpr auto kName = "qtmultimedia";

    explicit QtMultimediaEngine(QObject *parent = nullptr);
    ~QtMultimediaEngine() override;

    QString name() const override { return QString::fromLatin1(kName); }
    bool keepsPitch() const override;

    void load(const QUrl &url) override;
    void unload() override;
    void play() override;
    void pause() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setRate(double rate) override;
    void setVolume(double volume) override;
    void setMuted(bool muted) override;
    void setOutputDevice(const QByteArray &deviceId) override;

    State state() const override;
    bool atEnd() const override;
    qint64 position() const override;
    qint64 duration() const override;
    double volume() const override;
    bool isMuted() const override;

private:
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &message);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    quint64 m_loadSerial = 0;
    bool m_loading = false; // waiting for the media to load and preroll
    bool m_loaded = false;
    double m_rate = 1.0;
};
