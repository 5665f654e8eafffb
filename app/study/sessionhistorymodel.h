#pragma once

#include "listeningstatistics.h"

#include <QAbstractTableModel>

#include <functional>

// The History table: one row per listening session (newest first as given), columns Date,
// Episode, From–To, Time, Speed. SortRole gives the raw value of a cell (a date, milliseconds,
// the rate) so a proxy sorts by value, not by the text shown.
class SessionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHistoryModel)

public:
    enum Column { DateColumn, EpisodeColumn, PositionColumn, TimeColumn, SpeedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EpisodeIdRole,
    };
    using TitleLookup = std::function<QString(const QString &episodeId)>;

    explicit SessionHistoryModel(QObject *parent = nullptr);

    void setTitleLookup(TitleLookup lookup) { m_title = std::move(lookup); }
    void setRows(const QList<ListeningStatistics::HistoryRow> &rows);
    const ListeningStatistics::HistoryRow &rowAt(int row) const { return m_rows.at(row); }

    // "1:02:03" or "2:03".
    static QString clock(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString titleOf(const QString &episodeId) const;

    QList<ListeningStatistics::HistoryRow> m_rows;
    TitleLookup m_title;
};
