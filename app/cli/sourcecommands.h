#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command-line modes that add sources to the library, remembered as if added in the window
// (File > Add folder…, Add catalog…). Beside a running Earmark they tell its window, which then
// shows them.
class SourceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SourceCommands)

public:
    // --add-folder: remembers each folder and scans it (the scan cache in the data directory), one
    // line per folder, "FOLDER<TAB>N episodes"; each file that cannot be used on `err` as
    // "FILE: message". Exit 0 when all were added and every file read, 1 when a file could not be
    // used (the folder is still added: its card shows why), 2 when an argument is not a folder
    // (nothing is added).
    static int addFolders(const QString &dataDir, const QStringList &folders, QTextStream &out,
                          QTextStream &err);
    // --add-catalog: validates each file like --check-catalog and remembers it when it has usable
    // episodes; one line per file, "FILE<TAB>N episodes". Exit 0 when all were added without
    // problems, 1 when a file had problems (added when some episodes are usable), 2 when one could
    // not be read (not added).
    static int addCatalogs(const QString &dataDir, const QStringList &files, QTextStream &out,
                           QTextStream &err);
};
