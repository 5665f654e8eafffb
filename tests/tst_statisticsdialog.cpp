// The statistics dashboard and the study wiring in the window: figures, heatmap (tooltips,
// colours in light and dark), topic bars with mastery and projection, review toggles, the
// History tab (filter, sort, CSV export), readable at 800×600; StudyController with a real
// window and store: the Up Next dock and its keys, the daily goal, the Review node and the
// Got it / Again prompt.
#include "activityheatmap.h"
#include "appearance.h"
#include "catalogloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "goalindicator.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "progressstore.h"
#include "reviewforecastchart.h"
#include "reviewprompt.h"
#include "statisticsdialog.h"
#include "studycontroller.h"
#include "translations.h"
#include "upnextmodel.h"
#include "upnextpanel.h"

#include "testclips.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

constexpr qint64 kMinute = 60000;

} // namespace

class TestStatisticsDialog : public QObject
{
    Q_OBJECT

private slots:
    // English as the app installs it: its plural forms ("1 episode", "2 episodes").
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();

    void figuresAndAccessibleText();
    void heatmapTooltipsAndColours();
    void topicsMasteryProjectionAndReviewToggle();
    void historyFiltersSortsAndExports();
    void readableAt800x600();
    void studyControllerInTheWindow();
    void reviewPromptAfterHearingHalfAgain();

private:
    void addSession(const QString &id, const QDateTime &start, qint64 mediaMs, double rate = 1.0);
    StatisticsReport report(const QDateTime &now);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    Catalog m_catalog;
};

void TestStatisticsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_catalog = CatalogLoader::loadAll({}).catalog;
}

void TestStatisticsDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestStatisticsDialog::addSession(const QString &id, const QDateTime &start, qint64 mediaMs,
                                      double rate)
{
    ListeningSession s;
    s.episodeId = id;
    s.startedAt = start;
    s.endedAt = start.addMSecs(qint64(mediaMs / rate));
    s.endPositionMs = mediaMs;
    s.listenedMs = mediaMs;
    s.rate = rate;
    QVERIFY(m_store->addSession(s));
}

StatisticsReport TestStatisticsDialog::report(const QDateTime &now)
{
    ListeningStatistics statistics;
    if (!statistics.open(m_store->databasePath()))
        qFatal("cannot open");
    ListeningStatistics::Request request;
    request.zone = QTimeZone("Europe/Berlin");
    request.now = now;
    request.catalog = m_catalog;
    return *statistics.report(request);
}

void TestStatisticsDialog::figuresAndAccessibleText()
{
    const QString ep = m_catalog.episodes().at(0).id;
    addSession(ep, utc(2027, 1, 6, 9), 45 * kMinute, 1.5); // 30 min real, today
    addSession(ep, utc(2027, 1, 5, 9), 20 * kMinute);      // yesterday
    StatisticsDialog dialog;
    dialog.setReport(report(utc(2027, 1, 6, 12)), {});
    using D = StatisticsDialog;
    QCOMPARE(dialog.figureLabel(D::Today, D::Listened)->text(), u"30 min"_s);
    QCOMPARE(dialog.figureLabel(D::Today, D::MediaTime)->text(), u"45 min"_s);
    QCOMPARE(dialog.figureLabel(D::Today, D::Sessions)->text(), u"1"_s);
    QCOMPARE(dialog.figureLabel(D::Today, D::Speed)->text(), u"1.50×"_s);
    QCOMPARE(dialog.figureLabel(D::AllTime, D::Listened)->text(), u"50 min"_s);
    QCOMPARE(dialog.figureLabel(D::AllTime, D::MediaTime)->text(), u"1 h 05 min"_s);
    QCOMPARE(dialog.figureLabel(D::Week, D::Listened)->accessibleName(),
             u"This week, time listened: 50 min"_s);
    QVERIFY(dialog.streakLabel()->text().startsWith(u"Streak: 2 days in a row"_s));
    QCOMPARE(dialog.streakLabel()->accessibleName(), dialog.streakLabel()->text());
    QVERIFY(!dialog.heatmap()->accessibleDescription().isEmpty());
    QCOMPARE(dialog.heatmap()->accessibleDescription(),
             u"Listened on 2 days of the last 26 weeks, 50 minutes in all. Most on %1: 30 "
             "minutes."_s.arg(QLocale().toString(QDate(2027, 1, 6), QLocale::ShortFormat)));
    QVERIFY(dialog.forecast()->accessibleDescription().contains(u"Nothing due"_s));
    auto *status = dialog.findChild<QLabel *>(u"statisticsStatus"_s);
    QVERIFY(status->isHidden());
    dialog.setProblem(u"Cannot read the listening statistics: disk I/O error"_s);
    QVERIFY(!status->isHidden());
    QCOMPARE(status->text(), u"Cannot read the listening statistics: disk I/O error"_s);
    QCOMPARE(StatisticsDialog::duration(0), u"0 min"_s);
    QCOMPARE(StatisticsDialog::duration(61 * kMinute), u"1 h 01 min"_s);
}

