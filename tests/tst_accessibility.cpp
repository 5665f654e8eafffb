// What a screen reader and a keyboard user get: accessible names on every control, cards and
// tree nodes that speak their state, and a tab order that reaches everything.
#include "catalogloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    // English as the app installs it: its plural forms ("1 episode", "2 episodes").
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();
    void everyControlHasAName();
    void cardsSpeakTitleStateAndProgress();
    void treeNodesSpeakTheirCounts();
    void tabReachesEveryArea();

private:
    QString cellName(QWidget *view, int row) const;

    EpisodeListModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::init()
{
    m_model = new EpisodeListModel;
    m_model->setCatalog(CatalogLoader::loadAll({}).catalog);
    m_window = new MainWindow(m_model);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanup()
{
    delete m_window;
    delete m_model;
}

void TestAccessibility::everyControlHasAName()
{
    QStringList unnamed;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    const auto description = [](QWidget *w) {
        return QAccessible::queryAccessibleInterface(w)->text(QAccessible::Description);
    };
    QVERIFY(!description(m_window->searchField()).isEmpty());
    QVERIFY(!description(m_window->episodeView()).isEmpty());
    QVERIFY(!description(m_window->libraryTree()).isEmpty());
}

QString TestAccessibility::cellName(QWidget *view, int row) const
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *table = iface->tableInterface();
    if (!table)
        return {};
    QAccessibleInterface *cell = table->cellAt(row, 0);
    return cell ? cell->text(QAccessible::Name) : QString();
}

void TestAccessibility::cardsSpeakTitleStateAndProgress()
{
    const int row =
        m_window->filterModel()->mapFromSource(m_model->index(m_model->rowOf(u"lora"_s))).row();
    QCOMPARE(cellName(m_window->episodeView(), row),
             u"LoRA — low-rank adaptation for efficient fine-tuning, 1 min 33 s, not started"_s);
    EpisodeProgress p;
    p.episodeId = u"lora"_s;
    p.positionMs = 46500;
    p.durationMs = 93000;
    m_model->setProgress(p);
    m_model->setNowPlaying(u"lora"_s);
    QCOMPARE(cellName(m_window->episodeView(), row),
             u"LoRA — low-rank adaptation for efficient fine-tuning, 1 min 33 s, in progress, "
             "50% listened, now playing"_s);
    p.finished = true;
    m_model->setProgress(p);
    m_model->setError(u"lora"_s, u"file missing"_s);
    QVERIFY(cellName(m_window->episodeView(), row)
                .endsWith(u", finished, now playing, audio error: file missing"_s));
}

void TestAccessibility::treeNodesSpeakTheirCounts()
{
    QTreeView *tree = m_window->libraryTree();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tree);
    QAccessibleTableInterface *table = iface->tableInterface();
    QVERIFY(table);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->cellAt(row, 0)->text(QAccessible::Name));
    QVERIFY2(names.contains(u"Fine-Tuning, 0 of 8 episodes finished"_s),
             qPrintable(names.join(u'|')));
    QVERIFY(names.contains(u"Not started, 21 episodes"_s));
}

void TestAccessibility::tabReachesEveryArea()
{
    m_window->activateWindow();
    m_window->searchField()->setFocus();
    QTRY_VERIFY(m_window->searchField()->hasFocus());
    QList<QWidget *> order{m_window->searchField()};
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    QCOMPARE(order.at(1), static_cast<QWidget *>(m_window->sortBox()));
    QCOMPARE(order.at(2), static_cast<QWidget *>(m_window->libraryTree()));
    QCOMPARE(order.at(3), static_cast<QWidget *>(m_window->episodeView()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
