// libFuzzer target for OpmlReader: any bytes, read as a subscription list from the web; what
// it reads must survive OpmlWriter and read back the same.
// Seeds: tests/fuzz/corpus/opmlreader/.
#include "opmlreader.h"
#include "opmlwriter.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl location(QStringLiteral("https://fuzz.example.org/subscriptions.opml"));
    const OpmlReadResult result = OpmlReader::parse(input, location);
    const OpmlReadResult again = OpmlReader::parse(OpmlWriter::write(result.document), location);
    if (!again.complete || again.document != result.document)
        __builtin_trap();
    return 0;
}
