#pragma once

#include "inputproblem.h"
#include "opmldocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

struct OpmlReadResult
{
    OpmlDocument document;        // every outline with a feed URL read before any error
    QList<InputProblem> problems; // with line and column; `file` is the location given
    bool complete = true;         // false after an unrecoverable error
};

// Reads OPML 1.0/2.0 subscription lists (as gPodder, AntennaPod, Kasts and podcast directories
// write them). Outlines without a feed URL are skipped silently when they only group others,
// reported when they look like a broken subscription. Duplicate feed URLs are kept once.
class OpmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(OpmlReader)

public:
    static constexpr qsizetype kMaxSize = qsizetype(16) * 1024 * 1024;
    static OpmlReadResult parse(const QByteArray &data, const QUrl &location);
};
