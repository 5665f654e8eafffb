#pragma once

#include "episodefilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

class EpisodeListModel;

// Filters and sorts the episode list for the card view. The rules live in EpisodeFilter.
class EpisodeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeFilterModel)

public:
    enum class SortOrder {
        Newest, // published, newest first
        Course, // the study path: topic, then "order"
        Title,
        Duration,      // shortest first
        RecentlyPlayed // last played first; never played last
    };
    Q_ENUM(SortOrder)

    explicit EpisodeFilterModel(EpisodeListModel *source, QObject *parent = nullptr);

    const EpisodeFilter &filter() const { return m_filter; }
    void setFilter(const EpisodeFilter &filter);

    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);

    EpisodeListModel *episodes() const { return m_source; }
    QString episodeIdAt(int proxyRow) const;
    // Episode ids in the order shown: the play queue.
    QStringList episodeIds() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    EpisodeListModel *m_source = nullptr;
    EpisodeFilter m_filter;
    SortOrder m_sortOrder = SortOrder::Newest;
    QCollator m_collator;
};
