// libFuzzer target: the "review" key of a progress import (ProgressJson::read, then
// ReviewSchedule::fromJson) on arbitrary bytes. A refused input must say why; an accepted one
// holds only what the schedule can store (boxes 0-4, valid days and times, non-empty ids).
#include "progressjson.h"
#include "reviewschedule.h"

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
    QJsonObject extra;
    if (!ProgressJson::read(bytes, &episodes, &error, &extra))
        return 0;
    ReviewSchedule::Exchange exchange;
    if (!ReviewSchedule::fromJson(extra.value(ReviewSchedule::jsonKey()), &exchange, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // refused without a reason
        return 0;
    }
    for (const ReviewSchedule::State &s : std::as_const(exchange.states)) {
        if (s.episodeId.isEmpty() || s.box < 0 || s.box >= ReviewSchedule::kBoxes ||
            !s.due.isValid() || !s.updatedAt.isValid())
            __builtin_trap();
    }
    for (const ReviewSchedule::LogEntry &l : std::as_const(exchange.log)) {
        if (l.episodeId.isEmpty() || l.box < 0 || l.box >= ReviewSchedule::kBoxes ||
            !l.day.isValid() || !l.reviewedAt.isValid())
            __builtin_trap();
    }
    return 0;
}
