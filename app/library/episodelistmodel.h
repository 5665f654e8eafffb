#pragma once

#include "catalog.h"
#include "episodeprogress.h"
#include "episodesearchtexts.h"
#include "episodesortorder.h"
#include "listeningstatus.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

// The episodes of the catalog with the learner's progress, one row each, in the chosen sort
// order (sorting here, once, lets the filter proxy keep rows in source order: a keystroke then
// costs one filter pass, no sort). Progress changes emit dataChanged for that one row with the
// roles that changed; only a new catalog resets the model, and a new order is a layout change.
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
        DurationSecRole, // the catalog's hint
        DurationMsRole,  // the real media duration once known, else the hint
        PublishedRole,
        OrderRole,
        AudioRole,
        PositionMsRole,
        ProgressRole, // 0..1 of the duration
        StatusRole,   // ListeningStatus as int
        FinishedRole,
        LastPlayedRole,
        NowPlayingRole,
        ErrorRole,     // message when its audio failed, else empty
        NewRole,       // a podcast episode not opened or played since a refresh brought it
        ReviewDueRole, // finished and due for spaced review (the study subsystem decides)
    };
    Q_ENUM(Role)

    explicit EpisodeListModel(QObject *parent = nullptr);

    // `searchTexts` may be built ahead, off the UI thread: EpisodeSearchTexts(catalog).
    void setCatalog(const Catalog &catalog, const EpisodeSearchTexts &searchTexts = {});
    const Catalog &catalog() const { return m_catalog; }
    const Episode &episodeAt(int row) const { return m_catalog.episodes().at(m_order.at(row)); }
    int rowOf(const QString &episodeId) const;
    int catalogIndexAt(int row) const { return m_order.at(row); }

    EpisodeSortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(EpisodeSortOrder order);

    // Progress, kept by episode id; ids not in the catalog are kept too (and ignored here).
    void setAllProgress(const QHash<QString, EpisodeProgress> &progress);
    void setProgress(const EpisodeProgress &progress);
    EpisodeProgress progress(const QString &episodeId) const { return m_progress.value(episodeId); }
    ListeningStatus statusAt(int row) const;
    QByteArrayView searchTextAt(int row) const { return m_searchTexts.at(m_order.at(row)); }

    void setNowPlaying(const QString &episodeId);
    void setError(const QString &episodeId, const QString &message);
    QString error(const QString &episodeId) const { return m_errors.value(episodeId); }

    // The episodes marked New (ids not in the catalog are kept too, and ignored here).
    void setNewEpisodes(const QSet<QString> &episodeIds);
    // The episode was opened or played: no longer New. No-op when it was not.
    void clearNew(const QString &episodeId);
    bool isNew(const QString &episodeId) const { return m_new.contains(episodeId); }
    int newCount() const;
    // The episodes due for review today (ids not in the catalog are kept too, and ignored).
    void setReviewDue(const QSet<QString> &episodeIds);
    bool isDueForReview(const QString &episodeId) const { return m_reviewDue.contains(episodeId); }
    int reviewDueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The status of an episode changed (started, finished, reset); the tree updates its counts.
    void statusChanged(const QString &episodeId, ListeningStatus before, ListeningStatus after);
    // setAllProgress() replaced every episode's progress.
    void allProgressChanged();
    // setNewEpisodes() replaced the New marks, or one episode lost its mark.
    void newEpisodesChanged();
    // setReviewDue() changed the episodes due for review.
    void reviewDueChanged();

private:
    void emitRowChanged(const QString &episodeId, const QList<int> &roles);
    QList<int> sortedOrder() const;
    void applyOrder(QList<int> order);
    qint64 durationMsOf(const Episode &e) const;
    QString accessibleText(const Episode &e) const;

    Catalog m_catalog;
    EpisodeSearchTexts m_searchTexts;
    EpisodeSortOrder m_sortOrder = EpisodeSortOrder::Newest;
    QList<int> m_order;      // row -> catalog index
    QList<int> m_rowOfIndex; // catalog index -> row
    QHash<QString, EpisodeProgress> m_progress;
    QHash<QString, QString> m_errors;
    QSet<QString> m_new;
    QSet<QString> m_reviewDue;
    QString m_nowPlaying;
};
