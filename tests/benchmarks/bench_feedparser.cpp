// FeedParser timings and memory on generated feeds: a 1 MB feed of 250 items (goal: 15 ms or
// less) and a 50 MB feed of 50,000 items (goal: 1.5 s or less, peak memory 150 MB or less,
// the 50 MB input included). Items look like real podcast items: title, guid, link, date,
// HTML show notes, enclosure, iTunes duration, episode, image and keywords.
//
//   bench_feedparser        (Release build: ./build-bench/tests/benchmarks/bench_feedparser)
#include "feedparser.h"

#include <QElapsedTimer>
#include <QFile>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

// A feed of `items` items of about `bytes` bytes in all.
QByteArray makeFeed(int items, qsizetype bytes)
{
    const QByteArray head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
        "<title>Benchmark Podcast</title>\n<link>https://bench.example.org/</link>\n"
        "<description>A generated feed.</description>\n<language>en</language>\n"
        "<itunes:author>Bench</itunes:author>\n"
        "<itunes:image href=\"https://bench.example.org/cover.jpg\"/>\n"
        "<itunes:category text=\"Technology\"><itunes:category text=\"Podcasting\"/>"
        "</itunes:category>\n";
    const QByteArray tail = "</channel>\n</rss>\n";
    static const char *const kWords[] = {"model", "training", "data",       "gradient", "loss",
                                         "token", "layer",    "attention",  "learning", "rate",
                                         "batch", "weights",  "evaluation", "the",      "and",
                                         "of",    "a",        "with",       "from",     "into"};
    QByteArray sample;
    {
        // One item without its notes, to size the notes.
        sample = "<item>\n<title>Episode 00000: a title of some length about training</title>\n"
                 "<link>https://bench.example.org/episodes/00000</link>\n"
                 "<guid isPermaLink=\"false\">bench-episode-00000</guid>\n"
                 "<pubDate>Tue, 05 Mar 2024 10:30:00 +0000</pubDate>\n"
                 "<description><![CDATA[]]></description>\n"
                 "<enclosure url=\"https://cdn.bench.example.org/audio/episode-00000.mp3\" "
                 "length=\"12345678\" type=\"audio/mpeg\"/>\n"
                 "<itunes:duration>01:02:03</itunes:duration>\n<itunes:episode>0</itunes:episode>\n"
                 "<itunes:keywords>ai, training, podcast</itunes:keywords>\n</item>\n";
    }
    const qsizetype notesBytes =
        qMax<qsizetype>(0, (bytes - head.size() - tail.size()) / items - sample.size());
    QByteArray feed;
    feed.reserve(bytes + items * 64);
    feed += head;
    unsigned seed = 12345;
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(5, '0');
        QByteArray notes = "<p>";
        while (notes.size() < notesBytes - 8) {
            seed = seed * 1103515245 + 12345;
            notes += kWords[(seed >> 16) % 20];
            notes += ((seed >> 8) % 13 == 0) ? ". " : " ";
            if ((seed >> 4) % 97 == 0)
                notes += "</p><p>";
        }
        notes += "</p>";
        feed += "<item>\n<title>Episode " + n +
                ": a title of some length about training</title>\n" +
                "<link>https://bench.example.org/episodes/" + n + "</link>\n" +
                "<guid isPermaLink=\"false\">bench-episode-" + n + "</guid>\n" +
                "<pubDate>Tue, 05 Mar 2024 10:30:00 +0000</pubDate>\n" + "<description><![CDATA[" +
                notes + "]]></description>\n" +
                "<enclosure url=\"https://cdn.bench.example.org/audio/episode-" + n +
                ".mp3\" length=\"12345678\" type=\"audio/mpeg\"/>\n" +
                "<itunes:duration>01:02:03</itunes:duration>\n<itunes:episode>" +
                QByteArray::number(i) + "</itunes:episode>\n" +
                "<itunes:keywords>ai, training, podcast</itunes:keywords>\n</item>\n";
    }
    feed += tail;
    feed.squeeze();
    return feed;
}

// Resident set size now and at its peak since the last reset, in MiB (Linux).
double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Gives freed heap back to the system, then starts the peak anew.
void resetPeak()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Run
{
    double medianMs = 0;
    double bestMs = 0;
    double cpuMedianMs = 0; // the parsing thread's CPU time: what a busy machine does not inflate
    qsizetype items = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Run time(const QByteArray &feed, int runs)
{
    const QUrl location(QStringLiteral("https://bench.example.org/feed.xml"));
    QList<double> ms;
    QList<double> cpu;
    Run run;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const FeedParseResult result = FeedParser::parse(feed, location);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
        run.items = result.feed.items.size();
        if (!result.complete || !result.problems.isEmpty())
            std::fprintf(stderr, "unexpected problems: %s\n",
                         qPrintable(result.problems.value(0).toString()));
    }
    std::sort(ms.begin(), ms.end());
    run.medianMs = ms.at(ms.size() / 2);
    run.bestMs = ms.first();
    std::sort(cpu.begin(), cpu.end());
    run.cpuMedianMs = cpu.at(cpu.size() / 2);
    return run;
}

} // namespace

int main()
{
    int failures = 0;
    {
        const QByteArray feed = makeFeed(250, 1'000'000);
        const Run run = time(feed, 31);
        std::printf("1 MB feed (%.2f MB, %lld items): median %.1f ms, best %.1f ms, CPU median "
                    "%.1f ms (goal <= 15 ms)\n",
                    double(feed.size()) / 1e6, qint64(run.items), run.medianMs, run.bestMs,
                    run.cpuMedianMs);
        failures += run.medianMs > 15 || run.items != 250;
    }
    {
        const QByteArray feed = makeFeed(50'000, 50'000'000);
        resetPeak();
        const double before = statusMiB("VmRSS:");
        const Run run = time(feed, 3);
        const double peak = statusMiB("VmHWM:");
        std::printf("50 MB feed (%.2f MB, %lld items): median %.0f ms, best %.0f ms, CPU median "
                    "%.0f ms (goal <= 1500 ms)\n",
                    double(feed.size()) / 1e6, qint64(run.items), run.medianMs, run.bestMs,
                    run.cpuMedianMs);
        std::printf("  resident before parsing (the input in memory) %.0f MiB, peak while "
                    "parsing %.0f MiB (goal <= 150 MB)\n",
                    before, peak);
        failures += run.medianMs > 1500 || run.items != 50'000;
    }
    {
        // The same feed handed over item by item (FeedParser::parse with onItem), as a store
        // that writes items in batches takes it: only the item being read is held.
        const QByteArray feed = makeFeed(50'000, 50'000'000);
        const QUrl location(QStringLiteral("https://bench.example.org/feed.xml"));
        resetPeak();
        const double before = statusMiB("VmRSS:");
        qsizetype items = 0;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const FeedParseResult result =
            FeedParser::parse(feed, location, {}, [&](FeedItem &&) { ++items; });
        const double cpu = threadCpuMs() - cpuStart;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double peak = statusMiB("VmHWM:");
        std::printf("50 MB feed streamed (%lld items): %.0f ms, CPU %.0f ms; resident before %.0f "
                    "MiB, peak while parsing %.0f MiB (goal <= 150 MB)\n",
                    qint64(items), ms, cpu, before, peak);
        failures += !result.complete || items != 50'000 || peak * 1.048576 > 150;
    }
    return failures == 0 ? 0 : 1;
}
