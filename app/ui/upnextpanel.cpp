#include "upnextpanel.h"

#include "upnextmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

UpNextPanel::UpNextPanel(UpNextModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"upNextPanel"_qs);
    m_view = new QListView;
    m_view->setObjectName(u"upNextView"_qs);
    m_view->setAccessibleName(tr("Up Next"));
    m_view->setAccessibleDescription(tr(
        "Episodes to play next, in order. Drag to reorder; Delete removes one; Enter plays it."));
    m_view->setModel(model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit playRequested(index.data(UpNextModel::EpisodeIdRole).toString());
    });

    m_empty = new QLabel(tr("Nothing queued. Add episodes with Q (at the end) or Shift+Q (next), "
                            "or from a card's menu."));
    m_empty->setWordWrap(true);

    m_play = new QPushButton(tr("&Play"));
    m_play->setAccessibleName(tr("Play the selected queued episode"));
    m_remove = new QPushButton(tr("Re&move"));
    m_remove->setObjectName(u"upNextRemove"_qs);
    m_remove->setAccessibleName(tr("Remove the selected episode from Up Next"));
    m_clear = new QPushButton(tr("C&lear"));
    m_clear->setObjectName(u"upNextClear"_qs);
    m_clear->setAccessibleName(tr("Clear Up Next"));
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            emit playRequested(m_view->currentIndex().data(UpNextModel::EpisodeIdRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, &UpNextPanel::removeCurrent);
    connect(m_clear, &QPushButton::clicked, m_model, &UpNextModel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UpNextPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UpNextPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UpNextPanel::updateButtons);
    updateButtons();
}

void UpNextPanel::removeCurrent()
{
    if (m_view->currentIndex().isValid())
        m_model->removeAt(m_view->currentIndex().row());
}

void UpNextPanel::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_play->setEnabled(any);
    m_remove->setEnabled(any);
    m_clear->setEnabled(any);
    m_empty->setVisible(!any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0));
}

bool UpNextPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
