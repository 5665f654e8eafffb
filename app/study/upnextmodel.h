#pragma once

#include <QAbstractListModel>
#include <QSet>

#include <functional>

class UpNextQueue;

// The Up Next queue as a list for a view: one row per queued episode, its title shown. Every
// change goes through here so views get exact row signals (insert, remove, move), never a reset
// for one entry. Rows can be dragged to a new place (internal moves: moveRows(), or mimeData()
// and dropMimeData() with the episode ids).
class UpNextModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpNextModel)

public:
    enum Role {
        EpisodeIdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)
    // What a title lookup gives: the episode's title, or empty for an episode not known (yet).
    using TitleLookup = std::function<QString(const QString &episodeId)>;

    static QString mimeType() { return QStringLiteral("application/x-earmark-up-next"); }

    // The queue must outlive the model.
    explicit UpNextModel(UpNextQueue *queue, QObject *parent = nullptr);

    void setTitleLookup(TitleLookup lookup);
    UpNextQueue *queue() const { return m_queue; }
    QString episodeIdAt(int row) const;

    // Closes the queue's file and, with a path, opens it on that one (a restored backup):
    // one reset. False when it could not be opened.
    bool setStore(const QString &databasePath);

    bool add(const QString &episodeId);
    bool playNext(const QString &episodeId);
    bool removeAt(int row);
    bool remove(const QString &episodeId);
    bool clear();
    QString takeFirst();
    int retainOnly(const QSet<QString> &known);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The queue changed (added, removed, moved, cleared).
    void queueChanged();

private:
    // Moves the entry at `from` to before the entry now at `before` (0..rowCount()).
    bool moveTo(int from, int before);

    UpNextQueue *m_queue = nullptr;
    TitleLookup m_title;
};
