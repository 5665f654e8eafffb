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
    // A new catalog moves episodes: the matches are looked up again (the proxy, connected first,
    // has filtered without them).
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_matchAt.clear(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        indexMatches();
        if (!m_matchAt.isEmpty())
            invalidate();
    });
}

void EpisodeFilterModel::setFilter(const EpisodeFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowed = filter.text().startsWith(m_matchesText);
    m_filter = filter;
    if (!m_matches.isEmpty() && !narrowed) {
        m_matches.clear();
        m_matchAt.clear();
    }
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

void EpisodeFilterModel::setTextMatches(const QString &text,
                                        const QHash<QString, TextMatch> &matches)
{
    const bool current = m_filter.text().startsWith(text);
    if (current && text == m_matchesText && matches == m_matches)
        return;
    const bool hadMatches = !m_matches.isEmpty();
    m_matchesText = text;
    m_matches = current ? matches : QHash<QString, TextMatch>();
    indexMatches();
    // Nothing found before or now (the common case): no second filter pass.
    if (hadMatches || !m_matches.isEmpty())
        invalidate();
}

void EpisodeFilterModel::indexMatches()
{
    m_matchAt.clear();
    if (m_matches.isEmpty())
        return;
    const Catalog &catalog = m_source->catalog();
    m_matchAt.resize(catalog.episodes().size(), nullptr);
    for (auto it = m_matches.cbegin(); it != m_matches.cend(); ++it) {
        const qsizetype i = catalog.indexOfEpisode(it.key());
        if (i >= 0)
            m_matchAt[i] = &it.value();
    }
}

const EpisodeFilterModel::TextMatch *EpisodeFilterModel::matchAtSourceRow(int sourceRow) const
{
    if (m_matchAt.isEmpty())
        return nullptr;
    const int i = m_source->catalogIndexAt(sourceRow);
    return i < m_matchAt.size() ? m_matchAt.at(i) : nullptr;
}

QString EpisodeFilterModel::matchHint(int field, const QString &snippet)
{
    switch (field) {
    case TextMatch::Transcript:
        return snippet.isEmpty() ? tr("Found in the transcript")
                                 : tr("Found in transcript: %1").arg(snippet);
    case TextMatch::ShowNotes:
        return snippet.isEmpty() ? tr("Found in the show notes")
                                 : tr("Found in show notes: %1").arg(snippet);
    default:
        return {};
    }
}

QVariant EpisodeFilterModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case MatchFieldRole:
    case MatchSnippetRole:
    case MatchTextRole:
    case MatchHintRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return QSortFilterProxyModel::data(index, role);
    }
    const int sourceRow = index.isValid() ? mapToSource(index).row() : -1;
    const TextMatch *match = sourceRow < 0 ? nullptr : matchAtSourceRow(sourceRow);
    const bool hint = match && !m_filter.matchesText(m_source->searchTextAt(sourceRow));
    switch (role) {
    case MatchFieldRole:
        return match ? match->field : int(TextMatch::None);
    case MatchSnippetRole:
        return match ? match->snippet : QString();
    case MatchTextRole:
        return match ? match->hitText : QString();
    case MatchHintRole:
        return hint;
    default: { // Qt::AccessibleTextRole: what the card shows, the hint too
        const QString text = QSortFilterProxyModel::data(index, role).toString();
        return hint ? text + u", " + matchHint(match->field, match->snippet) : text;
    }
    }
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
        m_filter.status() == EpisodeFilter::Status::Review && m_source->isDueForReview(e.id),
        matchAtSourceRow(sourceRow) != nullptr);
}
