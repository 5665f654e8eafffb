#pragma once

#include "catalog.h"
#include "inputproblem.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

struct CatalogLoadResult
{
    Catalog catalog;              // the episodes and topics that passed validation
    QList<InputProblem> problems; // every problem found, in file order
    bool readable = true;         // false when the file could not be opened or read

    bool isValid() const { return readable && problems.isEmpty(); }
};

// Reads and validates catalog JSON (format: README, "Catalog format"). Reports every problem as
// FILE:LINE:COLUMN with the JSON path, and keeps every episode that is fine on its own.
class CatalogLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static constexpr int kFormatMajorVersion = 1;
    static constexpr qsizetype kMaxFileSize = qsizetype(64) * 1024 * 1024;
    // Problems listed per file; the rest are counted in one last line.
    static constexpr qsizetype kMaxProblems = 1000;

    // The catalog compiled into the binary.
    static QString bundledCatalogPath();

    static CatalogLoadResult loadFile(const QString &path);

    // Line and column where an episode is defined in its file (read again: only messages need
    // positions, so loading keeps none). {0, 0} when the file cannot be read.
    static std::pair<int, int> locate(const Episode &episode);

    // The bundled catalog plus `extraFiles`, merged; an episode id defined twice keeps its
    // first definition and reports the second. `readable` tells whether all files could be read.
    static CatalogLoadResult loadAll(const QStringList &extraFiles);

    // `fileName` is used in messages; relative audio paths resolve against `baseDir`
    // (a directory path, or a resource directory starting with ":/").
    static CatalogLoadResult loadData(const QByteArray &data, const QString &fileName,
                                      const QString &baseDir);

private:
    // `reload`, when set, reads the bytes again for the positions of problems, and `data` is
    // dropped once parsed (peak memory: README, "Performance").
    static CatalogLoadResult load(QByteArray data, const QString &fileName, const QString &baseDir,
                                  const std::function<QByteArray()> &reload);
    // `data` read one episode at a time (JsonArrayScanner); nothing when it is not a
    // well-formed JSON object with an "episodes" array of objects, which load() then reports.
    static std::optional<CatalogLoadResult>
    loadByEpisode(const QByteArray &data, const QString &fileName, const QString &baseDir,
                  const std::function<QByteArray()> &reload);
};
