#include "episodelistmodel.h"

EpisodeListModel::EpisodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EpisodeListModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
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
    case PublishedRole:
        return e.published;
    case OrderRole:
        return e.order;
    case AudioRole:
        return e.audio;
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
    names.insert(PublishedRole, "published");
    names.insert(OrderRole, "order");
    names.insert(AudioRole, "audio");
    return names;
}
