#pragma once

#include "episodefilter.h"
#include "episodesortorder.h"

#include <QSortFilterProxyModel>

class EpisodeListModel;

// Filters the episode list for the card view; the rules live in EpisodeFilter. Rows keep the
// source model's order, which EpisodeListModel sorts (see there why).
class EpisodeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeFilterModel)

public:
    using SortOrder = EpisodeSortOrder;

    explicit EpisodeFilterModel(EpisodeListModel *source, QObject *parent = nullptr);

    const EpisodeFilter &filter() const { return m_filter; }
    void setFilter(const EpisodeFilter &filter);

    SortOrder sortOrder() const;
    void setSortOrder(SortOrder order);

    EpisodeListModel *episodes() const { return m_source; }
    QString episodeIdAt(int proxyRow) const;
    // Episode ids in the order shown: the play queue.
    QStringList episodeIds() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EpisodeListModel *m_source = nullptr;
    EpisodeFilter m_filter;
};
