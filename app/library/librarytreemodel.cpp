#include "librarytreemodel.h"

#include "episodelistmodel.h"

#include <algorithm>

namespace {
constexpr int kRoot = 0;

EpisodeFilter::Status filterStatusOf(ListeningStatus s)
{
    switch (s) {
    case ListeningStatus::NotStarted:
        return EpisodeFilter::Status::NotStarted;
    case ListeningStatus::InProgress:
        return EpisodeFilter::Status::ContinueListening;
    case ListeningStatus::Finished:
        return EpisodeFilter::Status::Finished;
    }
    return EpisodeFilter::Status::Any;
}
} // namespace

LibraryTreeModel::LibraryTreeModel(EpisodeListModel *episodes, QObject *parent)
    : QAbstractItemModel(parent)
    , m_episodes(episodes)
{
    rebuild();
    connect(m_episodes, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(m_episodes, &EpisodeListModel::allProgressChanged, this, [this] {
        recount();
        for (int n = 1; n < m_nodes.size(); ++n) {
            const QModelIndex i = indexOfNode(n);
            emit dataChanged(
                i, i, {Qt::AccessibleTextRole, FinishedCountRole, TotalCountRole, CountTextRole});
        }
    });
    connect(m_episodes, &EpisodeListModel::statusChanged, this, &LibraryTreeModel::onStatusChanged);
    connect(m_episodes, &EpisodeListModel::reviewDueChanged, this, [this] {
        const int node = statusNode(EpisodeFilter::Status::Review);
        m_nodes[node].inStatus = m_episodes->reviewDueCount();
        const QModelIndex i = indexOfNode(node);
        emit dataChanged(i, i, {Qt::AccessibleTextRole, TotalCountRole, CountTextRole});
    });
    connect(m_episodes, &EpisodeListModel::newEpisodesChanged, this, [this] {
        const int node = statusNode(EpisodeFilter::Status::New);
        const int count = m_episodes->newCount();
        if (m_nodes[node].inStatus == count)
            return;
        m_nodes[node].inStatus = count;
        const QModelIndex i = indexOfNode(node);
        emit dataChanged(i, i, {Qt::AccessibleTextRole, TotalCountRole, CountTextRole});
    });
}

int LibraryTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    node.row = int(m_nodes[node.parent].children.size());
    m_nodes[node.parent].children.append(id);
    m_nodes.append(node);
    return id;
}

void LibraryTreeModel::rebuild()
{
    m_nodes.clear();
    m_topicNodes.clear();
    m_tagNodes.clear();
    m_nodes.append(Node{}); // root

    const int library =
        addNode({NodeKind::Group, kRoot, 0, {}, tr("Library"), {}, {}, EpisodeFilter::Status::Any});
    const std::pair<EpisodeFilter::Status, QString> statuses[] = {
        {EpisodeFilter::Status::Any, tr("All episodes")},
        {EpisodeFilter::Status::ContinueListening, tr("Continue listening")},
        {EpisodeFilter::Status::NotStarted, tr("Not started")},
        {EpisodeFilter::Status::Finished, tr("Finished")},
        {EpisodeFilter::Status::New, tr("New")},
        {EpisodeFilter::Status::Review, tr("Review")},
    };
    for (const auto &[status, title] : statuses)
        addNode({NodeKind::Status, library, 0, {}, title, {}, {}, status});
    m_notesNode = addNode({NodeKind::Notes, library, 0, {}, tr("Notes"), {}, {}, {}});

    // One pass over the episodes: per topic, how many episodes carry each tag.
    struct TopicTags
    {
        int total = 0;
        QHash<QString, int> counts;
        QStringList order; // first seen first
    };
    QHash<QString, TopicTags> perTopic;
    const Catalog &catalog = m_episodes->catalog();
    for (const Episode &e : catalog.episodes()) {
        TopicTags &t = perTopic[e.topicId];
        ++t.total;
        for (const QString &tag : e.tags) {
            int &count = t.counts[tag];
            if (count++ == 0)
                t.order.append(tag);
        }
    }
    int podcasts = -1; // the group, made when the first podcast comes
    int folders = -1;  // the same for folders
    for (const Topic &topic : catalog.topics()) {
        const auto found = perTopic.constFind(topic.id);
        if (found == perTopic.cend())
            continue;
        const int topicTotal = found->total;
        const QHash<QString, int> &tagCounts = found->counts;
        QStringList tagOrder = found->order;
        int parent = kRoot;
        if (topic.kind == Topic::Kind::Podcast) {
            if (podcasts < 0)
                podcasts = addNode({NodeKind::Group, kRoot, 0, {}, tr("Podcasts"), {}, {}, {}});
            parent = podcasts;
        } else if (topic.kind == Topic::Kind::Folder) {
            if (folders < 0)
                folders = addNode({NodeKind::Group, kRoot, 0, {}, tr("Folders"), {}, {}, {}});
            parent = folders;
        }
        const int topicNode =
            addNode({NodeKind::Topic, parent, 0, {}, topic.title, topic.id, {}, {}});
        m_topicNodes.insert(topic.id, topicNode);
        // Distinguishing tags first (most episodes first), then the tags every episode has.
        tagOrder.removeAll(topic.title);
        std::stable_sort(tagOrder.begin(), tagOrder.end(), [&](const QString &a, const QString &b) {
            const bool aAll = tagCounts.value(a) == topicTotal;
            const bool bAll = tagCounts.value(b) == topicTotal;
            if (aAll != bAll)
                return bAll;
            if (tagCounts.value(a) != tagCounts.value(b))
                return tagCounts.value(a) > tagCounts.value(b);
            return a.localeAwareCompare(b) < 0;
        });
        for (const QString &tag : std::as_const(tagOrder)) {
            m_tagNodes[topic.id].insert(
                tag, addNode({NodeKind::Tag, topicNode, 0, {}, tag, topic.id, tag, {}}));
        }
    }
    recount();
}

