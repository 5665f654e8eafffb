#pragma once

#include <QDialog>
#include <QHash>
#include <QTimer>

class DownloadQueue;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// View > Downloads: every download with its state, progress, speed and what remains; pause,
// resume (also Retry) and cancel the selected one or all. Passive: it shows the queue and calls
// its methods; rows are refreshed at most every kRefreshMs, whatever the number of transfers.
class DownloadsPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)

public:
    static constexpr int kRefreshMs = 250;
    enum Column {
        TitleColumn,
        FolderColumn,
        StateColumn,
        ProgressColumn,
        SpeedColumn,
        RemainingColumn
    };

    explicit DownloadsPanel(DownloadQueue *queue, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    // The row of an episode; null when it has no download.
    QTreeWidgetItem *rowOf(const QString &episodeId) const { return m_rows.value(episodeId); }
    QString selectedEpisodeId() const;
    void selectEpisode(const QString &episodeId);

    // Shows what the queue holds now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    DownloadQueue *m_queue = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_pauseAll = nullptr;
    QPushButton *m_resumeAll = nullptr;
    QPushButton *m_cancelAll = nullptr;
    QHash<QString, QTreeWidgetItem *> m_rows;
    QTimer m_refreshTimer;
};
