#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

// What plays the audio of one episode: a media pipeline behind a small interface, so that
// PlaybackController (resume, finish detection, sessions, sleep timer, queue) does not depend on
// the library that decodes and outputs the sound. Two engines implement it: GstPlayEngine
// (GStreamer's GstPlay, keeps the pitch at every rate) and QtMultimediaEngine (QMediaPlayer).
//
// The contract every engine keeps:
// - load() opens the media and prerolls it, paused; `loaded` comes once it is ready, and only
//   from then on do seek() and setRate() apply. Before that they are remembered or ignored, as
//   the engine can (the controller applies both again after `loaded`).
// - Every signal is delivered on the thread that created the engine (the UI thread).
// - After `endOfMedia` atEnd() is true until the next load(), seek() or play().
// - An error is reported once per load with a message for the learner; the engine stays usable.
class PlaybackEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackEngine)

public:
    enum class State { Stopped, Paused, Playing };
    Q_ENUM(State)
    enum class Error { Resource, Format, Network, AccessDenied, Other };
    Q_ENUM(Error)

    using QObject::QObject;
    ~PlaybackEngine() override = default;

    // A stable name for settings and the command line ("gstreamer", "qtmultimedia").
    virtual QString name() const = 0;
    // Whether a rate other than 1 keeps the pitch of the voice.
    virtual bool keepsPitch() const = 0;

    virtual void load(const QUrl &url) = 0;
    virtual void unload() = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 positionMs) = 0;
    virtual void setRate(double rate) = 0;
    virtual void setVolume(double volume) = 0; // linear, 0..1
    virtual void setMuted(bool muted) = 0;
    // The id of a QAudioDevice (QMediaDevices::audioOutputs()); empty for the system default.
    virtual void setOutputDevice(const QByteArray &deviceId) = 0;

    virtual State state() const = 0;
    virtual bool atEnd() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual double volume() const = 0;
    virtual bool isMuted() const = 0;

signals:
    void loaded();
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs); // also later, e.g. an MP3 without a Xing header
    void stateChanged(PlaybackEngine::State state);
    void bufferingChanged(int percent);
    void endOfMedia();
    void errorOccurred(PlaybackEngine::Error error, const QString &detail);
    void volumeChanged(double volume);
    void mutedChanged(bool muted);
};
