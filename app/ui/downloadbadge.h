#pragma once

#include "downloaditem.h"

#include <QCoreApplication>
#include <QRect>

class QFont;
class QPainter;
class QPalette;

// How a card shows its episode's download: nothing when not downloaded, "Queued", a bar with
// the percent while downloading (or paused), an icon when downloaded, a red "Download failed"
// badge (the reason is in the card's tooltip).
class DownloadBadge final
{
    Q_DECLARE_TR_FUNCTIONS(DownloadBadge)

public:
    // The words on the badge (also for tooltips and tests); empty when nothing is shown.
    static QString text(const DownloadItem &item);
    // The sentence for the card's tooltip; empty when not downloaded.
    static QString toolTip(const DownloadItem &item);
    // Paints the badge right-aligned to `right` on `line`; returns where it went (empty when
    // nothing was painted), so the title stops before it.
    static QRect paint(QPainter *painter, const DownloadItem &item, const QRect &line, int right,
                       const QFont &font, const QPalette &palette);
};
