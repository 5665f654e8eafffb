#include "downloadtransfer.h"

#include "contentrange.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
bool isDiskFull(int error)
{
    return error == ENOSPC || error == EFBIG || error == EDQUOT;
}

// fsync on a path (a file, or a folder for the rename in it); true when it worked.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

DownloadTransfer::DownloadTransfer(const QUrl &url, const QString &finalPath, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_finalPath(finalPath)
{}

DownloadTransfer::~DownloadTransfer()
{
    abort();
}

void DownloadTransfer::start()
{
    if (!QDir().mkpath(QFileInfo(m_finalPath).absolutePath())) {
        const int error = errno;
        finish(isDiskFull(error) ? Outcome::DiskFull : Outcome::Failed,
               tr("Cannot create the folder %1.")
                   .arg(QDir::toNativeSeparators(QFileInfo(m_finalPath).absolutePath())));
        return;
    }
    m_lock = std::make_unique<QLockFile>(partPath() + u".lock"_qs);
    m_lock->setStaleLockTime(0); // stale only when its owner is gone
    if (!m_lock->tryLock(kLockWaitMs)) {
        m_lock.reset();
        finish(Outcome::Retryable, tr("Another Earmark is downloading this episode."));
        return;
    }
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        finish(Outcome::Failed,
               tr("Cannot write %1: %2")
                   .arg(QDir::toNativeSeparators(partPath()), m_file.errorString()));
        return;
    }
    m_buffer.resize(kChunkBytes);
    m_network = new QNetworkAccessManager(this);
    request();
}

void DownloadTransfer::request()
{
    m_headersHandled = false;
    m_writing = false;
    m_done = m_noRange ? 0 : m_file.size();
    if (m_noRange)
        m_file.resize(0);
    m_file.seek(m_done);
    m_resumedFrom = m_done;
    QNetworkRequest request(m_url);
    // The bytes as stored: a compressed transfer would not match Content-Length or ranges.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_done > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadTransfer::onFinished);
    m_sampleClock.start();
    m_progressClock.start();
    m_sampleBytes = m_done;
}

void DownloadTransfer::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void DownloadTransfer::abort()
{
    if (m_over)
        return;
    m_over = true;
    dropReply();
    m_file.close();
    m_lock.reset();
}

bool DownloadTransfer::handleHeaders()
{
    if (m_headersHandled)
        return m_writing;
    m_headersHandled = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status == 206) {
        const std::optional<ContentRange> range =
            ContentRange::parse(m_reply->rawHeader("Content-Range"));
        if (!range || range->first != m_resumedFrom) {
            restartWithoutRange();
            return false;
        }
        m_total = range->complete >= 0 ? range->complete
                  : length.isValid()   ? m_resumedFrom + length.toLongLong()
                                       : -1;
        m_writing = true;
        return true;
    }
    if (status == 200) {
        if (m_resumedFrom > 0) { // no ranges here: start over from the first byte
            m_file.resize(0);
            m_file.seek(0);
            m_done = 0;
            m_resumedFrom = 0;
            m_sampleBytes = 0;
        }
        m_total = length.isValid() ? length.toLongLong() : -1;
        m_writing = true;
        return true;
    }
    return false; // an error or 416: onFinished() decides
}

void DownloadTransfer::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (!handleHeaders()) {
        if (m_reply == reply) // not restarted meanwhile: an error page, not the file
            reply->skip(reply->bytesAvailable());
        return;
    }
    qint64 n = 0;
    while ((n = m_reply->read(m_buffer.data(), m_buffer.size())) > 0) {
        errno = 0;
        const qint64 written = m_file.write(m_buffer.constData(), n);
        if (written != n) {
            const int error = errno;
            const QString reason = m_file.errorString();
            dropReply();
            m_file.close();
            if (isDiskFull(error) || reason == QString::fromLocal8Bit(strerror(ENOSPC)) ||
                reason == QString::fromLocal8Bit(strerror(EFBIG)))
                finish(Outcome::DiskFull, tr("The disk is full: %1 cannot be written.")
                                              .arg(QDir::toNativeSeparators(partPath())));
            else
                finish(Outcome::DiskFull,
                       tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(partPath()), reason));
            return;
        }
        m_done += n;
    }
    updateSpeed(false);
}