void LibraryTreeModel::recount()
{
    for (Node &n : m_nodes) {
        n.total = 0;
        n.finished = 0;
        n.inStatus = 0;
    }
    const int rows = m_episodes->rowCount();
    for (int row = 0; row < rows; ++row) {
        const Episode &e = m_episodes->episodeAt(row);
        const ListeningStatus s = m_episodes->statusAt(row);
        const int done = s == ListeningStatus::Finished ? 1 : 0;
        for (const int n : countingNodes(e)) {
            m_nodes[n].total += 1;
            m_nodes[n].finished += done;
        }
        m_nodes[statusNode(filterStatusOf(s))].inStatus += 1;
    }
    m_nodes[statusNode(EpisodeFilter::Status::Any)].inStatus = rows;
    m_nodes[statusNode(EpisodeFilter::Status::New)].inStatus = m_episodes->newCount();
    m_nodes[statusNode(EpisodeFilter::Status::Review)].inStatus = m_episodes->reviewDueCount();
}

void LibraryTreeModel::onStatusChanged(const QString &episodeId, ListeningStatus before,
                                       ListeningStatus after)
{
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (!e)
        return;
    const QList<int> roles{Qt::AccessibleTextRole, FinishedCountRole, CountTextRole};
    const auto touch = [&](int n) {
        const QModelIndex i = indexOfNode(n);
        emit dataChanged(i, i, roles);
    };
    m_nodes[statusNode(filterStatusOf(before))].inStatus -= 1;
    m_nodes[statusNode(filterStatusOf(after))].inStatus += 1;
    touch(statusNode(filterStatusOf(before)));
    touch(statusNode(filterStatusOf(after)));

    const int delta = (after == ListeningStatus::Finished ? 1 : 0) -
                      (before == ListeningStatus::Finished ? 1 : 0);
    if (delta == 0)
        return;
    for (const int n : countingNodes(*e)) {
        m_nodes[n].finished += delta;
        touch(n);
    }
}

QList<int> LibraryTreeModel::countingNodes(const Episode &e) const
{
    // All episodes, the episode's topic and each of its tags in that topic.
    QList<int> nodes{statusNode(EpisodeFilter::Status::Any)};
    if (const int topic = m_topicNodes.value(e.topicId, -1); topic >= 0) {
        nodes.append(topic);
        const QHash<QString, int> tags = m_tagNodes.value(e.topicId); // shared, not copied
        for (const QString &tag : e.tags) {
            if (const int t = tags.value(tag, -1); t >= 0)
                nodes.append(t);
        }
    }
    return nodes;
}

int LibraryTreeModel::statusNode(EpisodeFilter::Status status) const
{
    // The Library group is node 1; its children are the status nodes in enum order.
    return m_nodes[1].children.at(int(status));
}

QModelIndex LibraryTreeModel::indexOfNode(int node) const
{
    if (node <= kRoot)
        return {};
    return createIndex(m_nodes[node].row, 0, quintptr(node));
}

