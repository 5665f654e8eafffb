// libFuzzer target for ChapterListParser (Podcasting 2.0 chapters JSON) and ChapterSources:
// chapters come back sorted, in range, titled, and chapterAt agrees with them.
// Seeds: tests/fuzz/corpus/chapterlist/.
#include "chapterlistparser.h"
#include "chaptersources.h"

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
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ChapterListParseResult result = ChapterListParser::parse(bytes, QStringLiteral("fuzz"));
    for (const InputProblem &problem : result.problems) {
        if (problem.message.isEmpty())
            __builtin_trap();
    }
    const QList<Chapter> &chapters = result.chapters;
    if (chapters.size() > ChapterListParser::kMaxChapters)
        __builtin_trap();
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const Chapter &c = chapters.at(i);
        if (c.startMs < 0 || c.title.isEmpty() ||
            c.title.size() > ChapterListParser::kMaxTitleChars)
            __builtin_trap();
        if (i > 0 && chapters.at(i - 1).startMs > c.startMs)
            __builtin_trap();
        const int at = ChapterSources::chapterAt(chapters, c.startMs);
        if (at < i || chapters.at(at).startMs != c.startMs)
            __builtin_trap();
    }
    const ChapterSources::Choice choice = ChapterSources::choose({}, {}, chapters, {});
    if (choice.chapters != chapters)
        __builtin_trap();
    return 0;
}
