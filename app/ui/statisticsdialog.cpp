#include "statisticsdialog.h"

#include "activityheatmap.h"
#include "reviewforecastchart.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The dashboard lists this many topics (the ones listened to most) with this many tags each.
constexpr qsizetype kTopicsShown = 10;
constexpr qsizetype kTagsPerTopic = 3;

QLabel *figure(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

StatisticsDialog::StatisticsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"statisticsDialog"_qs);
    setWindowTitle(tr("Statistics"));
    setAccessibleName(tr("Statistics"));

    // Overview: a scrolling column of sections, readable down to 800×600.
    auto *overview = new QWidget;
    auto *column = new QVBoxLayout(overview);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(u"statisticsStatus"_qs);
    column->addWidget(m_status);

    auto *activity = new QGroupBox(tr("Activity"));
    auto *activityLayout = new QVBoxLayout(activity);
    m_heatmap = new ActivityHeatmap;
    activityLayout->addWidget(m_heatmap);
    column->addWidget(activity);

    auto *totals = new QGroupBox(tr("Totals"));
    auto *grid = new QGridLayout(totals);
    const QString periods[PeriodCount] = {tr("Today"), tr("This week"), tr("This month"),
                                          tr("All time")};
    const QString figures[FigureCount] = {tr("Listened"), tr("Media time"), tr("Finished"),
                                          tr("Sessions"), tr("Average speed")};
    for (int f = 0; f < FigureCount; ++f) {
        auto *head = new QLabel(u"<b>%1</b>"_qs.arg(figures[f].toHtmlEscaped()));
        head->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(head, 0, f + 1);
    }
    for (int p = 0; p < PeriodCount; ++p) {
        grid->addWidget(new QLabel(periods[p]), p + 1, 0);
        for (int f = 0; f < FigureCount; ++f) {
            m_figures[p][f] = figure(totals);
            m_figures[p][f]->setObjectName(u"figure_%1_%2"_qs.arg(p).arg(f));
            grid->addWidget(m_figures[p][f], p + 1, f + 1);
        }
    }
    grid->setColumnStretch(0, 1);
    m_streak = new QLabel;
    m_streak->setObjectName(u"streakLabel"_qs);
    m_streak->setWordWrap(true);
    grid->addWidget(m_streak, PeriodCount + 1, 0, 1, FigureCount + 1);
    column->addWidget(totals);

    auto *topics = new QGroupBox(tr("Topics and tags"));
    auto *topicsColumn = new QVBoxLayout(topics);
    m_pace = new QLabel;
    m_pace->setWordWrap(true);
    topicsColumn->addWidget(m_pace);
    m_topics = new QWidget;
    m_topics->setObjectName(u"topicsBox"_qs);
    m_topicsLayout = new QGridLayout(m_topics);
    m_topicsLayout->setContentsMargins(0, 0, 0, 0);
    m_topicsLayout->setColumnStretch(1, 1);
    topicsColumn->addWidget(m_topics);
    column->addWidget(topics);

    auto *reviews = new QGroupBox(tr("Reviews"));
    auto *reviewsLayout = new QVBoxLayout(reviews);
    m_forecast = new ReviewForecastChart;
    reviewsLayout->addWidget(m_forecast);
    auto *reviewLabel = new QLabel(tr("Spaced &review for these topics:"));
    m_reviewTopics = new QListWidget;
    m_reviewTopics->setObjectName(u"reviewTopics"_qs);
    m_reviewTopics->setAccessibleName(tr("Topics with spaced review"));
    m_reviewTopics->setMaximumHeight(6 * m_reviewTopics->fontMetrics().height() + 8);
    reviewLabel->setBuddy(m_reviewTopics);
    reviewsLayout->addWidget(reviewLabel);
    reviewsLayout->addWidget(m_reviewTopics);
    connect(m_reviewTopics, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        emit reviewTopicToggled(item->data(Qt::UserRole).toString(),
                                item->checkState() == Qt::Checked);
    });
    column->addWidget(reviews);
    column->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"overviewScroll"_qs);
    scroll->setWidget(overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // History: the sessions, filterable by episode, sortable by any column, exportable.
    auto *historyPage = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyPage);
    auto *filterRow = new QHBoxLayout;
    m_historyFilter = new QLineEdit;
    m_historyFilter->setObjectName(u"historyFilter"_qs);
    m_historyFilter->setPlaceholderText(tr("Filter by episode"));
    m_historyFilter->setAccessibleName(tr("Filter the history by episode"));
    m_historyFilter->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(u"exportCsvButton"_qs);
    m_export->setAccessibleName(tr("Export the history as CSV"));
    filterRow->addWidget(m_historyFilter, 1);
    filterRow->addWidget(m_export);
    historyLayout->addLayout(filterRow);
    m_history = new SessionHistoryModel(this);
    m_historyProxy = new QSortFilterProxyModel(this);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setSortRole(SessionHistoryModel::SortRole);
    m_historyProxy->setFilterKeyColumn(SessionHistoryModel::EpisodeColumn);
    m_historyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_historyView = new QTableView;
    m_historyView->setObjectName(u"historyView"_qs);
    m_historyView->setAccessibleName(tr("Listening history"));
    m_historyView->setModel(m_historyProxy);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(SessionHistoryModel::DateColumn, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setSectionResizeMode(SessionHistoryModel::EpisodeColumn,
                                                            QHeaderView::Stretch);
    m_historyView->setAlternatingRowColors(true);
    historyLayout->addWidget(m_historyView, 1);
    m_historyNote = new QLabel;
    m_historyNote->setWordWrap(true);
    historyLayout->addWidget(m_historyNote);
    connect(m_historyFilter, &QLineEdit::textChanged, m_historyProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export listening history"),
                                         dir + u"/earmark-history.csv"_qs, tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            emit exportCsvRequested(file);
    });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"statisticsTabs"_qs);
    m_tabs->addTab(scroll, tr("&Overview"));
    m_tabs->addTab(historyPage, tr("&History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_historyLoaded) {
            m_historyLoaded = true;
            emit historyRequested();
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(u"refreshStatisticsButton"_qs);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_historyLoaded = m_tabs->currentIndex() == 1;
        emit refreshRequested();
        if (m_historyLoaded)
            emit historyRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(960, 720);
}

QString StatisticsDialog::duration(qint64 ms)
{
    const qint64 minutes = (qMax<qint64>(0, ms) + 30000) / 60000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void StatisticsDialog::setProblem(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(true);
}

QLabel *StatisticsDialog::figureLabel(Period period, Figure figure) const
{
    return m_figures[period][figure];
}

void StatisticsDialog::setLoading(bool loading)
{
    m_status->setText(loading ? tr("Adding up your listening…") : QString());
    m_status->setVisible(loading);
}

void StatisticsDialog::setReport(const StatisticsReport &report,
                                 const QSet<QString> &reviewTopicsOff)
{
    m_report = report;
    m_topicsOff = reviewTopicsOff;
    setLoading(false);
    const QLocale locale;
    m_heatmap->setDays(report.days, report.firstDayOfWeek, report.streak.goalMinutes);

    const PeriodTotals *totals[PeriodCount] = {&report.todayTotals, &report.week, &report.month,
                                               &report.all};
    const QString periodNames[PeriodCount] = {tr("Today"), tr("This week"), tr("This month"),
                                              tr("All time")};
    const QString figureNames[FigureCount] = {tr("time listened"), tr("media time"),
                                              tr("episodes finished"), tr("sessions"),
                                              tr("average speed")};
    for (int p = 0; p < PeriodCount; ++p) {
        const PeriodTotals &t = *totals[p];
        const QString values[FigureCount] = {
            duration(t.realMs),
            duration(t.mediaMs),
            locale.toString(t.finished),
            locale.toString(t.sessions),
            t.realMs > 0 ? tr("%1×").arg(locale.toString(t.averageRate(), 'f', 2)) : u"–"_qs,
        };
        for (int f = 0; f < FigureCount; ++f) {
            m_figures[p][f]->setText(values[f]);
            m_figures[p][f]->setAccessibleName(
                tr("%1, %2: %3").arg(periodNames[p], figureNames[f], values[f]));
        }
    }
    const StreakInfo &s = report.streak;
    QString streak = tr("Streak: %n day(s) in a row with at least %1 minutes", nullptr, s.current)
                         .arg(s.goalMinutes);
    streak += u" · "_qs + tr("longest: %n day(s)", nullptr, s.longest);
    streak += u" · "_qs + (s.todayMet ? tr("today's goal is reached")
                                      : tr("%1 of %2 minutes today")
                                            .arg((s.todayRealMs + 30000) / 60000)
                                            .arg(s.goalMinutes));
    m_streak->setText(streak);
    m_streak->setAccessibleName(streak);

    m_pace->setText(report.paceMediaMsPerDay > 0
                        ? tr("Your pace over the last 14 days: %1 of recordings a day.")
                              .arg(duration(report.paceMediaMsPerDay))
                        : tr("No listening in the last 14 days, so no projection yet."));
    fillTopics();
    m_forecast->setDays(report.reviewsDone, report.reviewsDue);
    const QSignalBlocker blocker(m_reviewTopics);
    m_reviewTopics->clear();
    for (const TopicStatistics &t : report.topics) {
        if (!t.tag.isEmpty())
            continue;
        auto *item = new QListWidgetItem(t.title, m_reviewTopics);
        item->setData(Qt::UserRole, t.topicId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(reviewTopicsOff.contains(t.topicId) ? Qt::Unchecked : Qt::Checked);
    }
}

void StatisticsDialog::fillTopics()
{
    while (QLayoutItem *item = m_topicsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The topics listened to most, each with its tags listened to most: a library of hundreds of
    // podcasts stays a short list.
    struct Group
    {
        const TopicStatistics *topic = nullptr;
        QList<const TopicStatistics *> tags;
    };
    QList<Group> groups;
    for (const TopicStatistics &t : std::as_const(m_report.topics)) {
        if (t.tag.isEmpty())
            groups.append(Group{&t, {}});
        else if (!groups.isEmpty())
            groups.last().tags.append(&t);
    }
    const auto byTime = [](const TopicStatistics *a, const TopicStatistics *b) {
        return a->realMs > b->realMs;
    };
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const Group &a, const Group &b) { return byTime(a.topic, b.topic); });
    int row = 0;
    const auto addRow = [&](const TopicStatistics &t) {
        const bool isTag = !t.tag.isEmpty();
        auto *name =
            new QLabel(isTag ? u"    "_qs + t.title : u"<b>%1</b>"_qs.arg(t.title.toHtmlEscaped()));
        name->setTextFormat(isTag ? Qt::PlainText : Qt::RichText);
        auto *bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setValue(int(t.mastery() * 1000));
        bar->setFormat(u"%1 %"_qs.arg(int(t.mastery() * 100)));
        bar->setMaximumHeight(name->sizeHint().height() + 4);
        QString detail =
            tr("%1 of %2 finished").arg(t.finished).arg(t.total) + u" · "_qs + duration(t.realMs);
        if (t.finished == t.total)
            detail += u" · "_qs + tr("all done");
        else if (t.projectedDays > 0)
            detail += u" · "_qs + tr("done in %n day(s) at your pace", nullptr, t.projectedDays);
        auto *details = new QLabel(detail);
        details->setWordWrap(true);
        const QString spoken =
            tr("%1: mastery %2 percent, %3").arg(t.title).arg(int(t.mastery() * 100)).arg(detail);
        bar->setAccessibleName(spoken);
        details->setAccessibleName(spoken);
        m_topicsLayout->addWidget(name, row, 0);
        m_topicsLayout->addWidget(bar, row, 1);
        m_topicsLayout->addWidget(details, row, 2);
        // The projection in words, as the issue asks for it.
        if (!isTag && t.projectedDays > 0)
            bar->setToolTip(tr("At your pace of the last 14 days you finish %1 in %n day(s).",
                               nullptr, t.projectedDays)
                                .arg(t.title));
        ++row;
    };
    for (qsizetype g = 0; g < groups.size() && g < kTopicsShown; ++g) {
        addRow(*groups.at(g).topic);
        QList<const TopicStatistics *> tags = groups.at(g).tags;
        std::stable_sort(tags.begin(), tags.end(), byTime);
        for (qsizetype i = 0; i < tags.size() && i < kTagsPerTopic; ++i)
            addRow(*tags.at(i));
    }
    if (groups.size() > kTopicsShown) {
        auto *more = new QLabel(tr("%n more topic(s), listened to less, are not shown.", nullptr,
                                   int(groups.size() - kTopicsShown)));
        m_topicsLayout->addWidget(more, row, 0, 1, 4);
    }
    if (row == 0)
        m_topicsLayout->addWidget(new QLabel(tr("No topics in the library yet.")), 0, 0, 1, 4);
}

void StatisticsDialog::setHistory(const QList<ListeningStatistics::HistoryRow> &rows,
                                  const SessionHistoryModel::TitleLookup &titles)
{
    m_historyLoaded = true;
    m_history->setTitleLookup(titles);
    m_history->setRows(rows);
    m_historyView->resizeColumnToContents(SessionHistoryModel::DateColumn);
    m_historyNote->setText(rows.size() >= kHistoryRows
                               ? tr("The newest %1 sessions are shown; Export CSV writes all.")
                                     .arg(QLocale().toString(kHistoryRows))
                               : tr("%n session(s).", nullptr, int(rows.size())));
}
