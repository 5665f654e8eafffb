#pragma once

#include "downloaditem.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Downloads and the per-podcast "download new episodes automatically" setting, in the tables
// that ProgressStore's schema v4 created in progress.sqlite (ProgressStore opens, migrates and
// repairs the file; open it first). A connection of its own, used from the thread that opened it.
class DownloadStore final
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStore)
    Q_DISABLE_COPY_MOVE(DownloadStore)

public:
    DownloadStore();
    ~DownloadStore();

    // `databasePath`: ProgressStore::databasePath(). False, with errorString(), when the file
    // cannot be opened or has no download tables.
    bool open(const QString &databasePath);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QString errorString() const { return m_error; }

    QList<DownloadItem> items() const; // oldest first
    std::optional<DownloadItem> item(const QString &episodeId) const;
    // Inserts or replaces the record of item.episodeId.
    bool save(const DownloadItem &item);
    bool remove(const QString &episodeId);

    bool setAutoDownload(const QString &podcastId, bool on);
    bool autoDownload(const QString &podcastId) const;
    QSet<QString> autoDownloadPodcasts() const;

    static QString stateName(DownloadState state);
    static DownloadState stateFromName(const QString &name);

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    QString m_connectionName;
    mutable QString m_error;
};
