#include "downloadspanel.h"

#include "downloadqueue.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString stateText(const DownloadItem &item)
{
    switch (item.state) {
    case DownloadState::None:
        return QString();
    case DownloadState::Queued:
        return item.error.isEmpty() ? DownloadsPanel::tr("Queued")
                                    : DownloadsPanel::tr("Retrying: %1").arg(item.error);
    case DownloadState::Downloading:
        return DownloadsPanel::tr("Downloading");
    case DownloadState::Paused:
        return DownloadsPanel::tr("Paused");
    case DownloadState::Completed:
        return DownloadsPanel::tr("Downloaded");
    case DownloadState::Failed:
        return DownloadsPanel::tr("Failed: %1").arg(item.error);
    }
    return QString();
}
} // namespace

DownloadsPanel::DownloadsPanel(DownloadQueue *queue, QWidget *parent)
    : QDialog(parent)
    , m_queue(queue)
{
    setWindowTitle(tr("Downloads"));
    setObjectName(u"downloadsPanel"_qs);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"downloadList"_qs);
    m_list->setAccessibleName(tr("Downloads"));
    m_list->setAccessibleDescription(
        tr("Each download with its state, progress, speed and remaining size."));
    m_list->setColumnCount(6);
    m_list->setHeaderLabels({tr("Episode"), tr("Podcast or topic"), tr("State"), tr("Progress"),
                             tr("Speed"), tr("Remaining")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StateColumn, QHeaderView::Interactive);
    header->resizeSection(StateColumn, 180); // the whole reason is in the tooltip

    m_status = new QLabel(this);
    m_status->setObjectName(u"downloadStatus"_qs);
    m_status->setAccessibleName(tr("Download status"));
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const QString &name, const QString &object) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(object);
        b->setAccessibleName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_pause = button(tr("&Pause"), tr("Pause the selected download"), u"pauseButton"_qs);
    m_resume =
        button(tr("&Resume"), tr("Resume or retry the selected download"), u"resumeButton"_qs);
    m_cancel =
        button(tr("&Cancel download"), tr("Cancel the selected download"), u"cancelButton"_qs);
    m_pauseAll = button(tr("Pause &all"), tr("Pause all downloads"), u"pauseAllButton"_qs);
    m_resumeAll = button(tr("Resume a&ll"), tr("Resume all downloads"), u"resumeAllButton"_qs);
    m_cancelAll =
        button(tr("Cancel all"), tr("Cancel all unfinished downloads"), u"cancelAllButton"_qs);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_queue->pause(selectedEpisodeId()); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { m_queue->resume(selectedEpisodeId()); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { m_queue->cancel(selectedEpisodeId()); });
    connect(m_pauseAll, &QPushButton::clicked, m_queue, &DownloadQueue::pauseAll);
    connect(m_resumeAll, &QPushButton::clicked, m_queue, &DownloadQueue::resumeAll);
    connect(m_cancelAll, &QPushButton::clicked, m_queue, &DownloadQueue::cancelAll);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DownloadsPanel::updateButtons);

    auto *row = new QHBoxLayout;
    for (QPushButton *b : {m_pause, m_resume, m_cancel})
        row->addWidget(b);
    row->addStretch(1);
    for (QPushButton *b : {m_pauseAll, m_resumeAll, m_cancelAll})
        row->addWidget(b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the downloads"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(760, 420);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DownloadsPanel::refresh);
    const auto later = [this] {
        if (isVisible() && !m_refreshTimer.isActive())
            m_refreshTimer.start();
    };
    connect(m_queue, &DownloadQueue::itemChanged, this, later);
    connect(m_queue, &DownloadQueue::itemProgress, this, later);
    connect(m_queue, &DownloadQueue::stopped, this, later);
    refresh();
}

void DownloadsPanel::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

QString DownloadsPanel::selectedEpisodeId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toString() : QString();
}

void DownloadsPanel::selectEpisode(const QString &episodeId)
{
    if (QTreeWidgetItem *item = m_rows.value(episodeId))
        m_list->setCurrentItem(item);
}

void DownloadsPanel::refresh()
{
    const QLocale locale;
    const QList<DownloadItem> items = m_queue->items();
    QSet<QString> present;
    for (const DownloadItem &d : items) {
        present.insert(d.episodeId);
        QTreeWidgetItem *row = m_rows.value(d.episodeId);
        if (!row) {
            row = new QTreeWidgetItem(m_list);
            row->setData(TitleColumn, Qt::UserRole, d.episodeId);
            m_rows.insert(d.episodeId, row);
        }
        row->setText(TitleColumn, d.title);
        row->setToolTip(TitleColumn, d.title);
        row->setText(FolderColumn, d.folder);
        row->setText(StateColumn, stateText(d));
        row->setToolTip(StateColumn, stateText(d));
        const bool running = d.state == DownloadState::Downloading;
        QString progress;
        if (d.state == DownloadState::Completed)
            progress = locale.formattedDataSize(d.bytesTotal);
        else if (d.bytesTotal > 0)
            progress = tr("%1% of %2")
                           .arg(d.bytesDone * 100 / d.bytesTotal)
                           .arg(locale.formattedDataSize(d.bytesTotal));
        else if (d.bytesDone > 0)
            progress = locale.formattedDataSize(d.bytesDone);
        row->setText(ProgressColumn, progress);
        row->setText(SpeedColumn,
                     running && d.bytesPerSecond > 0
                         ? tr("%1/s").arg(locale.formattedDataSize(qint64(d.bytesPerSecond)))
                         : QString());
        row->setText(RemainingColumn, d.state != DownloadState::Completed && d.bytesRemaining() >= 0
                                          ? locale.formattedDataSize(d.bytesRemaining())
                                          : QString());
    }
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    QString status = tr("Downloaded: %1").arg(locale.formattedDataSize(m_queue->totalBytes()));
    if (m_queue->isStopped())
        status = tr("Downloads stopped: %1 Make room, then press Resume all.")
                     .arg(m_queue->stopReason()) +
                 u"\n"_qs + status;
    m_status->setText(status);
    updateButtons();
}

void DownloadsPanel::updateButtons()
{
    const QString id = selectedEpisodeId();
    const DownloadState state = m_queue->state(id);
    m_pause->setEnabled(state == DownloadState::Queued || state == DownloadState::Downloading);
    m_resume->setEnabled(state == DownloadState::Paused || state == DownloadState::Failed);
    m_cancel->setEnabled(state != DownloadState::None && state != DownloadState::Completed);
}
