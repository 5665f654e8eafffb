#include "catalogcommands.h"

#include "catalogloader.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "sourceloader.h"

#include <QDir>
#include <QFileInfo>

int CatalogCommands::check(const QString &path, QTextStream &out, QTextStream &err)
{
    const CatalogLoadResult result = CatalogLoader::loadFile(path);
    for (const InputProblem &p : result.problems)
        err << p.toString() << '\n';
    err.flush();
    if (!result.readable)
        return 2;
    if (!result.problems.isEmpty()) {
        // Two counts, two plural forms: two messages.
        out << CatalogLoader::tr("%1: %n problem(s) found", nullptr, int(result.problems.size()))
                   .arg(path)
            << "; "
            << CatalogLoader::tr("%n episode(s) usable", nullptr,
                                 int(result.catalog.episodes().size()))
            << '\n';
        out.flush();
        return 1;
    }
    out << CatalogLoader::tr("%1: valid, %n episode(s)", nullptr,
                             int(result.catalog.episodes().size()))
               .arg(path)
        << '\n';
    out.flush();
    return 0;
}

Catalog CatalogCommands::library(const QString &dataDir, const QStringList &catalogs,
                                 QTextStream &err)
{
    CatalogLoadResult loaded = CatalogLoader::loadAll(catalogs);
    // The catalog files and folders added with --add-catalog, --add-folder or in the window.
    SourceLoader::loadRemembered(dataDir, loaded.catalog, &loaded.problems, catalogs);
    for (const InputProblem &p : loaded.problems)
        err << p.toString() << '\n';
    const QString database = QDir(dataDir).filePath(ProgressStore::fileName());
    if (QFileInfo::exists(database)) {
        PodcastStore podcasts;
        if (podcasts.open(database))
            loaded.catalog.merge(podcasts.catalog());
    }
    err.flush();
    return loaded.catalog;
}

int CatalogCommands::list(const QString &dataDir, const QStringList &catalogs, QTextStream &out,
                          QTextStream &err)
{
    list(library(dataDir, catalogs, err), out);
    return 0;
}

void CatalogCommands::list(const Catalog &catalog, QTextStream &out)
{
    const auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    for (const Episode &e : catalog.episodes()) {
        QString published;
        if (e.published.isValid() && e.publishedTime.isValid())
            published = QDateTime(e.published, e.publishedTime, Qt::UTC).toString(Qt::ISODate);
        else if (e.published.isValid())
            published = e.published.toString(Qt::ISODate);
        const Topic *topic = catalog.topic(e.topicId);
        out << clean(e.id) << '\t' << clean(e.title) << '\t'
            << (e.durationSec > 0 ? QString::number(e.durationSec) : QString()) << '\t' << published
            << '\t' << clean(e.tags.join(u';')) << '\t' << clean(topic ? topic->title : QString())
            << '\t' << e.audioUrl << '\n';
    }
    out.flush();
}
