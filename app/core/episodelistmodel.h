#pragma once

#include "catalog.h"

#include <QAbstractListModel>

// The episodes of the catalog, one row each, in catalog order. Views sort and filter through
// EpisodeFilterModel.
class EpisodeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        TopicRole,
        TagsRole,
        DurationSecRole,
        PublishedRole,
        OrderRole,
        AudioRole,
    };
    Q_ENUM(Role)

    explicit EpisodeListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    const Episode &episodeAt(int row) const { return m_catalog.episodes().at(row); }
    int rowOf(const QString &episodeId) const { return int(m_catalog.indexOfEpisode(episodeId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Catalog m_catalog;
};
