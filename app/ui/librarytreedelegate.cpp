#include "librarytreedelegate.h"

#include "librarytreemodel.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

QPixmap LibraryTreeDelegate::artwork(const QString &file, int side)
{
    // Decoded once per file and size; a new image for a podcast comes with a new catalog.
    const QString key = u"earmark-artwork:"_qs + file + u':' + QString::number(side);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
        pixmap = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

void LibraryTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = index.data(LibraryTreeModel::CountTextRole).toString();
    const bool group =
        index.data(LibraryTreeModel::KindRole).toInt() == int(LibraryTreeModel::NodeKind::Group);
    if (group)
        opt.font.setBold(true);
    const QFontMetrics fm(opt.font);
    const int countWidth = count.isEmpty() ? 0 : fm.horizontalAdvance(count) + 12;
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup cg =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(cg, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    QRect nameRect = textRect.adjusted(0, 0, -countWidth, 0);
    // A podcast's artwork before its name.
    if (const QString image = index.data(LibraryTreeModel::ImageFileRole).toString();
        !image.isEmpty()) {
        const int side = textRect.height() - 4;
        const QPixmap art = artwork(image, side * int(painter->device()->devicePixelRatioF()));
        if (!art.isNull()) {
            painter->drawPixmap(QRect(nameRect.left(), textRect.top() + 2, side, side), art);
            nameRect.setLeft(nameRect.left() + side + 6);
        }
    }
    // A refresh that failed: a warning sign before the count (the tooltip says why).
    if (!index.data(LibraryTreeModel::WarningRole).toString().isEmpty()) {
        const QString sign = u"\u26A0"_qs;
        const int w = fm.horizontalAdvance(sign) + 4;
        painter->setPen(selected ? textColor : QColor(0xd3, 0x54, 0x00));
        painter->drawText(QRect(nameRect.right() - w, textRect.top(), w, textRect.height()),
                          Qt::AlignCenter, sign);
        painter->setPen(textColor);
        nameRect.setRight(nameRect.right() - w);
    }
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, nameRect.width()));
    if (!count.isEmpty()) {
        QColor muted = textColor;
        muted.setAlphaF(selected ? 0.85 : 0.6);
        painter->setPen(muted);
        painter->drawText(textRect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, count);
    }
    painter->restore();
}

QSize LibraryTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = index.data(LibraryTreeModel::CountTextRole).toString();
    size.rwidth() += option.fontMetrics.horizontalAdvance(count) + 16;
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}
