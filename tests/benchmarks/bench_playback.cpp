// GStreamer engine timings (GstPlayEngine, the default engine):
// - play pressed -> first audio for a local Opus file: load() + play() until the sink renders
//   the first buffer (cold, what a click on a card does), and play() on a loaded, paused file
//   (warm); goal <= 150 ms
// - rate change while playing until GstPlay reports the seek done; goal <= 50 ms
// - seek while playing in a 60-minute file (Opus and MP3, generated here), median; goal <= 50 ms
// - CPU at 2x for speech (a bundled narration, in real time), share of one core; goal <= 5 %
//
//   bench_playback [DIR]   (generated files go to a temporary directory, or DIR)
#include "gstplayengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gst/gst.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;
std::atomic<qint64> g_firstRender{-1}; // ns on g_clock, -1 until a buffer is rendered

void onHandoff(GstElement *, GstBuffer *, GstPad *, gpointer)
{
    qint64 expected = -1;
    g_firstRender.compare_exchange_strong(expected, g_clock.nsecsElapsed());
}

// A sink that plays in real time (like a sound card) and tells when it renders.
GstElement *timedSink()
{
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    g_object_set(sink, "sync", TRUE, "signal-handoffs", TRUE, nullptr);
    g_signal_connect(sink, "handoff", G_CALLBACK(onHandoff), nullptr);
    return sink;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(qsizetype(double(v.size() - 1) * p));
}

// Waits (running the event loop) until a buffer was rendered; its time in ms after `fromNs`.
double waitForRender(qint64 fromNs)
{
    QElapsedTimer timeout;
    timeout.start();
    while (g_firstRender.load() < 0 && timeout.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return g_firstRender.load() < 0 ? -1 : double(g_firstRender.load() - fromNs) / 1e6;
}

bool run(const QString &pipeline)
{
    QProcess p;
    p.start(u"gst-launch-1.0"_s, QStringList{u"-q"_s} + pipeline.split(u' '));
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void report(const char *what, const QList<double> &ms, double goal)
{
    std::printf("%-52s median %6.1f ms  p90 %6.1f ms  (n=%lld, goal <= %.0f ms)\n", what,
                median(ms), percentile(ms, 0.9), qlonglong(ms.size()), goal);
}

void seekBench(const char *what, const QUrl &file)
{
    GstPlayEngine engine;
    engine.setAudioSink(timedSink());
    QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
    QSignalSpy done(&engine, &GstPlayEngine::seekDone);
    engine.load(file);
    loaded.wait(10000);
    engine.play();
    QTest::qWait(500);
    QRandomGenerator random(42);
    QList<double> ms;
    for (int i = 0; i < 25; ++i) {
        const qint64 to = qint64(random.bounded(59 * 60)) * 1000;
        done.clear();
        QElapsedTimer t;
        t.start();
        engine.seek(to);
        if (!done.wait(5000))
            continue;
        ms.append(double(t.nsecsElapsed()) / 1e6);
        QTest::qWait(150);
    }
    report(what, ms, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_clock.start();
    if (!GstPlayEngine::isAvailable()) {
        std::fprintf(stderr, "the GStreamer engine is not available\n");
        return 1;
    }
    QTemporaryDir temp(app.arguments().size() > 1 ? app.arguments().at(1) + u"/bench-XXXXXX"_s
                                                  : QString());
    const QUrl speech(u"qrc:/audio/lora.opus"_s); // a bundled narration (espeak-ng), Opus

    // 1. Play pressed -> first audio.
    {
        QList<double> cold;
        QList<double> warm;
        for (int i = 0; i < 15; ++i) {
            GstPlayEngine engine;
            engine.setAudioSink(timedSink());
            QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
            g_firstRender = -1;
            const qint64 start = g_clock.nsecsElapsed();
            // What the controller does: load, and play once the media has loaded.
            QObject::connect(&engine, &PlaybackEngine::loaded, &engine,
                             [&engine] { engine.play(); });
            engine.load(speech);
            cold.append(waitForRender(start));
            QObject::disconnect(&engine, &PlaybackEngine::loaded, &engine, nullptr);
            engine.pause();
            QTest::qWait(200);
            g_firstRender = -1;
            const qint64 pressed = g_clock.nsecsElapsed();
            engine.play();
            warm.append(waitForRender(pressed));
        }
        report("first audio, local Opus: load + play (cold)", cold, 150);
        report("first audio, local Opus: play on a paused file", warm, 150);
    }

    // 2. Rate change while playing.
    {
        GstPlayEngine engine;
        engine.setAudioSink(timedSink());
        QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
        QSignalSpy done(&engine, &GstPlayEngine::seekDone);
        engine.load(speech);
        loaded.wait(5000);
        engine.play();
        QTest::qWait(300);
        QList<double> ms;
        for (int i = 0; i < 20; ++i) {
            done.clear();
            QElapsedTimer t;
            t.start();
            engine.setRate(i % 2 ? 1.5 : 2.0);
            if (done.wait(5000))
                ms.append(double(t.nsecsElapsed()) / 1e6);
            QTest::qWait(100);
        }
        report("rate change while playing (until the seek is done)", ms, 50);
    }

    // 3. Seeks in 60-minute files.
    const QString tone =
        u"audiotestsrc wave=sine freq=220 samplesperbuffer=44100 num-buffers=3600 !"
        u" audio/x-raw,rate=44100,channels=1 ! audioconvert ! audioresample ! "_s;
    const QString opus = temp.filePath(u"hour.opus"_s);
    const QString mp3 = temp.filePath(u"hour.mp3"_s);
    std::printf("generating two 60-minute files ...\n");
    std::fflush(stdout);
    if (!run(tone + u"opusenc ! oggmux ! filesink location="_s + opus) ||
        !run(tone + u"lamemp3enc ! xingmux ! filesink location="_s + mp3)) {
        std::fprintf(stderr, "gst-launch-1.0 failed\n");
        return 1;
    }
    seekBench("seek while playing, 60-minute Opus", QUrl::fromLocalFile(opus));
    seekBench("seek while playing, 60-minute MP3", QUrl::fromLocalFile(mp3));

    // 4. CPU at 2x for speech, in real time.
    {
        GstPlayEngine engine;
        GstElement *sink = gst_element_factory_make("fakesink", nullptr);
        g_object_set(sink, "sync", TRUE, nullptr);
        engine.setAudioSink(sink);
        QSignalSpy loaded(&engine, &PlaybackEngine::loaded);
        QSignalSpy ended(&engine, &PlaybackEngine::endOfMedia);
        engine.setRate(2.0);
        engine.load(speech);
        loaded.wait(5000);
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        engine.play();
        ended.wait(60000);
        const double cpu = cpuSeconds() - cpu0;
        const double seconds = double(wall.elapsed()) / 1000.0;
        std::printf("%-52s %5.2f %% of one core (%.2f s CPU in %.1f s, %.1f s of speech)\n",
                    "CPU at 2x, speech (whole process)", 100.0 * cpu / seconds, cpu, seconds,
                    double(engine.duration()) / 1000.0);
    }
    return 0;
}
