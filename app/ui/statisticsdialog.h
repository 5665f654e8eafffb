#pragma once

#include "listeningstatistics.h"
#include "sessionhistorymodel.h"
#include "statisticsreport.h"

#include <QDialog>
#include <QSet>

class ActivityHeatmap;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ReviewForecastChart;

// View → Statistics: the activity heatmap, totals for today, this week, this month and all time,
// the streak against the daily goal, per topic and tag the finished share ("mastery"), time and a
// projection at the pace of the last 14 days, reviews done and due; and a History tab with every
// session, filterable, sortable and exportable as CSV. Passive: it shows the report it is given
// (computed off the UI thread) and emits what the learner asks for.
class StatisticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsDialog)

public:
    // The history table shows this many of the newest sessions; the CSV export has all.
    static constexpr int kHistoryRows = 5000;
    enum Period { Today, Week, Month, AllTime, PeriodCount };
    enum Figure { Listened, MediaTime, Finished, Sessions, Speed, FigureCount };

    explicit StatisticsDialog(QWidget *parent = nullptr);

    // "0 min", "12 min", "1 h 05 min".
    static QString duration(qint64 ms);

    void setLoading(bool loading);
    // The report could not be made: says why in place of the figures.
    void setProblem(const QString &message);
    void setReport(const StatisticsReport &report, const QSet<QString> &reviewTopicsOff);
    void setHistory(const QList<ListeningStatistics::HistoryRow> &rows,
                    const SessionHistoryModel::TitleLookup &titles);
    const StatisticsReport &report() const { return m_report; }

    ActivityHeatmap *heatmap() const { return m_heatmap; }
    ReviewForecastChart *forecast() const { return m_forecast; }
    QLabel *figureLabel(Period period, Figure figure) const;
    QLabel *streakLabel() const { return m_streak; }
    QWidget *topicsBox() const { return m_topics; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *historyView() const { return m_historyView; }
    QLineEdit *historyFilter() const { return m_historyFilter; }
    QSortFilterProxyModel *historyProxy() const { return m_historyProxy; }
    SessionHistoryModel *historyModel() const { return m_history; }
    QPushButton *exportButton() const { return m_export; }
    // Every topic, checked while its finished episodes come up for review.
    QListWidget *reviewTopics() const { return m_reviewTopics; }

signals:
    // The History tab was shown and has no rows yet: load them.
    void historyRequested();
    void exportCsvRequested(const QString &file);
    void reviewTopicToggled(const QString &topicId, bool on);
    void refreshRequested();

private:
    void fillTopics();

    StatisticsReport m_report;
    QSet<QString> m_topicsOff;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    ActivityHeatmap *m_heatmap = nullptr;
    QLabel *m_figures[PeriodCount][FigureCount] = {};
    QLabel *m_streak = nullptr;
    QLabel *m_pace = nullptr;
    QWidget *m_topics = nullptr;
    QGridLayout *m_topicsLayout = nullptr;
    ReviewForecastChart *m_forecast = nullptr;
    QListWidget *m_reviewTopics = nullptr;
    SessionHistoryModel *m_history = nullptr;
    QSortFilterProxyModel *m_historyProxy = nullptr;
    QTableView *m_historyView = nullptr;
    QLineEdit *m_historyFilter = nullptr;
    QLabel *m_historyNote = nullptr;
    QPushButton *m_export = nullptr;
    bool m_historyLoaded = false;
};
