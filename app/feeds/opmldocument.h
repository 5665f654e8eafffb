#pragma once

#include <QList>
#include <QString>

// One subscription in an OPML file.
struct OpmlOutline
{
    QString title;   // text or title attribute
    QString feedUrl; // xmlUrl, or url where type="link"; absolute
    QString htmlUrl;

    bool operator==(const OpmlOutline &) const = default;
};

// An OPML 2.0 subscription list, nested outlines flattened in document order.
struct OpmlDocument
{
    QString title;
    QList<OpmlOutline> outlines;

    bool operator==(const OpmlDocument &) const = default;
};
