#include "sessionhistorymodel.h"

#include <QLocale>

SessionHistoryModel::SessionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionHistoryModel::setRows(const QList<ListeningStatistics::HistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString SessionHistoryModel::clock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_qs.arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_qs.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString SessionHistoryModel::titleOf(const QString &episodeId) const
{
    const QString title = m_title ? m_title(episodeId) : QString();
    return title.isEmpty() ? episodeId : title;
}

int SessionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListeningStatistics::HistoryRow &r = m_rows.at(index.row());
    if (role == EpisodeIdRole)
        return r.episodeId;
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return r.started.toMSecsSinceEpoch();
        case EpisodeColumn:
            return titleOf(r.episodeId);
        case PositionColumn:
            return r.startPositionMs;
        case TimeColumn:
            return r.realMs;
        case SpeedColumn:
            return r.rate;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != EpisodeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return QString(locale.toString(r.started.date(), QLocale::ShortFormat) + u' ' +
                       locale.toString(r.started.time(), QLocale::ShortFormat));
    case EpisodeColumn:
        return titleOf(r.episodeId);
    case PositionColumn:
        return role == Qt::AccessibleTextRole
                   ? tr("from %1 to %2").arg(clock(r.startPositionMs), clock(r.endPositionMs))
                   : QString(clock(r.startPositionMs) + u"–"_qs + clock(r.endPositionMs));
    case TimeColumn:
        return clock(r.realMs);
    case SpeedColumn:
        return tr("%1×").arg(locale.toString(r.rate, 'g', 3));
    }
    return {};
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EpisodeColumn:
        return tr("Episode");
    case PositionColumn:
        return tr("From–to");
    case TimeColumn:
        return tr("Time");
    case SpeedColumn:
        return tr("Speed");
    }
    return {};
}
