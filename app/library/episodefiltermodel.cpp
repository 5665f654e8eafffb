#include "episodefiltermodel.h"

#include "episodelistmodel.h"

EpisodeFilterModel::EpisodeFilterModel(EpisodeListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // Re-filter a row when its status changes (Continue listening, Finished, ...).
    setDynamicSortFilter(true);
    setFilterRole(EpisodeListModel::StatusRole);
}

void EpisodeFilterModel::setFilter(const EpisodeFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One rebuild of the mapping is far cheaper for a large list than the row-by-row insert and
    // remove signals of invalidateFilter().
    invalidate();
    emit filterChanged();
}

EpisodeFilterModel::SortOrder EpisodeFilterModel::sortOrder() const
{
    return m_source->sortOrder();
}

void EpisodeFilterModel::setSortOrder(SortOrder order)
{
    m_source->setSortOrder(order);
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
    // The status costs a lookup: only ask for it when the filter needs it.
    const ListeningStatus status = m_filter.status() == EpisodeFilter::Status::Any
                                       ? ListeningStatus::NotStarted
                                       : m_source->statusAt(sourceRow);
    const Episode &e = m_source->episodeAt(sourceRow);
    return m_filter.matches(
        e, status, m_source->searchTextAt(sourceRow),
        m_filter.status() == EpisodeFilter::Status::New && m_source->isNew(e.id),
        m_filter.status() == EpisodeFilter::Status::Review && m_source->isDueForReview(e.id));
}
