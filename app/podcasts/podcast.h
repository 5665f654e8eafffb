#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A subscription as stored: what the feed said of itself, and how the last refresh went.
struct Podcast
{
    QString id; // stable: derived from the feed URL it was first subscribed with
    QString feedUrl;
    QString title;
    QString description;
    QString link;
    QString imageUrl;
    QString author;
    QStringList categories;
    QByteArray etag;         // for If-None-Match
    QByteArray lastModified; // for If-Modified-Since
    QDateTime addedAt;
    QDateTime refreshedAt; // the last attempt
    QDateTime succeededAt; // the last refresh that read the feed (or was told 304)
    QString lastError;     // why the last refresh failed; empty when it went well
    bool autoRefresh = true;
    int episodeCount = 0;
    int newCount = 0;

    bool operator==(const Podcast &) const = default;
};