void TestStatisticsDialog::heatmapTooltipsAndColours()
{
    const QString ep = m_catalog.episodes().at(0).id;
    addSession(ep, utc(2027, 1, 4, 9), 7 * kMinute);  // under half the goal: level 1
    addSession(ep, utc(2027, 1, 5, 9), 40 * kMinute); // twice the goal or more: level 4
    StatisticsDialog dialog;
    dialog.resize(1000, 700);
    dialog.show();
    dialog.setReport(report(utc(2027, 1, 6, 12)), {});
    ActivityHeatmap *map = dialog.heatmap();
    QCOMPARE(map->levelOf(0), 0);
    QCOMPARE(map->levelOf(7 * kMinute), 1);
    QCOMPARE(map->levelOf(10 * kMinute), 2);
    QCOMPARE(map->levelOf(15 * kMinute), 3);
    QCOMPARE(map->levelOf(40 * kMinute), 4);
    const QPoint cell = map->cellCentre(QDate(2027, 1, 5));
    QVERIFY(!cell.isNull());
    QCOMPARE(map->dayAt(cell), QDate(2027, 1, 5));
    const QString expected =
        QLocale().toString(QDate(2027, 1, 5), QLocale::LongFormat) + u": 40 minutes, 1 episode"_s;
    QCOMPARE(map->tooltipFor(QDate(2027, 1, 5)), expected);
    QHelpEvent help(QEvent::ToolTip, cell, map->mapToGlobal(cell));
    QApplication::sendEvent(map, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), expected);
    QVERIFY(map->tooltipFor(QDate(2027, 1, 3)).endsWith(u"nothing listened"_s));

    // The painted colours follow the palette: on a dark base an empty day stays dark and a
    // full one takes the highlight colour.
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        map->setPalette(palette);
        const QImage image = map->grab().toImage();
        const QColor empty = image.pixelColor(map->cellCentre(QDate(2027, 1, 3)));
        const QColor full = image.pixelColor(map->cellCentre(QDate(2027, 1, 5)));
        const QColor base = palette.color(QPalette::Base);
        QVERIFY2(qAbs(empty.lightness() - base.lightness()) < 40,
                 qPrintable(empty.name() + u" vs "_s + base.name()));
        QCOMPARE(full, palette.color(QPalette::Highlight));
        QVERIFY(image.pixelColor(map->cellCentre(QDate(2027, 1, 4))) != full);
    }
}

