#pragma once

#include "episode.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class DownloadQueue;
class DownloadsPanel;
class EpisodeListModel;
class MainWindow;
class ProgressStore;
class QMenu;
class QSettings;

// Downloads in the window: the Download entries of the card and podcast menus, the card badges,
// View > Downloads, the settings of Preferences > Downloads, automatic downloads of new podcast
// episodes, and the downloaded file in place of the web address when an episode is played.
class DownloadCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCoordinator)

public:
    static constexpr int kDefaultNewest = 5;
    static constexpr int kRepaintMs = 200;

    DownloadCoordinator(DownloadQueue *queue, EpisodeListModel *episodes, ProgressStore *store,
                        MainWindow *window, QSettings *settings, QObject *parent = nullptr);

    DownloadQueue *queue() const { return m_queue; }
    // The episode to hand to the player: with the downloaded file as its audio when complete.
    Episode playable(const Episode &episode) const;

    bool download(const QString &episodeId);
    enum class Scope { All, Unfinished, Newest };
    // Queues a podcast's (or topic's) episodes; how many were queued.
    int downloadTopic(const QString &topicId, Scope scope, int newest = kDefaultNewest);
    void deleteDownload(const QString &episodeId);

    void extendEpisodeMenu(QMenu *menu, const QString &episodeId);
    void extendTopicMenu(QMenu *menu, const QString &topicId);

    void showPanel();
    DownloadsPanel *panel() const;

    // Reads Preferences > Downloads again (parallel transfers, the deletion rule).
    void applySettings();
    // Deletes the downloads of finished episodes (finished `afterDays` ago or more; 0: all).
    int deleteFinished(int afterDays);

    // A refresh brought `added` episodes to a podcast: downloaded after the next library load
    // when the podcast downloads new episodes automatically.
    void noteRefreshed(const QString &podcastId, int added);
    // The library was loaded again.
    void libraryLoaded();

signals:
    void message(const QString &text);

private:
    bool canDownload(const Episode &episode) const;
    QString folderOf(const Episode &episode) const;

    DownloadQueue *m_queue = nullptr;
    EpisodeListModel *m_episodes = nullptr;
    ProgressStore *m_store = nullptr;
    MainWindow *m_window = nullptr;
    QSettings *m_settings = nullptr;
    QPointer<DownloadsPanel> m_panel;
    QTimer m_repaint;
    QHash<QString, int> m_newFor; // podcast id -> episodes a refresh brought
};
