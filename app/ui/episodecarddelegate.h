#pragma once

#include "downloaditem.h"

#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class QAbstractItemView;

// Paints an episode as a card: title (at most two lines), duration, date, summary (at most three
// lines), tag chips, progress, finished mark, now-playing highlight, a New and an error badge. All
// cards have one height (the view uses uniform item sizes, which keeps 50,000 episodes fast); their
// width follows the view so that cards fill the available columns.
class EpisodeCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeCardDelegate)

public:
    static constexpr int kMinCardWidth = 380;
    static constexpr int kMaxSummaryLines = 3;
    static constexpr int kMaxTitleLines = 2;

    explicit EpisodeCardDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where each tag chip of the card in `rect` is painted; shared by paint and hit-testing.
    QList<QPair<QString, QRect>> chipRects(const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const;
    // The card's width for the view's current width.
    int cardWidth() const;

    static QString formatDuration(qint64 ms);
    // What the summary lines show: the summary, or where the search words were found.
    static QString summaryText(const QModelIndex &index);

    // Where each episode's download stands (DownloadBadge paints it); none by default.
    using DownloadLookup = std::function<std::optional<DownloadItem>(const QString &episodeId)>;
    void setDownloadLookup(DownloadLookup lookup) { m_downloads = std::move(lookup); }

signals:
    void tagClicked(const QString &tag);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option) const;
    static void paintTitle(QPainter *painter, const QString &title, const QFont &font,
                           const QRect &firstLine, int fullWidth);

    std::optional<DownloadItem> download(const QModelIndex &index) const;

    QAbstractItemView *m_view = nullptr;
    DownloadLookup m_downloads;
};
