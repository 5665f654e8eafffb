#include "audiotagreader.h"

#include <QFile>
#include <QFileInfo>

// TagLib (pkg-config puts its include directory on the path).
#include <attachedpictureframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <id3v2tag.h>
#include <mp4file.h>
#include <mpegfile.h>
#include <oggflacfile.h>
#include <opusfile.h>
#include <tpropertymap.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

using namespace Qt::StringLiterals;

namespace {

// Extensions TagLib reads; .aac (a raw ADTS stream) plays but has no tags TagLib can read.
constexpr QLatin1StringView kTaggedExtensions[] = {"mp3"_L1, "m4a"_L1,  "m4b"_L1,  "ogg"_L1,
                                                   "oga"_L1, "opus"_L1, "flac"_L1, "wav"_L1};
constexpr QLatin1StringView kUntaggedExtensions[] = {"aac"_L1};

QString extensionOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot < 0 ? QString() : fileName.mid(dot + 1).toLower();
}

bool isOneOf(const QString &extension, const auto &list)
{
    for (const QLatin1StringView e : list) {
        if (extension == e)
            return true;
    }
    return false;
}

QString toQString(const TagLib::String &s)
{
    return QString::fromUtf8(s.toCString(true)).trimmed();
}

QString firstValue(const TagLib::PropertyMap &map, const char *key)
{
    const auto it = map.find(key);
    if (it == map.end() || it->second.isEmpty())
        return {};
    return toQString(it->second.front());
}

