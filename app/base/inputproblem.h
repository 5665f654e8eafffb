#pragma once

#include <QString>

// One thing wrong with a file or document from outside (a catalog, feed, OPML file, transcript,
// imported progress), pointing at the offending token the way a compiler does. `file` is a path
// or a URL.
struct InputProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when the file could not be read at all
    int column = 0; // 1-based, in characters
    QString message;

    // "FILE:LINE:COLUMN: message" (or "FILE: message" without a position).
    QString toString() const;
    bool operator==(const InputProblem &) const = default;
};
