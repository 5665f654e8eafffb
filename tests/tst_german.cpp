// The library window in German: the translation compiled into the binary is installed as the
// app does it, and the window shows translated menus, tree nodes, plurals, sort items and
// German dates.
#include "catalogloader.h"
#include "episodelistmodel.h"
#include "librarytreemodel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void availableLanguages();
    void pluralForms();
    void menuTitles();
    void treeStatusNodes();
    void countLabel();
    void searchAndSort();
    void cardDatesAreGerman();

private:
    EpisodeListModel *m_model = nullptr;
    MainWindow *m_window = nullptr;
};

void TestGerman::initTestCase()
{
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestGerman::init()
{
    m_model = new EpisodeListModel;
    m_model->setCatalog(CatalogLoader::loadAll({}).catalog);
    m_window = new MainWindow(m_model);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestGerman::cleanup()
{
    delete m_window;
    delete m_model;
}

void TestGerman::availableLanguages()
{
    const QStringList languages = Translations::available();
    for (const QString &code : {u"de"_s, u"fr"_s, u"es"_s})
        QVERIFY2(languages.contains(code), qPrintable(languages.join(u", ")));
    QVERIFY(!languages.contains(u"en"_s));
}

void TestGerman::pluralForms()
{
    const char *source = "%1 of %n episode(s)";
    QCOMPARE(QCoreApplication::translate("MainWindow", source, nullptr, 1).arg(1),
             u"1 von 1 Folge"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", source, nullptr, 2).arg(0),
             u"0 von 2 Folgen"_s);
    QCOMPARE(QCoreApplication::translate("LibraryTreeModel", "%1, %n episode(s)", nullptr, 1)
                 .arg(u"Abgeschlossen"_s),
             u"Abgeschlossen, 1 Folge"_s);
    QCOMPARE(QCoreApplication::translate("ProgressCommands", "%n session(s) added", nullptr, 3),
             u"3 Sitzungen hinzugefügt"_s);
}

void TestGerman::menuTitles()
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));

    QStringList viewItems;
    for (QAction *action : m_window->menuBar()->actions().at(2)->menu()->actions()) {
        if (!action->isSeparator())
            viewItems.append(action->text());
    }
    QVERIFY2(viewItems.contains(u"&Suchen"_s), qPrintable(viewItems.join(u", ")));
    QVERIFY2(viewItems.contains(u"&Filter zurücksetzen"_s), qPrintable(viewItems.join(u", ")));
}

void TestGerman::treeStatusNodes()
{
    LibraryTreeModel *tree = m_window->treeModel();
    const QList<std::pair<QString, QString>> nodes{
        {u"all"_s, u"Alle Folgen"_s},
        {u"status:continue"_s, u"Weiterhören"_s},
        {u"status:not-started"_s, u"Nicht begonnen"_s},
        {u"status:finished"_s, u"Abgeschlossen"_s},
    };
    for (const auto &[key, title] : nodes) {
        const QModelIndex index = tree->indexForKey(key);
        QVERIFY2(index.isValid(), qPrintable(key));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), title);
    }
    QCOMPARE(tree->indexForKey(u"status:not-started"_s).data(Qt::AccessibleTextRole).toString(),
             u"Nicht begonnen, 21 Folgen"_s);
    QCOMPARE(
        tree->indexForKey(u"tag:ai-training/Fine-Tuning"_s).data(Qt::AccessibleTextRole).toString(),
        u"Fine-Tuning, 0 von 8 Folgen abgeschlossen"_s);
}

void TestGerman::countLabel()
{
    QCOMPARE(m_window->countLabel()->text(), u"21 von 21 Folgen"_s);
    m_window->searchField()->setText(u"zzz-no-such-episode"_s);
    QCOMPARE(m_window->countLabel()->text(), u"0 von 21 Folgen"_s);
}

void TestGerman::searchAndSort()
{
    QCOMPARE(m_window->searchField()->placeholderText(),
             u"Folgen, Shownotes und Transkripte durchsuchen (Strg+F)"_s);
    QComboBox *sort = m_window->sortBox();
    QStringList items;
    for (int i = 0; i < sort->count(); ++i)
        items.append(sort->itemText(i));
    QCOMPARE(items, (QStringList{u"Neueste zuerst"_s, u"Kursreihenfolge"_s, u"Titel"_s, u"Dauer"_s,
                                 u"Zuletzt gehört"_s}));
}

void TestGerman::cardDatesAreGerman()
{
    // The card delegate formats the published date with the view's locale, short format.
    QListView *view = m_window->episodeView();
    QCOMPARE(view->locale().language(), QLocale::German);
    const QDate published =
        view->model()->index(0, 0).data(EpisodeListModel::PublishedRole).toDate();
    QVERIFY(published.isValid());
    QCOMPARE(view->locale().toString(published, QLocale::ShortFormat),
             published.toString(u"dd.MM.yy"_s));
    QCOMPARE(QLocale().toString(QDate(2026, 3, 1), u"d. MMMM yyyy"_s), u"1. März 2026"_s);
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
