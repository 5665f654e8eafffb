#include "episodecarddelegate.h"

#include "downloadbadge.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "listeningstatus.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace {
constexpr int kMargin = 6;   // between cards
constexpr int kPadding = 12; // inside a card
constexpr int kGap = 6;
constexpr int kChipPadding = 8;
constexpr int kProgressHeight = 4;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() * 1.1);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

struct EpisodeCardDelegate::Layout
{
    QRect card;
    QRect title;
    QRect meta;
    QRect summary;
    QRect chips;
    QRect progress;
    int lineHeight = 0;
};

void EpisodeCardDelegate::paintTitle(QPainter *painter, const QString &title, const QFont &font,
                                     const QRect &firstLine, int fullWidth)
{
    // Wrapped at word boundaries over kMaxTitleLines; the first line is narrower (it leaves
    // room for the duration and badges), the last one is elided.
    const QFontMetrics fm(font);
    QTextLayout layout(title, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    int y = firstLine.top();
    for (int lineNo = 0; lineNo < kMaxTitleLines; ++lineNo) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const int width = lineNo == 0 ? firstLine.width() : fullWidth;
        line.setLineWidth(width);
        const bool last = lineNo == kMaxTitleLines - 1;
        const QString shown =
            last ? fm.elidedText(title.mid(line.textStart()).simplified(), Qt::ElideRight, width)
                 : title.mid(line.textStart(), line.textLength()).trimmed();
        painter->drawText(QRect(firstLine.left(), y, width, firstLine.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, shown);
        y += fm.lineSpacing();
    }
    layout.endLayout();
}

EpisodeCardDelegate::EpisodeCardDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

QString EpisodeCardDelegate::formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString EpisodeCardDelegate::summaryText(const QModelIndex &index)
{
    if (index.data(EpisodeFilterModel::MatchHintRole).toBool())
        return EpisodeFilterModel::matchHint(
            index.data(EpisodeFilterModel::MatchFieldRole).toInt(),
            index.data(EpisodeFilterModel::MatchSnippetRole).toString());
    return index.data(EpisodeListModel::SummaryRole).toString();
}

int EpisodeCardDelegate::cardWidth() const
{
    const int available = qMax(kMinCardWidth / 2, m_view->viewport()->width() - 1);
    const int columns = qMax(1, available / kMinCardWidth);
    return available / columns;
}

EpisodeCardDelegate::Layout EpisodeCardDelegate::layout(const QStyleOptionViewItem &option) const
{
    const QFontMetrics base(option.font);
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    Layout l;
    l.lineHeight = base.lineSpacing();
    l.card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect inner = l.card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    int y = inner.top();
    // Two title lines: podcast titles run long. The first line shares its row with the
    // duration and the badges.
    l.title = QRect(inner.left(), y, inner.width(), title.height());
    y += title.lineSpacing() * kMaxTitleLines + kGap / 2;
    l.meta = QRect(inner.left(), y, inner.width(), small.height());
    y += small.height() + kGap;
    l.summary = QRect(inner.left(), y, inner.width(), l.lineHeight * kMaxSummaryLines);
    y += l.summary.height() + kGap;
    l.chips = QRect(inner.left(), y, inner.width(), small.height() + 6);
    y += l.chips.height() + kGap;
    l.progress = QRect(inner.left(), y, inner.width(), kProgressHeight);
    return l;
}

QSize EpisodeCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, cardWidth(), 1000);
    const Layout l = layout(opt);
    return {cardWidth(), l.progress.bottom() + 1 + kPadding + kMargin};
}

