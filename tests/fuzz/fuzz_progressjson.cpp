// libFuzzer target: the progress import (ProgressJson::read) on arbitrary bytes. A refused
// input must say why; an accepted one must survive a write/read round trip unchanged.
#include "progressjson.h"

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
    QList<ProgressStore::ImportedEpisode> episodes;
    QString error;
    if (!ProgressJson::read(bytes, &episodes, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // refused without a reason
        return 0;
    }
    QList<ProgressStore::ImportedEpisode> again;
    if (!ProgressJson::read(ProgressJson::write(episodes, {}), &again, &error) ||
        again.size() != episodes.size())
        __builtin_trap(); // what we write, we read back
    return 0;
}