void TestStatisticsDialog::topicsMasteryProjectionAndReviewToggle()
{
    const QList<Episode> &episodes = m_catalog.episodes();
    QVERIFY(m_store->setFinished(episodes.at(0).id, true));
    QVERIFY(m_store->setFinished(episodes.at(1).id, true));
    const QDateTime now = utc(2027, 1, 20, 12);
    for (int d = 0; d < 14; ++d)
        addSession(episodes.at(0).id, now.addDays(-d), 10 * kMinute);
    StatisticsDialog dialog;
    dialog.setReport(report(now), {u"ai-training"_s});
    const auto bars = dialog.topicsBox()->findChildren<QProgressBar *>();
    QVERIFY(!bars.isEmpty());
    QProgressBar *topic = bars.constFirst();
    QCOMPARE(topic->value(), 2 * 1000 / 21);
    QVERIFY2(
        topic->accessibleName().startsWith(u"AI Training: mastery 9 percent, 2 of 21 finished"_s),
        qPrintable(topic->accessibleName()));
    QVERIFY2(topic->toolTip().startsWith(
                 u"At your pace of the last 14 days you finish AI Training in"_s),
             qPrintable(topic->toolTip()));
    const TopicStatistics &ai = dialog.report().topics.constFirst();
    QVERIFY(ai.projectedDays > 0);
    QVERIFY(
        topic->accessibleName().contains(u"done in %1 days at your pace"_s.arg(ai.projectedDays)));
    QListWidget *topics = dialog.reviewTopics();
    QCOMPARE(topics->count(), 1);
    QListWidgetItem *review = topics->item(0);
    QCOMPARE(review->text(), u"AI Training"_s);
    QCOMPARE(review->checkState(), Qt::Unchecked); // off, as given
    QSignalSpy toggled(&dialog, &StatisticsDialog::reviewTopicToggled);
    review->setCheckState(Qt::Checked);
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.at(0).at(0).toString(), u"ai-training"_s);
    QCOMPARE(toggled.at(0).at(1).toBool(), true);
    // Filled again: no signal for what was already so.
    dialog.setReport(dialog.report(), {});
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(topics->item(0)->checkState(), Qt::Checked);
}

void TestStatisticsDialog::historyFiltersSortsAndExports()
{
    const QList<Episode> &episodes = m_catalog.episodes();
    addSession(episodes.at(0).id, utc(2027, 1, 5, 9), 5 * kMinute);
    addSession(episodes.at(1).id, utc(2027, 1, 6, 9), 2 * kMinute);
    addSession(episodes.at(0).id, utc(2027, 1, 7, 9), 9 * kMinute);
    ListeningStatistics statistics;
    QVERIFY(statistics.open(m_store->databasePath()));
    StatisticsDialog dialog;
    QSignalSpy requested(&dialog, &StatisticsDialog::historyRequested);
    dialog.tabs()->setCurrentIndex(1);
    QCOMPARE(requested.size(), 1);
    const Catalog catalog = m_catalog;
    dialog.setHistory(statistics.history(QTimeZone("Europe/Berlin"), 100),
                      [catalog](const QString &id) { return catalog.episode(id)->title; });
    QSortFilterProxyModel *proxy = dialog.historyProxy();
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(proxy->index(0, SessionHistoryModel::EpisodeColumn).data().toString(),
             episodes.at(0).title); // newest first
    QCOMPARE(proxy->index(0, SessionHistoryModel::TimeColumn).data().toString(), u"9:00"_s);
    QCOMPARE(proxy->index(0, SessionHistoryModel::PositionColumn).data(Qt::AccessibleTextRole),
             u"from 0:00 to 9:00"_s);
    dialog.historyView()->sortByColumn(SessionHistoryModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, SessionHistoryModel::TimeColumn).data().toString(), u"2:00"_s);
    QTest::keyClicks(dialog.historyFilter(), episodes.at(1).title.left(12).toUpper());
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, SessionHistoryModel::EpisodeColumn).data().toString(),
             episodes.at(1).title);
    QCOMPARE(dialog.historyModel()->headerData(SessionHistoryModel::SpeedColumn, Qt::Horizontal),
             u"Speed"_s);
}

