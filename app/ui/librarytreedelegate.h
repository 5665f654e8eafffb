#pragma once

#include <QStyledItemDelegate>

// Draws a library tree node with its count ("3/8") right-aligned in a muted colour, a podcast's
// artwork before its name and a warning sign when its last refresh failed.
class LibraryTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTreeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QPixmap artwork(const QString &file, int side);
};
