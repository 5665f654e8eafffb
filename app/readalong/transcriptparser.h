#pragma once

#include "episode.h"
#include "inputproblem.h"
#include "transcript.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// What TranscriptParser::parse made of a file: the transcript (possibly partial) and what was
// wrong with the file, each problem with FILE:LINE:COLUMN.
struct TranscriptParseResult
{
    Transcript transcript;
    QList<InputProblem> problems;
};

// Reads a transcript from bytes fetched from outside: WebVTT, SRT, Podcasting 2.0 JSON, HTML or
// plain text (README, "Transcripts, chapters and show notes"). Tolerant the way subtitle players
// are: what can be read is kept, each thing that cannot is reported with its position and
// skipped. Hostile input (binary data, huge files, absurd times or counts) gets a message, never
// a crash. Pure function of its input; callable from any thread.
class TranscriptParser final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptParser)

public:
    static constexpr qsizetype kMaxBytes = qsizetype(32) * 1024 * 1024;
    static constexpr int kMaxCues = 200'000; // a 10-hour word-level transcript has ~100,000
    static constexpr int kMaxProblems = 100; // then one line says the rest were left out
    static constexpr qint64 kMaxTimeMs = qint64(10'000) * 3600 * 1000; // 10,000 hours

    // `format` Unspecified: told by detectFormat(). `fileName` is a path or URL for messages (its
    // extension helps detection).
    static TranscriptParseResult parse(const QByteArray &data, TranscriptFormat format,
                                       const QString &fileName);

    // The format of `data`: by the file name's extension (.vtt, .srt, .json, .html/.htm, .txt),
    // else by the content (a "WEBVTT" header, a JSON object, markup, SRT timing lines), else
    // plain text. Never Unspecified.
    static TranscriptFormat detectFormat(const QByteArray &data, const QString &fileName = {});

    // The format a MIME type (podcast:transcript's "type", an HTTP Content-Type, parameters
    // allowed) names; Unspecified for one it does not (application/octet-stream, …).
    static TranscriptFormat formatForMimeType(QStringView mimeType);

    // How much a format is preferred when a feed offers several: timed formats first (WebVTT,
    // then JSON, then SRT), then HTML, then plain text. Higher is better; 0 for Unspecified.
    static int preference(TranscriptFormat format);

    // A cue time as WebVTT and SRT write it: "[h…h:]mm:ss[.,]fff" (hours optional and any
    // number of digits up to kMaxTimeMs; 1 to 3 decimals) -> milliseconds; -1 when malformed.
    static qint64 parseTime(QStringView text);
};
