#include "downloadcoordinator.h"

#include "downloadqueue.h"
#include "downloadspanel.h"
#include "downloadspreferences.h"
#include "episodecarddelegate.h"
#include "episodelistmodel.h"
#include "mainwindow.h"
#include "progressstore.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QSettings>

#include <algorithm>
#include <utility>

DownloadCoordinator::DownloadCoordinator(DownloadQueue *queue, EpisodeListModel *episodes,
                                         ProgressStore *store, MainWindow *window,
                                         QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_episodes(episodes)
    , m_store(store)
    , m_window(window)
    , m_settings(settings)
{
    m_window->cardDelegate()->setDownloadLookup(
        [queue](const QString &id) { return queue->item(id); });
    m_window->setEpisodeMenuExtension(
        [this](QMenu *menu, const QString &id) { extendEpisodeMenu(menu, id); });
    m_window->setTopicMenuExtension(
        [this](QMenu *menu, const QString &id) { extendTopicMenu(menu, id); });
    connect(m_window, &MainWindow::downloadsRequested, this, &DownloadCoordinator::showPanel);

    // Badges follow the queue, the cards repainted at most every kRepaintMs.
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(kRepaintMs);
    connect(&m_repaint, &QTimer::timeout, this,
            [this] { m_window->episodeView()->viewport()->update(); });
    const auto repaint = [this] {
        if (!m_repaint.isActive())
            m_repaint.start();
    };
    connect(m_queue, &DownloadQueue::itemChanged, this, repaint);
    connect(m_queue, &DownloadQueue::itemProgress, this, repaint);
    connect(m_queue, &DownloadQueue::stopped, this, [this](const QString &reason) {
        emit message(tr("Downloads stopped: %1").arg(reason));
    });
    applySettings();
}

Episode DownloadCoordinator::playable(const Episode &episode) const
{
    const QString file = m_queue->localFile(episode.id);
    if (file.isEmpty())
        return episode;
    Episode local = episode;
    local.setAudio(QUrl::fromLocalFile(file));
    return local;
}

bool DownloadCoordinator::canDownload(const Episode &episode) const
{
    const QString scheme = episode.audio().scheme();
    return scheme == u"http" || scheme == u"https";
}

QString DownloadCoordinator::folderOf(const Episode &episode) const
{
    const Topic *topic = m_episodes->catalog().topic(episode.topicId);
    return topic ? topic->title : episode.topicId;
}

bool DownloadCoordinator::download(const QString &episodeId)
{
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (!e || !canDownload(*e))
        return false;
    return m_queue->enqueue({e->id, e->audio(), e->title, folderOf(*e)});
}

int DownloadCoordinator::downloadTopic(const QString &topicId, Scope scope, int newest)
{
    QList<const Episode *> episodes;
    for (const Episode &e : m_episodes->catalog().episodes())
        if (e.topicId == topicId && canDownload(e))
            episodes.append(&e);
    if (scope == Scope::Newest) {
        std::stable_sort(episodes.begin(), episodes.end(), [](const Episode *a, const Episode *b) {
            return QDateTime(a->published, a->publishedTime, Qt::UTC) >
                   QDateTime(b->published, b->publishedTime, Qt::UTC);
        });
        episodes = episodes.mid(0, qMax(0, newest));
    }
    int queued = 0;
    for (const Episode *e : std::as_const(episodes)) {
        if (scope == Scope::Unfinished && m_episodes->progress(e->id).finished)
            continue;
        const DownloadState before = m_queue->state(e->id);
        if (before == DownloadState::Completed || before == DownloadState::Queued ||
            before == DownloadState::Downloading)
            continue;
        if (m_queue->enqueue({e->id, e->audio(), e->title, folderOf(*e)}))
            ++queued;
    }
    return queued;
}

void DownloadCoordinator::deleteDownload(const QString &episodeId)
{
    if (!m_queue->removeDownload(episodeId))
        emit message(m_queue->errorString());
}

void DownloadCoordinator::extendEpisodeMenu(QMenu *menu, const QString &episodeId)
{
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (!e || !canDownload(*e))
        return;
    menu->addSeparator();
    switch (m_queue->state(episodeId)) {
    case DownloadState::None:
        menu->addAction(tr("&Download"), this, [this, episodeId] { download(episodeId); })
            ->setObjectName(u"downloadAction"_qs);
        break;
    case DownloadState::Queued:
    case DownloadState::Downloading:
        menu->addAction(tr("Pa&use download"), this,
                        [this, episodeId] { m_queue->pause(episodeId); })
            ->setObjectName(u"pauseDownloadAction"_qs);
        menu->addAction(tr("Cancel do&wnload"), this,
                        [this, episodeId] { m_queue->cancel(episodeId); })
            ->setObjectName(u"cancelDownloadAction"_qs);
        break;
    case DownloadState::Paused:
        menu->addAction(tr("Resume do&wnload"), this,
                        [this, episodeId] { m_queue->resume(episodeId); })
            ->setObjectName(u"resumeDownloadAction"_qs);
        menu->addAction(tr("Cancel do&wnload"), this,
                        [this, episodeId] { m_queue->cancel(episodeId); })
            ->setObjectName(u"cancelDownloadAction"_qs);
        break;
    case DownloadState::Failed:
        menu->addAction(tr("Re&try download"), this,
                        [this, episodeId] { m_queue->resume(episodeId); })
            ->setObjectName(u"retryDownloadAction"_qs);
        menu->addAction(tr("Cancel do&wnload"), this,
                        [this, episodeId] { m_queue->cancel(episodeId); })
            ->setObjectName(u"cancelDownloadAction"_qs);
        break;
    case DownloadState::Completed:
        menu->addAction(tr("&Delete download"), this,
                        [this, episodeId] { deleteDownload(episodeId); })
            ->setObjectName(u"deleteDownloadAction"_qs);
        break;
    }
}

void DownloadCoordinator::extendTopicMenu(QMenu *menu, const QString &topicId)
{
    bool any = false;
    for (const Episode &e : m_episodes->catalog().episodes())
        if (e.topicId == topicId && canDownload(e)) {
            any = true;
            break;
        }
    if (!any)
        return;
    menu->addSeparator();
    QMenu *sub = menu->addMenu(tr("&Download"));
    sub->setObjectName(u"downloadMenu"_qs);
    const auto report = [this](int queued) {
        emit message(tr("%n episode(s) queued for download.", nullptr, queued));
    };
    sub->addAction(tr("&All episodes"), this,
                   [this, topicId, report] { report(downloadTopic(topicId, Scope::All)); })
        ->setObjectName(u"downloadAllAction"_qs);
    sub->addAction(tr("All &unfinished episodes"), this,
                   [this, topicId, report] { report(downloadTopic(topicId, Scope::Unfinished)); })
        ->setObjectName(u"downloadUnfinishedAction"_qs);
    sub->addAction(tr("The &newest…"), this,
                   [this, topicId, report] {
                       bool ok = false;
                       const int n = QInputDialog::getInt(
                           m_window, tr("Download the newest episodes"),
                           tr("How many of the newest episodes?"), kDefaultNewest, 1, 1000, 1, &ok);
                       if (ok)
                           report(downloadTopic(topicId, Scope::Newest, n));
                   })
        ->setObjectName(u"downloadNewestAction"_qs);
}

DownloadsPanel *DownloadCoordinator::panel() const
{
    return m_panel;
}

void DownloadCoordinator::showPanel()
{
    if (!m_panel) {
        m_panel = new DownloadsPanel(m_queue, m_window);
        m_panel->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_panel->show();
    m_panel->raise();
    m_panel->activateWindow();
}

void DownloadCoordinator::applySettings()
{
    m_queue->setParallelTransfers(DownloadsPreferences::parallelTransfers(*m_settings));
    if (const int days = DownloadsPreferences::deleteAfterDays(*m_settings); days >= 0)
        deleteFinished(days);
}

int DownloadCoordinator::deleteFinished(int afterDays)
{
    const QStringList removed = m_queue->deleteFinished(
        [this](const QString &id) -> std::optional<QDateTime> {
            const EpisodeProgress p = m_store->progress(id);
            return p.finished ? std::optional<QDateTime>(p.finishedAt) : std::nullopt;
        },
        afterDays, QDateTime::currentDateTimeUtc());
    return int(removed.size());
}

void DownloadCoordinator::noteRefreshed(const QString &podcastId, int added)
{
    if (added > 0 && m_queue->autoDownload(podcastId))
        m_newFor[podcastId] += added;
}

void DownloadCoordinator::libraryLoaded()
{
    const QHash<QString, int> pending = std::exchange(m_newFor, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        downloadTopic(it.key(), Scope::Newest, it.value());
}
