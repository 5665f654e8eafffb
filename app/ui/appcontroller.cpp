#include "appcontroller.h"

#include "addpodcastdialog.h"
#include "appearance.h"
#include "chapterfollower.h"
#include "chaptersources.h"
#include "commandlineoptions.h"
#include "downloadcoordinator.h"
#include "downloadqueue.h"
#include "downloadspreferences.h"
#include "durationprobe.h"
#include "episodedetailsloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "episodepage.h"
#include "folderscancache.h"
#include "folderwatcher.h"
#include "librarysources.h"
#include "logging.h"
#include "mainwindow.h"
#include "mpris.h"
#include "notescontroller.h"
#include "notesstore.h"
#include "opmlreader.h"
#include "opmlwriter.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "playerbinding.h"
#include "podcastpropertiesdialog.h"
#include "podcastrefresher.h"
#include "podcaststore.h"
#include "preferencesdialog.h"
#include "progressrecorder.h"
#include "progressstore.h"
#include "readalongcache.h"
#include "restorebackupdialog.h"
#include "searchbinding.h"
#include "searchindex.h"
#include "searchsources.h"
#include "singleinstance.h"
#include "sourceloader.h"
#include "studycontroller.h"
#include "textsearch.h"
#include "transcriptparser.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// What the loading thread hands over: the merged catalog, its problems and the search keys.
struct LoadedCatalogs
{
    CatalogLoadResult result; // the bundled and extra catalogs, read on the first load only
    QHash<QString, Catalog> readCatalogs; // remembered catalog files read this time, by path
    QList<InputProblem> sourceProblems;   // their problems
    Catalog library;                      // the base catalog, sources and podcasts, merged
    Catalog podcasts;                     // the podcasts alone (sharing strings with `library`)
    QSet<QString> newEpisodes;            // podcast episodes marked New
    EpisodeSearchTexts searchTexts;
};

// A remembered catalog file to read (`readPath`), or a catalog read before or a folder's scan.
struct RememberedSource
{
    QString readPath;
    Catalog catalog;
};

constexpr int kDefaultRefreshHours = 6;

// How many episodes without a known length are probed for it in the background at start.
constexpr int kProbeAtStart = 200;
// The daily backup: first looked at a little after start, then every hour.
constexpr int kFirstBackupDelayMs = 10'000;
constexpr int kBackupCheckIntervalMs = 60 * 60 * 1000;
} // namespace

// A remembered folder while Earmark runs: what its last scan found, its watcher, its scan.
struct AppController::WatchedFolder
{
    LibrarySource source;
    Catalog catalog; // the last complete scan's
    QByteArray stateHash;
    QStringList directories;
    QSet<QString> errorIds; // episodes whose card shows the file's problem
    FolderWatcher *watcher = nullptr;
    QFutureWatcher<FolderScanResult> *scan = nullptr;
    bool scanAgain = false; // a change came while scanning
    bool announce = false;  // added just now: say what the scan found
    ~WatchedFolder()
    {
        if (scan) {
            scan->cancel();
            scan->waitForFinished();
            delete scan;
        }
        delete watcher;
    }
};

AppController::AppController(const CommandLineOptions &options, const QElapsedTimer &sinceStart,
                             QObject *parent)
    : QObject(parent)
    , m_extraCatalogs(options.catalogs())
    , m_dataDir(options.dataDir())
    , m_engineOverride(options.engine())
    , m_sinceStart(sinceStart)
    , m_episodes(std::make_unique<EpisodeListModel>())
{
#ifdef __GLIBC__
    // Blocks of 1 MiB and more (a catalog file's bytes, the search texts, episode lists and
    // their indexes) get pages of their own, given back when freed. glibc raises this threshold
    // each time such a block is freed, after which they come from the heap, where a smaller
    // block left after them keeps the pages resident once the library is loaded.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    m_queueUpdate.setSingleShot(true);
    m_queueUpdate.setInterval(150);
    m_backupTimer.setInterval(kBackupCheckIntervalMs);
    connect(&m_backupTimer, &QTimer::timeout, this, &AppController::backUpIfDue);
}

AppController::~AppController()
{
    if (m_store)
        m_store->disconnect(this); // closing it below must not call back into a half-gone this
    if (m_player)
        m_player->disconnect(this);
    // The recorder writes into the store: it goes before the store (children go after members).
    delete m_recorder;
    m_recorder = nullptr;
    m_folders.clear();   // their scans finish first
    delete m_downloadUi; // unfinished downloads stop; they resume on the next start
    m_downloadUi = nullptr;
    m_downloads.reset();
    m_window.reset(); // before the models it shows
}

