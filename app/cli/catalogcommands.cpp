#include "catalogcommands.h"

#include "catalogloader.h"

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

void CatalogCommands::list(const Catalog &catalog, QTextStream &out)
{
    const auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    for (const Episode &e : catalog.episodes()) {
        out << clean(e.id) << '\t' << clean(e.title) << '\t' << e.durationSec << '\t'
            << e.published.toString(Qt::ISODate) << '\t' << clean(e.tags.join(u';')) << '\n';
    }
    out.flush();
}
