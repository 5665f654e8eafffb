#include "episodedetailsloader.h"

#include "chaptersources.h"
#include "embeddedchapterreader.h"
#include "podcaststore.h"
#include "shownotessanitizer.h"
#include "transcriptparser.h"

#include <QFile>
#include <QUrl>

namespace {
// A transcript the app has on disk or compiled in; empty path for one on the web.
QString localPathOf(const QUrl &url)
{
    if (url.scheme() == u"qrc")
        return u':' + url.path();
    if (url.isLocalFile())
        return url.toLocalFile();
    return {};
}

// Reads a local transcript here; a remote one is left to ReadAlongCache (transcriptUrl).
void readTranscript(const QUrl &url, TranscriptFormat format, EpisodeDetails &details)
{
    const QString path = localPathOf(url);
    if (path.isEmpty()) {
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            details.transcriptUrl = url;
            details.transcriptFormat = format;
        }
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        details.problems.append(u"%1: %2"_qs.arg(url.toDisplayString(), file.errorString()));
        return;
    }
    const QByteArray data = file.read(TranscriptParser::kMaxBytes + 1);
    TranscriptParseResult parsed = TranscriptParser::parse(data, format, url.toDisplayString());
    for (const InputProblem &p : std::as_const(parsed.problems))
        details.problems.append(p.toString());
    details.transcript = std::move(parsed.transcript);
    details.hasTranscript =
        !details.transcript.cues.isEmpty() || !details.transcript.plainText.trimmed().isEmpty();
}
} // namespace

EpisodeDetails EpisodeDetailsLoader::load(const Episode &episode, const QString &databasePath,
                                          Parts parts)
{
    EpisodeDetails details;
    details.episodeId = episode.id;
    details.catalogChapters = episode.chapters;
    details.showNotesText = episode.summary;
    const auto choose = [&details] {
        details.chapters =
            ChapterSources::choose({}, details.catalogChapters, details.podloveChapters, {})
                .chapters;
    };
    choose();
    // A file on disk (a folder's lecture) may carry its chapters inside: ID3 CHAP frames,
    // Vorbis/Opus CHAPTERnnn comments.
    if (const QUrl audio = episode.audio(); details.chapters.isEmpty() && audio.isLocalFile()) {
        details.chapters =
            ChapterSources::choose(
                {}, {}, {},
                ChapterSources::toChapters(EmbeddedChapterReader::read(audio.toLocalFile())))
                .chapters;
    }
    if (parts == Parts::All && !episode.transcriptUrl.isEmpty())
        readTranscript(episode.transcript(), episode.transcriptFormat, details);

    if (databasePath.isEmpty())
        return details;
    // A podcast's episode: what its feed said, stored at the last refresh.
    PodcastStore store;
    if (!store.open(databasePath))
        return details;
    const std::optional<FeedItem> item = store.episodeItem(episode.id);
    if (!item)
        return details;
    details.podloveChapters = ChapterSources::toChapters(item->chapters);
    choose();
    const QUrl chapters(item->chaptersUrl);
    if (chapters.scheme() == u"http" || chapters.scheme() == u"https")
        details.chaptersUrl = chapters;
    if (parts == Parts::ChaptersOnly)
        return details;
    if (!item->showNotes.trimmed().isEmpty())
        details.showNotesHtml = ShowNotesSanitizer::toSafeHtml(item->showNotes, item->link);
    // Of the transcripts offered, the most useful format: timed ones first.
    const FeedTranscript *best = nullptr;
    int bestRank = 0;
    for (const FeedTranscript &t : item->transcripts) {
        const int rank =
            TranscriptParser::preference(TranscriptParser::formatForMimeType(t.type)) + 1;
        if (rank > bestRank) {
            best = &t;
            bestRank = rank;
        }
    }
    // Only from the web: a feed does not get to show a file of this computer.
    if (const QUrl url = best ? QUrl(best->url) : QUrl();
        !details.hasTranscript && (url.scheme() == u"http" || url.scheme() == u"https")) {
        details.transcriptUrl = url;
        details.transcriptFormat = TranscriptParser::formatForMimeType(best->type);
    }
    return details;
}
