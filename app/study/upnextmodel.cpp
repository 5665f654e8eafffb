#include "upnextmodel.h"

#include "upnextqueue.h"

#include <QMimeData>

UpNextModel::UpNextModel(UpNextQueue *queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
{}

void UpNextModel::setTitleLookup(TitleLookup lookup)
{
    m_title = std::move(lookup);
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

QString UpNextModel::episodeIdAt(int row) const
{
    return m_queue->episodeIds().value(row);
}

bool UpNextModel::setStore(const QString &databasePath)
{
    beginResetModel();
    m_queue->close();
    const bool ok = databasePath.isEmpty() || m_queue->open(databasePath);
    endResetModel();
    emit queueChanged();
    return ok;
}

bool UpNextModel::add(const QString &episodeId)
{
    if (episodeId.isEmpty() || m_queue->contains(episodeId))
        return false;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    const bool ok = m_queue->add(episodeId);
    endInsertRows();
    emit queueChanged();
    return ok;
}

bool UpNextModel::playNext(const QString &episodeId)
{
    if (episodeId.isEmpty())
        return false;
    const int at = int(m_queue->episodeIds().indexOf(episodeId));
    if (at == 0)
        return false;
    if (at > 0)
        return moveTo(at, 0);
    beginInsertRows({}, 0, 0);
    const bool ok = m_queue->playNext(episodeId);
    endInsertRows();
    emit queueChanged();
    return ok;
}

bool UpNextModel::removeAt(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    const bool ok = m_queue->remove(episodeIdAt(row));
    endRemoveRows();
    emit queueChanged();
    return ok;
}

bool UpNextModel::remove(const QString &episodeId)
{
    return removeAt(int(m_queue->episodeIds().indexOf(episodeId)));
}

bool UpNextModel::clear()
{
    if (rowCount() == 0)
        return false;
    beginRemoveRows({}, 0, rowCount() - 1);
    const bool ok = m_queue->clear();
    endRemoveRows();
    emit queueChanged();
    return ok;
}

QString UpNextModel::takeFirst()
{
    if (rowCount() == 0)
        return {};
    beginRemoveRows({}, 0, 0);
    const QString id = m_queue->takeFirst();
    endRemoveRows();
    emit queueChanged();
    return id;
}

int UpNextModel::retainOnly(const QSet<QString> &known)
{
    int dropped = 0;
    // Row by row from the end, so each removal is one exact signal.
    const QStringList ids = m_queue->episodeIds();
    for (int row = int(ids.size()) - 1; row >= 0; --row) {
        if (known.contains(ids.at(row)))
            continue;
        beginRemoveRows({}, row, row);
        m_queue->remove(ids.at(row));
        endRemoveRows();
        ++dropped;
    }
    if (dropped > 0)
        emit queueChanged();
    return dropped;
}

bool UpNextModel::moveTo(int from, int before)
{
    const int rows = rowCount();
    if (from < 0 || from >= rows || before < 0 || before > rows || before == from ||
        before == from + 1)
        return false;
    if (!beginMoveRows({}, from, from, {}, before))
        return false;
    const bool ok = m_queue->move(from, before > from ? before - 1 : before);
    endMoveRows();
    emit queueChanged();
    return ok;
}

int UpNextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_queue->size();
}

QVariant UpNextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = episodeIdAt(index.row());
    const QString title = m_title ? m_title(id) : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return title.isEmpty() ? id : title;
    case Qt::AccessibleTextRole:
        return tr("%1, number %2 of %3 in Up Next")
            .arg(title.isEmpty() ? id : title)
            .arg(index.row() + 1)
            .arg(rowCount());
    case EpisodeIdRole:
        return id;
    default:
        return {};
    }
}

QHash<int, QByteArray> UpNextModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EpisodeIdRole, "episodeId");
    return names;
}

Qt::ItemFlags UpNextModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

bool UpNextModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    return moveTo(sourceRow, destinationChild);
}

Qt::DropActions UpNextModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList UpNextModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *UpNextModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this)
            ids.append(episodeIdAt(i.row()));
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(u'\n').toUtf8());
    return data;
}

bool UpNextModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(mimeType());
}

bool UpNextModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Dropped on an item: before it; on empty space: at the end.
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QStringList ids = QString::fromUtf8(data->data(mimeType())).split(u'\n');
    bool moved = false;
    for (const QString &id : ids) {
        const int from = int(m_queue->episodeIds().indexOf(id));
        if (from < 0)
            continue;
        if (moveTo(from, before))
            moved = true;
        // The next one goes after this one.
        const int now = int(m_queue->episodeIds().indexOf(id));
        before = now + 1;
    }
    // The move is done here: nothing for the view to remove afterwards (removeRows() is not
    // implemented, so a view's clean-up after a MoveAction drag changes nothing).
    return moved;
}
