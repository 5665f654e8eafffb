#include "appcontroller.h"

#include "appearance.h"
#include "commandlineoptions.h"
#include "durationprobe.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "logging.h"
#include "mainwindow.h"
#include "mpris.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "playerbinding.h"
#include "preferencesdialog.h"
#include "progressrecorder.h"
#include "progressstore.h"
#include "restorebackupdialog.h"
#include "singleinstance.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMessageBox>
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
    CatalogLoadResult result;
    EpisodeSearchTexts searchTexts;
};

// How many episodes without a known length are probed for it in the background at start.
constexpr int kProbeAtStart = 200;
// The daily backup: first looked at a little after start, then every hour.
constexpr int kFirstBackupDelayMs = 10'000;
constexpr int kBackupCheckIntervalMs = 60 * 60 * 1000;
} // namespace

AppController::AppController(const CommandLineOptions &options, const QElapsedTimer &sinceStart,
                             QObject *parent)
    : QObject(parent)
    , m_extraCatalogs(options.catalogs())
    , m_dataDir(options.dataDir())
    , m_sinceStart(sinceStart)
    , m_episodes(std::make_unique<EpisodeListModel>())
{
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

    m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"settings.ini"_qs),
                                             QSettings::IniFormat);
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
    connect(m_window.get(), &MainWindow::playRequested, this, &AppController::play);
    connect(m_window.get(), &MainWindow::finishedChangeRequested, m_store.get(),
            &ProgressStore::setFinished);
    connect(m_window.get(), &MainWindow::resetProgressRequested, m_store.get(),
            &ProgressStore::resetProgress);
    connect(m_window.get(), &MainWindow::preferencesRequested, this,
            &AppController::showPreferences);
    connect(m_window.get(), &MainWindow::restoreBackupRequested, this,
            &AppController::showRestoreBackup);
    m_playerBar = new PlayerBar;
    m_playerBar->setObjectName(u"playerBar"_qs);
    m_window->setBottomWidget(m_playerBar);
    // The player (GStreamer, D-Bus) starts after the first paint: the cards come first.
    connect(m_window.get(), &MainWindow::firstPainted, this, &AppController::ensurePlayer);
    m_window->restoreSettings(*m_settings);
    m_window->show();

    // A logout, `kill` or Ctrl+C in the terminal closes the window the way Ctrl+Q does.
    m_signals = new UnixSignalWatcher(this);
    for (const int signalNumber : UnixSignalWatcher::terminationSignals())
        m_signals->watch(signalNumber);
    connect(m_signals, &UnixSignalWatcher::signalReceived, this, &AppController::closeForSignal);

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
    loadExtraCatalogs();
    return Started;
}

void AppController::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new PlaybackController(this);
    bindPlayerBar(m_playerBar, m_player);
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
            return PlaybackController::QueueItem{*e, p.finished ? 0 : p.positionMs, p.finished};
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

    m_mpris = new Mpris(m_player, this);
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
    m_player->playEpisode(*e, p.finished ? 0 : p.positionMs);
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
    m_store->close();
    QString error;
    QString savedAs;
    const bool restored = ProgressStore::restoreBackup(m_dataDir, path, &error, &savedAs);
    if (!m_store->open(m_dataDir)) {
        QMessageBox::critical(m_window.get(), tr("Cannot open the progress database"),
                              m_store->errorString());
        return false;
    }
    m_episodes->setAllProgress(m_store->allProgress());
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

void AppController::showPreferences()
{
    ensurePlayer();
    PreferencesDialog dialog(m_settings.get(), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        applyPlayerSettings();
}

void AppController::loadExtraCatalogs()
{
    if (m_extraCatalogs.isEmpty()) {
        emit catalogsLoaded();
        return;
    }
    // Catalog files can be large: read and validate them off the UI thread.
    auto *watcher = new QFutureWatcher<LoadedCatalogs>(this);
    connect(watcher, &QFutureWatcher<LoadedCatalogs>::finished, this, [this, watcher] {
        watcher->deleteLater();
        LoadedCatalogs loaded = watcher->result();
        watcher->setFuture({}); // drop the future's copy of the result
        // Copied here, the catalog no longer pins the loading thread's heap, which the
        // parser's garbage fragments; that heap then goes back to the system below.
        m_episodes->setCatalog(loaded.result.catalog.compacted(), loaded.searchTexts);
        qCInfo(lcStartup).nospace()
            << "catalogs loaded and shown " << m_sinceStart.elapsed() << " ms after main(), "
            << m_episodes->rowCount() << " episodes";
        const QList<InputProblem> problems = loaded.result.problems;
        loaded = {};
        if (!problems.isEmpty())
            showProblems(problems);
#ifdef __GLIBC__
        malloc_trim(0); // hand the parser's memory back to the system
#endif
        if (m_player)
            probeDurations();
        emit catalogsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([files = m_extraCatalogs] {
        LoadedCatalogs loaded{CatalogLoader::loadAll(files), {}};
        loaded.searchTexts = EpisodeSearchTexts(loaded.result.catalog);
        return loaded;
    }));
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
