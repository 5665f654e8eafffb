#pragma once

#include "podcast.h"

#include <QDialog>

class QCheckBox;

// A podcast's properties: its feed address, the last refresh and how it went, its episode
// count, and whether it refreshes automatically (the one thing that can be changed here).
class PodcastPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodcastPropertiesDialog)

public:
    explicit PodcastPropertiesDialog(const Podcast &podcast, QWidget *parent = nullptr);

    bool autoRefresh() const;
    // "Download new episodes automatically" (stored by the download queue, not in Podcast).
    void setAutoDownload(bool on);
    bool autoDownload() const;
    QCheckBox *autoDownloadBox() const { return m_autoDownload; }

private:
    QCheckBox *m_autoRefresh = nullptr;
    QCheckBox *m_autoDownload = nullptr;
};
