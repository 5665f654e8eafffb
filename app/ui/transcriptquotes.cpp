#include "transcriptquotes.h"

#include "transcriptparser.h"

#include <QFile>
#include <QUrl>

namespace {
// Larger local files are not read on the UI thread for a quote.
constexpr qint64 kMaxLocalBytes = 4 * 1024 * 1024;
} // namespace

QString TranscriptQuotes::textOf(const Transcript &transcript, qint64 fromMs, qint64 toMs)
{
    if (!transcript.timed)
        return {};
    QStringList parts;
    for (const TranscriptCue &c : transcript.cues) {
        if (c.startMs > toMs)
            break; // sorted by start
        const bool open = c.endMs < 0;
        if ((open || c.endMs > fromMs) && c.startMs < qMax(toMs, fromMs + 1))
            parts.append(c.text.simplified());
    }
    return parts.join(u' ');
}

const Transcript *TranscriptQuotes::transcriptOf(const QString &episodeId)
{
    if (const auto it = m_transcripts.constFind(episodeId); it != m_transcripts.cend())
        return &*it;
    Transcript transcript;
    const Episode *e = m_catalog.episode(episodeId);
    const QUrl url = e ? e->transcript() : QUrl();
    QString path;
    if (url.scheme() == u"qrc")
        path = u':' + url.path();
    else if (url.isLocalFile())
        path = url.toLocalFile();
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly) && file.size() <= kMaxLocalBytes)
        transcript = TranscriptParser::parse(file.readAll(), e->transcriptFormat, path).transcript;
    return &*m_transcripts.insert(episodeId, transcript);
}

QString TranscriptQuotes::quote(const QString &episodeId, qint64 fromMs, qint64 toMs)
{
    return textOf(*transcriptOf(episodeId), fromMs, toMs);
}
