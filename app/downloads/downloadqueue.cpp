#include "downloadqueue.h"

#include "downloadpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

DownloadQueue::DownloadQueue(QObject *parent)
    : QObject(parent)
{}

DownloadQueue::~DownloadQueue()
{
    close();
}

bool DownloadQueue::open(const QString &dataDir, const QString &databasePath)
{
    close();
    if (!m_store.open(databasePath)) {
        m_error = m_store.errorString();
        return false;
    }
    m_downloadsDir = QDir(dataDir).filePath(u"downloads"_qs);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"Downloads"_qs);
    m_thread->start();
    const QList<DownloadItem> stored = m_store.items();
    for (DownloadItem item : stored) {
        if (item.state == DownloadState::Completed) {
            const QFileInfo file(absolutePath(item));
            if (!file.isFile()) { // deleted behind our back: no longer downloaded
                m_store.remove(item.episodeId);
                continue;
            }
            item.bytesDone = item.bytesTotal = file.size();
        } else {
            if (item.state == DownloadState::Downloading) // interrupted: resume it
                item.state = DownloadState::Queued;
            const QFileInfo part(absolutePath(item) + u".part"_qs);
            item.bytesDone = part.isFile() ? part.size() : 0;
            m_store.save(item);
        }
        m_items.append(item);
    }
    QTimer::singleShot(0, this, &DownloadQueue::schedule);
    return true;
}

