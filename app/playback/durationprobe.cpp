#include "durationprobe.h"

#include "logging.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>

using namespace Qt::StringLiterals;

DurationProbe::DurationProbe(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
{
    // Without an output GStreamer fails the stream ("not linked"); this one is never heard.
    auto *output = new QAudioOutput(this);
    output->setMuted(true);
    m_player->setAudioOutput(output);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QString id = m_currentId;
        done();
        emit probeFailed(id, tr("Timed out while reading the audio length."));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_currentId.isEmpty() || ms <= 0)
            return;
        const QString id = m_currentId;
        done();
        emit durationFound(id, ms);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (m_currentId.isEmpty())
                    return;
                if (status == QMediaPlayer::LoadedMedia && m_player->duration() > 0) {
                    const QString id = m_currentId;
                    const qint64 ms = m_player->duration();
                    done();
                    emit durationFound(id, ms);
                } else if (status == QMediaPlayer::InvalidMedia) {
                    const QString id = m_currentId;
                    done();
                    emit probeFailed(id, tr("The audio cannot be read."));
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &message) {
                if (m_currentId.isEmpty() || error == QMediaPlayer::NoError)
                    return;
                const QString id = m_currentId;
                done();
                emit probeFailed(id, message);
            });
}

DurationProbe::~DurationProbe()
{
    m_player->disconnect(this);
    // Tear the pipeline down while the player is whole (see ~PlaybackController).
    m_player->stop();
    m_player->setSource(QUrl());
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
    if (!m_currentId.isEmpty()) {
        m_currentId.clear();
        m_timeout.stop();
        m_player->setSource(QUrl());
    }
}

void DurationProbe::startNext()
{
    while (m_currentId.isEmpty() && !m_pending.isEmpty()) {
        const Job job = m_pending.takeFirst();
        const QString local = job.audio.isLocalFile()        ? job.audio.toLocalFile()
                              : job.audio.scheme() == u"qrc" ? u':' + job.audio.path()
                                                             : QString();
        if (!local.isEmpty() && !QFileInfo(local).isFile()) {
            emit probeFailed(job.id, tr("The audio file is missing: %1").arg(local));
            continue;
        }
        m_currentId = job.id;
        qCDebug(lcPlayback) << "probing" << job.id << job.audio;
        m_timeout.start();
        m_player->setSource(job.audio);
        return;
    }
    if (m_currentId.isEmpty())
        emit finished();
}

void DurationProbe::done()
{
    m_currentId.clear();
    m_timeout.stop();
    // Go on later: changing the source inside the player's own signal is not safe.
    QTimer::singleShot(0, this, [this] {
        if (!m_currentId.isEmpty())
            return;
        if (m_pending.isEmpty())
            m_player->setSource(QUrl()); // unload the last one
        startNext();
    });
}
