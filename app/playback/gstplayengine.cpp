#include "gstplayengine.h"

#include "localresource.h"
#include "logging.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <gst/gst.h>
#include <gst/play/play.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {

// playbin's flags (GstPlayFlags): audio only, software volume, and download buffering, without
// which Ogg/Opus over HTTP can drop the first rate change.
constexpr guint kFlagAudio = 1u << 1;
constexpr guint kFlagSoftVolume = 1u << 4;
constexpr guint kFlagDownload = 1u << 7;

constexpr qint64 kNsPerMs = 1000000;
constexpr int kMaxStaleUpdates = 30; // position updates (100 ms apart) to wait for a seek

bool initGStreamer()
{
    static bool ok = false;
    static std::once_flag once;
    std::call_once(once, [] { ok = gst_init_check(nullptr, nullptr, nullptr); });
    return ok;
}

bool hasFactory(const char *name)
{
    GstElementFactory *f = gst_element_factory_find(name);
    if (!f)
        return false;
    gst_object_unref(f);
    return true;
}

// GstPlay wraps the element's error in a text of several lines: "Error from element X: what",
// the element's own message, then debugging details. The first two are for people.
QString messageOf(const GError *error)
{
    const QStringList lines = QString::fromUtf8(error->message).split(u'\n');
    QString first = lines.value(0);
    if (const qsizetype colon = first.indexOf(u": "); first.startsWith(u"Error from element"))
        first = first.mid(colon + 2);
    const QString detail = lines.value(1).trimmed();
    if (detail.isEmpty() || detail == first)
        return first.trimmed();
    return first.trimmed() + u' ' + detail;
}

} // namespace

bool GstPlayEngine::isAvailable()
{
    if (!initGStreamer() || !hasFactory("playbin") || !hasFactory("scaletempo"))
        return false;
    auto *app = QCoreApplication::instance();
    auto *dispatcher = app ? QAbstractEventDispatcher::instance(app->thread()) : nullptr;
    return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
}

GstPlayEngine::GstPlayEngine(QObject *parent)
    : PlaybackEngine(parent)
{
    initGStreamer();
    m_play = gst_play_new(nullptr);
    gst_object_ref_sink(m_play);
    m_pipeline = gst_play_get_pipeline(m_play);
    gst_object_unref(m_pipeline); // GstPlay keeps it alive as long as itself

    GstStructure *config = gst_play_get_config(m_play);
    gst_play_config_set_seek_accurate(config, TRUE); // no jump when the rate changes
    gst_play_config_set_position_update_interval(config, 100);
    gst_play_set_config(m_play, config);

    guint flags = 0;
    g_object_get(m_pipeline, "flags", &flags, nullptr);
    flags = (flags & ~(1u << 0 | 1u << 2)) | kFlagAudio | kFlagSoftVolume | kFlagDownload;
    g_object_set(m_pipeline, "flags", flags, nullptr);

    m_bus = gst_play_get_message_bus(m_play);
    m_watch =
        gst_bus_add_watch(m_bus, reinterpret_cast<GstBusFunc>(&GstPlayEngine::onBusMessage), this);
}

GstPlayEngine::~GstPlayEngine()
{
    g_source_remove(m_watch);
    gst_bus_set_flushing(m_bus, TRUE); // drops the queued messages that hold GstPlay
    gst_object_unref(m_bus);
    gst_play_stop(m_play);
    gst_object_unref(m_play); // joins GstPlay's thread
    if (m_customSink)
        gst_object_unref(m_customSink);
}

void GstPlayEngine::setAudioSink(GstElement *sink)
{
    if (m_customSink)
        gst_object_unref(m_customSink);
    m_customSink = sink ? GST_ELEMENT(gst_object_ref_sink(sink)) : nullptr;
    applySink();
    reopen();
}

