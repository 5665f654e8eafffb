// The library window on the offscreen platform, driven as a user would: tree clicks, typing,
// keys, chip clicks, context menu actions.
#include "appearance.h"
#include "catalogloader.h"
#include "episodecarddelegate.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // English as the app installs it: its plural forms ("1 episode", "2 episodes").
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();
    void showsBundledEpisodes();
    void selectingATagShowsItsEpisodes();
    void searchNarrowsTheSelection();
    void ctrlClickCombinesTags();
    void clickingATagChipFilters();
    void findAndPlayWithoutTheMouse();
    void emptyStateClearsFilters();
    void headerChipsRemoveFilters();
    void finishingUpdatesTreeAndCard();
    void contextMenuActions();
    void settingsSurviveARestart();
    void cardsReflowWithTheWindow();
    void appearanceFollowsTheMenu();

private:
    void clickNode(const QString &key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QStringList chipTexts() const;

    EpisodeListModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_model = new EpisodeListModel;
    m_model->setCatalog(CatalogLoader::loadAll({}).catalog);
    m_window = new MainWindow(m_model);
    new QAbstractItemModelTester(m_window->filterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window);
    new QAbstractItemModelTester(m_window->treeModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_window);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_model;
}

void TestMainWindow::clickNode(const QString &key, Qt::KeyboardModifiers modifiers)
{
    QTreeView *tree = m_window->libraryTree();
    const QModelIndex index = m_window->treeModel()->indexForKey(key);
    QVERIFY2(index.isValid(), qPrintable(key));
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers,
                      tree->visualRect(index).center());
}

QStringList TestMainWindow::chipTexts() const
{
    QStringList out;
    for (auto *chip :
         m_window->findChild<QWidget *>(u"filterChips"_s)->findChildren<QToolButton *>())
        out.append(chip->text().chopped(3));
    return out;
}

void TestMainWindow::showsBundledEpisodes()
{
    QSignalSpy painted(m_window, &MainWindow::firstPainted);
    QVERIFY(m_window->windowTitle().contains(u"Earmark"_s));
    QTRY_COMPARE(painted.count(), 1);
    QListView *view = m_window->episodeView();
    QCOMPARE(view->model()->rowCount(), 21);
    QCOMPARE(m_window->countLabel()->text(), u"21 of 21 episodes"_s);
    QVERIFY(view->visualRect(view->model()->index(0, 0)).isValid());
}

void TestMainWindow::selectingATagShowsItsEpisodes()
{
    clickNode(u"tag:ai-training/Fine-Tuning"_s);
    QCOMPARE(m_window->episodeView()->model()->rowCount(), 8);
    QCOMPARE(m_window->countLabel()->text(), u"8 of 21 episodes"_s);
    QCOMPARE(chipTexts(), QStringList{u"Fine-Tuning"_s});
    for (int r = 0; r < 8; ++r) {
        QVERIFY(m_window->filterModel()
                    ->index(r, 0)
                    .data(EpisodeListModel::TagsRole)
                    .toStringList()
                    .contains(u"Fine-Tuning"_s));
    }
}

