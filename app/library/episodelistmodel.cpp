#include "episodelistmodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace {
ListeningStatus statusOf(const EpisodeProgress &p)
{
    if (p.finished)
        return ListeningStatus::Finished;
    return p.isStarted() ? ListeningStatus::InProgress : ListeningStatus::NotStarted;
}
} // namespace

EpisodeListModel::EpisodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void EpisodeListModel::setCatalog(const Catalog &catalog, const EpisodeSearchTexts &searchTexts)
{
    beginResetModel();
    m_catalog = catalog;
    m_searchTexts =
        searchTexts.size() == catalog.episodes().size() ? searchTexts : EpisodeSearchTexts(catalog);
    const QList<int> order = sortedOrder();
    m_order = order;
    m_rowOfIndex.resize(order.size());
    for (int row = 0; row < order.size(); ++row)
        m_rowOfIndex[order.at(row)] = row;
    endResetModel();
}

int EpisodeListModel::rowOf(const QString &episodeId) const
{
    const qsizetype i = m_catalog.indexOfEpisode(episodeId);
    return i < 0 ? -1 : m_rowOfIndex.at(i);
}

qint64 EpisodeListModel::durationMsOf(const Episode &e) const
{
    const auto it = m_progress.constFind(e.id);
    const qint64 real = it == m_progress.cend() ? 0 : it->durationMs;
    return real > 0 ? real : qint64(e.durationSec) * 1000;
}

QList<int> EpisodeListModel::sortedOrder() const
{
    const auto &episodes = m_catalog.episodes();
    QList<int> order(episodes.size());
    std::iota(order.begin(), order.end(), 0);
    switch (m_sortOrder) {
    case EpisodeSortOrder::Newest:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Episode &x = episodes.at(a);
            const Episode &y = episodes.at(b);
            if (x.published != y.published)
                return x.published > y.published;
            return x.publishedTime > y.publishedTime;
        });
        break;
    case EpisodeSortOrder::Course:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Episode &x = episodes.at(a);
            const Episode &y = episodes.at(b);
            if (x.topicId != y.topicId)
                return m_catalog.indexOfTopic(x.topicId) < m_catalog.indexOfTopic(y.topicId);
            // Episodes without an order come after the path.
            return x.order != y.order && x.order != 0 && (y.order == 0 || x.order < y.order);
        });
        break;
    case EpisodeSortOrder::Title: {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QList<QCollatorSortKey> keys;
        keys.reserve(episodes.size());
        for (const Episode &e : episodes)
            keys.append(collator.sortKey(e.title));
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; });
        break;
    }
    case EpisodeSortOrder::Duration: {
        QList<qint64> durations;
        durations.reserve(episodes.size());
        for (const Episode &e : episodes)
            durations.append(durationMsOf(e));
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return durations.at(a) < durations.at(b); });
        break;
    }
    case EpisodeSortOrder::RecentlyPlayed: {
        QList<qint64> played; // ms since epoch; -1 never
        played.reserve(episodes.size());
        for (const Episode &e : episodes) {
            const QDateTime t = m_progress.value(e.id).lastPlayed;
            played.append(t.isValid() ? t.toMSecsSinceEpoch() : -1);
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return played.at(a) > played.at(b); });
        break;
    }
    }
    return order;
}

void EpisodeListModel::setSortOrder(EpisodeSortOrder order)
{
    if (order == m_sortOrder)
        return;
    m_sortOrder = order;
    applyOrder(sortedOrder());
}

