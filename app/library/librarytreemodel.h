#pragma once

#include "episodefilter.h"
#include "listeningstatus.h"

#include <QAbstractItemModel>

class EpisodeListModel;

// The tree on the left: a "Library" group (All episodes, Continue listening, Not started,
// Finished, New, Review: finished episodes due for spaced review today, Notes), then every course
// topic with its tags, then a "Podcasts" group with each subscribed podcast and its tags. Each
// node counts its episodes; counts follow the learner's progress through dataChanged on the nodes
// concerned, never a reset.
class LibraryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryTreeModel)

public:
    enum class NodeKind { Group, Status, Topic, Tag, Notes };
    Q_ENUM(NodeKind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        KeyRole,     // stable key, e.g. "tag:ai-training/Fine-Tuning", for settings
        StatusRole,  // EpisodeFilter::Status as int (status nodes)
        TopicIdRole, // topic and tag nodes
        TagRole,     // tag nodes
        FinishedCountRole,
        TotalCountRole,
        CountTextRole, // "3/8" (status nodes: the number of episodes in them)
        ImageFileRole, // topic nodes: the artwork file of a podcast, empty without one
        WarningRole,   // topic nodes: why a podcast's last refresh failed, empty when it did not
        PodcastRole,   // true for the topic node of a podcast
    };
    Q_ENUM(Role)

    explicit LibraryTreeModel(EpisodeListModel *episodes, QObject *parent = nullptr);

    QModelIndex indexForKey(const QString &key) const;
    QModelIndex allEpisodesIndex() const;
    // The Notes node (every study note, app/notes); its count is set from outside.
    QModelIndex notesIndex() const { return indexOfNode(m_notesNode); }
    void setNotesCount(int count);

    // The filter that a selection of nodes stands for: several tags combine with AND.
    static EpisodeFilter filterFor(const QModelIndexList &selection);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        int parent = -1;
        int row = 0;
        QList<int> children;
        QString title;
        QString topicId;
        QString tag;
        EpisodeFilter::Status status = EpisodeFilter::Status::Any;
        int total = 0;
        int finished = 0;
        int inStatus = 0; // status nodes: episodes currently in that status
    };

    void rebuild();
    void recount();
    void onStatusChanged(const QString &episodeId, ListeningStatus before, ListeningStatus after);
    QModelIndex indexOfNode(int node) const;
    int addNode(Node node);
    int statusNode(EpisodeFilter::Status status) const;
    // The nodes whose finished/total counts include this episode.
    QList<int> countingNodes(const Episode &e) const;
    static QString keyOf(const Node &node);

    EpisodeListModel *m_episodes = nullptr;
    QList<Node> m_nodes;                            // m_nodes[0] is the invisible root
    QHash<QString, int> m_topicNodes;               // topic id -> node
    QHash<QString, QHash<QString, int>> m_tagNodes; // topic id -> tag -> node
    int m_notesNode = -1;
    int m_notesCount = 0;
};
