#include "studycontroller.h"

#include "episodelistmodel.h"
#include "goalindicator.h"
#include "logging.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "progressstore.h"
#include "reviewprompt.h"
#include "statisticsdialog.h"
#include "upnextmodel.h"
#include "upnextpanel.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int kDayCheckMs = 60 * 1000;
// A review counts once this share of the episode was heard again.
constexpr double kReviewShare = 0.5;
// Position steps larger than this are seeks, not listening.
constexpr qint64 kMaxStepMs = 3000;
} // namespace

StudyController::StudyController(MainWindow *window, EpisodeListModel *episodes,
                                 ProgressStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_episodes(episodes)
    , m_store(store)
    , m_settings(settings)
{}

StudyController::~StudyController()
{
    delete m_dialog;
}

StatisticsDialog *StudyController::statisticsDialog() const
{
    return m_dialog;
}

QDateTime StudyController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QDate StudyController::today() const
{
    return now().toTimeZone(m_zone).date();
}

int StudyController::goalMinutes() const
{
    return qBound(1, m_settings->value(goalKey(), kDefaultGoalMinutes).toInt(), 24 * 60);
}

bool StudyController::start()
{
    const QString path = m_store->databasePath();
    if (!m_queue.open(path) || !m_review.open(path) || !m_today.open(path)) {
        qCWarning(lcStore).noquote()
            << "study:" << m_queue.errorString() << m_review.errorString() << m_today.errorString();
        return false;
    }
    m_started = true;
    m_upNextModel = std::make_unique<UpNextModel>(&m_queue);
    m_upNextModel->setTitleLookup([this](const QString &id) {
        const Episode *e = m_episodes->catalog().episode(id);
        return e ? e->title : QString();
    });

    // Up Next: a dock on the right, shown from View.
    m_panel = new UpNextPanel(m_upNextModel.get());
    connect(m_panel, &UpNextPanel::playRequested, this, &StudyController::playRequested);
    m_dock = new QDockWidget(tr("Up Next"), m_window);
    m_dock->setObjectName(u"upNextDock"_qs);
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Up Next"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *statistics = new QAction(tr("S&tatistics"), m_window);
    statistics->setObjectName(u"statisticsAction"_qs);
    statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(statistics, &QAction::triggered, this, &StudyController::showStatistics);
    m_window->viewMenu()->addSeparator();
    m_window->viewMenu()->addAction(statistics);
    m_window->viewMenu()->addAction(toggle);
    m_window->addAction(statistics);
    m_window->addAction(toggle);

    // Q adds the selected episode at the end, Shift+Q right after the one playing.
    const auto key = [this](const QKeySequence &keys,
                            void (StudyController::*slot)(const QString &)) {
        auto *shortcut = new QShortcut(keys, m_window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, slot] {
            if (const QString id = m_window->currentEpisodeId(); !id.isEmpty())
                (this->*slot)(id);
        });
    };
    key(QKeySequence(Qt::Key_Q), &StudyController::addToUpNext);
    key(QKeySequence(Qt::SHIFT | Qt::Key_Q), &StudyController::playNext);
    connect(m_window, &MainWindow::addToUpNextRequested, this, &StudyController::addToUpNext);
    connect(m_window, &MainWindow::playNextRequested, this, &StudyController::playNext);

    // The daily goal in the status bar; a click opens the statistics.
    m_goal = new GoalIndicator;
    m_window->statusBar()->addPermanentWidget(m_goal);
    connect(m_goal, &GoalIndicator::clicked, this, &StudyController::showStatistics);

    // The review question under the player bar.
    m_prompt = new ReviewPrompt;
    m_window->setBottomWidget(m_prompt);
    connect(m_prompt, &ReviewPrompt::answered, this, &StudyController::answerReview);

    // Finishing an episode schedules its first review.
    connect(m_episodes, &EpisodeListModel::statusChanged, this,
            [this](const QString &id, ListeningStatus, ListeningStatus after) {
                if (after != ListeningStatus::Finished)
                    return;
                m_review.scheduleFinished(id, today(), now());
            });

    m_day = today();
    m_dayTimer.setInterval(kDayCheckMs);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (today() == m_day)
            return;
        m_day = today();
        refreshGoal();
        refreshReviewDue();
    });
    m_dayTimer.start();
    refreshGoal();
    return true;
}

