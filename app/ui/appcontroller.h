#pragma once

#include "catalogloader.h"
#include "librarysource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>

class AddPodcastDialog;
class Appearance;
class ChapterFollower;
class CommandLineOptions;
class DownloadCoordinator;
class DownloadQueue;
class DurationProbe;
class EpisodeListModel;
class FolderWatcher;
class LibrarySources;
class MainWindow;
class NotesController;
class Mpris;
class PlaybackController;
class PlayerBar;
class PodcastRefresher;
class PodcastStore;
class PreferencesDialog;
class QNetworkAccessManager;
class ReadAlongCache;
struct RefreshOutcome;
class QMessageBox;
class ProgressRecorder;
class ProgressStore;
class QSettings;
class SingleInstance;
class StudyController;
class TextSearch;
struct SearchSources;
class UnixSignalWatcher;

// The running app: owns the store, the models, the player and the window, and wires them
// together. The widgets stay passive; the core knows nothing of widgets.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    enum StartResult {
        Started,
        HandedOver, // another Earmark owns the data directory and was brought to the front
        Failed,     // the reason was shown
    };

    AppController(const CommandLineOptions &options, const QElapsedTimer &sinceStart,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window on the bundled catalog and starts loading the extra catalogs in the
    // background.
    StartResult start();

    MainWindow *window() const { return m_window.get(); }
    EpisodeListModel *episodes() const { return m_episodes.get(); }
    PlaybackController *player()
    {
        ensurePlayer();
        return m_player;
    }
    PlayerBar *playerBar() const { return m_playerBar; }
    StudyController *study() const { return m_study; }
    ProgressStore *store() const { return m_store.get(); }
    PodcastRefresher *refresher() const { return m_refresher; }
    AddPodcastDialog *addPodcastDialog() const { return m_addDialog; }
    LibrarySources *sources() const { return m_sources.get(); }
    NotesController *notes() const { return m_notes; }
    TextSearch *textSearch() const { return m_textSearch; }
    DownloadQueue *downloads() const { return m_downloads.get(); }
    DownloadCoordinator *downloadCoordinator() const { return m_downloadUi; }
    // The folder watcher of a remembered folder (by its key); null when not watched.
    FolderWatcher *folderWatcher(const QString &key) const;

    // File > Add folder…: remembers the folder, scans it off the UI thread (with the scan cache
    // in the data directory) and shows it under Folders; watched while Earmark runs.
    void addFolder(const QString &path);
    // File > Add catalog…: validates the file; one with usable episodes is remembered and
    // loaded like a --catalog file (its problems shown), one without is not added.
    void addCatalog(const QString &path);
    // Preferences > Library: forgets a folder or catalog file (progress stays); for a podcast,
    // asks and unsubscribes.
    void removeSource(const QString &key, QWidget *parent = nullptr);

    // Refreshes every podcast that refreshes automatically and whose last refresh is older than
    // the interval (Preferences; 6 hours by default); `all` refreshes every podcast now.
    void refreshPodcasts(bool all);
    // Reads the podcasts from the database again and shows them (after a refresh, a
    // subscription, or a command-line change behind the window).
    void reloadLibrary();
    void showAddPodcast();

    // Plays an episode from where the learner left it (from the start when finished).
    void play(const QString &episodeId);
    // Plays an episode from `positionMs` (a chapter, a transcript cue): seeks when it is loaded.
    void playFrom(const QString &episodeId, qint64 positionMs);
    // The chapter playing and the steps between chapters (created with the player).
    ChapterFollower *chapters() const { return m_chapters; }
    // Reads the player settings (skip amounts, finish threshold, autoplay) again.
    void applyPlayerSettings();
    // Saves what quitting saves (the open listening session, the position, the settings) and
    // closes the database, for an exit that never returns to the event loop: Qt's xcb platform
    // calls exit(1) when the X connection is lost. Nothing is written after it.
    void shutDown();

    // Takes today's backup of the progress database in the background unless there is one, and
    // rotates the old ones (DatabaseBackups); runs once a day while the app runs.
    void backUpIfDue();
    // File → Restore from backup…: lists the backups (read in the background), then restores
    // the chosen one.
    void showRestoreBackup();
    // Saves and stops playback, puts the backup in place (the current data is backed up
    // first), reopens the store and shows the result. False when it was not restored.
    bool restoreBackup(const QString &path);
    // Edit > Preferences (modal); the dialog while it is open, else null.
    void showPreferences();
    PreferencesDialog *preferencesDialog() const;

signals:
    // The extra catalogs and the podcasts are loaded and shown (also emitted when there were
    // none); again after each reloadLibrary().
    void catalogsLoaded();
    // A background backUpIfDue() is over: the new copy, or empty when none was due or it failed.
    void backupFinished(const QString &path);
    // A remembered folder was scanned and what it holds applied (the library reloads when
    // something changed: catalogsLoaded follows).
    void folderScanned(const QString &key);

private:
    struct WatchedFolder;

    void loadLibrary(bool first);
    // Starts watching and scanning the remembered folders not watched yet; forgets the others.
    void syncFolders(const QList<LibrarySource> &sources);
    void scanFolder(const QString &key);
    void onFolderScanned(const QString &key);
    void onSubscribed(const RefreshOutcome &outcome);
    // The episode was opened or played: it is no longer New.
    void clearNew(const QString &episodeId);
    void unsubscribe(const QString &podcastId, QWidget *parent = nullptr);
    void showPodcastProperties(const QString &podcastId);
    void markAllFinished(const QString &topicId);
    void importSubscriptions(const QString &file);
    void showImportReport();
    void exportSubscriptions(const QString &file);
    void showProblems(const QList<InputProblem> &problems);
    // Creates the player, its store wiring, MPRIS and the keys (once; after the first paint).
    void ensurePlayer();
    void createShortcuts();
    void probeDurations();
    // Where the search index takes transcripts and show notes from (read on its thread).
    SearchSources searchSources() const;
    void raiseWindow();
    void quit();
    // SIGTERM, SIGINT, SIGHUP: close as Ctrl+Q does.
    void closeForSignal(int signalNumber);
    // One message while saving fails for lack of space or a read-only disk, closed when saving
    // works again.
    void showStorageProblem();

    const QStringList m_extraCatalogs;
    const QString m_dataDir;
    const QString m_engineOverride; // --engine
    QElapsedTimer m_sinceStart;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<EpisodeListModel> m_episodes;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSettings> m_settings;
    Appearance *m_appearance = nullptr;
    PlaybackController *m_player = nullptr;
    PlayerBar *m_playerBar = nullptr;
    NotesController *m_notes = nullptr;
    StudyController *m_study = nullptr;
    ProgressRecorder *m_recorder = nullptr;
    DurationProbe *m_probe = nullptr;
    Mpris *m_mpris = nullptr;
    ChapterFollower *m_chapters = nullptr;
    UnixSignalWatcher *m_signals = nullptr;
    QTimer m_queueUpdate; // the play queue follows the cards shown, a moment after they change
    std::unique_ptr<PodcastStore> m_podcasts;
    TextSearch *m_textSearch = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ReadAlongCache *m_readAlong = nullptr; // transcripts and chapter files, fetched once
    PodcastRefresher *m_refresher = nullptr;
    QTimer m_autoRefresh;
    Catalog m_baseCatalog; // the bundled catalog and the extra ones, read once
    std::unique_ptr<LibrarySources> m_sources;
    QHash<QString, Catalog> m_sourceCatalogs; // remembered catalog files by path, read once
    std::map<QString, std::unique_ptr<WatchedFolder>> m_folders; // by key
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_libraryChanged = false; // a refresh brought something: reload when it ends
    AddPodcastDialog *m_addDialog = nullptr;
    PreferencesDialog *m_preferences = nullptr; // while open
    QUrl m_dialogLocation;                      // what the add dialog asked for
    QString m_dialogPodcastId;                  // and what it got
    QSet<QUrl> m_importPending;                 // feeds of an OPML import not answered yet
    QStringList m_importReport;                 // its problems and failures
    int m_importAdded = 0;
    int m_importPresent = 0;
    int m_importFailed = 0;
    QTimer m_backupTimer;
    bool m_backupRunning = false;
    QPointer<QMessageBox> m_storageMessage;
    bool m_storageProblemShown = false;
    std::unique_ptr<DownloadQueue> m_downloads;
    DownloadCoordinator *m_downloadUi = nullptr;
};
