#include "episodefiltermodel.h"

#include "episodelistmodel.h"

EpisodeFilterModel::EpisodeFilterModel(EpisodeListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSourceModel(source);
    setDynamicSortFilter(true);
    // Re-sort when what the order depends on changes, not on every position tick.
    setSortRole(EpisodeListModel::LastPlayedRole);
    setFilterRole(EpisodeListModel::StatusRole);
    sort(0);
}

void EpisodeFilterModel::setFilter(const EpisodeFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    emit filterChanged();
}

void EpisodeFilterModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    invalidate();
}

QString EpisodeFilterModel::episodeIdAt(int proxyRow) const
{
    return m_source->episodeAt(mapToSource(index(proxyRow, 0)).row()).id;
}

QStringList EpisodeFilterModel::episodeIds() const
{
    QStringList ids;
    ids.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        ids.append(episodeIdAt(row));
    return ids;
}

bool EpisodeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_source->episodeAt(sourceRow), m_source->statusAt(sourceRow),
                            m_source->searchTextAt(sourceRow));
}

bool EpisodeFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.row();
    const int r = right.row();
    const Episode &a = m_source->episodeAt(l);
    const Episode &b = m_source->episodeAt(r);
    switch (m_sortOrder) {
    case SortOrder::Newest:
        if (a.published != b.published)
            return a.published > b.published;
        break;
    case SortOrder::Course:
        if (a.topicId != b.topicId)
            return a.topicId < b.topicId;
        if (a.order != b.order) // episodes without an order come after the path
            return a.order != 0 && (b.order == 0 || a.order < b.order);
        break;
    case SortOrder::Title: {
        const int c = m_collator.compare(a.title, b.title);
        if (c != 0)
            return c < 0;
        break;
    }
    case SortOrder::Duration: {
        const qint64 da = m_source->durationMsAt(l);
        const qint64 db = m_source->durationMsAt(r);
        if (da != db)
            return da < db;
        break;
    }
    case SortOrder::RecentlyPlayed: {
        const QDateTime pa = m_source->lastPlayedAt(l);
        const QDateTime pb = m_source->lastPlayedAt(r);
        if (pa != pb)
            return pa.isValid() && (!pb.isValid() || pa > pb);
        break;
    }
    }
    return l < r; // stable: catalog order
}