void TestMainWindow::searchNarrowsTheSelection()
{
    clickNode(u"tag:ai-training/Fine-Tuning"_s);
    QTest::keyClicks(m_window->searchField(), u"LORA"_s);
    // LoRA, QLoRA and PEFT methods (which mentions LoRA) carry the word.
    QCOMPARE(m_window->filterModel()->rowCount(), 3);
    QCOMPARE(m_window->countLabel()->text(), u"3 of 21 episodes"_s);
    QTest::keyClicks(m_window->searchField(), u" consumer"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    QCOMPARE(m_window->filterModel()->episodeIdAt(0), u"qlora"_s);
}

void TestMainWindow::ctrlClickCombinesTags()
{
    clickNode(u"tag:ai-training/Large Language Models"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 8);
    clickNode(u"tag:ai-training/Generative AI"_s, Qt::ControlModifier);
    QCOMPARE(m_window->filterModel()->rowCount(), 8);
    clickNode(u"tag:ai-training/Fine-Tuning"_s, Qt::ControlModifier);
    QCOMPARE(m_window->filterModel()->rowCount(), 0); // no episode carries both
    QVERIFY(m_window->findChild<QWidget *>(u"emptyState"_s)->isVisible());
}

void TestMainWindow::clickingATagChipFilters()
{
    QListView *view = m_window->episodeView();
    const QModelIndex first = view->model()->index(0, 0);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(first);
    const auto chips = m_window->cardDelegate()->chipRects(option, first);
    QVERIFY(!chips.isEmpty());
    QCOMPARE(chips.first().first, u"Fine-Tuning"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, chips.first().second.center());
    QCOMPARE(m_window->filterModel()->rowCount(), 8);
    QCOMPARE(chipTexts(), QStringList{u"Fine-Tuning"_s});
    const QModelIndex selected = m_window->libraryTree()->currentIndex();
    QCOMPARE(selected.data(LibraryTreeModel::KeyRole).toString(), u"tag:ai-training/Fine-Tuning"_s);
}

void TestMainWindow::findAndPlayWithoutTheMouse()
{
    QSignalSpy play(m_window, &MainWindow::playRequested);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QTest::keyClicks(m_window->searchField(), u"chinchilla"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QVERIFY(m_window->episodeView()->hasFocus());
    QTest::keyClick(m_window->episodeView(), Qt::Key_Return);
    QCOMPARE(play.count(), 1);
    QCOMPARE(play.at(0).at(0).toString(), u"chinchilla-optimal"_s);
    QTest::keyClick(m_window->episodeView(), Qt::Key_Up);
    QVERIFY(m_window->searchField()->hasFocus());
}

void TestMainWindow::emptyStateClearsFilters()
{
    QTest::keyClicks(m_window->searchField(), u"no such words anywhere"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    QWidget *empty = m_window->findChild<QWidget *>(u"emptyState"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(m_window->countLabel()->text(), u"0 of 21 episodes"_s);
    auto *clear = m_window->findChild<QAbstractButton *>(u"clearFiltersButton"_s);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_window->filterModel()->rowCount(), 21);
    QVERIFY(m_window->searchField()->text().isEmpty());
    QVERIFY(!empty->isVisible());
}

void TestMainWindow::headerChipsRemoveFilters()
{
    clickNode(u"tag:ai-training/Fine-Tuning"_s);
    clickNode(u"tag:ai-training/GenAI Explained"_s, Qt::ControlModifier);
    QTest::keyClicks(m_window->searchField(), u"tuning"_s);
    QCOMPARE(chipTexts(),
             QStringList({u"Fine-Tuning"_s, u"GenAI Explained"_s, u"\u201Ctuning\u201D"_s}));
    const auto chipFor = [this](const QString &part) {
        for (auto *chip :
             m_window->findChild<QWidget *>(u"filterChips"_s)->findChildren<QToolButton *>())
            if (chip->property("filterPart").toString() == part)
                return chip;
        return static_cast<QToolButton *>(nullptr);
    };
    QTest::mouseClick(chipFor(u"search"_s), Qt::LeftButton);
    QCOMPARE(chipTexts(), QStringList({u"Fine-Tuning"_s, u"GenAI Explained"_s}));
    QTest::mouseClick(chipFor(u"tag:Fine-Tuning"_s), Qt::LeftButton);
    QCOMPARE(chipTexts(), QStringList({u"GenAI Explained"_s}));
    QCOMPARE(m_window->filterModel()->rowCount(), 21);
    QTest::mouseClick(chipFor(u"tag:GenAI Explained"_s), Qt::LeftButton);
    QCOMPARE(chipTexts(), QStringList({u"AI Training"_s})); // falls back to the topic
}

void TestMainWindow::finishingUpdatesTreeAndCard()
{
    const QModelIndex node = m_window->treeModel()->indexForKey(u"tag:ai-training/Fine-Tuning"_s);
    QCOMPARE(node.data(LibraryTreeModel::CountTextRole).toString(), u"0/8"_s);
    EpisodeProgress p;
    p.episodeId = u"lora"_s;
    p.finished = true;
    p.timesPlayed = 1;
    m_model->setProgress(p);
    QCOMPARE(node.data(LibraryTreeModel::CountTextRole).toString(), u"1/8"_s);
    const QModelIndex card =
        m_window->filterModel()->mapFromSource(m_model->index(m_model->rowOf(u"lora"_s)));
    QCOMPARE(card.data(EpisodeListModel::FinishedRole).toBool(), true);
    QCOMPARE(card.data(EpisodeListModel::ProgressRole).toDouble(), 1.0);
    clickNode(u"status:finished"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
}

void TestMainWindow::contextMenuActions()
{
    QSignalSpy play(m_window, &MainWindow::playRequested);
    QSignalSpy finish(m_window, &MainWindow::finishedChangeRequested);
    QSignalSpy reset(m_window, &MainWindow::resetProgressRequested);
    const QModelIndex card = m_window->filterModel()->index(0, 0);
    const QString id = card.data(EpisodeListModel::IdRole).toString();
    std::unique_ptr<QMenu> menu(m_window->createEpisodeMenu(card));
    QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 9);
    QCOMPARE(actions.at(8)->text(), u"&Open episode page"_s);
    QCOMPARE(actions.at(1)->text(), u"Mark as &finished"_s);
    QVERIFY(!actions.at(2)->isEnabled()); // nothing to reset yet
    actions.at(0)->trigger();
    actions.at(1)->trigger();
    QCOMPARE(play.value(0).value(0).toString(), id);
    QCOMPARE(finish.value(0).value(0).toString(), id);
    QCOMPARE(finish.value(0).value(1).toBool(), true);
    actions.at(4)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             card.data(EpisodeListModel::TitleRole).toString());
    QSignalSpy playNext(m_window, &MainWindow::playNextRequested);
    QSignalSpy addToUpNext(m_window, &MainWindow::addToUpNextRequested);
    QCOMPARE(actions.at(6)->text(), u"Play ne&xt"_s);
    QCOMPARE(actions.at(6)->shortcut(), QKeySequence(u"Shift+Q"_s));
    QCOMPARE(actions.at(7)->shortcut(), QKeySequence(u"Q"_s));
    actions.at(6)->trigger();
    actions.at(7)->trigger();
    QCOMPARE(playNext.value(0).value(0).toString(), id);
    QCOMPARE(addToUpNext.value(0).value(0).toString(), id);
    actions.at(8)->trigger();
    QVERIFY(m_window->isEpisodePageShown());
    m_window->showCards();

    EpisodeProgress p;
    p.episodeId = id;
    p.finished = true;
    m_model->setProgress(p);
    menu.reset(m_window->createEpisodeMenu(m_window->filterModel()->index(0, 0)));
    actions = menu->actions();
    QCOMPARE(actions.at(1)->text(), u"Mark as &unfinished"_s);
    QVERIFY(actions.at(2)->isEnabled());
    actions.at(2)->trigger();
    QCOMPARE(reset.value(0).value(0).toString(), id);
}

void TestMainWindow::settingsSurviveARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    clickNode(u"tag:ai-training/Large Language Models"_s);
    clickNode(u"tag:ai-training/Generative AI"_s, Qt::ControlModifier);
    m_window->sortBox()->setCurrentIndex(m_window->sortBox()->findText(u"Course order"_s));
    QTest::keyClicks(m_window->searchField(), u"training"_s);
    m_window->resize(1000, 700);
    {
        QSettings settings(file, QSettings::IniFormat);
        m_window->saveSettings(settings);
    }
    const int rows = m_window->filterModel()->rowCount();
    delete m_window;

    m_window = new MainWindow(m_model);
    {
        QSettings settings(file, QSettings::IniFormat);
        m_window->restoreSettings(settings);
    }
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(1000, 700));
    QCOMPARE(m_window->searchField()->text(), u"training"_s);
    QCOMPARE(m_window->sortBox()->currentText(), u"Course order"_s);
    QCOMPARE(chipTexts(), QStringList({u"Large Language Models"_s, u"Generative AI"_s,
                                       u"\u201Ctraining\u201D"_s}));
    QCOMPARE(m_window->filterModel()->rowCount(), rows);
    QCOMPARE(m_window->filterModel()->sortOrder(), EpisodeFilterModel::SortOrder::Course);
}