void DownloadQueue::close()
{
    for (auto &[id, transfer] : m_running) {
        transfer->disconnect(this);
        if (DownloadItem *item = find(id)) {
            item->state = DownloadState::Queued; // resumes on the next open()
            m_store.save(*item);
        }
    }
    if (m_thread) {
        // The transfers stop (closing their files, letting go of their locks) on their thread,
        // before this returns.
        for (auto &[id, transfer] : m_running)
            QMetaObject::invokeMethod(
                transfer,
                [t = transfer] {
                    t->abort();
                    delete t;
                },
                Qt::BlockingQueuedConnection);
        // And what pause() or cancel() left queued there (their stops) is done too.
        QObject flush;
        flush.moveToThread(m_thread.get());
        QMetaObject::invokeMethod(
            &flush, [] {}, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }
    m_running.clear();
    m_items.clear();
    m_attempts.clear();
    m_retryWaiting.clear();
    m_store.close();
}

void DownloadQueue::setParallelTransfers(int count)
{
    m_parallel = qBound(1, count, kMaxParallelTransfers);
    schedule();
}

void DownloadQueue::setRetryPolicy(int attempts, int delayMs)
{
    m_maxAttempts = qMax(1, attempts);
    m_retryDelayMs = qMax(0, delayMs);
}

DownloadItem *DownloadQueue::find(const QString &episodeId)
{
    for (DownloadItem &item : m_items)
        if (item.episodeId == episodeId)
            return &item;
    return nullptr;
}

const DownloadItem *DownloadQueue::find(const QString &episodeId) const
{
    for (const DownloadItem &item : m_items)
        if (item.episodeId == episodeId)
            return &item;
    return nullptr;
}

QString DownloadQueue::absolutePath(const DownloadItem &item) const
{
    return QDir(m_downloadsDir).filePath(item.filePath);
}

QString DownloadQueue::uniquePath(const QString &episodeId, const QString &relative) const
{
    const auto taken = [this, &episodeId](const QString &path) {
        for (const DownloadItem &other : m_items)
            if (other.episodeId != episodeId && other.filePath == path)
                return true;
        return QFileInfo::exists(QDir(m_downloadsDir).filePath(path));
    };
    if (!taken(relative))
        return relative;
    // Two episodes with one title: the second gets a short mark of its id.
    const QString mark = QString::fromLatin1(
        QCryptographicHash::hash(episodeId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const qsizetype dot = relative.lastIndexOf(u'.');
    return relative.left(dot) + u" ["_qs + mark + u']' + relative.mid(dot);
}

void DownloadQueue::restrictTo(const QStringList &episodeIds)
{
    m_only = QSet<QString>(episodeIds.begin(), episodeIds.end());
}

bool DownloadQueue::enqueue(const Request &request)
{
    if (!m_store.isOpen() || request.episodeId.isEmpty() || !request.url.isValid())
        return false;
    const QString scheme = request.url.scheme();
    if (scheme != u"http" && scheme != u"https")
        return false;
    if (DownloadItem *item = find(request.episodeId)) {
        if (item->state == DownloadState::Paused || item->state == DownloadState::Failed)
            resume(request.episodeId);
        return true;
    }
    DownloadItem item;
    item.episodeId = request.episodeId;
    item.url = request.url.toString(QUrl::FullyEncoded);
    item.title = request.title;
    item.folder = request.folder;
    item.filePath =
        uniquePath(request.episodeId,
                   DownloadPaths::relativePathFor(request.folder, request.title, request.url));
    item.state = DownloadState::Queued;
    item.addedAt = QDateTime::currentDateTimeUtc();
    const QFileInfo part(absolutePath(item) + u".part"_qs);
    item.bytesDone = part.isFile() ? part.size() : 0;
    if (!m_store.save(item)) {
        m_error = m_store.errorString();
        return false;
    }
    m_items.append(item);
    emit itemChanged(item.episodeId);
    schedule();
    return true;
}

void DownloadQueue::setState(DownloadItem &item, DownloadState state, const QString &error)
{
    item.state = state;
    item.error = error;
    if (state != DownloadState::Downloading)
        item.bytesPerSecond = 0;
    if (state == DownloadState::Completed)
        item.finishedAt = QDateTime::currentDateTimeUtc();
    m_store.save(item);
    emit itemChanged(item.episodeId);
}

void DownloadQueue::schedule()
{
    if (m_stopped || !m_store.isOpen())
        return;
    bool anyQueued = false;
    for (DownloadItem &item : m_items) {
        if (item.state != DownloadState::Queued || m_retryWaiting.contains(item.episodeId) ||
            (!m_only.isEmpty() && !m_only.contains(item.episodeId)))
            continue;
        if (int(m_running.size()) >= m_parallel) {
            anyQueued = true;
            break;
        }
        startTransfer(item);
        if (m_stopped)
            return;
    }
    if (!anyQueued && m_running.empty() && m_retryWaiting.isEmpty())
        emit idle();
}

void DownloadQueue::startTransfer(DownloadItem &item)
{
    auto *t = new DownloadTransfer(QUrl(item.url), absolutePath(item));
    t->moveToThread(m_thread.get());
    const QString id = item.episodeId;
    // Queued: the transfer's signals come from its thread.
    connect(t, &DownloadTransfer::progress, this,
            [this, id](qint64 done, qint64 total, double speed) {
                if (!m_running.count(id))
                    return; // stopped meanwhile
                if (DownloadItem *i = find(id)) {
                    i->bytesDone = done;
                    i->bytesTotal = total;
                    i->bytesPerSecond = speed;
                }
                emit itemProgress(id, done, total, speed);
            });
    connect(t, &DownloadTransfer::finished, this,
            [this, id](DownloadTransfer::Outcome outcome, const QString &message, qint64 done,
                       qint64 total) { onTransferFinished(id, outcome, message, done, total); });
    m_running[id] = t;
    m_attempts[id] += 1;
    setState(item, DownloadState::Downloading);
    QMetaObject::invokeMethod(t, &DownloadTransfer::start, Qt::QueuedConnection);
}

void DownloadQueue::onTransferFinished(const QString &episodeId, DownloadTransfer::Outcome outcome,
                                       const QString &message, qint64 bytesDone, qint64 bytesTotal)
{
    const auto it = m_running.find(episodeId);
    if (it == m_running.end())
        return;                // paused or cancelled meanwhile
    it->second->deleteLater(); // on its thread
    m_running.erase(it);
    DownloadItem *item = find(episodeId);
    if (!item)
        return;
    item->bytesDone = bytesDone;
    item->bytesTotal = bytesTotal;
    switch (outcome) {
    case DownloadTransfer::Outcome::Completed:
        m_attempts.remove(episodeId);
        item->bytesTotal = item->bytesDone = QFileInfo(absolutePath(*item)).size();
        setState(*item, DownloadState::Completed);
        emit completed(episodeId);
        break;
    case DownloadTransfer::Outcome::Retryable:
        if (m_attempts.value(episodeId) < m_maxAttempts) {
            item->error = message;
            setState(*item, DownloadState::Queued, message);
            m_retryWaiting.insert(episodeId);
            QTimer::singleShot(m_retryDelayMs, this, [this, episodeId] {
                m_retryWaiting.remove(episodeId);
                schedule();
            });
            break;
        }
        [[fallthrough]];
    case DownloadTransfer::Outcome::Failed:
        m_attempts.remove(episodeId);
        setState(*item, DownloadState::Failed, message);
        emit failed(episodeId, message);
        break;
    case DownloadTransfer::Outcome::DiskFull:
        m_attempts.remove(episodeId);
        setState(*item, DownloadState::Failed, message);
        emit failed(episodeId, message);
        // Nothing else writes until there is room: the others wait, their partial files kept.
        m_stopped = true;
        m_stopReason = message;
        const QStringList others = [this] {
            QStringList ids;
            for (const auto &[id, other] : m_running)
                ids.append(id);
            return ids;
        }();
        for (const QString &id : others) {
            stopTransfer(id);
            if (DownloadItem *i = find(id))
                setState(*i, DownloadState::Queued);
        }
        emit stopped(message);
        return;
    }
    schedule();
}

bool DownloadQueue::stopTransfer(const QString &episodeId, bool removePartial)
{
    const auto it = m_running.find(episodeId);
    if (it == m_running.end())
        return false;
    DownloadTransfer *transfer = it->second;
    m_running.erase(it);
    transfer->disconnect(this);
    // On its thread, before anything queued there later (a new transfer of the same file).
    QMetaObject::invokeMethod(transfer, [transfer, removePartial] {
        transfer->abort();
        if (removePartial)
            QFile::remove(transfer->partPath());
        delete transfer;
    });
    return true;
}

void DownloadQueue::pause(const QString &episodeId)
{
    DownloadItem *item = find(episodeId);
    if (!item || !item->isActive())
        return;
    stopTransfer(episodeId);
    m_retryWaiting.remove(episodeId);
    setState(*item, DownloadState::Paused);
    schedule();
}

void DownloadQueue::resume(const QString &episodeId)
{
    DownloadItem *item = find(episodeId);
    if (!item || (item->state != DownloadState::Paused && item->state != DownloadState::Failed))
        return;
    m_attempts.remove(episodeId);
    setState(*item, DownloadState::Queued);
    schedule();
}

void DownloadQueue::cancel(const QString &episodeId)
{
    DownloadItem *item = find(episodeId);
    if (!item || item->state == DownloadState::Completed)
        return;
    if (!stopTransfer(episodeId, true)) // nothing writes it: it goes now
        QFile::remove(absolutePath(*item) + u".part"_qs);
    m_retryWaiting.remove(episodeId);
    m_attempts.remove(episodeId);
    m_store.remove(episodeId);
    m_items.removeIf([&episodeId](const DownloadItem &i) { return i.episodeId == episodeId; });
    emit itemChanged(episodeId);
    schedule();
}

void DownloadQueue::pauseAll()
{
    const QList<DownloadItem> all = m_items;
    for (const DownloadItem &item : all)
        if (item.isActive())
            pause(item.episodeId);
}

void DownloadQueue::resumeAll()
{
    m_stopped = false;
    m_stopReason.clear();
    for (DownloadItem &item : m_items) {
        if (item.state == DownloadState::Paused || item.state == DownloadState::Failed) {
            m_attempts.remove(item.episodeId);
            setState(item, DownloadState::Queued);
        }
    }
    schedule();
}

void DownloadQueue::cancelAll()
{
    const QList<DownloadItem> all = m_items;
    for (const DownloadItem &item : all)
        if (item.state != DownloadState::Completed)
            cancel(item.episodeId);
}

bool DownloadQueue::removeDownload(const QString &episodeId)
{
    DownloadItem *item = find(episodeId);
    if (!item)
        return false;
    if (item->state != DownloadState::Completed) {
        cancel(episodeId);
        return true;
    }
    const QString path = absolutePath(*item);
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_error = tr("Cannot delete %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QDir().rmdir(QFileInfo(path).absolutePath()); // the podcast's folder, when it is empty now
    m_store.remove(episodeId);
    m_items.removeIf([&episodeId](const DownloadItem &i) { return i.episodeId == episodeId; });
    emit itemChanged(episodeId);
    return true;
}

QList<DownloadItem> DownloadQueue::items() const
{
    return m_items;
}

std::optional<DownloadItem> DownloadQueue::item(const QString &episodeId) const
{
    if (const DownloadItem *i = find(episodeId))
        return *i;
    return std::nullopt;
}

DownloadState DownloadQueue::state(const QString &episodeId) const
{
    const DownloadItem *i = find(episodeId);
    return i ? i->state : DownloadState::None;
}

QString DownloadQueue::localFile(const QString &episodeId) const
{
    const DownloadItem *i = find(episodeId);
    if (!i || i->state != DownloadState::Completed)
        return {};
    const QString path = absolutePath(*i);
    const QFileInfo file(path);
    if (!file.isFile() || (i->bytesTotal >= 0 && file.size() != i->bytesTotal))
        return {};
    return path;
}

qint64 DownloadQueue::totalBytes() const
{
    qint64 total = 0;
    for (const DownloadItem &i : m_items)
        if (i.state == DownloadState::Completed)
            total += qMax<qint64>(0, i.bytesTotal);
    return total;
}

QStringList DownloadQueue::deleteFinished(
    const std::function<std::optional<QDateTime>(const QString &)> &finishedAt, int afterDays,
    const QDateTime &now)
{
    QStringList removed;
    const QList<DownloadItem> all = m_items;
    for (const DownloadItem &item : all) {
        if (item.state != DownloadState::Completed)
            continue;
        const std::optional<QDateTime> when = finishedAt(item.episodeId);
        if (!when)
            continue;
        if (afterDays > 0 && when->isValid() && when->addDays(afterDays) > now)
            continue;
        if (removeDownload(item.episodeId))
            removed.append(item.episodeId);
    }
    return removed;
}

bool DownloadQueue::setAutoDownload(const QString &podcastId, bool on)
{
    return m_store.setAutoDownload(podcastId, on);
}

bool DownloadQueue::autoDownload(const QString &podcastId) const
{
    return m_store.autoDownload(podcastId);
}
