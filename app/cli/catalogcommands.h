#pragma once

#include "catalog.h"

#include <QTextStream>

// The command-line modes that work on catalogs: no window, output to the given streams.
class CatalogCommands final
{
public:
    // --check-catalog: prints every problem; 0 valid, 1 problems found, 2 unreadable.
    static int check(const QString &path, QTextStream &out, QTextStream &err);
    // --list: id, title, duration seconds, published, tags joined by ';' — tab-separated.
    static void list(const Catalog &catalog, QTextStream &out);
};
