#pragma once

#include "opmldocument.h"

#include <QByteArray>

// Writes an OPML 2.0 subscription list, one <outline type="rss" text= title= xmlUrl= htmlUrl=>
// per subscription, UTF-8, indented; what OpmlReader reads back to the same document.
class OpmlWriter final
{
public:
    static QByteArray write(const OpmlDocument &document);
};
