// libFuzzer target for TranscriptParser: the first byte picks the declared format (Unspecified,
// WebVTT, SRT, Podcasting 2.0 JSON, HTML, text), the rest is the file. Every problem must say
// something; the cues must come back sorted, within the time limit, and cueAt must find a cue
// that plays. Seeds: tests/fuzz/corpus/transcript/.
#include "transcriptparser.h"

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
    if (size == 0)
        return 0;
    const auto format = TranscriptFormat(data[0] % 6);
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const TranscriptParseResult result =
        TranscriptParser::parse(bytes, format, QStringLiteral("fuzz"));
    if (result.problems.size() > TranscriptParser::kMaxProblems + 1)
        __builtin_trap();
    for (const InputProblem &problem : result.problems) {
        if (problem.message.isEmpty())
            __builtin_trap();
    }
    const Transcript &t = result.transcript;
    if (!t.timed && !t.cues.isEmpty())
        __builtin_trap();
    if (t.cues.size() > TranscriptParser::kMaxCues)
        __builtin_trap();
    for (qsizetype i = 0; i < t.cues.size(); ++i) {
        const TranscriptCue &cue = t.cues.at(i);
        if (cue.startMs < 0 || cue.startMs > TranscriptParser::kMaxTimeMs)
            __builtin_trap();
        if (cue.endMs != -1 && cue.endMs < cue.startMs)
            __builtin_trap();
        if (i > 0 && t.cues.at(i - 1).startMs > cue.startMs)
            __builtin_trap();
        if (cue.text.isEmpty())
            __builtin_trap();
        // The cue found at a cue's start plays then (it may be a later cue with the same start).
        const int found = t.cueAt(cue.startMs);
        if (cue.endMs != cue.startMs) {
            if (found < 0)
                __builtin_trap();
            const TranscriptCue &playing = t.cues.at(found);
            if (playing.startMs > cue.startMs ||
                (playing.endMs != -1 && playing.endMs <= cue.startMs))
                __builtin_trap();
        }
    }
    return 0;
}