void GstPlayEngine::setPitchCorrection(bool on)
{
    m_pitchCorrection = on;
    if (on) {
        if (GstElement *tempo = gst_element_factory_make("scaletempo", nullptr))
            g_object_set(m_pipeline, "audio-filter", tempo, nullptr);
    } else {
        g_object_set(m_pipeline, "audio-filter", nullptr, nullptr);
    }
}

void GstPlayEngine::setOutputDevice(const QByteArray &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    applySink();
    if (!m_customSink)
        reopen();
}

// playbin takes a new audio sink on its next preroll; reopen() makes that happen at once.
void GstPlayEngine::applySink()
{
    if (m_customSink) {
        g_object_set(m_pipeline, "audio-sink", m_customSink, nullptr);
        return;
    }
    GstElement *sink = nullptr;
    if (!m_deviceId.isEmpty()) {
        // Qt's GStreamer backend names an output by its "device.bus_path" property.
        GstDeviceMonitor *monitor = gst_device_monitor_new();
        gst_device_monitor_add_filter(monitor, "Audio/Sink", nullptr);
        GList *devices = gst_device_monitor_get_devices(monitor);
        for (GList *d = devices; d && !sink; d = d->next) {
            auto *device = GST_DEVICE(d->data);
            GstStructure *props = gst_device_get_properties(device);
            const char *path = props ? gst_structure_get_string(props, "device.bus_path") : nullptr;
            if (path && m_deviceId == path)
                sink = gst_device_create_element(device, nullptr);
            if (props)
                gst_structure_free(props);
        }
        g_list_free_full(devices, gst_object_unref);
        gst_object_unref(monitor);
        if (!sink)
            qCInfo(lcPlayback) << "output" << m_deviceId << "not found; using the default";
    }
    g_object_set(m_pipeline, "audio-sink", sink, nullptr);
}

void GstPlayEngine::reopen()
{
    if (m_phase != Phase::Loaded)
        return;
    m_reopenAt = m_position;
    m_reopenPlay = m_state == State::Playing;
    m_phase = Phase::WaitingForUri;
    gst_play_set_uri(m_play, m_uri.toUtf8().constData());
    gst_play_pause(m_play);
}

QString GstPlayEngine::uriFor(const QUrl &url) const
{
    if (url.scheme() == u"qrc") {
        const QString local = LocalResource::pathFor(u':' + url.path());
        return local.isEmpty() ? QString()
                               : QUrl::fromLocalFile(local).toString(QUrl::FullyEncoded);
    }
    return url.toString(QUrl::FullyEncoded);
}

void GstPlayEngine::load(const QUrl &url)
{
    m_uri = uriFor(url);
    m_http = url.scheme().startsWith(u"http");
    m_phase = Phase::WaitingForUri;
    m_atEnd = false;
    m_errorReported = false;
    m_announced = false;
    m_position = 0;
    m_duration = 0;
    m_seekTarget = -1;
    m_reopenAt = -1;
    if (m_uri.isEmpty()) {
        m_phase = Phase::Empty;
        m_errorReported = true;
        emit errorOccurred(Error::Resource, tr("The audio cannot be read."));
        return;
    }
    m_target = State::Paused;
    gst_play_set_uri(m_play, m_uri.toUtf8().constData());
    gst_play_pause(m_play); // preroll: duration known, ready to seek
    setState(State::Stopped);
}

void GstPlayEngine::unload()
{
    m_phase = Phase::Empty;
    m_uri.clear();
    m_atEnd = false;
    m_seekTarget = -1;
    m_reopenAt = -1;
    gst_play_stop(m_play);
    setState(State::Stopped);
}

void GstPlayEngine::play()
{
    if (m_phase == Phase::Empty)
        return;
    m_atEnd = false;
    m_target = State::Playing;
    gst_play_play(m_play);
    // Like QMediaPlayer, the state is the one asked for; GstPlay gets there a moment later.
    if (m_phase == Phase::Loaded)
        setState(State::Playing);
}