void StudyController::attachPlayer(PlaybackController *player)
{
    m_player = player;
    if (!m_started)
        return;
    // Autoplay takes the first queued episode that still exists.
    player->setUpNextProvider([this]() -> QString {
        for (const QString &id : m_queue.episodeIds()) {
            if (m_episodes->catalog().episode(id))
                return id;
        }
        return {};
    });
    connect(player, &PlaybackController::episodeChanged, this, &StudyController::onEpisodeChanged);
    connect(player, &PlaybackController::positionChanged, this, &StudyController::onPosition);
    connect(player, &PlaybackController::episodeFinished, this, [this](const QString &id) {
        if (id == m_reviewing)
            checkReviewHeard();
    });
    connect(player, &PlaybackController::sessionEnded, this, [this] {
        refreshGoal();
        if (m_dialog && m_dialog->isVisible())
            computeStatistics();
    });
}

void StudyController::libraryLoaded()
{
    if (!m_started)
        return;
    QSet<QString> known;
    known.reserve(m_episodes->catalog().episodes().size());
    for (const Episode &e : m_episodes->catalog().episodes())
        known.insert(e.id);
    if (const int dropped = m_upNextModel->retainOnly(known); dropped > 0)
        qCInfo(lcStore) << "up next:" << dropped << "episode(s) no longer in the library";
    m_review.scheduleAllFinished(m_zone, now());
    refreshReviewDue();
    // Brings the statistics' sums up to date in the background, so the dashboard opens on
    // them (the first time in a data directory this adds up every session).
    if (!m_warmed) {
        m_warmed = true;
        ListeningStatistics::Request request;
        request.zone = m_zone;
        request.now = now();
        const QString path = m_store->databasePath();
        QThreadPool::globalInstance()->start([path, request] {
            ListeningStatistics statistics;
            if (statistics.open(path))
                statistics.report(request);
        });
    }
}

void StudyController::closeStores()
{
    if (!m_started)
        return;
    m_upNextModel->setStore({});
    m_review.close();
    m_today.close();
}

void StudyController::reopenStores()
{
    if (!m_started)
        return;
    const QString path = m_store->databasePath();
    if (!m_upNextModel->setStore(path) || !m_review.open(path) || !m_today.open(path))
        qCWarning(lcStore).noquote() << "study:" << m_review.errorString();
    refreshGoal();
    refreshReviewDue();
}

void StudyController::applySettings()
{
    refreshGoal();
    if (m_dialog && m_dialog->isVisible())
        computeStatistics();
}

void StudyController::addToUpNext(const QString &episodeId)
{
    if (!m_started || !m_episodes->catalog().episode(episodeId))
        return;
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (m_upNextModel->add(episodeId))
        m_window->showStatusMessage(tr("Added to Up Next: %1").arg(e->title));
    else
        m_window->showStatusMessage(tr("Already in Up Next: %1").arg(e->title));
}

void StudyController::playNext(const QString &episodeId)
{
    if (!m_started || !m_episodes->catalog().episode(episodeId))
        return;
    m_upNextModel->playNext(episodeId);
    m_window->showStatusMessage(
        tr("Plays next: %1").arg(m_episodes->catalog().episode(episodeId)->title));
}

void StudyController::refreshReviewDue()
{
    if (!m_started)
        return;
    const QStringList due = m_review.dueOn(today(), m_episodes->catalog());
    m_episodes->setReviewDue(QSet<QString>(due.cbegin(), due.cend()));
}

void StudyController::refreshGoal()
{
    if (!m_started)
        return;
    m_goal->setProgress(m_today.realMsOnDay(m_zone, now()), goalMinutes());
}

void StudyController::onEpisodeChanged(const QString &episodeId)
{
    // Playing a queued episode takes it off the queue, however it was started.
    if (m_queue.contains(episodeId))
        m_upNextModel->remove(episodeId);
    m_reviewing = m_episodes->isDueForReview(episodeId) ? episodeId : QString();
    m_heardMs = 0;
    m_lastPositionMs = -1;
    if (m_prompt->isVisible() && m_prompt->episodeId() != episodeId)
        m_prompt->hide();
}

void StudyController::onPosition(qint64 ms)
{
    if (m_reviewing.isEmpty() || !m_player || !m_player->isPlaying() ||
        m_player->currentEpisodeId() != m_reviewing)
        return;
    const qint64 step = ms - m_lastPositionMs;
    if (m_lastPositionMs >= 0 && step > 0 && step <= kMaxStepMs)
        m_heardMs += step;
    m_lastPositionMs = ms;
    checkReviewHeard();
}