void TestMainWindow::cardsReflowWithTheWindow()
{
    QListView *view = m_window->episodeView();
    const QModelIndex first = view->model()->index(0, 0);
    const QModelIndex second = view->model()->index(1, 0);
    // Wide: two columns side by side.
    QTRY_COMPARE(view->visualRect(second).top(), view->visualRect(first).top());
    m_window->resize(640, 600);
    // Narrow: one column, the card as wide as the view.
    QTRY_VERIFY(view->visualRect(second).top() > view->visualRect(first).top());
    QVERIFY(view->visualRect(first).width() >= view->viewport()->width() - 2);
}

void TestMainWindow::appearanceFollowsTheMenu()
{
    Appearance appearance;
    m_window->attachAppearance(&appearance);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QMenu *menu = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->text() == u"&View"_s)
            for (QAction *sub : a->menu()->actions())
                if (sub->text() == u"&Appearance"_s)
                    menu = sub->menu();
    }
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    QVERIFY(menu->actions().at(0)->isChecked());
    menu->actions().at(2)->trigger(); // Dark
    QCOMPARE(appearance.mode(), Appearance::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    QVERIFY(menu->actions().at(2)->isChecked());
    menu->actions().at(1)->trigger(); // Light
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    menu->actions().at(0)->trigger(); // back to the system's
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QVERIFY(!menu->actions().at(1)->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
