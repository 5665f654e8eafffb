#pragma once

#include "catalog.h"

#include <QStringList>
#include <QTextStream>

// The command-line modes that work on catalogs: no window, output to the given streams.
class CatalogCommands final
{
public:
    // --check-catalog: prints every problem; 0 valid, 1 problems found, 2 unreadable.
    static int check(const QString &path, QTextStream &out, QTextStream &err);
    // --list: the bundled catalog, `catalogs`, the catalog files and folders added to the
    // library and the subscribed podcasts of `dataDir`, one
    // episode a line: id, title, duration in whole seconds (empty when unknown), published
    // (YYYY-MM-DDTHH:MM:SSZ in UTC when the time is known, YYYY-MM-DD when only the date is),
    // tags joined by ';', the topic's (or podcast's) title, the audio URL — tab-separated.
    static int list(const QString &dataDir, const QStringList &catalogs, QTextStream &out,
                    QTextStream &err);
    static void list(const Catalog &catalog, QTextStream &out);

    // The bundled catalog, `catalogs`, the remembered catalogs and folders and the podcasts
    // stored in `dataDir`, merged; problems
    // go to `err`.
    static Catalog library(const QString &dataDir, const QStringList &catalogs, QTextStream &err);
};
