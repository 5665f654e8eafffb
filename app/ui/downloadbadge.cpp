#include "downloadbadge.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace {
constexpr int kPadding = 8;

int percentOf(const DownloadItem &item)
{
    return item.bytesTotal > 0 ? int(item.bytesDone * 100 / item.bytesTotal) : 0;
}
} // namespace

QString DownloadBadge::text(const DownloadItem &item)
{
    switch (item.state) {
    case DownloadState::None:
        return QString();
    case DownloadState::Queued:
        return tr("Queued");
    case DownloadState::Downloading:
        return item.bytesTotal > 0 ? tr("%1%").arg(percentOf(item)) : tr("Downloading");
    case DownloadState::Paused:
        return item.bytesTotal > 0 ? tr("Paused %1%").arg(percentOf(item)) : tr("Paused");
    case DownloadState::Completed:
        return tr("Downloaded");
    case DownloadState::Failed:
        return tr("Download failed");
    }
    return QString();
}

QString DownloadBadge::toolTip(const DownloadItem &item)
{
    const QLocale locale;
    switch (item.state) {
    case DownloadState::None:
        return QString();
    case DownloadState::Queued:
        return tr("Waiting to download.");
    case DownloadState::Downloading:
    case DownloadState::Paused:
        return item.bytesTotal > 0
                   ? tr("Downloaded %1 of %2.")
                         .arg(locale.formattedDataSize(item.bytesDone),
                              locale.formattedDataSize(item.bytesTotal))
                   : tr("Downloaded %1.").arg(locale.formattedDataSize(item.bytesDone));
    case DownloadState::Completed:
        return tr("Downloaded: plays from disk.");
    case DownloadState::Failed:
        return tr("Download failed: %1").arg(item.error);
    }
    return QString();
}

QRect DownloadBadge::paint(QPainter *painter, const DownloadItem &item, const QRect &line,
                           int right, const QFont &font, const QPalette &palette)
{
    if (item.state == DownloadState::None)
        return {};
    painter->save();
    painter->setFont(font);
    const QColor highlight = palette.color(QPalette::Highlight);
    QRect r;
    if (item.state == DownloadState::Completed) {
        // A downward arrow onto a line in a filled circle: on disk.
        const int d = line.height() - 4;
        r = QRect(right - d, line.top() + 2, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(highlight);
        painter->drawEllipse(r);
        QPen pen(palette.color(QPalette::HighlightedText), qMax(1.5, d / 9.0), Qt::SolidLine,
                 Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        const QPointF c = QRectF(r).center();
        painter->drawLine(QPointF(c.x(), r.top() + d * 0.22), QPointF(c.x(), r.top() + d * 0.62));
        painter->drawPolyline(QPolygonF{QPointF(c.x() - d * 0.2, r.top() + d * 0.45),
                                        QPointF(c.x(), r.top() + d * 0.64),
                                        QPointF(c.x() + d * 0.2, r.top() + d * 0.45)});
        painter->drawLine(QPointF(c.x() - d * 0.24, r.top() + d * 0.76),
                          QPointF(c.x() + d * 0.24, r.top() + d * 0.76));
        painter->restore();
        return r;
    }
    const QString label = text(item);
    const int w = QFontMetrics(font).horizontalAdvance(label) + 2 * kPadding;
    r = QRect(right - w, line.top() + 1, w, line.height() - 2);
    const qreal radius = r.height() / 2.0;
    const QColor textColor = palette.color(QPalette::Text);
    switch (item.state) {
    case DownloadState::Failed:
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc0, 0x39, 0x2b));
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(Qt::white);
        break;
    case DownloadState::Downloading:
    case DownloadState::Paused: {
        // The pill fills up as the file comes in.
        painter->setPen(QPen(highlight, 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        QColor fill = highlight;
        fill.setAlphaF(item.state == DownloadState::Paused ? 0.25 : 0.45);
        painter->save();
        painter->setClipRect(
            QRect(r.left(), r.top(), r.width() * percentOf(item) / 100, r.height()));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(r, radius, radius);
        painter->restore();
        painter->setPen(textColor);
        break;
    }
    default: // Queued
        painter->setPen(QPen(textColor, 1.0, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->setPen(textColor);
        break;
    }
    painter->drawText(r, Qt::AlignCenter, label);
    painter->restore();
    return r;
}
