#pragma once

#include "chapter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

// What a transcript file holds, from the catalog's "transcriptType" (a MIME type, as in
// podcast:transcript). Unspecified: the reader tells by the file name or the content.
enum class TranscriptFormat : quint8 { Unspecified, WebVtt, Srt, PodcastJson, Html, PlainText };

// One audio overview as the catalog describes it. Plain value type: the progress a learner made
// lives in the ProgressStore, keyed by `id`.
struct Episode
{
    QString id; // stable across catalog edits; the key for progress
    QString title;
    QString summary;
    QString topicId;
    QStringList tags;
    int durationSec = 0; // the catalog's hint; the real media duration may differ
    QDate published;     // in UTC when publishedTime is known
    QTime publishedTime; // UTC time of day; invalid when the source gave only a date
    // The audio as URL text (a file, qrc: or http(s) URL): a QUrl per episode would cost some
    // 200 bytes more, 10 MB for a 50,000-episode catalog.
    QString audioUrl;
    int order = 0; // position in the topic's study path (course order); 0 when not given
    TranscriptFormat transcriptFormat = TranscriptFormat::Unspecified; // fits in order's padding
    // A transcript as URL text like audioUrl (empty when none), and the chapters sorted by
    // start: 48 bytes an episode when absent, 2.4 MB for 50,000.
    QString transcriptUrl;
    QList<Chapter> chapters;
    QString sourceFile;   // the catalog file it came from
    int sourceIndex = -1; // its place in that file's "episodes" array

    QUrl audio() const { return audioUrl.isEmpty() ? QUrl() : QUrl(audioUrl); }
    void setAudio(const QUrl &url) { audioUrl = url.toString(QUrl::FullyEncoded); }
    QUrl transcript() const { return transcriptUrl.isEmpty() ? QUrl() : QUrl(transcriptUrl); }
    void setTranscript(const QUrl &url) { transcriptUrl = url.toString(QUrl::FullyEncoded); }

    bool operator==(const Episode &) const = default;
};
