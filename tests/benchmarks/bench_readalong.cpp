// Reading along: a 2-hour WebVTT transcript (2,000 cues) and Podcasting 2.0 JSON transcripts
// of the same talk (2,000 sentence segments; 20,000 word segments) parsed, also read back from
// the disk cache through ReadAlongCache; the cue lookup each playback tick makes (goal: 1 ms or
// less); and 100 KB of show notes sanitized. Medians of several rounds.
//
//   bench_readalong        (Release build: ./build-bench/tests/benchmarks/bench_readalong)
#include "readalongcache.h"
#include "shownotessanitizer.h"
#include "transcriptparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kCues = 2000;
constexpr qint64 kTwoHoursMs = qint64(2) * 3600 * 1000;
constexpr int kRounds = 9;

const char *const kWords[] = {"model", "training", "data",       "gradient", "loss",
                              "token", "layer",    "attention",  "learning", "rate",
                              "batch", "weights",  "evaluation", "the",      "and",
                              "of",    "a",        "with",       "from",     "into"};

QByteArray sentence(unsigned &seed, int words)
{
    QByteArray s;
    for (int w = 0; w < words; ++w) {
        seed = seed * 1103515245 + 12345;
        if (w)
            s += ' ';
        s += kWords[(seed >> 16) % std::size(kWords)];
    }
    return s + '.';
}

QByteArray vttTime(qint64 ms)
{
    return QByteArray::number(ms / 3600000).rightJustified(2, '0') + ':' +
           QByteArray::number(ms / 60000 % 60).rightJustified(2, '0') + ':' +
           QByteArray::number(ms / 1000 % 60).rightJustified(2, '0') + '.' +
           QByteArray::number(ms % 1000).rightJustified(3, '0');
}

QByteArray makeVtt()
{
    QByteArray vtt = "WEBVTT\n\nNOTE generated for bench_readalong\n\n";
    unsigned seed = 1;
    const qint64 step = kTwoHoursMs / kCues;
    for (int i = 0; i < kCues; ++i) {
        vtt += QByteArray::number(i + 1) + '\n' + vttTime(i * step) + " --> " +
               vttTime(i * step + step - 200) + '\n' + "<v " + (i % 3 ? "Ada" : "Charles") + '>' +
               sentence(seed, 14) + "\n\n";
    }
    return vtt;
}

// One segment a sentence, or (words) one a word, as word-level tools write them.
QByteArray makeJson(bool words)
{
    QByteArray json = "{\"version\": \"1.0.0\", \"segments\": [\n";
    unsigned seed = 1;
    const qint64 step = kTwoHoursMs / kCues;
    bool first = true;
    for (int i = 0; i < kCues; ++i) {
        const QByteArray speaker = i % 3 ? "Ada" : "Charles";
        const QByteArray text = sentence(seed, 10);
        const QList<QByteArray> parts = words ? text.split(' ') : QList<QByteArray>{text};
        const qint64 partMs = (step - 200) / parts.size();
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const qint64 start = i * step + p * partMs;
            json += QByteArray(first ? "" : ",\n") + "{\"speaker\": \"" + speaker +
                    "\", \"startTime\": " + QByteArray::number(start / 1000.0, 'f', 3) +
                    ", \"endTime\": " + QByteArray::number((start + partMs) / 1000.0, 'f', 3) +
                    ", \"body\": \"" + parts.at(p) + "\"}";
            first = false;
        }
    }
    return json + "\n]}\n";
}

QString makeShowNotes(qsizetype bytes)
{
    QString html;
    unsigned seed = 7;
    int n = 0;
    while (html.size() < bytes) {
        ++n;
        html += QStringLiteral("<h3 style=\"color:red\">Part %1</h3>\n<p class=\"x\">").arg(n);
        html += QString::fromLatin1(sentence(seed, 30));
        html += QStringLiteral(
                    " At %1:%2 we discuss <a href=\"https://example.com/papers/%3?x=1&amp;y=2\" "
                    "onclick=\"track()\">paper %3</a> and <b>more</b>.</p>\n")
                    .arg(n % 60)
                    .arg(n * 7 % 60, 2, 10, QLatin1Char('0'))
                    .arg(n);
        html += QStringLiteral("<ul><li>first item</li><li>second <em>item</em></li></ul>\n"
                               "<img src=\"https://tracker.example/p%1.gif\" alt=\"\">\n"
                               "<script>track(%1)</script>\n")
                    .arg(n);
    }
    return html;
}

