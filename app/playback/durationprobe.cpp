#include "durationprobe.h"

#include "localresource.h"
#include "logging.h"

#include <QFileInfo>
#include <QTimer>
#include <QtConcurrentRun>

#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>

using namespace Qt::StringLiterals;

namespace {

// Runs on a worker thread: GstDiscoverer's synchronous mode, one discoverer per file.
DurationProbe::Result discover(const QByteArray &uri, int timeoutMs)
{
    DurationProbe::Result result;
    GError *error = nullptr;
    GstDiscoverer *discoverer = gst_discoverer_new(GstClockTime(timeoutMs) * GST_MSECOND, &error);
    if (!discoverer) {
        result.error = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        return result;
    }
    GstDiscovererInfo *info = gst_discoverer_discover_uri(discoverer, uri.constData(), &error);
    const GstDiscovererResult status =
        info ? gst_discoverer_info_get_result(info) : GST_DISCOVERER_ERROR;
    if (status == GST_DISCOVERER_OK) {
        const GstClockTime d = gst_discoverer_info_get_duration(info);
        if (GST_CLOCK_TIME_IS_VALID(d) && d > 0)
            result.durationMs = qint64(d / GST_MSECOND);
    } else if (status == GST_DISCOVERER_TIMEOUT) {
        result.timedOut = true;
    } else if (error) {
        result.error = QString::fromUtf8(error->message);
    }
    g_clear_error(&error);
    if (info)
        gst_discoverer_info_unref(info);
    g_object_unref(discoverer);
    return result;
}

} // namespace

DurationProbe::DurationProbe(QObject *parent)
    : QObject(parent)
{
    gst_init_check(nullptr, nullptr, nullptr);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DurationProbe::onProbed);
}

DurationProbe::~DurationProbe()
{
    // A probe still running finishes on its own (bounded by the timeout); nobody hears it.
    m_watcher.disconnect(this);
}

void DurationProbe::enqueue(const QString &episodeId, const QUrl &audio)
{
    if (episodeId == m_currentId)
        return;
    for (const Job &job : std::as_const(m_pending)) {
        if (job.id == episodeId)
            return;
    }
    m_pending.append({episodeId, audio});
    if (m_currentId.isEmpty())
        QTimer::singleShot(0, this, &DurationProbe::startNext);
}

void DurationProbe::clear()
{
    m_pending.clear();
    m_currentId.clear(); // a result still coming is dropped
}

void DurationProbe::startNext()
{
    if (!m_currentId.isEmpty() || m_watcher.isRunning())
        return;
    while (!m_pending.isEmpty()) {
        const Job job = m_pending.takeFirst();
        QString local;
        if (job.audio.isLocalFile())
            local = job.audio.toLocalFile();
        else if (job.audio.scheme() == u"qrc")
            local = LocalResource::pathFor(u':' + job.audio.path());
        if ((job.audio.isLocalFile() || job.audio.scheme() == u"qrc") &&
            !QFileInfo(local).isFile()) {
            emit probeFailed(job.id, tr("The audio file is missing: %1")
                                         .arg(local.isEmpty() ? job.audio.toString() : local));
            continue;
        }
        const QByteArray uri =
            local.isEmpty() ? job.audio.toEncoded() : QUrl::fromLocalFile(local).toEncoded();
        m_currentId = job.id;
        qCDebug(lcPlayback) << "probing" << job.id << job.audio;
        m_watcher.setFuture(QtConcurrent::run(discover, uri, m_timeoutMs));
        return;
    }
    emit finished();
}

void DurationProbe::onProbed()
{
    const Result result = m_watcher.result();
    const QString id = m_currentId;
    m_currentId.clear();
    if (!id.isEmpty()) {
        if (result.durationMs > 0)
            emit durationFound(id, result.durationMs);
        else if (result.timedOut)
            emit probeFailed(id, tr("Timed out while reading the audio length."));
        else
            emit probeFailed(id, result.error.isEmpty() ? tr("The audio cannot be read.")
                                                        : result.error);
    }
    QTimer::singleShot(0, this, &DurationProbe::startNext);
}