void DownloadTransfer::updateSpeed(bool force)
{
    const qint64 sampled = m_sampleClock.elapsed();
    if (sampled >= 500) {
        const double now = double(m_done - m_sampleBytes) * 1000.0 / double(sampled);
        m_speed = m_speed <= 0 ? now : 0.5 * m_speed + 0.5 * now;
        m_sampleBytes = m_done;
        m_sampleClock.restart();
    }
    if (force || m_progressClock.elapsed() >= kProgressIntervalMs) {
        m_progressClock.restart();
        emit progress(m_done, m_total, m_speed);
    }
}

void DownloadTransfer::restartWithoutRange()
{
    dropReply();
    if (m_noRange) {
        finish(Outcome::Failed, tr("The server does not send the file consistently."));
        return;
    }
    m_noRange = true;
    request();
}

void DownloadTransfer::onFinished()
{
    if (!m_reply || m_over)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (status == 416) {
        const std::optional<ContentRange> range =
            ContentRange::parse(m_reply->rawHeader("Content-Range"));
        if (range && range->complete == m_resumedFrom && range->complete > 0) {
            dropReply(); // the partial file already holds everything
            m_total = range->complete;
            finalize();
        } else {
            restartWithoutRange();
        }
        return;
    }
    if (status >= 400) {
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        dropReply();
        const bool transient = status >= 500 || status == 408 || status == 429;
        finish(transient ? Outcome::Retryable : Outcome::Failed,
               tr("The server answered %1 %2.").arg(status).arg(reason));
        return;
    }
    if (error != QNetworkReply::NoError) {
        onReadyRead(); // keep what came: a retry resumes after it
        if (m_over)
            return;
        const QString reason = m_reply ? m_reply->errorString() : QString();
        dropReply();
        finish(Outcome::Retryable, tr("The download broke off: %1").arg(reason));
        return;
    }
    onReadyRead();
    if (m_over || !m_reply)
        return;
    if (!m_writing) {
        dropReply();
        finish(Outcome::Failed, tr("The server answered %1.").arg(status));
        return;
    }
    dropReply();
    if (m_total >= 0 && m_done != m_total) {
        finish(Outcome::Retryable, tr("The server sent %1 of %2 bytes.").arg(m_done).arg(m_total));
        return;
    }
    m_total = m_done;
    finalize();
}

void DownloadTransfer::finalize()
{
    updateSpeed(true);
    m_file.close();
    // fsync and rename take long on a slow disk: off the calling thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        if (problem.isEmpty())
            finish(Outcome::Completed, QString());
        else
            finish(Outcome::DiskFull, problem);
    });
    const QString part = partPath();
    const QString finalPath = m_finalPath;
    watcher->setFuture(QtConcurrent::run([part, finalPath]() -> QString {
        if (!syncPath(part))
            return tr("Cannot save %1: %2")
                .arg(QDir::toNativeSeparators(part), QString::fromLocal8Bit(strerror(errno)));
        if (std::rename(QFile::encodeName(part).constData(),
                        QFile::encodeName(finalPath).constData()) != 0)
            return tr("Cannot move %1 into place: %2")
                .arg(QDir::toNativeSeparators(part), QString::fromLocal8Bit(strerror(errno)));
        syncPath(QFileInfo(finalPath).absolutePath());
        return QString();
    }));
}

void DownloadTransfer::finish(Outcome outcome, const QString &message)
{
    if (m_over)
        return;
    m_over = true;
    m_file.close();
    if (outcome != Outcome::Completed && QFileInfo(partPath()).size() == 0)
        QFile::remove(partPath()); // nothing came: no empty file left behind
    m_lock.reset();
    emit finished(outcome, message, m_done, m_total);
}