QList<QPair<QString, QRect>> EpisodeCardDelegate::chipRects(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const
{
    const Layout l = layout(option);
    const QFontMetrics small(smallFont(option.font));
    QList<QPair<QString, QRect>> out;
    int x = l.chips.left();
    for (const QString &tag : index.data(EpisodeListModel::TagsRole).toStringList()) {
        const int w = small.horizontalAdvance(tag) + 2 * kChipPadding;
        if (x + w > l.chips.right() + 1)
            break;
        out.append({tag, QRect(x, l.chips.top(), w, l.chips.height())});
        x += w + kGap;
    }
    return out;
}

void EpisodeCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt);
    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool nowPlaying = index.data(EpisodeListModel::NowPlayingRole).toBool();
    const auto status = ListeningStatus(index.data(EpisodeListModel::StatusRole).toInt());
    const QString error = index.data(EpisodeListModel::ErrorRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Card panel.
    const QColor base = pal.color(QPalette::Base);
    const QColor window = pal.color(QPalette::Window);
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor fill = mix(base, window, 0.35);
    if (nowPlaying)
        fill = mix(fill, highlight, 0.12);
    if (selected)
        fill = mix(fill, highlight, 0.22);
    QPainterPath panel;
    panel.addRoundedRect(QRectF(l.card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(panel, fill);
    QPen border(nowPlaying || selected ? highlight : mix(base, pal.color(QPalette::Text), 0.18));
    border.setWidthF(nowPlaying ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(panel);
    if (opt.state & QStyle::State_HasFocus) {
        QPen focus(highlight, 1.0, Qt::DashLine);
        painter->setPen(focus);
        painter->drawRoundedRect(QRectF(l.card).adjusted(3, 3, -3, -3), 6, 6);
    }

    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(base, text, 0.65);

    // Title line, with the duration and state marks on the right.
    const QFont tFont = titleFont(opt.font);
    const QFont sFont = smallFont(opt.font);
    const qint64 durationMs = index.data(EpisodeListModel::DurationMsRole).toLongLong();
    QString right = formatDuration(durationMs);
    painter->setFont(sFont);
    int rightWidth = QFontMetrics(sFont).horizontalAdvance(right);
    painter->setPen(muted);
    painter->drawText(l.title, Qt::AlignRight | Qt::AlignVCenter, right);
    QRect titleRect = l.title.adjusted(0, 0, -(rightWidth + kGap), 0);
    if (status == ListeningStatus::Finished) {
        // A check mark in a filled circle: finished.
        const int d = l.title.height() - 4;
        const QRectF mark(titleRect.right() - d, l.title.top() + 2, d, d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2e, 0x9d, 0x5b));
        painter->drawEllipse(mark);
        QPen check(Qt::white, qMax(1.5, d / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(check);
        painter->drawPolyline(QPolygonF{mark.topLeft() + QPointF(d * 0.27, d * 0.52),
                                        mark.topLeft() + QPointF(d * 0.44, d * 0.70),
                                        mark.topLeft() + QPointF(d * 0.74, d * 0.32)});
        painter->setBrush(Qt::NoBrush);
        titleRect.setRight(titleRect.right() - d - kGap);
    }
    if (index.data(EpisodeListModel::NewRole).toBool()) {
        const QString badge = tr("New");
        const int w = QFontMetrics(sFont).horizontalAdvance(badge) + 2 * kChipPadding;
        const QRect r(titleRect.right() - w, l.title.top() + 1, w, l.title.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(highlight);
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->setFont(sFont);
        painter->drawText(r, Qt::AlignCenter, badge);
        painter->setBrush(Qt::NoBrush);
        titleRect.setRight(r.left() - kGap);
    }
    if (!error.isEmpty()) {
        const QString badge = tr("Audio error");
        const int w = QFontMetrics(sFont).horizontalAdvance(badge) + 2 * kChipPadding;
        const QRect r(titleRect.right() - w, l.title.top() + 1, w, l.title.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc0, 0x39, 0x2b));
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(sFont);
        painter->drawText(r, Qt::AlignCenter, badge);
        painter->setBrush(Qt::NoBrush);
        titleRect.setRight(r.left() - kGap);
    }
    if (const std::optional<DownloadItem> d = download(index)) {
        if (const QRect r =
                DownloadBadge::paint(painter, *d, l.title, titleRect.right(), sFont, pal);
            !r.isEmpty())
            titleRect.setRight(r.left() - kGap);
    }
    painter->setFont(tFont);
    painter->setPen(text);
    QString title = index.data(EpisodeListModel::TitleRole).toString();
    if (nowPlaying)
        title = u"\u25B6 " + title;
    paintTitle(painter, title, tFont, titleRect, l.title.width());

    // Meta line: date and where the learner stands.
    QStringList meta;
    meta.append(opt.locale.toString(index.data(EpisodeListModel::PublishedRole).toDate(),
                                    QLocale::ShortFormat));
    const qint64 positionMs = index.data(EpisodeListModel::PositionMsRole).toLongLong();
    switch (status) {
    case ListeningStatus::Finished:
        meta.append(tr("Finished"));
        break;
    case ListeningStatus::InProgress:
        meta.append(tr("%1 left").arg(formatDuration(qMax<qint64>(0, durationMs - positionMs))));
        break;
    case ListeningStatus::NotStarted:
        break;
    }
    if (nowPlaying)
        meta.append(tr("Now playing"));
    painter->setFont(sFont);
    painter->setPen(muted);
    painter->drawText(
        l.meta, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(sFont).elidedText(meta.join(u"  ·  "), Qt::ElideRight, l.meta.width()));

    // Summary: wrapped, at most three lines, the last one elided. A card shown only because its
    // transcript or show notes hold the search words says so there, with the words around them.
    painter->setFont(opt.font);
    const bool foundInText = index.data(EpisodeFilterModel::MatchHintRole).toBool();
    painter->setPen(foundInText ? mix(text, highlight, 0.55) : text);
    const QString summary = summaryText(index);
    QTextLayout textLayout(summary, opt.font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(wrap);
    textLayout.beginLayout();
    int y = l.summary.top();
    for (int lineNo = 0; lineNo < kMaxSummaryLines; ++lineNo) {
        QTextLine line = textLayout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(l.summary.width());
        const QString lineText = summary.mid(line.textStart(), line.textLength());
        const bool last =
            lineNo == kMaxSummaryLines - 1 && line.textStart() + line.textLength() < summary.size();
        const QString shown =
            last ? QFontMetrics(opt.font).elidedText(summary.mid(line.textStart()), Qt::ElideRight,
                                                     l.summary.width())
                 : lineText.trimmed();
        painter->drawText(QRect(l.summary.left(), y, l.summary.width(), l.lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, shown);
        y += l.lineHeight;
    }
    textLayout.endLayout();

    // Tag chips.
    painter->setFont(sFont);
    const QColor chipFill = mix(base, highlight, 0.14);
    for (const auto &[tag, rect] : chipRects(opt, index)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipFill);
        painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
        painter->setPen(text);
        painter->drawText(rect, Qt::AlignCenter, tag);
    }
    painter->setBrush(Qt::NoBrush);

    // Progress bar once started.
    if (status != ListeningStatus::NotStarted) {
        const double progress = index.data(EpisodeListModel::ProgressRole).toDouble();
        const QRectF track(l.progress);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(base, text, 0.12));
        painter->drawRoundedRect(track, 2, 2);
        painter->setBrush(status == ListeningStatus::Finished ? QColor(0x2e, 0x9d, 0x5b)
                                                              : highlight);
        painter->drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * progress, track.height()), 2, 2);
    }
    painter->restore();
}

bool EpisodeCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            for (const auto &[tag, rect] : chipRects(option, index)) {
                if (rect.contains(mouse->position().toPoint())) {
                    emit tagClicked(tag);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool EpisodeCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        for (const auto &[tag, rect] : chipRects(option, index)) {
            if (rect.contains(event->pos())) {
                QToolTip::showText(event->globalPos(), tr("Show episodes tagged %1").arg(tag),
                                   view->viewport(), rect);
                return true;
            }
        }
        const QString error = index.data(EpisodeListModel::ErrorRole).toString();
        QString tip = u"<b>" + index.data(EpisodeListModel::TitleRole).toString().toHtmlEscaped() +
                      u"</b><br>" +
                      index.data(EpisodeListModel::SummaryRole).toString().toHtmlEscaped();
        if (!error.isEmpty())
            tip += u"<br><span style='color:#c0392b'>" + error.toHtmlEscaped() + u"</span>";
        if (const std::optional<DownloadItem> d = download(index))
            tip += u"<br>" + DownloadBadge::toolTip(*d).toHtmlEscaped();
        QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

std::optional<DownloadItem> EpisodeCardDelegate::download(const QModelIndex &index) const
{
    if (!m_downloads)
        return std::nullopt;
    return m_downloads(index.data(EpisodeListModel::IdRole).toString());
}
