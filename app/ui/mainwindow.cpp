#include "mainwindow.h"

#include "episodelistmodel.h"

#include <QEvent>
#include <QListView>
#include <QTimer>

MainWindow::MainWindow(EpisodeListModel *episodes, QWidget *parent)
    : QMainWindow(parent)
    , m_episodes(episodes)
    , m_episodeView(new QListView(this))
{
    setWindowTitle(tr("Earmark"));
    m_episodeView->setObjectName(u"episodeView"_qs);
    m_episodeView->setModel(m_episodes);
    m_episodeView->setUniformItemSizes(true);
    m_episodeView->viewport()->installEventFilter(this);
    setCentralWidget(m_episodeView);
    resize(1100, 720);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_episodeView->viewport()) {
        m_painted = true;
        // Report after this paint has finished.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
    return QMainWindow::eventFilter(watched, event);
}
