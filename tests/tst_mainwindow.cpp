#include "catalogloader.h"
#include "episodelistmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsBundledEpisodes();
};

void TestMainWindow::showsBundledEpisodes()
{
    const auto loaded = CatalogLoader::loadAll({});
    EpisodeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(loaded.catalog);
    MainWindow window(&model);
    QSignalSpy painted(&window, &MainWindow::firstPainted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(u"Earmark"_s));
    QTRY_COMPARE(painted.count(), 1);
    QListView *view = window.episodeView();
    QCOMPARE(view->model()->rowCount(), 21);
    QCOMPARE(view->model()->index(0, 0).data().toString(),
             u"When to fine-tune vs when to prompt"_s);
    QVERIFY(view->visualRect(view->model()->index(0, 0)).isValid());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
