#include "librarytreedelegate.h"

#include "librarytreemodel.h"

#include <QApplication>
#include <QPainter>

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
    const QRect nameRect = textRect.adjusted(0, 0, -countWidth, 0);
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
