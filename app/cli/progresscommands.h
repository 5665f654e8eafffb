#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QTextStream>

// The command-line modes that work on the progress store: no window, output to the given
// streams, problems on `err` and a non-zero exit code.
class ProgressCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCommands)

public:
    // --export-progress: JSON (see ProgressJson) to `file`, or to `out` when `file` is "-".
    // Works beside a running Earmark (reads through a read-only connection then).
    static int exportProgress(const QString &dataDir, const Catalog &catalog, const QString &file,
                              QTextStream &out, QTextStream &err);
    // --import-progress: merges `file` ("-": standard input); one line per changed episode.
    static int importProgress(const QString &dataDir, const QString &file, QTextStream &out,
                              QTextStream &err);
};