void GstPlayEngine::pause()
{
    if (m_phase == Phase::Empty)
        return;
    m_target = State::Paused;
    gst_play_pause(m_play);
    if (m_phase == Phase::Loaded)
        setState(State::Paused);
}

void GstPlayEngine::stop()
{
    if (m_phase == Phase::Empty)
        return;
    m_atEnd = false;
    m_seekTarget = -1;
    m_position = 0;
    m_target = State::Stopped;
    gst_play_stop(m_play);
    setState(State::Stopped);
    if (m_phase == Phase::Loaded)
        m_phase = Phase::Prerolling; // the next play() prerolls again; the rate is set again then
}

void GstPlayEngine::seek(qint64 positionMs)
{
    if (m_phase == Phase::Empty)
        return;
    m_atEnd = false;
    m_seekTarget = qMax<qint64>(0, positionMs);
    m_staleUpdates = 0;
    m_position = m_seekTarget;
    gst_play_seek(m_play, GstClockTime(m_seekTarget) * kNsPerMs);
}

void GstPlayEngine::setRate(double rate)
{
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    if (m_phase != Phase::Loaded)
        return; // applied once prerolled
    // GstPlay changes the rate with a seek to the position it has now; a seek still in flight
    // would be lost, so ask for it again (GstPlay carries out the last one, at the new rate).
    gst_play_set_rate(m_play, rate);
    if (m_seekTarget >= 0)
        gst_play_seek(m_play, GstClockTime(m_seekTarget) * kNsPerMs);
    else
        m_seekTarget = m_position;
    m_staleUpdates = 0;
}

void GstPlayEngine::setVolume(double volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    gst_play_set_volume(m_play, volume);
    emit volumeChanged(volume);
}

void GstPlayEngine::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    gst_play_set_mute(m_play, muted);
    emit mutedChanged(muted);
}

void GstPlayEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

int GstPlayEngine::onBusMessage(GstBus *, GstMessage *message, void *self)
{
    static_cast<GstPlayEngine *>(self)->handleMessage(message);
    return G_SOURCE_CONTINUE;
}

void GstPlayEngine::onPrerolled()
{
    m_phase = Phase::Loaded;
    // The rate and a seek asked for before the media was ready; GstPlay makes them one seek.
    if (!qFuzzyCompare(m_rate, 1.0) || !qFuzzyCompare(gst_play_get_rate(m_play), 1.0)) {
        gst_play_set_rate(m_play, m_rate);
        m_seekTarget = m_position;
        m_staleUpdates = 0;
    }
    if (m_reopenAt >= 0) {
        const qint64 at = m_reopenAt;
        m_reopenAt = -1;
        seek(at);
        if (m_reopenPlay)
            gst_play_play(m_play);
        return;
    }
    if (m_announced)
        return;
    m_announced = true;
    if (const GstClockTime d = gst_play_get_duration(m_play); GST_CLOCK_TIME_IS_VALID(d)) {
        m_duration = qint64(d / kNsPerMs);
        if (m_duration > 0)
            emit durationChanged(m_duration);
    }
    emit loaded();
}

