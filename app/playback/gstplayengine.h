#pragma once

#include "playbackengine.h"

typedef struct _GstBus GstBus;
typedef struct _GstElement GstElement;
typedef struct _GstMessage GstMessage;
typedef struct _GstPlay GstPlay;

// The GStreamer engine: GstPlay (gst-plugins-bad's player library) around a playbin whose audio
// filter is scaletempo, so a rate other than 1 changes the speed and keeps the pitch. GstPlay
// holds a seek while another is in flight and applies the last one, applies a rate change as a
// seek to the current position and stays paused until it took effect, and seeks before playing
// when the media was not prerolled yet.
//
// GstPlay posts its messages on its own bus; a bus watch on the default GLib main context, which
// is Qt's event loop on the UI thread on Linux, delivers them here without a thread of our own.
class GstPlayEngine final : public PlaybackEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GstPlayEngine)

public:
    static constexpr auto kName = "gstreamer";

    // GStreamer initialises, has playbin, scaletempo and GstPlay, and the thread's event loop is
    // GLib's (else the bus watch would never run).
    static bool isAvailable();

    explicit GstPlayEngine(QObject *parent = nullptr);
    ~GstPlayEngine() override;

    QString name() const override { return QString::fromLatin1(kName); }
    bool keepsPitch() const override { return m_pitchCorrection; }

    // For tests and benchmarks: play into this element (e.g. an appsink the test reads) instead
    // of an output device. Takes the floating reference; nullptr goes back to the device.
    void setAudioSink(GstElement *sink);
    // For tests: without pitch correction the rate changes as in Qt 6.4's backend (a plain rate
    // seek, the pitch follows the rate). Only before the first load().
    void setPitchCorrection(bool on);

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

    State state() const override { return m_state; }
    bool atEnd() const override { return m_atEnd; }
    qint64 position() const override { return m_position; }
    qint64 duration() const override { return m_duration; }
    double volume() const override { return m_volume; }
    bool isMuted() const override { return m_muted; }

signals:
    // A seek (or the seek of a rate change) has been carried out; for benchmarks.
    void seekDone(qint64 positionMs);

private:
    static int onBusMessage(GstBus *bus, GstMessage *message, void *self);
    void handleMessage(GstMessage *message);
    void onPrerolled();
    void applySink();
    void reopen();
    void setState(State state);
    QString uriFor(const QUrl &url) const;

    GstPlay *m_play = nullptr;
    GstElement *m_pipeline = nullptr; // the playbin, owned by m_play
    GstBus *m_bus = nullptr;
    unsigned m_watch = 0;
    GstElement *m_customSink = nullptr; // a reference we hold
    QByteArray m_deviceId;

    enum class Phase { Empty, WaitingForUri, Prerolling, Loaded };
    Phase m_phase = Phase::Empty;
    QString m_uri;
    bool m_http = false;
    State m_state = State::Stopped;
    State m_target = State::Stopped; // what play(), pause() and stop() asked for
    bool m_atEnd = false;
    bool m_announced = false; // loaded() was emitted for this media
    bool m_errorReported = false;
    bool m_pitchCorrection = true;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    qint64 m_seekTarget = -1;  // a seek in flight
    int m_staleUpdates = 0;    // position updates ignored while waiting for it
    qint64 m_reopenAt = -1;    // reopening at this position (after a change of output)
    bool m_reopenPlay = false; // and playing again after it
    double m_rate = 1.0;
    double m_volume = 1.0;
    bool m_muted = false;
};
