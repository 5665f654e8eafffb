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
    // --restore-backup: `file` is a path or the name of a copy in the backups folder; the
    // current database is backed up first. Earmark must not be running on `dataDir`.
    static int restoreBackup(const QString &dataDir, const QString &file, QTextStream &out,
                             QTextStream &err);
};