void EpisodeListModel::applyOrder(QList<int> order)
{
    if (order == m_order)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> rowOfIndex(order.size());
    for (int row = 0; row < order.size(); ++row)
        rowOfIndex[order.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(rowOfIndex.at(m_order.at(i.row()))));
    m_order = std::move(order);
    m_rowOfIndex = std::move(rowOfIndex);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EpisodeListModel::setAllProgress(const QHash<QString, EpisodeProgress> &progress)
{
    m_progress = progress;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
    emit allProgressChanged();
    if (m_sortOrder == EpisodeSortOrder::Duration ||
        m_sortOrder == EpisodeSortOrder::RecentlyPlayed)
        applyOrder(sortedOrder());
}

void EpisodeListModel::setProgress(const EpisodeProgress &progress)
{
    const EpisodeProgress before = m_progress.value(progress.episodeId);
    m_progress.insert(progress.episodeId, progress);
    const ListeningStatus was = statusOf(before);
    const ListeningStatus is = statusOf(progress);
    emitRowChanged(progress.episodeId, {PositionMsRole, ProgressRole, StatusRole, FinishedRole,
                                        LastPlayedRole, DurationMsRole, Qt::AccessibleTextRole});
    if (was != is && rowOf(progress.episodeId) >= 0)
        emit statusChanged(progress.episodeId, was, is);
    // Only the orders that progress decides need sorting again, and only when it moved.
    if ((m_sortOrder == EpisodeSortOrder::RecentlyPlayed &&
         before.lastPlayed != progress.lastPlayed) ||
        (m_sortOrder == EpisodeSortOrder::Duration && before.durationMs != progress.durationMs))
        applyOrder(sortedOrder());
}

ListeningStatus EpisodeListModel::statusAt(int row) const
{
    return statusOf(m_progress.value(episodeAt(row).id));
}

void EpisodeListModel::setNowPlaying(const QString &episodeId)
{
    if (m_nowPlaying == episodeId)
        return;
    const QString before = std::exchange(m_nowPlaying, episodeId);
    emitRowChanged(before, {NowPlayingRole, Qt::AccessibleTextRole});
    emitRowChanged(m_nowPlaying, {NowPlayingRole, Qt::AccessibleTextRole});
}

void EpisodeListModel::setNewEpisodes(const QSet<QString> &episodeIds)
{
    if (episodeIds == m_new)
        return;
    const QSet<QString> changed = (m_new - episodeIds) + (episodeIds - m_new);
    m_new = episodeIds;
    for (const QString &id : changed)
        emitRowChanged(id, {NewRole, Qt::AccessibleTextRole});
    emit newEpisodesChanged();
}

void EpisodeListModel::clearNew(const QString &episodeId)
{
    if (!m_new.remove(episodeId))
        return;
    emitRowChanged(episodeId, {NewRole, Qt::AccessibleTextRole});
    emit newEpisodesChanged();
}

void EpisodeListModel::setReviewDue(const QSet<QString> &episodeIds)
{
    if (episodeIds == m_reviewDue)
        return;
    const QSet<QString> changed = (m_reviewDue - episodeIds) + (episodeIds - m_reviewDue);
    m_reviewDue = episodeIds;
    // StatusRole too: a filter proxy showing the Review node re-filters these rows.
    for (const QString &id : changed)
        emitRowChanged(id, {ReviewDueRole, StatusRole});
    emit reviewDueChanged();
}

int EpisodeListModel::reviewDueCount() const
{
    int n = 0;
    for (const QString &id : m_reviewDue)
        n += m_catalog.indexOfEpisode(id) >= 0 ? 1 : 0;
    return n;
}

int EpisodeListModel::newCount() const
{
    int n = 0;
    for (const QString &id : m_new)
        n += m_catalog.indexOfEpisode(id) >= 0 ? 1 : 0;
    return n;
}

void EpisodeListModel::setError(const QString &episodeId, const QString &message)
{
    if (m_errors.value(episodeId) == message)
        return;
    if (message.isEmpty())
        m_errors.remove(episodeId);
    else
        m_errors.insert(episodeId, message);
    emitRowChanged(episodeId, {ErrorRole, Qt::AccessibleTextRole});
}

void EpisodeListModel::emitRowChanged(const QString &episodeId, const QList<int> &roles)
{
    const int row = rowOf(episodeId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

QString EpisodeListModel::accessibleText(const Episode &e) const
{
    // What a screen reader says for a card: title, length, state and progress.
    const EpisodeProgress p = m_progress.value(e.id);
    const qint64 duration = durationMsOf(e);
    const int minutes = int(duration / 60000);
    const int seconds = int((duration / 1000) % 60);
    QString text = tr("%1, %2 min %3 s").arg(e.title).arg(minutes).arg(seconds);
    switch (statusOf(p)) {
    case ListeningStatus::NotStarted:
        text += u", " + tr("not started");
        break;
    case ListeningStatus::InProgress:
        text +=
            u", " +
            tr("in progress, %1% listened")
                .arg(duration > 0 ? std::clamp<qint64>(p.positionMs * 100 / duration, 0, 100) : 0);
        break;
    case ListeningStatus::Finished:
        text += u", " + tr("finished");
        break;
    }
    if (!m_nowPlaying.isEmpty() && e.id == m_nowPlaying)
        text += u", " + tr("now playing");
    if (m_new.contains(e.id))
        text += u", " + tr("new");
    if (m_errors.contains(e.id))
        text += u", " + tr("audio error: %1").arg(m_errors.value(e.id));
    return text;
}

int EpisodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant EpisodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Episode &e = episodeAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return e.summary;
    case Qt::AccessibleTextRole:
        return accessibleText(e);
    case IdRole:
        return e.id;
    case SummaryRole:
        return e.summary;
    case TopicRole:
        return e.topicId;
    case TagsRole:
        return e.tags;
    case DurationSecRole:
        return e.durationSec;
    case DurationMsRole:
        return durationMsOf(e);
    case PublishedRole:
        return e.published;
    case OrderRole:
        return e.order;
    case AudioRole:
        return e.audio();
    case PositionMsRole:
        return m_progress.value(e.id).positionMs;
    case ProgressRole: {
        const qint64 duration = durationMsOf(e);
        const EpisodeProgress p = m_progress.value(e.id);
        if (p.finished)
            return 1.0;
        return duration > 0 ? qBound(0.0, double(p.positionMs) / double(duration), 1.0) : 0.0;
    }
    case StatusRole:
        return int(statusOf(m_progress.value(e.id)));
    case FinishedRole:
        return m_progress.value(e.id).finished;
    case LastPlayedRole:
        return m_progress.value(e.id).lastPlayed;
    case NowPlayingRole:
        return !m_nowPlaying.isEmpty() && e.id == m_nowPlaying;
    case ErrorRole:
        return m_errors.value(e.id);
    case NewRole:
        return m_new.contains(e.id);
    case ReviewDueRole:
        return m_reviewDue.contains(e.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> EpisodeListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "episodeId");
    names.insert(TitleRole, "title");
    names.insert(SummaryRole, "summary");
    names.insert(TopicRole, "topic");
    names.insert(TagsRole, "tags");
    names.insert(DurationSecRole, "durationSec");
    names.insert(DurationMsRole, "durationMs");
    names.insert(PublishedRole, "published");
    names.insert(OrderRole, "order");
    names.insert(AudioRole, "audio");
    names.insert(PositionMsRole, "positionMs");
    names.insert(ProgressRole, "progress");
    names.insert(StatusRole, "status");
    names.insert(FinishedRole, "finished");
    names.insert(LastPlayedRole, "lastPlayed");
    names.insert(NowPlayingRole, "nowPlaying");
    names.insert(ErrorRole, "error");
    names.insert(NewRole, "isNew");
    names.insert(ReviewDueRole, "reviewDue");
    return names;
}
