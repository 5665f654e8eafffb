#pragma once

// Short audio clips for the playback tests, made with gst-launch-1.0 (gstreamer1.0-tools).
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

inline bool runPipeline(const QString &pipeline)
{
    using namespace Qt::StringLiterals;
    QProcess p;
    p.start(u"gst-launch-1.0"_s, QStringList{u"-q"_s} + pipeline.split(u' '));
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("gst-launch-1.0 failed for %s: %s", qPrintable(pipeline),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// Encodes `seconds` of a sine tone with the given GStreamer encoder chain.
inline bool makeClip(const QString &path, const QString &encoder, int seconds, int hz = 330)
{
    const QString pipeline =
        u"audiotestsrc wave=sine freq=" + QString::number(hz) +
        u" samplesperbuffer=4410 num-buffers=" + QString::number(seconds * 10) +
        u" ! audio/x-raw,format=S16LE,rate=44100,channels=1 ! audioconvert ! " + encoder +
        u" ! filesink location=" + path;
    return runPipeline(pipeline) && QFile::exists(path);
}

// A VBR MP3 without a Xing header, 6 s: loud noise first (a high bit rate), then silence (a low
// one), so that the length estimated from the bit rate at the start is far too short.
inline bool makeMp3WithoutXingHeader(const QString &path)
{
    using namespace Qt::StringLiterals;
    return runPipeline(
        u"concat name=c ! audioconvert ! lamemp3enc target=quality quality=0 ! filesink location="_s +
        path +
        u" audiotestsrc wave=white-noise num-buffers=20 samplesperbuffer=4410 !"
        u" audio/x-raw,rate=44100,channels=1 ! c."
        u" audiotestsrc wave=silence num-buffers=40 samplesperbuffer=4410 !"
        u" audio/x-raw,rate=44100,channels=1 ! c."_s);
}