void GstPlayEngine::handleMessage(GstMessage *message)
{
    if (!gst_play_is_play_message(message))
        return;
    GstPlayMessage type;
    gst_play_message_parse_type(message, &type);

    if (m_phase == Phase::Empty)
        return;
    if (m_phase == Phase::WaitingForUri) {
        // Messages still queued from the media before belong to nobody.
        if (type != GST_PLAY_MESSAGE_URI_LOADED)
            return;
        const GstStructure *s = gst_message_get_structure(message);
        const char *uri = gst_structure_get_string(s, "uri");
        if (uri && m_uri == QString::fromUtf8(uri))
            m_phase = Phase::Prerolling;
        return;
    }

    switch (type) {
    case GST_PLAY_MESSAGE_STATE_CHANGED: {
        GstPlayState s;
        gst_play_message_parse_state_changed(message, &s);
        switch (s) {
        case GST_PLAY_STATE_STOPPED:
            setState(State::Stopped);
            break;
        case GST_PLAY_STATE_BUFFERING:
            break; // the state stays what it was; buffering is reported on its own
        case GST_PLAY_STATE_PAUSED:
        case GST_PLAY_STATE_PLAYING:
            if (m_phase == Phase::Prerolling)
                onPrerolled();
            // play() and pause() already reported the state asked for; a message still on its
            // way from before does not undo that.
            if (m_phase == Phase::Loaded && m_reopenAt < 0)
                setState(m_target == State::Playing ? State::Playing : State::Paused);
            break;
        }
        break;
    }
    case GST_PLAY_MESSAGE_POSITION_UPDATED: {
        GstClockTime pos = 0;
        gst_play_message_parse_position_updated(message, &pos);
        if (m_phase != Phase::Loaded || m_atEnd || !GST_CLOCK_TIME_IS_VALID(pos))
            break;
        // Positions from before a seek are stale until it is done. GstPlay drops a seek on
        // media that cannot seek without saying so: give up waiting after a while.
        if (m_seekTarget >= 0 && ++m_staleUpdates < kMaxStaleUpdates)
            break;
        m_seekTarget = -1;
        m_position = qint64(pos / kNsPerMs);
        emit positionChanged(m_position);
        break;
    }
    case GST_PLAY_MESSAGE_SEEK_DONE: {
        m_seekTarget = -1;
        m_staleUpdates = 0;
        GstClockTime pos = GST_CLOCK_TIME_NONE;
        gst_structure_get_uint64(gst_message_get_structure(message), "position", &pos);
        if (GST_CLOCK_TIME_IS_VALID(pos))
            m_position = qint64(pos / kNsPerMs);
        emit seekDone(m_position);
        break;
    }
    case GST_PLAY_MESSAGE_DURATION_CHANGED: {
        GstClockTime d = GST_CLOCK_TIME_NONE;
        gst_play_message_parse_duration_updated(message, &d);
        if (!GST_CLOCK_TIME_IS_VALID(d))
            break;
        const qint64 ms = qint64(d / kNsPerMs);
        if (ms > 0 && ms != m_duration) {
            m_duration = ms;
            if (m_phase == Phase::Loaded)
                emit durationChanged(ms);
        }
        break;
    }
    case GST_PLAY_MESSAGE_BUFFERING: {
        guint percent = 0;
        gst_play_message_parse_buffering_percent(message, &percent);
        emit bufferingChanged(int(percent));
        break;
    }
    case GST_PLAY_MESSAGE_END_OF_STREAM:
        if (m_phase != Phase::Loaded)
            break;
        m_atEnd = true;
        m_seekTarget = -1;
        // The real end; an estimated duration (MP3 without a Xing header) may have been short.
        if (const GstClockTime end = gst_play_get_position(m_play); GST_CLOCK_TIME_IS_VALID(end))
            m_position = qMax(m_position, qint64(end / kNsPerMs));
        if (m_position > m_duration) {
            m_duration = m_position;
            emit durationChanged(m_duration);
        } else if (m_duration > 0) {
            m_position = m_duration;
        }
        emit endOfMedia();
        break;
    case GST_PLAY_MESSAGE_ERROR: {
        GError *error = nullptr;
        GstStructure *details = nullptr;
        gst_play_message_parse_error(message, &error, &details);
        const QString text = error ? messageOf(error) : QString();
        if (error)
            g_error_free(error);
        if (details)
            gst_structure_free(details);
        if (m_errorReported)
            break;
        m_errorReported = true;
        m_phase = Phase::Empty;
        gst_play_stop(m_play);
        setState(State::Stopped);
        const bool resource = text.contains(u"resource", Qt::CaseInsensitive) ||
                              text.contains(u"not found", Qt::CaseInsensitive);
        emit errorOccurred(m_http     ? Error::Network
                           : resource ? Error::Resource
                                      : Error::Format,
                           text);
        break;
    }
    default:
        break;
    }
}