AppController::StartResult AppController::start()
{
    if (!QDir().mkpath(m_dataDir)) {
        QMessageBox::critical(nullptr, tr("Earmark cannot start"),
                              tr("The data folder %1 cannot be created. Choose another one with "
                                 "--data-dir.")
                                  .arg(QDir::toNativeSeparators(m_dataDir)));
        return Failed;
    }

    // One window per data directory: a second launch brings the first to the front.
    m_instance = std::make_unique<SingleInstance>(m_dataDir);
    switch (m_instance->tryBecomePrimary()) {
    case SingleInstance::LockResult::Acquired:
        break;
    case SingleInstance::LockResult::Busy:
        if (m_instance->activatePrimary())
            return HandedOver;
        [[fallthrough]];
    case SingleInstance::LockResult::Failed:
        qCWarning(lcStartup).noquote() << m_instance->errorString();
        QMessageBox::critical(nullptr, tr("Earmark cannot start"), m_instance->errorString());
        return Failed;
    }
    connect(m_instance.get(), &SingleInstance::activateRequested, this,
            &AppController::raiseWindow);

    m_store = std::make_unique<ProgressStore>();
    if (!m_store->open(m_dataDir)) {
        qCWarning(lcStartup).noquote() << m_store->errorString();
        QMessageBox::critical(nullptr, tr("Cannot open the progress database"),
                              m_store->errorString());
        return Failed;
    }

    // Subscriptions live in the same database; without them the app still works.
    m_podcasts = std::make_unique<PodcastStore>();
    if (!m_podcasts->open(m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_podcasts->errorString();
    m_network = new QNetworkAccessManager(this);
    m_refresher = new PodcastRefresher(m_network, m_store->databasePath(),
                                       QDir(m_dataDir).filePath(u"artwork"_qs), this);
    connect(m_instance.get(), &SingleInstance::messageReceived, this,
            [this](const QByteArray &message) {
                if (message == SingleInstance::libraryChangedMessage())
                    reloadLibrary();
            });

    m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"settings.ini"_qs),
                                             QSettings::IniFormat);
    m_sources = std::make_unique<LibrarySources>(LibrarySources::settingsFileIn(m_dataDir));
    m_appearance = new Appearance(this);
    m_appearance->setMode(
        Appearance::modeFromKey(m_settings->value(u"appearance/mode"_qs).toString()));
    connect(m_appearance, &Appearance::modeChanged, this, [this](Appearance::Mode mode) {
        m_settings->setValue(u"appearance/mode"_qs, Appearance::modeKey(mode));
    });

    // The bundled catalog is compiled in and small: the first paint already has its cards.
    const CatalogLoadResult bundled = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    m_episodes->setAllProgress(m_store->allProgress());
    m_episodes->setCatalog(bundled.catalog);
    connect(m_store.get(), &ProgressStore::progressChanged, this,
            [this](const QString &id) { m_episodes->setProgress(m_store->progress(id)); });
    connect(m_store.get(), &ProgressStore::storageProblemChanged, this,
            &AppController::showStorageProblem);

    m_window = std::make_unique<MainWindow>(m_episodes.get());
    m_window->attachAppearance(m_appearance);
    connect(m_window.get(), &MainWindow::firstPainted, this, [this] {
        qCInfo(lcStartup).nospace()
            << "first window painted " << m_sinceStart.elapsed() << " ms after main(), "
            << m_episodes->rowCount() << " episodes";
    });
    connect(m_window.get(), &MainWindow::closing, this, &AppController::quit);
    // Downloads go on while the learner browses and plays; they resume where they stopped.
    m_downloads = std::make_unique<DownloadQueue>();
    if (!m_downloads->open(m_dataDir, m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_downloads->errorString();
    m_downloadUi = new DownloadCoordinator(m_downloads.get(), m_episodes.get(), m_store.get(),
                                           m_window.get(), m_settings.get(), this);
    connect(m_downloadUi, &DownloadCoordinator::message, m_window.get(),
            &MainWindow::showStatusMessage);
    connect(this, &AppController::catalogsLoaded, m_downloadUi,
            &DownloadCoordinator::libraryLoaded);
    connect(m_window.get(), &MainWindow::playRequested, this, &AppController::play);
    connect(m_window.get(), &MainWindow::finishedChangeRequested, m_store.get(),
            &ProgressStore::setFinished);
    connect(m_window.get(), &MainWindow::resetProgressRequested, m_store.get(),
            &ProgressStore::resetProgress);
    connect(m_window.get(), &MainWindow::preferencesRequested, this,
            &AppController::showPreferences);
    connect(m_window.get(), &MainWindow::addPodcastRequested, this, &AppController::showAddPodcast);
    connect(m_window.get(), &MainWindow::refreshPodcastsRequested, this,
            [this] { refreshPodcasts(true); });
    connect(m_window.get(), &MainWindow::podcastRefreshRequested, this,
            [this](const QString &id) { m_refresher->refresh({id}); });
    connect(m_window.get(), &MainWindow::cancelRefreshRequested, m_refresher,
            &PodcastRefresher::cancel);
    connect(m_window.get(), &MainWindow::unsubscribeRequested, this,
            [this](const QString &id) { unsubscribe(id); });
    connect(m_window.get(), &MainWindow::podcastPropertiesRequested, this,
            &AppController::showPodcastProperties);
    connect(m_window.get(), &MainWindow::markAllFinishedRequested, this,
            &AppController::markAllFinished);
    connect(m_window.get(), &MainWindow::copyFeedUrlRequested, this, [this](const QString &id) {
        if (const auto p = m_podcasts->podcast(id))
            QGuiApplication::clipboard()->setText(p->feedUrl);
    });
    connect(m_window.get(), &MainWindow::importSubscriptionsRequested, this,
            &AppController::importSubscriptions);
    connect(m_window.get(), &MainWindow::exportSubscriptionsRequested, this,
            &AppController::exportSubscriptions);
    connect(m_window.get(), &MainWindow::episodeOpened, this, &AppController::clearNew);
    // The episode page: its details read on a worker (podcast episodes from the store), its
    // Play, chapters and transcript cues drive the player.
    EpisodePage *page = m_window->episodePage();
    page->setDetailsSource([database = m_store->databasePath()](const Episode &e) {
        return EpisodeDetailsLoader::load(e, database);
    });
    m_readAlong =
        new ReadAlongCache(m_network, QDir(m_dataDir).filePath(u"cache/transcripts"_qs), this);
    page->setReadAlongCache(m_readAlong);
    connect(page, &EpisodePage::playRequested, this, [this](const QString &id) {
        if (m_player && m_player->currentEpisodeId() == id)
            m_player->play();
        else
            play(id);
    });
    connect(page, &EpisodePage::pauseRequested, this, [this] {
        if (m_player)
            m_player->pause();
    });
    connect(page, &EpisodePage::seekRequested, this, &AppController::playFrom);
    connect(m_window.get(), &MainWindow::addFolderRequested, this, &AppController::addFolder);
    connect(m_window.get(), &MainWindow::addCatalogRequested, this, &AppController::addCatalog);
    connect(m_window.get(), &MainWindow::removeFolderRequested, this, [this](const QString &topic) {
        QString found;
        for (const auto &[key, folder] : m_folders) {
            if (FolderScanner::topicIdFor(key) == topic)
                found = key;
        }
        if (!found.isEmpty())
            removeSource(found);
    });

    // Refreshing: progress in the status bar; what it brought is shown when it ends.
    connect(m_refresher, &PodcastRefresher::progressChanged, m_window.get(),
            [this](int done, int total) {
                m_window->setRefreshProgress(done, m_refresher->isBusy() ? total : 0);
            });
    connect(m_refresher, &PodcastRefresher::refreshed, this, [this](const RefreshOutcome &o) {
        // A changed podcast, or a warning that came or went, shows after the refresh.
        const Topic *topic = m_episodes->catalog().topic(o.podcastId);
        if (o.added > 0 || o.updated > 0 || (topic && topic->warning != o.error))
            m_libraryChanged = true;
        m_downloadUi->noteRefreshed(o.podcastId, o.added);
    });
    connect(m_refresher, &PodcastRefresher::artworkChanged, this, [this](const QString &id) {
        m_libraryChanged = true;
        if (m_addDialog && m_dialogPodcastId == id)
            m_addDialog->showArtwork(QDir(m_dataDir).filePath(u"artwork/"_qs + id));
        if (!m_refresher->isBusy())
            reloadLibrary();
    });
    connect(m_refresher, &PodcastRefresher::subscribed, this, &AppController::onSubscribed);
    connect(m_refresher, &PodcastRefresher::finished, this, [this](bool cancelled) {
        m_window->setRefreshProgress(0, 0);
        if (cancelled)
            m_window->showStatusMessage(tr("Refresh cancelled."));
        if (m_libraryChanged)
            reloadLibrary();
    });
    // How long a server may stay silent before a fetch fails (settings.ini,
    // podcasts/timeoutSeconds).
    m_refresher->setTimeoutMs(
        qBound(1, m_settings->value(u"podcasts/timeoutSeconds"_qs, 30).toInt(), 600) * 1000);
    m_autoRefresh.setSingleShot(false);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] { refreshPodcasts(false); });
    connect(m_window.get(), &MainWindow::restoreBackupRequested, this,
            &AppController::showRestoreBackup);
    m_playerBar = new PlayerBar;
    m_playerBar->setObjectName(u"playerBar"_qs);
    m_window->setBottomWidget(m_playerBar);
    // Study notes: B, Shift+B, the Notes node and panel, File > Export notes….
    m_notes = new NotesController(this);
    if (!m_notes->open(m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_notes->store()->errorString();
    m_notes->bookmarkMaker().setLookbackMs(
        m_settings->value(u"notes/bookmarkSeconds"_qs, 30).toLongLong() * 1000);
    m_notes->setCatalog(m_episodes->catalog());
    m_notes->attach(m_window.get(), m_playerBar, [this] { return player(); });
    connect(this, &AppController::catalogsLoaded, m_notes,
            [this] { m_notes->setCatalog(m_episodes->catalog()); });
    // Study: Up Next, statistics, the daily goal and spaced review.
    m_study = new StudyController(m_window.get(), m_episodes.get(), m_store.get(), m_settings.get(),
                                  this);
    m_study->start();
    connect(m_study, &StudyController::playRequested, this, &AppController::play);
    connect(this, &AppController::catalogsLoaded, m_study, &StudyController::libraryLoaded);
    // The player (GStreamer, D-Bus) starts after the first paint: the cards come first.
    connect(m_window.get(), &MainWindow::firstPainted, this, &AppController::ensurePlayer);
    m_window->restoreSettings(*m_settings);
    m_window->show();

    // A logout, `kill` or Ctrl+C in the terminal closes the window the way Ctrl+Q does.
    m_signals = new UnixSignalWatcher(this);
    for (const int signalNumber : UnixSignalWatcher::terminationSignals())
        m_signals->watch(signalNumber);
    connect(m_signals, &UnixSignalWatcher::signalReceived, this, &AppController::closeForSignal);

    // Full-text search of transcripts and show notes: the index (a cache beside the database)
    // follows each library load on a thread of its own; a search asks it on another.
    m_textSearch = new TextSearch(SearchIndex::fileIn(m_dataDir), this);
    bindTextSearch(m_window->filterModel(), m_textSearch);
    connect(this, &AppController::catalogsLoaded, m_textSearch,
            [this] { m_textSearch->update(m_episodes->catalog(), searchSources()); });
    // A transcript fetched for the first time becomes searchable at once (the update re-reads
    // only what changed).
    connect(m_readAlong, &ReadAlongCache::transcriptLoaded, m_textSearch,
            [this](const TranscriptLoad &load) {
                if (!load.fromCache && load.error.isEmpty())
                    m_textSearch->update(m_episodes->catalog(), searchSources());
            });

    m_backupTimer.start();
    QTimer::singleShot(kFirstBackupDelayMs, this, &AppController::backUpIfDue);

    if (!bundled.problems.isEmpty())
        showProblems(bundled.problems);
    if (!m_store->movedAsidePath().isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Progress database damaged"),
            tr("The progress database was damaged and could not be used. It was moved aside, "
               "untouched, to\n%1\nand a new, empty one was started.")
                .arg(QDir::toNativeSeparators(m_store->movedAsidePath())),
            QMessageBox::Ok, m_window.get());
        box->setObjectName(u"storeMovedAsideDialog"_qs);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    loadLibrary(true);
    return Started;
}

void AppController::ensurePlayer()
{
    if (m_player)
        return;
    // The engine: --engine, else the one chosen in the preferences, else the default.
    m_player = new PlaybackController(m_engineOverride.isEmpty()
                                          ? m_settings->value(u"player/engine"_qs).toString()
                                          : m_engineOverride,
                                      this);
    bindPlayerBar(m_playerBar, m_player);
    m_playerBar->setKeepsPitch(m_player->keepsPitch());
    connect(m_player, &PlaybackController::engineChanged, this,
            [this] { m_playerBar->setKeepsPitch(m_player->keepsPitch()); });
    applyPlayerSettings();
    m_player->setRate(m_settings->value(u"player/rate"_qs, 1.0).toDouble());
    m_player->setVolume(m_settings->value(u"player/volume"_qs, 1.0).toDouble());

    // The queue is the cards in the order shown; each item knows where to resume.
    m_player->setQueueProvider(
        [this](const QString &id) -> std::optional<PlaybackController::QueueItem> {
            const Episode *e = m_episodes->catalog().episode(id);
            if (!e)
                return std::nullopt;
            const EpisodeProgress p = m_store->progress(id);
            return PlaybackController::QueueItem{m_downloadUi->playable(*e),
                                                 p.finished ? 0 : p.positionMs, p.finished};
        });
    connect(&m_queueUpdate, &QTimer::timeout, this,
            [this] { m_player->setQueue(m_window->filterModel()->episodeIds()); });
    EpisodeFilterModel *cards = m_window->filterModel();
    connect(cards, &QAbstractItemModel::layoutChanged, &m_queueUpdate, qOverload<>(&QTimer::start));
    connect(cards, &QAbstractItemModel::modelReset, &m_queueUpdate, qOverload<>(&QTimer::start));
    connect(cards, &QAbstractItemModel::rowsInserted, &m_queueUpdate, qOverload<>(&QTimer::start));
    connect(cards, &QAbstractItemModel::rowsRemoved, &m_queueUpdate, qOverload<>(&QTimer::start));
    // The cards already shown are the queue from the start: a media key's Play works at once.
    m_player->setQueue(cards->episodeIds());

    // What the player reports goes to the store: positions (at least every 2 s while playing,
    // at once on pause, seek, stop, change and finish), lengths, finished episodes, sessions.
    m_recorder = new ProgressRecorder(m_store.get(), this);
    connect(m_player, &PlaybackController::positionChanged, this, [this](qint64 ms) {
        if (m_player->isPlaying())
            m_recorder->tick(m_player->currentEpisodeId(), ms);
    });
    connect(m_player, &PlaybackController::flushRequested, this,
            [this](const QString &id, qint64 ms) {
                m_recorder->tick(id, ms);
                m_recorder->flush();
            });
    connect(m_player, &PlaybackController::durationChanged, this, [this](qint64 ms) {
        if (ms > 0 && m_player->hasEpisode())
            m_store->setDuration(m_player->currentEpisodeId(), ms);
    });
    connect(m_player, &PlaybackController::episodeFinished, this, [this](const QString &id) {
        m_recorder->flush();
        m_store->setFinished(id, true);
    });
    connect(m_player, &PlaybackController::sessionEnded, this,
            [this](const QString &id, const QDateTime &start, const QDateTime &end, qint64 startPos,
                   qint64 endPos, qint64 listened, double rate) {
                ListeningSession s;
                s.episodeId = id;
                s.startedAt = start;
                s.endedAt = end;
                s.startPositionMs = startPos;
                s.endPositionMs = endPos;
                s.listenedMs = listened;
                s.rate = rate;
                m_store->addSession(s);
            });
    connect(m_player, &PlaybackController::episodeChanged, this, [this](const QString &id) {
        m_episodes->setNowPlaying(id);
        if (!id.isEmpty())
            m_store->markStarted(id);
        clearNew(id);
    });
    connect(
        m_player, &PlaybackController::errorOccurred, this,
        [this](const QString &id, const QString &message) { m_episodes->setError(id, message); });
    connect(m_player, &PlaybackController::playingChanged, this, [this](bool playing) {
        if (playing) // it plays: whatever failed before is gone
            m_episodes->setError(m_player->currentEpisodeId(), QString());
    });
    connect(m_player, &PlaybackController::rateChanged, this,
            [this](double rate) { m_settings->setValue(u"player/rate"_qs, rate); });
    connect(m_player, &PlaybackController::volumeChanged, this,
            [this](double volume) { m_settings->setValue(u"player/volume"_qs, volume); });

    m_probe = new DurationProbe(this);
    connect(m_probe, &DurationProbe::durationFound, m_store.get(), &ProgressStore::setDuration);

    if (m_study)
        m_study->attachPlayer(m_player);
    // Chapters: the player bar's chapter title, the chapter keys, MPRIS. A podcast episode's
    // chapters are in its stored feed item, a local file's inside the file: read on a worker
    // once it is loaded.
    m_chapters = new ChapterFollower(m_player, this);
    connect(m_chapters, &ChapterFollower::chapterChanged, m_playerBar,
            [this](int, const QString &title) { m_playerBar->setChapterTitle(title); });
    connect(m_player, &PlaybackController::episodeChanged, this, [this](const QString &id) {
        const Episode &e = m_player->currentEpisode();
        const Topic *topic = m_episodes->catalog().topic(e.topicId);
        if (id.isEmpty() || !e.chapters.isEmpty() ||
            !(e.audio().isLocalFile() || (topic && topic->kind == Topic::Kind::Podcast)))
            return;
        auto *watcher = new QFutureWatcher<EpisodeDetails>(this);
        connect(watcher, &QFutureWatcher<EpisodeDetails>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const EpisodeDetails details = watcher->result();
            m_chapters->setChapters(details.episodeId, details.chapters);
            if (!details.chaptersUrl.isValid())
                return;
            // A Podcasting 2.0 chapters file wins once fetched (kept on disk after that).
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(m_readAlong, &ReadAlongCache::chaptersLoaded, this,
                            [this, details, once](const ChapterListLoad &load) {
                                if (load.url != details.chaptersUrl)
                                    return;
                                disconnect(*once);
                                m_chapters->setChapters(
                                    details.episodeId,
                                    ChapterSources::choose(load.chapters, details.catalogChapters,
                                                           details.podloveChapters, {})
                                        .chapters);
                            });
            m_readAlong->loadChapters(details.chaptersUrl);
        });
        watcher->setFuture(QtConcurrent::run([e, database = m_store->databasePath()] {
            return EpisodeDetailsLoader::load(e, database,
                                              EpisodeDetailsLoader::Parts::ChaptersOnly);
        }));
    });
    // The episode page follows the player.
    EpisodePage *page = m_window->episodePage();
    const auto showNowPlaying = [this, page] {
        page->setNowPlaying(m_player->currentEpisodeId(), m_player->isPlaying());
    };
    connect(m_player, &PlaybackController::episodeChanged, page, showNowPlaying);
    connect(m_player, &PlaybackController::playingChanged, page, showNowPlaying);
    connect(m_player, &PlaybackController::positionChanged, page, &EpisodePage::setPosition);
    showNowPlaying();

    m_mpris = new Mpris(m_player, this);
    m_mpris->setChapterFollower(m_chapters);
    if (!m_mpris->registerOn())
        qCInfo(lcPlayback) << "media keys and desktop player widgets are not available (no D-Bus "
                              "session bus)";
    connect(m_mpris, &Mpris::raiseRequested, this, &AppController::raiseWindow);
    connect(m_mpris, &Mpris::quitRequested, m_window.get(), &QWidget::close);
    createShortcuts();
    probeDurations();
}

void AppController::applyPlayerSettings()
{
    const qint64 back = m_settings->value(u"player/skipBackSeconds"_qs, 10).toLongLong() * 1000;
    const qint64 forward =
        m_settings->value(u"player/skipForwardSeconds"_qs, 30).toLongLong() * 1000;
    m_player->setSkipBackMs(back);
    m_player->setSkipForwardMs(forward);
    m_playerBar->setSkipAmounts(back, forward);
    m_player->setFinishThresholdMs(
        m_settings->value(u"player/finishThresholdSeconds"_qs, 5).toLongLong() * 1000);
    m_player->setAutoplay(m_settings->value(u"player/autoplay"_qs, true).toBool());
    m_player->setOutputDevice(m_settings->value(u"player/outputDevice"_qs).toByteArray());
}

void AppController::createShortcuts()
{
    // Window-wide keys. A text field keeps its own keys (Space, arrows): it overrides shortcuts.
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_window.get());
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(Qt::Key_Space, [this] {
        if (m_player->hasEpisode())
            m_player->togglePlayPause();
        else if (const QString id = m_window->currentEpisodeId(); !id.isEmpty())
            play(id);
    });
    add(Qt::Key_Left, [this] { m_player->skipBack(); });
    add(Qt::Key_Right, [this] { m_player->skipForward(); });
    add(Qt::Key_BracketLeft, [this] { m_player->setRate(m_player->rate() - 0.25); });
    add(Qt::Key_BracketRight, [this] { m_player->setRate(m_player->rate() + 0.25); });
    add(Qt::Key_M, [this] { m_player->setMuted(!m_player->isMuted()); });
    add(Qt::Key_N, [this] { m_player->next(); });
    add(Qt::Key_P, [this] { m_player->previous(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { m_chapters->next(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { m_chapters->previous(); });
}

void AppController::play(const QString &episodeId)
{
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (!e)
        return;
    ensurePlayer();
    m_queueUpdate.stop();
    m_player->setQueue(m_window->filterModel()->episodeIds());
    const EpisodeProgress p = m_store->progress(episodeId);
    m_player->playEpisode(m_downloadUi->playable(*e), p.finished ? 0 : p.positionMs);
}

void AppController::playFrom(const QString &episodeId, qint64 positionMs)
{
    ensurePlayer();
    if (m_player->currentEpisodeId() != episodeId)
        play(episodeId);
    if (m_player->currentEpisodeId() != episodeId)
        return; // not in the library
    m_player->seek(positionMs);
    m_player->play();
}

void AppController::probeDurations()
{
    // The card shows the real length once known: find it for the first episodes shown.
    int queued = 0;
    for (int row = 0; row < m_episodes->rowCount() && queued < kProbeAtStart; ++row) {
        const Episode &e = m_episodes->episodeAt(row);
        if (m_episodes->progress(e.id).durationMs > 0 || e.audio().isEmpty())
            continue;
        if (e.audio().scheme() != u"http" && e.audio().scheme() != u"https") {
            m_probe->enqueue(e.id, e.audio());
            ++queued;
        }
    }
}

void AppController::raiseWindow()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::quit()
{
    if (m_player) {
        m_player->flush();
        m_recorder->flush();
    }
    m_window->saveSettings(*m_settings);
    m_settings->sync();
}

void AppController::closeForSignal(int signalNumber)
{
    qCInfo(lcStartup) << "closing on signal" << signalNumber;
    m_window->close(); // saves, as Ctrl+Q does
    // Also leaves a modal dialog's event loop, which would keep the app running.
    QCoreApplication::quit();
}

void AppController::shutDown()
{
    if (!m_store || !m_store->isOpen())
        return;
    quit();
    if (m_downloads)
        m_downloads->close();
    m_store->close();
}

void AppController::showStorageProblem()
{
    const QString text = m_store->storageProblemText();
    if (text.isEmpty()) { // saving works again
        m_storageProblemShown = false;
        if (m_storageMessage)
            m_storageMessage->close();
        return;
    }
    if (m_storageMessage) {
        m_storageMessage->setText(text);
        return;
    }
    if (m_storageProblemShown)
        return; // told once; dismissed, it stays away until saving has worked again
    m_storageProblemShown = true;
    m_storageMessage = new QMessageBox(QMessageBox::Warning, tr("Progress is not being saved"),
                                       text, QMessageBox::Ok, m_window.get());
    m_storageMessage->setObjectName(u"storageProblemDialog"_qs);
    m_storageMessage->setAttribute(Qt::WA_DeleteOnClose);
    m_storageMessage->open(); // not modal to the player: playing goes on
}

void AppController::backUpIfDue()
{
    if (m_backupRunning || !m_store || !m_store->isOpen())
        return;
    m_backupRunning = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_backupRunning = false;
        emit backupFinished(watcher->result());
    });
    // A copy of a large database takes a moment: on a worker, with a connection of its own.
    watcher->setFuture(QtConcurrent::run([dataDir = m_dataDir, now = QDateTime::currentDateTime()] {
        DatabaseBackups backups = ProgressStore::backups(dataDir);
        if (backups.hasDailyBackupOn(now.date()))
            return QString();
        const QString path = backups.backUp(now);
        if (!path.isEmpty())
            backups.rotate();
        return path;
    }));
}

void AppController::showRestoreBackup()
{
    using Entries = QList<RestoreBackupDialog::Entry>;
    auto *watcher = new QFutureWatcher<Entries>(this);
    connect(watcher, &QFutureWatcher<Entries>::finished, this, [this, watcher] {
        watcher->deleteLater();
        auto *dialog = new RestoreBackupDialog(watcher->result(), m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { restoreBackup(dialog->selectedPath()); });
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run([dataDir = m_dataDir] {
        Entries entries;
        for (const DatabaseBackups::Backup &b : ProgressStore::backups(dataDir).list())
            entries.append({b, DatabaseBackups::countRows(b.path, u"progress"_qs),
                            DatabaseBackups::countRows(b.path, u"sessions"_qs)});
        return entries;
    }));
}

bool AppController::restoreBackup(const QString &path)
{
    if (path.isEmpty())
        return false;
    // What is playing is saved (and so part of the copy made first), then stops: a position
    // saved after the restore would overwrite the restored one.
    if (m_player) {
        m_player->flush();
        m_recorder->flush();
        m_player->stop();
        m_recorder->flush();
    }
    if (m_study)
        m_study->closeStores(); // Up Next and review live in the same file
    m_downloads->close();       // so do the downloads
    m_store->close();
    m_podcasts->close(); // the subscriptions live in the same file
    m_notes->close();    // and the notes
    QString error;
    QString savedAs;
    const bool restored = ProgressStore::restoreBackup(m_dataDir, path, &error, &savedAs);
    if (!m_store->open(m_dataDir)) {
        QMessageBox::critical(m_window.get(), tr("Cannot open the progress database"),
                              m_store->errorString());
        return false;
    }
    if (!m_podcasts->open(m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_podcasts->errorString();
    if (!m_notes->open(m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_notes->store()->errorString();
    if (m_study)
        m_study->reopenStores();
    if (!m_downloads->open(m_dataDir, m_store->databasePath()))
        qCWarning(lcStartup).noquote() << m_downloads->errorString();
    m_episodes->setAllProgress(m_store->allProgress());
    reloadLibrary(); // the podcasts as they were in the backup
    auto *box = new QMessageBox(m_window.get());
    box->setObjectName(u"restoreResultDialog"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (restored) {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Backup restored"));
        box->setText(tr("Your progress is back as it was in %1.\nThe progress from before the "
                        "restore was backed up to\n%2")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(savedAs)));
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Backup not restored"));
        box->setText(error);
    }
    box->open();
    return restored;
}

PreferencesDialog *AppController::preferencesDialog() const
{
    return m_preferences;
}

void AppController::showPreferences()
{
    ensurePlayer();
    PreferencesDialog dialog(m_settings.get(), m_player->engineName(), m_window.get());
    // Library: the remembered catalog files and folders, then the podcasts by title.
    const auto sourceRows = [this] {
        QList<PreferencesDialog::Source> rows;
        for (const LibrarySource &s : m_sources->sources()) {
            const bool folder = s.kind == LibrarySource::Kind::Folder;
            rows.append({folder ? PreferencesDialog::Source::Kind::Folder
                                : PreferencesDialog::Source::Kind::Catalog,
                         s.key, QFileInfo(s.path).fileName(), QDir::toNativeSeparators(s.path)});
        }
        for (const Podcast &p : m_podcasts->podcasts())
            rows.append({PreferencesDialog::Source::Kind::Podcast, p.id, p.title, p.feedUrl});
        return rows;
    };
    dialog.setSources(sourceRows());
    connect(&dialog, &PreferencesDialog::removeSourceRequested, this,
            [this, &dialog, sourceRows](const QString &key) {
                removeSource(key, &dialog);
                dialog.setSources(sourceRows());
            });
    // Downloads: the space they take, and deleting those of finished episodes at once.
    dialog.downloads()->setTotalSize(m_downloads->totalBytes());
    connect(dialog.downloads(), &DownloadsPreferences::deleteFinishedRequested, this,
            [this, &dialog] {
                const int removed = m_downloadUi->deleteFinished(0);
                dialog.downloads()->setTotalSize(m_downloads->totalBytes());
                m_window->showStatusMessage(tr("%n download(s) deleted.", nullptr, removed));
            });
    m_preferences = &dialog;
    const int answer = dialog.exec();
    m_preferences = nullptr;
    if (answer != QDialog::Accepted)
        return;
    applyPlayerSettings();
    if (m_study)
        m_study->applySettings();
    m_downloadUi->applySettings();
    m_player->setEngine(dialog.engine());
    const int hours = m_settings->value(u"podcasts/refreshHours"_qs, kDefaultRefreshHours).toInt();
    if (hours > 0)
        m_autoRefresh.start(hours * 3600 * 1000);
    else
        m_autoRefresh.stop();
}

void AppController::loadLibrary(bool first)
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_libraryChanged = false;
    // The sources the user added, read again each time: a command beside the window may have
    // added or removed some. Folders are scanned apart (syncFolders); their last scans join in.
    const QList<LibrarySource> sources = m_sources->sources();
    syncFolders(sources);
    QStringList extra;
    for (const QString &file : m_extraCatalogs)
        extra.append(QFileInfo(file).canonicalFilePath());
    QList<RememberedSource> remembered; // in the order added
    QHash<QString, Catalog> kept;
    for (const LibrarySource &source : sources) {
        if (source.kind == LibrarySource::Kind::Folder) {
            if (const auto f = m_folders.find(source.key); f != m_folders.end())
                remembered.append({{}, f->second->catalog});
        } else if (!extra.contains(source.path)) { // given with --catalog too: read once
            if (const auto c = m_sourceCatalogs.constFind(source.path);
                c != m_sourceCatalogs.cend()) {
                remembered.append({{}, *c});
                kept.insert(source.path, *c);
            } else {
                remembered.append({source.path, {}}); // not read yet
            }
        }
    }
    m_sourceCatalogs = kept; // a catalog file no longer remembered is dropped

    // Catalog files can be large, and so can a library of podcasts: read them off the UI
    // thread. Catalog files are read once; the podcasts each time.
    auto *watcher = new QFutureWatcher<LoadedCatalogs>(this);
    connect(
        watcher, &QFutureWatcher<LoadedCatalogs>::finished, this,
        [this, watcher, first, remembered] {
            watcher->deleteLater();
            // Moved out, not copied: the task that made it may not be deleted yet, and a copy
            // left in its result store would keep the parsed catalogs alive past the trim below.
            LoadedCatalogs loaded = watcher->future().takeResult();
            watcher->setFuture({});
            // The catalogs given on the command line (and the bundled one) are kept as the loader
            // built them, one episode at a time with no JSON tree around them: a compacted copy
            // cost a second catalog at the peak (README, "Performance"). The base catalog is
            // shared with the library shown. Catalogs remembered in the library are copied here:
            // each is merged into a list of its own on the loading thread, and without the copy
            // that thread's heap stays resident (14 MB more once settled for a 50,000-episode
            // one). The library is put together in the same order as `loaded.library`, whose
            // search texts it takes.
            loaded.library = {}; // its own copy of the episode list, if merged: not needed
            if (first)
                m_baseCatalog = std::move(loaded.result.catalog);
            for (auto c = loaded.readCatalogs.cbegin(); c != loaded.readCatalogs.cend(); ++c)
                m_sourceCatalogs.insert(c.key(), c->compacted());
            loaded.result.catalog = {};
            loaded.readCatalogs.clear();
            Catalog library = m_baseCatalog;
            for (const RememberedSource &source : remembered) {
                if (source.readPath.isEmpty())
                    library.merge(source.catalog);
                else
                    SourceLoader::merge(library, m_sourceCatalogs.value(source.readPath), nullptr);
            }
            if (!loaded.podcasts.topics().isEmpty())
                library.merge(loaded.podcasts); // else the episode list stays shared, not copied
            loaded.podcasts = {};
            m_episodes->setNewEpisodes(loaded.newEpisodes);
            m_episodes->setCatalog(library, loaded.searchTexts);
            library = {};
            qCInfo(lcStartup).nospace()
                << "library loaded and shown " << m_sinceStart.elapsed() << " ms after main(), "
                << m_episodes->rowCount() << " episodes";
            const QList<InputProblem> problems = loaded.result.problems + loaded.sourceProblems;
            loaded = {};
            if (!problems.isEmpty())
                showProblems(problems);
#ifdef __GLIBC__
            malloc_trim(0); // hand the parser's memory back to the system
#endif
            if (m_player)
                probeDurations();
            m_loading = false;
            if (first) {
                // Podcasts whose last refresh is older than the interval refresh now, and again
                // every interval while Earmark runs.
                const int hours =
                    m_settings->value(u"podcasts/refreshHours"_qs, kDefaultRefreshHours).toInt();
                if (hours > 0) {
                    m_autoRefresh.start(hours * 3600 * 1000);
                    refreshPodcasts(false);
                }
            }
            emit catalogsLoaded();
            if (std::exchange(m_reloadAgain, false))
                loadLibrary(false);
        });
    const QStringList files = first ? m_extraCatalogs : QStringList();
    watcher->setFuture(QtConcurrent::run([files, first, remembered, base = m_baseCatalog,
                                          database = m_store->databasePath(),
                                          artwork = QDir(m_dataDir).filePath(u"artwork"_qs)] {
        LoadedCatalogs loaded;
        if (first) {
            loaded.result = CatalogLoader::loadAll(files);
#ifdef __GLIBC__
            malloc_trim(0); // the parser's garbage goes back before the copies are made
#endif
        }
        loaded.library = first ? loaded.result.catalog : base;
        for (const RememberedSource &source : remembered) {
            if (source.readPath.isEmpty()) {
                loaded.library.merge(source.catalog);
                continue;
            }
            const CatalogLoadResult read = CatalogLoader::loadFile(source.readPath);
            loaded.sourceProblems.append(read.problems);
            loaded.readCatalogs.insert(source.readPath, read.catalog);
            SourceLoader::merge(loaded.library, read.catalog, &loaded.sourceProblems);
        }
        PodcastStore podcasts;
        if (podcasts.open(database)) {
            loaded.podcasts = podcasts.catalog(artwork);
            loaded.library.merge(loaded.podcasts);
            loaded.newEpisodes = podcasts.newEpisodeIds();
        }
        loaded.searchTexts = EpisodeSearchTexts(loaded.library);
        return loaded;
    }));
}

SearchSources AppController::searchSources() const
{
    SearchSources sources;
    // A transcript as plain text: its cues' words (or an untimed one's text), from the file
    // itself or the copy the episode page fetched once.
    const auto textOf = [](const QString &file, TranscriptFormat format) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > TranscriptParser::kMaxBytes)
            return QString();
        const Transcript t = TranscriptParser::parse(in.readAll(), format, file).transcript;
        if (!t.timed)
            return t.plainText;
        QStringList lines;
        lines.reserve(t.cues.size());
        for (const TranscriptCue &cue : t.cues)
            lines.append(cue.text);
        return lines.join(u'\n');
    };
    const QString kept = QDir(m_dataDir).filePath(u"cache/transcripts"_qs);
    sources.transcriptText = [kept, textOf](const Episode &e) {
        const QString file = ReadAlongCache::offlineTranscriptFile(kept, e.transcript());
        return file.isEmpty() ? QString() : textOf(file, e.transcriptFormat);
    };
    sources.keptTranscripts = [kept, textOf, database = m_store->databasePath()](
                                  const SearchSources::TranscriptVisitor &visit) {
        PodcastStore podcasts; // a connection of the indexing thread's own
        if (!podcasts.open(database))
            return;
        podcasts.forEachTranscriptOffer(
            [&](const QString &episodeId, const QList<FeedTranscript> &offers) {
                // The one the episode page fetches: the most useful format offered.
                const FeedTranscript *best = nullptr;
                for (const FeedTranscript &t : offers) {
                    if (!best ||
                        TranscriptParser::preference(TranscriptParser::formatForMimeType(t.type)) >
                            TranscriptParser::preference(
                                TranscriptParser::formatForMimeType(best->type)))
                        best = &t;
                }
                // Only from the web, as on the page: a feed does not get to name a file here.
                const QUrl url(best->url);
                if (url.scheme() != u"http" && url.scheme() != u"https")
                    return;
                const QString file = ReadAlongCache::offlineTranscriptFile(kept, url);
                if (file.isEmpty())
                    return; // not fetched yet
                const QFileInfo info(file);
                visit(episodeId,
                      QByteArray::number(info.size()) + ' ' +
                          QByteArray::number(info.lastModified().toMSecsSinceEpoch()),
                      [&] { return textOf(file, TranscriptFormat::Unspecified); });
            });
    };
    sources.showNotes =
        [database = m_store->databasePath()](const SearchSources::ShowNotesVisitor &visit) {
            PodcastStore podcasts; // a connection of the indexing thread's own
            if (podcasts.open(database))
                podcasts.forEachShowNotes(visit);
        };
    return sources;
}

FolderWatcher *AppController::folderWatcher(const QString &key) const
{
    const auto f = m_folders.find(key);
    return f == m_folders.end() ? nullptr : f->second->watcher;
}

void AppController::syncFolders(const QList<LibrarySource> &sources)
{
    QSet<QString> keys;
    for (const LibrarySource &source : sources) {
        if (source.kind != LibrarySource::Kind::Folder)
            continue;
        keys.insert(source.key);
        if (m_folders.count(source.key) > 0)
            continue;
        auto folder = std::make_unique<WatchedFolder>();
        folder->source = source;
        folder->watcher = new FolderWatcher;
        const QString key = source.key;
        connect(folder->watcher, &FolderWatcher::rescanDue, this, [this, key] { scanFolder(key); });
        m_folders.emplace(key, std::move(folder));
        scanFolder(key); // rescanned at every start: the cache makes an unchanged folder cheap
    }
    for (auto f = m_folders.begin(); f != m_folders.end();) {
        if (keys.contains(f->first)) {
            ++f;
            continue;
        }
        for (const QString &id : std::as_const(f->second->errorIds))
            m_episodes->setError(id, QString());
        f = m_folders.erase(f);
    }
}

void AppController::scanFolder(const QString &key)
{
    const auto found = m_folders.find(key);
    if (found == m_folders.end())
        return;
    WatchedFolder &folder = *found->second;
    if (folder.scan) {
        folder.scanAgain = true;
        return;
    }
    folder.scan = new QFutureWatcher<FolderScanResult>;
    connect(folder.scan, &QFutureWatcher<FolderScanResult>::finished, this,
            [this, key] { onFolderScanned(key); });
    folder.scan->setFuture(QtConcurrent::run(&SourceLoader::scanFolderWithPromise, folder.source,
                                             LibrarySources::folderCacheIn(m_dataDir)));
}

void AppController::onFolderScanned(const QString &key)
{
    const auto found = m_folders.find(key);
    if (found == m_folders.end())
        return;
    WatchedFolder &folder = *found->second;
    QFutureWatcher<FolderScanResult> *scan = std::exchange(folder.scan, nullptr);
    scan->deleteLater();
    if (scan->future().resultCount() == 0)
        return;
    const FolderScanResult result = scan->result();
    bool changed = false;
    if (!result.cancelled) {
        if (result.directories != folder.directories) {
            folder.directories = result.directories;
            folder.watcher->setFolder(result.folder.isEmpty() ? folder.source.path : result.folder,
                                      result.directories);
        }
        if (folder.stateHash.isEmpty() || result.stateHash != folder.stateHash) {
            changed = true;
            folder.stateHash = result.stateHash;
            folder.catalog = result.catalog;
            // A file that cannot be used shows why on its card.
            QSet<QString> errors;
            for (const LocalAudioFile &file : result.files) {
                if (!file.hasProblem())
                    continue;
                errors.insert(file.episodeId);
                m_episodes->setError(file.episodeId, file.problem.toString());
            }
            for (const QString &id : std::as_const(folder.errorIds)) {
                if (!errors.contains(id))
                    m_episodes->setError(id, QString());
            }
            folder.errorIds = errors;
        }
        if (!result.folderReadable && changed && !result.problems.isEmpty()) {
            // Gone or unreadable (an unplugged drive): its cards go, the progress stays.
            m_window->showStatusMessage(result.problems.first().toString());
            folder.announce = false;
        }
        if (std::exchange(folder.announce, false)) {
            QString message =
                tr("Added %1: %n episode(s).", nullptr, int(result.catalog.episodes().size()))
                    .arg(QDir::toNativeSeparators(folder.source.path));
            if (!result.folderReadable && !result.problems.isEmpty())
                message = result.problems.first().toString();
            m_window->showStatusMessage(message);
        }
    }
    if (std::exchange(folder.scanAgain, false))
        scanFolder(key);
    if (changed)
        reloadLibrary();
    emit folderScanned(key);
}

void AppController::addFolder(const QString &path)
{
    bool added = false;
    const LibrarySource source = m_sources->add(LibrarySource::Kind::Folder, path, &added);
    if (source.key.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("Add folder"),
                             tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!added) {
        m_window->showStatusMessage(
            tr("%1 is already in the library.").arg(QDir::toNativeSeparators(source.path)));
        return;
    }
    syncFolders(m_sources->sources());
    if (const auto f = m_folders.find(source.key); f != m_folders.end())
        f->second->announce = true;
    m_window->showStatusMessage(tr("Scanning %1…").arg(QDir::toNativeSeparators(source.path)));
}

void AppController::addCatalog(const QString &path)
{
    if (const auto known = m_sources->findPath(LibrarySource::Kind::Catalog, path)) {
        m_window->showStatusMessage(
            tr("%1 is already in the library.").arg(QDir::toNativeSeparators(known->path)));
        return;
    }
    // Validated off the UI thread with the loader --catalog uses; the library then reads it.
    auto *watcher = new QFutureWatcher<CatalogLoadResult>(this);
    connect(watcher, &QFutureWatcher<CatalogLoadResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const CatalogLoadResult loaded = watcher->result();
        if (!loaded.readable || loaded.catalog.episodes().isEmpty()) {
            QStringList lines;
            for (const InputProblem &p : loaded.problems)
                lines.append(p.toString());
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Add catalog"),
                                        tr("%1 was not added: it has no episode that can be used.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        QMessageBox::Ok, m_window.get());
            box->setObjectName(u"catalogNotAddedDialog"_qs);
            box->setDetailedText(lines.join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const LibrarySource source = m_sources->add(LibrarySource::Kind::Catalog, path);
        m_window->showStatusMessage(
            tr("Added %1: %n episode(s).", nullptr, int(loaded.catalog.episodes().size()))
                .arg(QDir::toNativeSeparators(source.path)));
        reloadLibrary(); // reads it again, and shows its problems as for --catalog
    });
    watcher->setFuture(QtConcurrent::run([path] { return CatalogLoader::loadFile(path); }));
}

void AppController::removeSource(const QString &key, QWidget *parent)
{
    if (m_podcasts && m_podcasts->podcast(key)) {
        unsubscribe(key, parent);
        return;
    }
    const auto source = m_sources->find(key);
    if (!source || !m_sources->remove(key))
        return;
    if (source->kind == LibrarySource::Kind::Folder) // it only saves time; drop it with the folder
        QFile::remove(FolderScanCache::filePath(LibrarySources::folderCacheIn(m_dataDir), key));
    m_window->showStatusMessage(tr("Removed %1 from the library; your progress is kept.")
                                    .arg(QDir::toNativeSeparators(source->path)));
    reloadLibrary();
}

void AppController::clearNew(const QString &episodeId)
{
    if (!m_episodes->isNew(episodeId))
        return;
    m_episodes->clearNew(episodeId);
    m_podcasts->clearNew({episodeId});
}

void AppController::reloadLibrary()
{
    loadLibrary(false);
}

void AppController::refreshPodcasts(bool all)
{
    const int hours = m_settings->value(u"podcasts/refreshHours"_qs, kDefaultRefreshHours).toInt();
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    QStringList ids;
    for (const Podcast &p : m_podcasts->podcasts()) {
        if (all || (p.autoRefresh && (!p.refreshedAt.isValid() || p.refreshedAt <= due)))
            ids.append(p.id);
    }
    if (ids.isEmpty()) {
        if (all)
            m_window->showStatusMessage(tr("There are no podcasts to refresh."));
        return;
    }
    m_refresher->refresh(ids);
}

void AppController::showAddPodcast()
{
    if (!m_addDialog) {
        m_addDialog = new AddPodcastDialog(m_window.get());
        m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_addDialog, &QObject::destroyed, this, [this] { m_addDialog = nullptr; });
        connect(m_addDialog, &AddPodcastDialog::subscribeRequested, this,
                [this](const QUrl &location) {
                    m_dialogLocation = location;
                    m_refresher->subscribe(location);
                });
    }
    m_addDialog->show();
    m_addDialog->raise();
    m_addDialog->activateWindow();
}

void AppController::onSubscribed(const RefreshOutcome &outcome)
{
    if (m_importPending.remove(outcome.requestedUrl)) {
        if (!outcome.ok() || outcome.podcastId.isEmpty()) {
            ++m_importFailed;
            m_importReport.append(outcome.requestedUrl.toDisplayString() + u": "_qs +
                                  outcome.error);
        } else if (outcome.alreadySubscribed)
            ++m_importPresent;
        else
            ++m_importAdded;
        if (m_importPending.isEmpty())
            showImportReport();
    }
    if (m_addDialog && outcome.requestedUrl == m_dialogLocation) {
        m_dialogLocation.clear();
        if (outcome.ok() && !outcome.podcastId.isEmpty()) {
            m_dialogPodcastId = outcome.podcastId;
            const auto p = m_podcasts->podcast(outcome.podcastId);
            m_addDialog->showPodcast(outcome.title, p ? p->description : QString(), outcome.total,
                                     outcome.alreadySubscribed);
            const QString art = QDir(m_dataDir).filePath(u"artwork/"_qs + outcome.podcastId);
            if (QFileInfo::exists(art))
                m_addDialog->showArtwork(art);
        } else {
            m_addDialog->showError(outcome.error);
        }
    }
    if (outcome.ok() && !outcome.alreadySubscribed)
        reloadLibrary();
}

void AppController::showImportReport()
{
    const int failed = m_importFailed;
    auto *box = new QMessageBox(failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Import subscriptions"),
                                tr("%n podcast(s) added", nullptr, m_importAdded) + u", "_qs +
                                    tr("%n already present", nullptr, m_importPresent) + u", "_qs +
                                    tr("%n failed", nullptr, failed) + u'.',
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(u"importReport"_qs);
    if (!m_importReport.isEmpty())
        box->setDetailedText(m_importReport.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_importReport.clear();
}

void AppController::unsubscribe(const QString &podcastId, QWidget *parent)
{
    const auto p = m_podcasts->podcast(podcastId);
    if (!p)
        return;
    if (!parent)
        parent = m_window.get();
    const auto answer = QMessageBox::question(
        parent, tr("Unsubscribe"),
        tr("Unsubscribe from %1? Its %n episode(s) leave the library; what you listened to is "
           "kept in your history.",
           nullptr, p->episodeCount)
            .arg(p->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_podcasts->removePodcast(podcastId)) {
        QMessageBox::warning(parent, tr("Unsubscribe"), m_podcasts->errorString());
        return;
    }
    QFile::remove(QDir(m_dataDir).filePath(u"artwork/"_qs + podcastId));
    m_window->showStatusMessage(tr("Unsubscribed from %1.").arg(p->title));
    reloadLibrary();
}

void AppController::showPodcastProperties(const QString &podcastId)
{
    const auto p = m_podcasts->podcast(podcastId);
    if (!p)
        return;
    PodcastPropertiesDialog dialog(*p, m_window.get());
    dialog.setAutoDownload(m_downloads->autoDownload(podcastId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.autoRefresh() != p->autoRefresh)
        m_podcasts->setAutoRefresh(podcastId, dialog.autoRefresh());
    if (dialog.autoDownload() != m_downloads->autoDownload(podcastId))
        m_downloads->setAutoDownload(podcastId, dialog.autoDownload());
}

void AppController::markAllFinished(const QString &topicId)
{
    QStringList ids;
    for (const Episode &e : m_episodes->catalog().episodes()) {
        if (e.topicId == topicId && !m_episodes->progress(e.id).finished)
            ids.append(e.id);
    }
    for (const QString &id : std::as_const(ids))
        m_store->setFinished(id, true);
}

void AppController::importSubscriptions(const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window.get(), tr("Import subscriptions"),
                             tr("Cannot open %1: %2").arg(file, input.errorString()));
        return;
    }
    const OpmlReadResult read =
        OpmlReader::parse(input.read(OpmlReader::kMaxSize + 1), QUrl::fromLocalFile(file));
    m_importAdded = 0;
    m_importPresent = 0;
    m_importFailed = 0;
    m_importReport.clear();
    for (const InputProblem &p : read.problems)
        m_importReport.append(p.toString());
    QList<QUrl> feeds;
    for (const OpmlOutline &o : read.document.outlines) {
        const QUrl url(o.feedUrl);
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            feeds.append(url);
        } else {
            ++m_importFailed;
            m_importReport.append(tr("%1: not an http(s) feed address, skipped").arg(o.feedUrl));
        }
    }
    if (feeds.isEmpty()) {
        QMessageBox::warning(m_window.get(), tr("Import subscriptions"),
                             tr("%1 lists no podcast feeds.").arg(file) + u"\n\n"_qs +
                                 m_importReport.join(u'\n'));
        return;
    }
    for (const QUrl &url : std::as_const(feeds)) {
        m_importPending.insert(url);
        m_refresher->subscribe(url);
    }
}

void AppController::exportSubscriptions(const QString &file)
{
    OpmlDocument document;
    document.title = tr("Earmark subscriptions");
    for (const Podcast &p : m_podcasts->podcasts())
        document.outlines.append({p.title, p.feedUrl, p.link});
    QSaveFile target(file);
    const QByteArray opml = OpmlWriter::write(document);
    if (!target.open(QIODevice::WriteOnly) || target.write(opml) != opml.size() ||
        !target.commit()) {
        QMessageBox::warning(m_window.get(), tr("Export subscriptions"),
                             tr("Cannot write %1: %2").arg(file, target.errorString()));
        return;
    }
    m_window->showStatusMessage(
        tr("Exported %n subscription(s) to %1.", nullptr, int(document.outlines.size()))
            .arg(QDir::toNativeSeparators(file)));
}

void AppController::showProblems(const QList<InputProblem> &problems)
{
    QStringList lines;
    for (const InputProblem &p : problems)
        lines.append(p.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Catalog problems"),
                                tr("Some catalog entries could not be loaded. The other "
                                   "episodes are available.\n\n%n problem(s) found.",
                                   nullptr, int(problems.size())),
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(u"catalogProblemsDialog"_qs);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
