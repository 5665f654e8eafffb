// libFuzzer target: the JSON catalog loader (CatalogLoader::loadData) on arbitrary bytes. Every
// problem must come back as a message with a position; nothing may crash, leak or hang.
#include "catalogloader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CatalogLoadResult result =
        CatalogLoader::loadData(bytes, QStringLiteral("fuzz.json"), QStringLiteral("/fuzz"));
    for (const InputProblem &problem : result.problems) {
        if (problem.toString().isEmpty())
            __builtin_trap(); // every problem says something
    }
    // A well-formed catalog is read episode by episode and anything else as one document: either
    // way a syntax error is reported exactly when Qt finds one in the whole document.
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    bool syntaxError = false;
    for (const InputProblem &problem : result.problems)
        syntaxError =
            syntaxError || problem.message.startsWith(QStringLiteral("JSON syntax error"));
    if (syntaxError && error.error == QJsonParseError::NoError)
        __builtin_trap();
    if (syntaxError && !result.catalog.episodes().isEmpty())
        __builtin_trap(); // nothing loads from a broken file
    // What the app does next with a loaded catalog: search texts and a compacted copy.
    const Catalog copy = result.catalog.compacted();
    if (copy.episodes().size() != result.catalog.episodes().size())
        __builtin_trap();
    return 0;
}