void StudyController::checkReviewHeard()
{
    const qint64 duration = m_player ? m_player->duration() : 0;
    if (m_reviewing.isEmpty() || duration <= 0 || m_heardMs < qint64(duration * kReviewShare))
        return;
    const Episode *e = m_episodes->catalog().episode(m_reviewing);
    m_prompt->ask(m_reviewing, e ? e->title : m_reviewing);
    m_reviewing.clear(); // asked once per listen
}

void StudyController::answerReview(const QString &episodeId, bool gotIt)
{
    if (episodeId.isEmpty())
        return;
    m_review.answer(episodeId,
                    gotIt ? ReviewSchedule::Answer::GotIt : ReviewSchedule::Answer::Again, today(),
                    now());
    const ReviewSchedule::State s = m_review.state(episodeId).value_or(ReviewSchedule::State{});
    m_window->showStatusMessage(
        tr("Next review on %1.").arg(QLocale().toString(s.due, QLocale::LongFormat)));
    refreshReviewDue();
}

void StudyController::showStatistics()
{
    if (!m_started)
        return;
    if (!m_dialog) {
        m_dialog = new StatisticsDialog(m_window);
        connect(m_dialog, &StatisticsDialog::refreshRequested, this,
                &StudyController::computeStatistics);
        connect(m_dialog, &StatisticsDialog::historyRequested, this, &StudyController::loadHistory);
        connect(m_dialog, &StatisticsDialog::exportCsvRequested, this, &StudyController::exportCsv);
        connect(m_dialog, &StatisticsDialog::reviewTopicToggled, this,
                [this](const QString &topicId, bool on) {
                    m_review.setTopicEnabled(topicId, on);
                    refreshReviewDue();
                    computeStatistics();
                });
        m_dialog->setLoading(true);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    computeStatistics();
}

void StudyController::computeStatistics()
{
    if (!m_dialog)
        return;
    if (m_computing) {
        m_computeAgain = true;
        return;
    }
    m_computing = true;
    ListeningStatistics::Request request;
    request.zone = m_zone;
    request.now = now();
    request.goalMinutes = goalMinutes();
    request.firstDayOfWeek = QLocale().firstDayOfWeek();
    request.catalog = m_episodes->catalog();
    const QString path = m_store->databasePath();
    // On a worker thread with a connection of its own: 100,000 sessions take tens of ms.
    using Outcome = std::pair<std::optional<StatisticsReport>, QString>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_computing = false;
        const Outcome outcome = watcher->result();
        if (m_computeAgain) {
            m_computeAgain = false;
            computeStatistics();
            return;
        }
        if (!m_dialog)
            return;
        if (!outcome.first) {
            m_dialog->setProblem(outcome.second);
            return;
        }
        const StatisticsReport &report = *outcome.first;
        m_dialog->setReport(report, m_review.topicsOff());
        m_goal->setProgress(report.streak.todayRealMs, report.streak.goalMinutes,
                            report.streak.current);
        emit statisticsShown();
    });
    watcher->setFuture(QtConcurrent::run([path, request]() -> Outcome {
        ListeningStatistics statistics;
        if (!statistics.open(path))
            return {std::nullopt, statistics.errorString()};
        std::optional<StatisticsReport> report = statistics.report(request);
        return {std::move(report), statistics.errorString()};
    }));
}

void StudyController::loadHistory()
{
    if (!m_dialog)
        return;
    const QString path = m_store->databasePath();
    const QTimeZone zone = m_zone;
    using Rows = QList<ListeningStatistics::HistoryRow>;
    auto *watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_dialog)
            return;
        const Catalog catalog = m_episodes->catalog();
        m_dialog->setHistory(watcher->result(), [catalog](const QString &id) {
            const Episode *e = catalog.episode(id);
            return e ? e->title : QString();
        });
    });
    watcher->setFuture(QtConcurrent::run([path, zone]() -> Rows {
        ListeningStatistics statistics;
        if (!statistics.open(path))
            return {};
        return statistics.history(zone, StatisticsDialog::kHistoryRows);
    }));
}

void StudyController::exportCsv(const QString &file)
{
    QHash<QString, QString> titles;
    for (const Episode &e : m_episodes->catalog().episodes())
        titles.insert(e.id, e.title);
    const QString path = m_store->databasePath();
    const QTimeZone zone = m_zone;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_window->showStatusMessage(error.isEmpty()
                                        ? tr("Exported the listening history to %1.").arg(file)
                                        : tr("Cannot export the history: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([path, zone, titles, file]() -> QString {
        ListeningStatistics statistics;
        if (!statistics.open(path))
            return statistics.errorString();
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        if (!statistics.writeCsv(&out, zone, titles))
            return statistics.errorString();
        return out.commit() ? QString() : out.errorString();
    }));
}