template<typename F> double medianMs(F &&run, int rounds = kRounds)
{
    QList<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const char *what, double ms, const char *goal)
{
    std::printf("%-62s %10.3f ms   (goal %s)\n", what, ms, goal);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray vtt = makeVtt();
    const QByteArray sentences = makeJson(false);
    const QByteArray words = makeJson(true);
    std::printf("inputs: VTT %lld KB (%d cues), JSON %lld KB (sentences), JSON %lld KB (words)\n",
                qlonglong(vtt.size() / 1024), kCues, qlonglong(sentences.size() / 1024),
                qlonglong(words.size() / 1024));

    TranscriptParseResult parsed;
    report("parse 2-hour WebVTT, 2,000 cues (median)", medianMs([&] {
               parsed = TranscriptParser::parse(vtt, TranscriptFormat::WebVtt, QStringLiteral("b"));
           }),
           "<= 100 ms for the page");
    if (parsed.transcript.cues.size() != kCues || !parsed.problems.isEmpty())
        return std::fprintf(stderr, "VTT: %lld cues\n", qlonglong(parsed.transcript.cues.size())),
               1;
    TranscriptParseResult json;
    report("parse 2-hour JSON, 2,000 sentence segments (median)", medianMs([&] {
               json = TranscriptParser::parse(sentences, TranscriptFormat::PodcastJson,
                                              QStringLiteral("b"));
           }),
           "<= 100 ms");
    report("parse 2-hour JSON, 20,000 word segments merged (median)", medianMs([&] {
               json = TranscriptParser::parse(words, TranscriptFormat::PodcastJson,
                                              QStringLiteral("b"));
           }),
           "<= 100 ms");
    std::printf("%-62s %10lld cues\n", "  word segments merged into",
                qlonglong(json.transcript.cues.size()));

    // Reading the cached copy back, from the request to the signal (thread pool, file, parse).
    QTemporaryDir dir;
    QNetworkAccessManager network;
    ReadAlongCache cache(&network, dir.path());
    {
        QSaveFile file(dir.filePath(QStringLiteral("two-hours.vtt")));
        if (!file.open(QIODevice::WriteOnly) || file.write(vtt) != vtt.size() || !file.commit())
            return 1;
    }
    const QUrl local = QUrl::fromLocalFile(dir.filePath(QStringLiteral("two-hours.vtt")));
    report("ReadAlongCache: 2-hour VTT from disk to signal (median)", medianMs([&] {
               QSignalSpy loaded(&cache, &ReadAlongCache::transcriptLoaded);
               cache.loadTranscript(local);
               loaded.wait(10000);
           }),
           "<= 100 ms");

    // A playback tick: the cue at the position (each tick moves 250 ms; seeks jump anywhere).
    const Transcript &t = parsed.transcript;
    constexpr int kTicks = 1'000'000;
    int found = 0;
    const double tickMs = medianMs(
        [&] {
            qint64 pos = 0;
            for (int i = 0; i < kTicks; ++i) {
                pos = (pos + 250 + (i % 1000 == 0 ? 1234567 : 0)) % kTwoHoursMs;
                found += t.cueAt(pos) >= 0;
            }
        },
        5);
    std::printf("%-62s %10.1f ns   (goal <= 1 ms)\n",
                "cueAt, one playback tick over 2,000 cues (per call, median)",
                tickMs * 1e6 / kTicks);
    if (found == 0)
        return 1;

    const QString notes = makeShowNotes(100 * 1024);
    QString safe;
    report("sanitize 100 KB of show notes (median)",
           medianMs([&] { safe = ShowNotesSanitizer::toSafeHtml(notes); }), "-");
    std::printf("%-62s %10lld KB out, %lld seek links\n", "  result", qlonglong(safe.size() / 1024),
                qlonglong(safe.count(QStringLiteral("earmark-seek:"))));
    return 0;
}