// "3", "3/12" -> 3; anything else -> 0.
int leadingNumber(const QString &text)
{
    bool ok = false;
    const int n = text.section(u'/', 0, 0).trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

// "2024-03-05", "2024-03-05T10:00:00", "2024-03", "2024" (ID3v2 TDRC, Vorbis DATE, MP4 ©day).
QDate parseDate(const QString &text, unsigned fallbackYear)
{
    const QString t = text.trimmed();
    if (t.size() >= 10) {
        const QDate d = QDate::fromString(t.left(10), u"yyyy-MM-dd"_s);
        if (d.isValid())
            return d;
    }
    if (t.size() >= 7) {
        const QDate d = QDate::fromString(t.left(7), u"yyyy-MM"_s);
        if (d.isValid())
            return d;
    }
    bool ok = false;
    const int year = t.left(4).toInt(&ok);
    if (ok && year > 0)
        return QDate(year, 1, 1);
    if (fallbackYear > 0 && fallbackYear < 10000)
        return QDate(int(fallbackYear), 1, 1);
    return {};
}

struct Picture
{
    QByteArray data;
    QString mimeType;
    bool front = false;
};

QByteArray toBytes(const TagLib::ByteVector &v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

void collectId3(TagLib::ID3v2::Tag *tag, QList<Picture> *out, bool withData)
{
    if (!tag)
        return;
    const TagLib::ID3v2::FrameListMap &frames = tag->frameListMap();
    const auto it = frames.find("APIC");
    if (it == frames.end())
        return;
    for (TagLib::ID3v2::Frame *frame : it->second) {
        const auto *pic = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame *>(frame);
        if (!pic)
            continue;
        out->append({withData ? toBytes(pic->picture()) : QByteArray(), toQString(pic->mimeType()),
                     pic->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover});
    }
}

void collectFlac(const TagLib::List<TagLib::FLAC::Picture *> &pictures, QList<Picture> *out,
                 bool withData)
{
    for (const TagLib::FLAC::Picture *pic : pictures) {
        out->append({withData ? toBytes(pic->data()) : QByteArray(), toQString(pic->mimeType()),
                     pic->type() == TagLib::FLAC::Picture::FrontCover});
    }
}

void collectMp4(TagLib::MP4::Tag *tag, QList<Picture> *out, bool withData)
{
    if (!tag || !tag->contains("covr"))
        return;
    for (const TagLib::MP4::CoverArt &art : tag->item("covr").toCoverArtList()) {
        QString mime;
        switch (art.format()) {
        case TagLib::MP4::CoverArt::JPEG:
            mime = u"image/jpeg"_s;
            break;
        case TagLib::MP4::CoverArt::PNG:
            mime = u"image/png"_s;
            break;
        case TagLib::MP4::CoverArt::BMP:
            mime = u"image/bmp"_s;
            break;
        case TagLib::MP4::CoverArt::GIF:
            mime = u"image/gif"_s;
            break;
        default:
            break;
        }
        // MP4 has no picture types: the first one is the cover.
        out->append({withData ? toBytes(art.data()) : QByteArray(), mime, out->isEmpty()});
    }
}

// The pictures of any supported file; the bytes only when `withData`.
QList<Picture> picturesOf(TagLib::File *file, bool withData)
{
    QList<Picture> out;
    if (auto *f = dynamic_cast<TagLib::MPEG::File *>(file)) {
        if (f->hasID3v2Tag())
            collectId3(f->ID3v2Tag(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::RIFF::WAV::File *>(file)) {
        if (f->hasID3v2Tag())
            collectId3(f->ID3v2Tag(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::MP4::File *>(file)) {
        collectMp4(f->tag(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::FLAC::File *>(file)) {
        collectFlac(f->pictureList(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::Ogg::Vorbis::File *>(file)) {
        if (f->tag())
            collectFlac(f->tag()->pictureList(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::Ogg::Opus::File *>(file)) {
        if (f->tag())
            collectFlac(f->tag()->pictureList(), &out, withData);
    } else if (auto *f = dynamic_cast<TagLib::Ogg::FLAC::File *>(file)) {
        if (f->tag())
            collectFlac(f->tag()->pictureList(), &out, withData);
    }
    return out;
}

TagLib::FileRef open(const QString &path, bool withAudioProperties)
{
    return TagLib::FileRef(QFile::encodeName(path).constData(), withAudioProperties,
                           TagLib::AudioProperties::Average);
}

} // namespace

bool AudioTagReader::isAudioFileName(const QString &fileName)
{
    const QString ext = extensionOf(fileName);
    return isOneOf(ext, kTaggedExtensions) || isOneOf(ext, kUntaggedExtensions);
}

bool AudioTagReader::read(const QString &path, AudioFileTags *tags, QString *error)
{
    *tags = {};
    const QFileInfo info(path);
    if (!info.isReadable()) {
        *error = tr("the file cannot be read (no permission)");
        return false;
    }
    const QString ext = extensionOf(path);
    if (isOneOf(ext, kUntaggedExtensions))
        return true;

    const TagLib::FileRef ref = open(path, true);
    // TagLib accepts any bytes named .mp3 (it finds no frame and reports no stream): without a
    // sample rate there is no audio.
    const TagLib::AudioProperties *audio = ref.isNull() ? nullptr : ref.audioProperties();
    if (!audio || audio->sampleRate() <= 0) {
        *error = tr("not a valid %1 file: no audio stream found").arg(ext.toUpper());
        return false;
    }
    TagLib::File *file = ref.file();
    const TagLib::PropertyMap props = file->properties();
    const TagLib::Tag *tag = ref.tag();

    tags->title = firstValue(props, "TITLE");
    tags->artist = firstValue(props, "ARTIST");
    tags->album = firstValue(props, "ALBUM");
    tags->genre = firstValue(props, "GENRE");
    tags->comment = firstValue(props, "COMMENT");
    tags->track = leadingNumber(firstValue(props, "TRACKNUMBER"));
    if (tags->track == 0 && tag)
        tags->track = int(tag->track());
    tags->disc = leadingNumber(firstValue(props, "DISCNUMBER"));
    tags->date = parseDate(firstValue(props, "DATE"), tag ? tag->year() : 0);
    tags->durationMs = qMax(0, audio->lengthInMilliseconds());
    tags->hasCover = !picturesOf(file, false).isEmpty();
    return true;
}

EmbeddedCover AudioTagReader::cover(const QString &path)
{
    const TagLib::FileRef ref = open(path, false);
    if (ref.isNull())
        return {};
    const QList<Picture> pictures = picturesOf(ref.file(), true);
    if (pictures.isEmpty())
        return {};
    const auto front = std::find_if(pictures.cbegin(), pictures.cend(),
                                    [](const Picture &p) { return p.front && !p.data.isEmpty(); });
    const Picture &chosen = front != pictures.cend() ? *front : pictures.first();
    return {chosen.data, chosen.mimeType};
}
