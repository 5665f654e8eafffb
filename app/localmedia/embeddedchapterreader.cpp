#include "embeddedchapterreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

// TagLib (pkg-config puts its include directory on the path).
#include <chapterframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <id3v2tag.h>
#include <mpegfile.h>
#include <oggflacfile.h>
#include <opusfile.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

using namespace Qt::StringLiterals;

namespace {

QString toQString(const TagLib::String &s)
{
    return QString::fromUtf8(s.toCString(true)).trimmed();
}

// ID3v2 CHAP frames; times are milliseconds. An end of 0 or before the start is "not given".
QList<EmbeddedChapter> id3Chapters(TagLib::ID3v2::Tag *tag)
{
    QList<EmbeddedChapter> out;
    if (!tag)
        return out;
    const TagLib::ID3v2::FrameListMap &frames = tag->frameListMap();
    const auto it = frames.find("CHAP");
    if (it == frames.end())
        return out;
    for (TagLib::ID3v2::Frame *frame : it->second) {
        const auto *chap = dynamic_cast<TagLib::ID3v2::ChapterFrame *>(frame);
        if (!chap)
            continue;
        EmbeddedChapter c;
        c.startMs = chap->startTime();
        c.endMs = chap->endTime() > chap->startTime() ? qint64(chap->endTime()) : 0;
        const TagLib::ID3v2::FrameList titles = chap->embeddedFrameList("TIT2");
        if (!titles.isEmpty())
            c.title = toQString(titles.front()->toString());
        out.append(c);
    }
    return out;
}

QList<EmbeddedChapter> xiphChapters(TagLib::Ogg::XiphComment *comment, const QString &path,
                                    QList<InputProblem> *problems)
{
    QList<EmbeddedChapter> out;
    if (!comment)
        return out;
    static const QRegularExpression kKey(u"^CHAPTER(\\d{1,4})$"_s);
    const TagLib::Ogg::FieldListMap &fields = comment->fieldListMap();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString key = toQString(it->first).toUpper();
        const QRegularExpressionMatch m = kKey.match(key);
        if (!m.hasMatch() || it->second.isEmpty())
            continue;
        const QString value = toQString(it->second.front());
        const qint64 start = EmbeddedChapterReader::parseVorbisTime(value);
        if (start < 0) {
            if (problems) {
                problems->append(
                    {path, 0, 0,
                     EmbeddedChapterReader::tr("%1: cannot read the time \"%2\"").arg(key, value)});
            }
            continue;
        }
        EmbeddedChapter c;
        c.startMs = start;
        const auto name = fields.find(
            TagLib::String((key + u"NAME"_s).toUtf8().constData(), TagLib::String::UTF8));
        if (name != fields.end() && !name->second.isEmpty())
            c.title = toQString(name->second.front());
        out.append(c);
    }
    return out;
}

TagLib::Ogg::XiphComment *xiphOf(TagLib::File *file)
{
    if (auto *f = dynamic_cast<TagLib::Ogg::Vorbis::File *>(file))
        return f->tag();
    if (auto *f = dynamic_cast<TagLib::Ogg::Opus::File *>(file))
        return f->tag();
    if (auto *f = dynamic_cast<TagLib::Ogg::FLAC::File *>(file))
        return f->tag();
    if (auto *f = dynamic_cast<TagLib::FLAC::File *>(file))
        return f->hasXiphComment() ? f->xiphComment() : nullptr;
    return nullptr;
}

} // namespace

qint64 EmbeddedChapterReader::parseVorbisTime(const QString &text)
{
    // [[HH:]MM:]SS[.fraction]
    static const QRegularExpression kTime(
        u"^(?:(?:(\\d+):)?(\\d{1,2}):)?(\\d+)(?:\\.(\\d{1,9}))?$"_s);
    const QRegularExpressionMatch m = kTime.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    if ((m.hasCaptured(2) && minutes >= 60) || (m.hasCaptured(2) && seconds >= 60))
        return -1;
    const QString fraction = QString(m.captured(4) + u"000"_s).left(3);
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

QList<EmbeddedChapter> EmbeddedChapterReader::read(const QString &path,
                                                   QList<InputProblem> *problems)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        if (problems)
            problems->append({path, 0, 0, tr("the file cannot be read")});
        return {};
    }
    const TagLib::FileRef ref(QFile::encodeName(path).constData(), true,
                              TagLib::AudioProperties::Average);
    // TagLib accepts any bytes named .mp3, but finds no stream in them.
    if (ref.isNull() || !ref.audioProperties() || ref.audioProperties()->sampleRate() <= 0) {
        if (problems)
            problems->append({path, 0, 0, tr("not an audio file the tag reader knows")});
        return {};
    }
    TagLib::File *file = ref.file();
    QList<EmbeddedChapter> chapters;
    if (auto *f = dynamic_cast<TagLib::MPEG::File *>(file)) {
        if (f->hasID3v2Tag())
            chapters = id3Chapters(f->ID3v2Tag());
    } else if (auto *f = dynamic_cast<TagLib::RIFF::WAV::File *>(file)) {
        if (f->hasID3v2Tag())
            chapters = id3Chapters(f->ID3v2Tag());
    } else {
        chapters = xiphChapters(xiphOf(file), path, problems);
    }
    std::stable_sort(
        chapters.begin(), chapters.end(),
        [](const EmbeddedChapter &a, const EmbeddedChapter &b) { return a.startMs < b.startMs; });
    // Missing ends: the next chapter's start, the last one's the end of the audio.
    const qint64 durationMs = ref.audioProperties()->lengthInMilliseconds();
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        EmbeddedChapter &c = chapters[i];
        if (c.endMs > c.startMs)
            continue;
        c.endMs =
            i + 1 < chapters.size() ? chapters.at(i + 1).startMs : qMax(durationMs, c.startMs);
    }
    return chapters;
}
