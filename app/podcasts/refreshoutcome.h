#pragma once

#include "inputproblem.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What refreshing (or subscribing to) one feed came to.
struct RefreshOutcome
{
    enum class Result {
        Updated,     // the feed was read and stored
        NotModified, // the server said 304: nothing to read
        Failed,      // nothing was changed; `error` says why
    };
    Result result = Result::Failed;
    QString podcastId; // empty when a subscription failed before it was stored
    QUrl requestedUrl; // what subscribe() or the refresh was given
    QString feedUrl;   // the subscription's URL after this refresh
    QString title;
    int added = 0;
    int updated = 0;
    int total = 0;
    // Why it failed, or what went wrong in a feed that was still read in part (`LOCATION:LINE:
    // COLUMN: message` for a parse error); empty when all went well.
    QString error;
    QList<InputProblem> problems;   // every recoverable problem the parser reported
    bool alreadySubscribed = false; // a subscription to a feed that was already there

    bool ok() const { return result != Result::Failed; }
};

Q_DECLARE_METATYPE(RefreshOutcome)
