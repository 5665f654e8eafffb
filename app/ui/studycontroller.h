#pragma once

#include "listeningstatistics.h"
#include "reviewschedule.h"
#include "upnextqueue.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class EpisodeListModel;
class GoalIndicator;
class MainWindow;
class PlaybackController;
class ProgressStore;
class QDockWidget;
class QSettings;
class ReviewPrompt;
class StatisticsDialog;
class UpNextModel;
class UpNextPanel;

// Wires the study subsystem into the window: the Up Next dock and its keys (Q, Shift+Q), the
// daily goal in the status bar, View → Statistics (computed on a worker thread), spaced review
// (the Review node's count, the Got it / Again prompt under the player bar after hearing at least
// half of a due episode). Owned by AppController; knows the window, the episode model, the store
// and the player, never SQL.
class StudyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyController)

public:
    static constexpr int kDefaultGoalMinutes = 15;
    static QString goalKey() { return QStringLiteral("study/dailyGoalMinutes"); }

    StudyController(MainWindow *window, EpisodeListModel *episodes, ProgressStore *store,
                    QSettings *settings, QObject *parent = nullptr);
    ~StudyController() override;

    // Opens the queue and the schedule on the store's file and adds the dock, the menu entries,
    // the keys and the status bar indicator. False (logged) when the study tables cannot be read.
    bool start();
    // The player exists: autoplay asks the queue first; review listening is followed.
    void attachPlayer(PlaybackController *player);
    // The whole library is loaded: queued episodes that are gone drop out, finished episodes
    // get a schedule, the Review count is refreshed.
    void libraryLoaded();
    // Around restoring a backup: every connection on the file closed, then opened again.
    void closeStores();
    void reopenStores();
    // The daily goal may have changed in the preferences.
    void applySettings();

    void showStatistics();
    StatisticsDialog *statisticsDialog() const;
    UpNextModel *upNextModel() const { return m_upNextModel.get(); }
    UpNextPanel *upNextPanel() const { return m_panel; }
    QDockWidget *upNextDock() const { return m_dock; }
    ReviewSchedule *reviewSchedule() { return &m_review; }
    ReviewPrompt *reviewPrompt() const { return m_prompt; }
    GoalIndicator *goalIndicator() const { return m_goal; }
    int goalMinutes() const;
    // The local time zone and clock; tests replace them.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    void addToUpNext(const QString &episodeId);
    void playNext(const QString &episodeId);
    void refreshReviewDue();
    void refreshGoal();

signals:
    void playRequested(const QString &episodeId);
    // A statistics report was shown (tests, benchmarks).
    void statisticsShown();

private:
    QDateTime now() const;
    QDate today() const;
    void computeStatistics();
    void loadHistory();
    void exportCsv(const QString &file);
    void onEpisodeChanged(const QString &episodeId);
    void onPosition(qint64 ms);
    void checkReviewHeard();
    void answerReview(const QString &episodeId, bool gotIt);

    MainWindow *m_window = nullptr;
    EpisodeListModel *m_episodes = nullptr;
    ProgressStore *m_store = nullptr;
    QSettings *m_settings = nullptr;
    PlaybackController *m_player = nullptr;
    UpNextQueue m_queue;
    ReviewSchedule m_review;
    ListeningStatistics m_today; // the goal indicator's own reads (today's sessions only)
    std::unique_ptr<UpNextModel> m_upNextModel;
    UpNextPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    GoalIndicator *m_goal = nullptr;
    ReviewPrompt *m_prompt = nullptr;
    QPointer<StatisticsDialog> m_dialog;
    QTimer m_dayTimer; // a new day: goal and due reviews start over
    QDate m_day;
    bool m_started = false;
    bool m_computing = false;
    bool m_computeAgain = false;
    bool m_warmed = false;
    // Review listening: the due episode playing and how much of it was heard.
    QString m_reviewing;
    qint64 m_heardMs = 0;
    qint64 m_lastPositionMs = -1;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