void TestStatisticsDialog::readableAt800x600()
{
    const QString ep = m_catalog.episodes().at(0).id;
    addSession(ep, utc(2027, 1, 6, 9), 20 * kMinute);
    StatisticsDialog dialog;
    dialog.setPalette(Appearance::darkPalette());
    dialog.setReport(report(utc(2027, 1, 6, 12)), {});
    dialog.resize(800, 600);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.minimumSizeHint().width() <= 800);
    QVERIFY(dialog.minimumSizeHint().height() <= 600);
    // The heatmap fits the width: no column is cut off.
    ActivityHeatmap *map = dialog.heatmap();
    const QPoint last = map->cellCentre(QDate(2027, 1, 6));
    QVERIFY2(last.x() < map->width(), qPrintable(u"%1 of %2"_s.arg(last.x()).arg(map->width())));
    auto *scroll = dialog.findChild<QScrollArea *>(u"overviewScroll"_s);
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    // Every figure label says what it is.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"figure_"_s))
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    }
}

void TestStatisticsDialog::studyControllerInTheWindow()
{
    EpisodeListModel episodes;
    episodes.setCatalog(m_catalog);
    MainWindow window(&episodes);
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(StudyController::goalKey(), 20);
    StudyController study(&window, &episodes, m_store.get(), &settings);
    const QDateTime now = utc(2027, 1, 6, 12);
    study.setClock([now] { return now; });
    study.setTimeZone(QTimeZone("Europe/Berlin"));
    const QString a = m_catalog.episodes().at(0).id;
    const QString b = m_catalog.episodes().at(1).id;
    addSession(a, utc(2027, 1, 6, 9), 12 * kMinute);
    QVERIFY(study.start());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The goal in the status bar.
    QCOMPARE(study.goalIndicator()->text(), u"12 / 20 min"_s);
    QCOMPARE(study.goalIndicator()->accessibleDescription(),
             u"12 of 20 minutes listened today toward the daily goal."_s);

    // Q and Shift+Q on the selected card; the card menu has both.
    window.selectNode(u"all"_s);
    window.episodeView()->setFocus();
    window.episodeView()->setCurrentIndex(window.filterModel()->index(1, 0));
    const QString second = window.currentEpisodeId();
    QTest::keyClick(window.episodeView(), Qt::Key_Q);
    window.episodeView()->setCurrentIndex(window.filterModel()->index(2, 0));
    const QString third = window.currentEpisodeId();
    QTest::keyClick(window.episodeView(), Qt::Key_Q, Qt::ShiftModifier);
    QCOMPARE(study.upNextModel()->queue()->episodeIds(), (QStringList{third, second}));
    std::unique_ptr<QMenu> menu(window.createEpisodeMenu(window.filterModel()->index(0, 0)));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(u"Add to Up &Next"_s));
    QVERIFY(texts.contains(u"Play ne&xt"_s));
    // The dock shows the queue; Delete removes the current entry.
    QDockWidget *dock = study.upNextDock();
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QListView *view = study.upNextPanel()->view();
    view->setFocus();
    view->setCurrentIndex(study.upNextModel()->index(0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(study.upNextModel()->queue()->episodeIds(), QStringList{second});
    // Gone from the library: dropped.
    Catalog smaller;
    for (const Topic &t : m_catalog.topics())
        smaller.addTopic(t);
    for (const Episode &e : m_catalog.episodes()) {
        if (e.id != second)
            smaller.addEpisode(e);
    }
    episodes.setCatalog(smaller);
    study.libraryLoaded();
    QCOMPARE(study.upNextModel()->rowCount(), 0);
    episodes.setCatalog(m_catalog);

    // Review: a finished episode is due the next day; the Review node counts it.
    m_store->setClock([] { return utc(2027, 1, 4, 10); });
    QVERIFY(m_store->setFinished(b, true));
    study.libraryLoaded();
    const QModelIndex reviewNode = window.treeModel()->indexForKey(u"status:review"_s);
    QCOMPARE(reviewNode.data(LibraryTreeModel::CountTextRole).toString(), u"1"_s);
    QVERIFY(episodes.isDueForReview(b));
    study.reviewPrompt()->ask(b, m_catalog.episode(b)->title);
    QVERIFY(study.reviewPrompt()->isVisible());
    study.reviewPrompt()->gotItButton()->click();
    QVERIFY(!study.reviewPrompt()->isVisible());
    QCOMPARE(study.reviewSchedule()->state(b)->box, 1);
    QCOMPARE(study.reviewSchedule()->state(b)->due, QDate(2027, 1, 9));
    QCOMPARE(reviewNode.data(LibraryTreeModel::CountTextRole).toString(), u"0"_s);

    // View → Statistics computes off the UI thread and shows the report.
    QSignalSpy shown(&study, &StudyController::statisticsShown);
    QAction *statistics = window.findChild<QAction *>(u"statisticsAction"_s);
    QVERIFY(statistics);
    QCOMPARE(statistics->shortcut(), QKeySequence(u"Ctrl+Shift+S"_s));
    statistics->trigger();
    QTRY_COMPARE(shown.size(), 1);
    StatisticsDialog *dialog = study.statisticsDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->figureLabel(StatisticsDialog::Today, StatisticsDialog::Listened)->text(),
             u"12 min"_s);
    QCOMPARE(dialog->report().reviewsDone.constLast().done, 1);
    // The CSV export writes every session.
    const QString csv = m_dir->filePath(u"history.csv"_s);
    emit dialog->exportCsvRequested(csv);
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count('\n'), 2);
    QVERIFY(text.contains(m_catalog.episode(a)->title.toUtf8()));
}

