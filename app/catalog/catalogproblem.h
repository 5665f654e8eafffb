#pragma once

#include <QString>

// One thing wrong with a catalog file, pointing at the offending token the way a compiler does.
struct CatalogProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when the file could not be read at all
    int column = 0; // 1-based, in characters
    QString message;

    // "FILE:LINE:COLUMN: message" (or "FILE: message" without a position).
    QString toString() const;
    bool operator==(const CatalogProblem &) const = default;
};
