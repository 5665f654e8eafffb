#include "episodelistmodel.h"

#include "episodefilter.h"

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

void EpisodeListModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_searchText.clear();
    m_searchText.reserve(catalog.episodes().size());
    for (const Episode &e : catalog.episodes())
        m_searchText.append(EpisodeFilter::searchText(e));
    endResetModel();
}

void EpisodeListModel::setAllProgress(const QHash<QString, EpisodeProgress> &progress)
{
    m_progress = progress;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
    emit allProgressChanged();
}

void EpisodeListModel::setProgress(const EpisodeProgress &progress)
{
    const ListeningStatus before = statusOf(m_progress.value(progress.episodeId));
    m_progress.insert(progress.episodeId, progress);
    const ListeningStatus after = statusOf(progress);
    emitRowChanged(progress.episodeId, {PositionMsRole, ProgressRole, StatusRole, FinishedRole,
                                        LastPlayedRole, DurationMsRole});
    if (before != after && rowOf(progress.episodeId) >= 0)
        emit statusChanged(progress.episodeId, before, after);
}

ListeningStatus EpisodeListModel::statusAt(int row) const
{
    return statusOf(m_progress.value(episodeAt(row).id));
}

QDateTime EpisodeListModel::lastPlayedAt(int row) const
{
    return m_progress.value(episodeAt(row).id).lastPlayedAt;
}

qint64 EpisodeListModel::durationMsAt(int row) const
{
    const Episode &e = episodeAt(row);
    const qint64 real = m_progress.value(e.id).durationMs;
    return real > 0 ? real : qint64(e.durationSec) * 1000;
}

void EpisodeListModel::setNowPlaying(const QString &episodeId)
{
    if (m_nowPlaying == episodeId)
        return;
    const QString before = std::exchange(m_nowPlaying, episodeId);
    emitRowChanged(before, {NowPlayingRole});
    emitRowChanged(m_nowPlaying, {NowPlayingRole});
}

void EpisodeListModel::setError(const QString &episodeId, const QString &message)
{
    if (m_errors.value(episodeId) == message)
        return;
    if (message.isEmpty())
        m_errors.remove(episodeId);
    else
        m_errors.insert(episodeId, message);
    emitRowChanged(episodeId, {ErrorRole});
}

void EpisodeListModel::emitRowChanged(const QString &episodeId, const QList<int> &roles)
{
    const int row = rowOf(episodeId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

int EpisodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.episodes().size());
}

QVariant EpisodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Episode &e = m_catalog.episodes().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
        return e.summary;
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
        return durationMsAt(index.row());
    case PublishedRole:
        return e.published;
    case OrderRole:
        return e.order;
    case AudioRole:
        return e.audio;
    case PositionMsRole:
        return m_progress.value(e.id).positionMs;
    case ProgressRole: {
        const qint64 duration = durationMsAt(index.row());
        const EpisodeProgress p = m_progress.value(e.id);
        if (p.finished)
            return 1.0;
        return duration > 0 ? qBound(0.0, double(p.positionMs) / double(duration), 1.0) : 0.0;
    }
    case StatusRole:
        return int(statusAt(index.row()));
    case FinishedRole:
        return m_progress.value(e.id).finished;
    case LastPlayedRole:
        return m_progress.value(e.id).lastPlayedAt;
    case NowPlayingRole:
        return !m_nowPlaying.isEmpty() && e.id == m_nowPlaying;
    case ErrorRole:
        return m_errors.value(e.id);
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
    return names;
}