void TestStatisticsDialog::reviewPromptAfterHearingHalfAgain()
{
    // A due episode played again: the question comes once half of it was heard, not before.
    const QString clip = m_dir->filePath(u"review.wav"_s);
    QVERIFY(makeClip(clip, u"wavenc"_s, 4));
    Catalog catalog;
    for (const Topic &t : m_catalog.topics())
        catalog.addTopic(t);
    Episode e;
    e.id = u"review-me"_s;
    e.title = u"Review me"_s;
    e.topicId = m_catalog.topics().constFirst().id;
    e.audioUrl = QUrl::fromLocalFile(clip).toString();
    QVERIFY(catalog.addEpisode(e));
    EpisodeListModel episodes;
    episodes.setCatalog(catalog);
    MainWindow window(&episodes);
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    StudyController study(&window, &episodes, m_store.get(), &settings);
    const QDateTime finished = QDateTime::currentDateTimeUtc().addDays(-2);
    m_store->setClock([finished] { return finished; });
    QVERIFY(m_store->setFinished(e.id, true));
    QVERIFY(study.start());
    study.libraryLoaded();
    QVERIFY(episodes.isDueForReview(e.id));

    window.show();
    PlaybackController player(u"gstreamer"_s);
    study.attachPlayer(&player);
    ReviewPrompt *prompt = study.reviewPrompt();
    QSignalSpy positions(&player, &PlaybackController::positionChanged);
    player.playEpisode(e, 0);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 600, 10000);
    QVERIFY(prompt->isHidden()); // a quarter heard: not yet
    QTRY_VERIFY_WITH_TIMEOUT(!prompt->isHidden(), 10000);
    QVERIFY2(player.position() >= player.duration() / 2 - 300,
             qPrintable(u"%1 of %2"_s.arg(player.position()).arg(player.duration())));
    QCOMPARE(prompt->episodeId(), e.id);
    QVERIFY(prompt->text().contains(u"Review me"_s));
    prompt->againButton()->click();
    QCOMPARE(study.reviewSchedule()->state(e.id)->box, 0);
    QCOMPARE(study.reviewSchedule()->state(e.id)->due,
             QDateTime::currentDateTime().date().addDays(1));
    QVERIFY(!episodes.isDueForReview(e.id));
    player.stop();
}

QTEST_MAIN(TestStatisticsDialog)
#include "tst_statisticsdialog.moc"