QString LibraryTreeModel::keyOf(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Group:
        return u"group"_qs;
    case NodeKind::Status:
        switch (node.status) {
        case EpisodeFilter::Status::Any:
            return u"all"_qs;
        case EpisodeFilter::Status::ContinueListening:
            return u"status:continue"_qs;
        case EpisodeFilter::Status::NotStarted:
            return u"status:not-started"_qs;
        case EpisodeFilter::Status::Finished:
            return u"status:finished"_qs;
        case EpisodeFilter::Status::New:
            return u"status:new"_qs;
        case EpisodeFilter::Status::Review:
            return u"status:review"_qs;
        }
        break;
    case NodeKind::Topic:
        return u"topic:" + node.topicId;
    case NodeKind::Tag:
        return u"tag:" + node.topicId + u'/' + node.tag;
    case NodeKind::Notes:
        return u"notes"_qs;
    }
    return {};
}

QModelIndex LibraryTreeModel::indexForKey(const QString &key) const
{
    for (int n = 1; n < m_nodes.size(); ++n) {
        if (keyOf(m_nodes[n]) == key)
            return indexOfNode(n);
    }
    return {};
}

void LibraryTreeModel::setNotesCount(int count)
{
    if (count == m_notesCount)
        return;
    m_notesCount = count;
    const QModelIndex i = indexOfNode(m_notesNode);
    emit dataChanged(i, i, {Qt::AccessibleTextRole, TotalCountRole, CountTextRole});
}

QModelIndex LibraryTreeModel::allEpisodesIndex() const
{
    return indexOfNode(statusNode(EpisodeFilter::Status::Any));
}

EpisodeFilter LibraryTreeModel::filterFor(const QModelIndexList &selection)
{
    EpisodeFilter filter;
    for (const QModelIndex &i : selection) {
        switch (NodeKind(i.data(KindRole).toInt())) {
        case NodeKind::Group:
        case NodeKind::Notes:
            break;
        case NodeKind::Status:
            filter.setStatus(EpisodeFilter::Status(i.data(StatusRole).toInt()));
            break;
        case NodeKind::Topic:
            filter.setTopicId(i.data(TopicIdRole).toString());
            break;
        case NodeKind::Tag:
            filter.setTopicId(i.data(TopicIdRole).toString());
            filter.addTag(i.data(TagRole).toString());
            break;
        }
    }
    return filter;
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : kRoot;
    if (p < 0 || p >= m_nodes.size() || row >= m_nodes[p].children.size())
        return {};
    return createIndex(row, 0, quintptr(m_nodes[p].children.at(row)));
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes[int(child.internalId())].parent);
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : kRoot;
    return int(m_nodes[p].children.size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags LibraryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_nodes[int(index.internalId())].kind == NodeKind::Group)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    const bool isStatus = n.kind == NodeKind::Status && n.status != EpisodeFilter::Status::Any;
    if (n.kind == NodeKind::Notes) {
        if (role == CountTextRole)
            return QString::number(m_notesCount);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %n note(s)", nullptr, m_notesCount).arg(n.title);
        if (role == TotalCountRole)
            return m_notesCount;
    }
    switch (role) {
    case Qt::DisplayRole:
        return n.title;
    case CountTextRole:
        if (n.kind == NodeKind::Group)
            return QString();
        if (isStatus)
            return QString::number(n.inStatus);
        return QString(QString::number(n.finished) + u'/' + QString::number(n.total));
    case Qt::AccessibleTextRole:
        if (n.kind == NodeKind::Group)
            return n.title;
        if (isStatus)
            return tr("%1, %n episode(s)", nullptr, n.inStatus).arg(n.title);
        return tr("%1, %2 of %n episode(s) finished", nullptr, n.total)
            .arg(n.title)
            .arg(n.finished);
    case Qt::ToolTipRole:
        if (n.kind == NodeKind::Topic) {
            const Topic *t = m_episodes->catalog().topic(n.topicId);
            if (!t->warning.isEmpty())
                return tr("Last refresh failed: %1").arg(t->warning);
            return t->description;
        }
        return {};
    case ImageFileRole:
        return n.kind == NodeKind::Topic ? m_episodes->catalog().topic(n.topicId)->imageFile
                                         : QString();
    case WarningRole:
        return n.kind == NodeKind::Topic ? m_episodes->catalog().topic(n.topicId)->warning
                                         : QString();
    case PodcastRole:
        return n.kind == NodeKind::Topic &&
               m_episodes->catalog().topic(n.topicId)->kind == Topic::Kind::Podcast;
    case KindRole:
        return int(n.kind);
    case KeyRole:
        return keyOf(n);
    case StatusRole:
        return int(n.status);
    case TopicIdRole:
        return n.topicId;
    case TagRole:
        return n.tag;
    case FinishedCountRole:
        return n.finished;
    case TotalCountRole:
        return isStatus ? n.inStatus : n.total;
    default:
        return {};
    }
}
