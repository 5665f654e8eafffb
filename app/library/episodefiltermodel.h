#pragma once

#include "episodefilter.h"
#include "episodesortorder.h"

#include <QSortFilterProxyModel>

class EpisodeListModel;

// Filters the episode list for the card view; the rules live in EpisodeFilter. Rows keep the
// source model's order, which EpisodeListModel sorts (see there why).
class EpisodeFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeFilterModel)

public:
    using SortOrder = EpisodeSortOrder;

    // The search words found in an episode's transcript or show notes by a full-text index
    // (app/search): such episodes are shown too, and say where the words were found.
    struct TextMatch
    {
        enum Field { None = 0, Transcript = 1, ShowNotes = 2 }; // SearchField's values
        int field = None;
        QString snippet; // words around the first hit, plain text, "…" where cut; may be empty
        QString hitText; // the first hit as it stands in the text
        bool operator==(const TextMatch &) const = default;
    };
    enum Role {
        MatchFieldRole = Qt::UserRole + 200, // TextMatch::Field; None when not found there
        MatchSnippetRole,                    // TextMatch::snippet
        MatchTextRole, // TextMatch::hitText: the episode page jumps to its first place
        MatchHintRole, // bool: shown only for that match; the card says where it was found
    };

    explicit EpisodeFilterModel(EpisodeListModel *source, QObject *parent = nullptr);

    const EpisodeFilter &filter() const { return m_filter; }
    void setFilter(const EpisodeFilter &filter);

    SortOrder sortOrder() const;
    void setSortOrder(SortOrder order);

    EpisodeListModel *episodes() const { return m_source; }
    QString episodeIdAt(int proxyRow) const;
    // Episode ids in the order shown: the play queue.
    QStringList episodeIds() const;

    // What the index found for `text`, by episode id; used while the filter's text is `text`
    // (or starts with it: narrowing a search can only take matches away) and dropped when the
    // text changes otherwise.
    void setTextMatches(const QString &text, const QHash<QString, TextMatch> &matches);
    QString textMatchesText() const { return m_matchesText; }
    // "Found in transcript: …" for a card and its accessible text; empty for None.
    static QString matchHint(int field, const QString &snippet);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void indexMatches();
    const TextMatch *matchAtSourceRow(int sourceRow) const;

    EpisodeListModel *m_source = nullptr;
    EpisodeFilter m_filter;
    QString m_matchesText;
    QHash<QString, TextMatch> m_matches;
    QList<const TextMatch *> m_matchAt; // by catalog index; empty when there are no matches
};
