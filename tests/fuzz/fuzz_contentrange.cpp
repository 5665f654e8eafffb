// libFuzzer target for ContentRange: any bytes, as the Content-Range header of a server's 206 or
// 416 answer. What it accepts must hold together: FIRST <= LAST < COMPLETE when known.
// Seeds: tests/fuzz/corpus/contentrange/.
#include "contentrange.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ContentRange> r = ContentRange::parse(input);
    if (!r)
        return 0;
    const bool unsatisfied = r->first < 0;
    if (unsatisfied ? (r->last >= 0 || r->complete < 0)
                    : (r->last < r->first || (r->complete >= 0 && r->last >= r->complete)))
        __builtin_trap();
    return 0;
}
