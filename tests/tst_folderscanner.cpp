// Folder import: real audio files in every format, made by GStreamer in the test and tagged
// through TagLib, scanned from temporary folders.

#include "audiotagreader.h"
#include "folderscancache.h"
#include "folderscanner.h"
#include "folderwatcher.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

// TagLib, to write the tags and covers the scanner must find.
#include <attachedpictureframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <flacpicture.h>
#include <id3v2tag.h>
#include <mp4file.h>
#include <mpegfile.h>
#include <opusfile.h>
#include <tpropertymap.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Format
{
    const char *extension;
    const char *encoder; // GStreamer elements after audioconvert ! audioresample
};

constexpr Format kFormats[] = {
    // CBR: without a Xing header TagLib takes a VBR file's length from its first frame.
    {"mp3", "lamemp3enc target=bitrate cbr=true bitrate=64"},
    {"m4a", "avenc_aac ! mp4mux"},
    {"ogg", "vorbisenc ! oggmux"},
    {"opus", "opusenc ! oggmux"},
    {"flac", "flacenc"},
    {"wav", "wavenc"},
};

// A 1x1 PNG.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

TagLib::String tl(const QString &s)
{
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

struct Tags
{
    QString title;
    QString artist;
    QString album;
    QString genre;
    QString comment;
    int track = 0;
    int disc = 0;
    QString date;
};

// Writes tags through TagLib's format-independent property map.
bool writeTags(const QString &path, const Tags &tags)
{
    TagLib::FileRef ref(QFile::encodeName(path).constData());
    if (ref.isNull())
        return false;
    TagLib::PropertyMap map = ref.file()->properties();
    const auto put = [&map](const char *key, const QString &value) {
        if (!value.isEmpty())
            map.replace(key, TagLib::StringList(tl(value)));
    };
    put("TITLE", tags.title);
    put("ARTIST", tags.artist);
    put("ALBUM", tags.album);
    put("GENRE", tags.genre);
    put("COMMENT", tags.comment);
    put("DATE", tags.date);
    if (tags.track > 0)
        put("TRACKNUMBER", QString::number(tags.track));
    if (tags.disc > 0)
        put("DISCNUMBER", QString::number(tags.disc));
    ref.file()->setProperties(map);
    return ref.save();
}

TagLib::FLAC::Picture *flacPicture(const QByteArray &data)
{
    auto *pic = new TagLib::FLAC::Picture;
    pic->setType(TagLib::FLAC::Picture::FrontCover);
    pic->setMimeType("image/png");
    pic->setData(TagLib::ByteVector(data.constData(), uint(data.size())));
    return pic;
}

void addApic(TagLib::ID3v2::Tag *tag, const QByteArray &data)
{
    auto *frame = new TagLib::ID3v2::AttachedPictureFrame;
    frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    frame->setMimeType("image/png");
    frame->setPicture(TagLib::ByteVector(data.constData(), uint(data.size())));
    tag->addFrame(frame);
}

// Embeds `data` as the front cover, the way each format stores pictures.
bool writeCover(const QString &path, const QByteArray &data)
{
    const QByteArray name = QFile::encodeName(path);
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"mp3") {
        TagLib::MPEG::File f(name.constData());
        addApic(f.ID3v2Tag(true), data);
        return f.save();
    }
    if (ext == u"wav") {
        TagLib::RIFF::WAV::File f(name.constData());
        addApic(f.ID3v2Tag(), data);
        return f.save();
    }
    if (ext == u"m4a") {
        TagLib::MP4::File f(name.constData());
        TagLib::MP4::CoverArtList list;
        list.append(TagLib::MP4::CoverArt(TagLib::MP4::CoverArt::PNG,
                                          TagLib::ByteVector(data.constData(), uint(data.size()))));
        f.tag()->setItem("covr", list);
        return f.save();
    }
    if (ext == u"flac") {
        TagLib::FLAC::File f(name.constData());
        f.addPicture(flacPicture(data));
        return f.save();
    }
    if (ext == u"ogg") {
        TagLib::Ogg::Vorbis::File f(name.constData());
        f.tag()->addPicture(flacPicture(data));
        return f.save();
    }
    if (ext == u"opus") {
        TagLib::Ogg::Opus::File f(name.constData());
        f.tag()->addPicture(flacPicture(data));
        return f.save();
    }
    return false;
}

QStringList titles(const FolderScanResult &r)
{
    QStringList out;
    for (const Episode &e : r.catalog.episodes())
        out.append(e.title);
    return out;
}

} // namespace

class TestFolderScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void readsTagsOfEveryFormat_data();
    void readsTagsOfEveryFormat();
    void untaggedFilesUseTheFileName_data();
    void untaggedFilesUseTheFileName();
    void extensionsAreCaseInsensitiveAndOthersIgnored();
    void subfoldersBecomeTags();
    void naturalFileNameOrder();
    void trackNumbersComeFirst();
    void nonAsciiAndLongNames();
    void brokenFilesGetAProblemAndTheRestImport();
    void missingFolderIsAProblem();
    void idsAreStableAcrossRescans();
    void unchangedRescanReadsNoFile();
    void changedAndRemovedFilesAreSeen();
    void renamedFileKeepsItsId();
    void damagedCacheIsIgnored();
    void cancelStopsTheScan();
    void runsThroughQtConcurrent();
    void catalogForAFolder();
    void watcherSeesNewFilesAndFolders();
    void watcherDebouncesABurst();

private:
    // Copies the generated clip of `ext` to `relativePath` under the test folder.
    QString addClip(const QString &ext, const QString &relativePath);
    FolderScanResult scan(bool withCache = true) const
    {
        return FolderScanner::scan({m_folder->path(), {}, withCache ? m_cache->path() : QString()});
    }
    const LocalAudioFile *fileAt(const FolderScanResult &r, const QString &relativePath) const;

    QTemporaryDir m_clips;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QTemporaryDir> m_cache;
};

void TestFolderScanner::initTestCase()
{
    QVERIFY(m_clips.isValid());
    // One second of tone per format; each test copies what it needs.
    for (const Format &f : kFormats) {
        const QString path = m_clips.filePath(u"clip."_s + QLatin1StringView(f.extension));
        const QString pipeline =
            u"audiotestsrc wave=sine freq=440 samplesperbuffer=4410 num-buffers=10 ! "
            "audio/x-raw,rate=44100,channels=1 ! audioconvert ! audioresample ! "_s +
            QLatin1StringView(f.encoder) + u" ! filesink location="_s + path;
        QProcess p;
        p.start(u"gst-launch-1.0"_s, QStringList{u"-q"_s} + pipeline.split(u' '));
        QVERIFY2(p.waitForFinished(60000) && p.exitCode() == 0,
                 p.readAllStandardError().constData());
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
}

void TestFolderScanner::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    QVERIFY(m_cache->isValid());
}

QString TestFolderScanner::addClip(const QString &ext, const QString &relativePath)
{
    const QString target = m_folder->filePath(relativePath);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::copy(m_clips.filePath(u"clip."_s + ext), target))
        return {};
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

const LocalAudioFile *TestFolderScanner::fileAt(const FolderScanResult &r,
                                                const QString &relativePath) const
{
    for (const LocalAudioFile &f : r.files) {
        if (f.relativePath == relativePath)
            return &f;
    }
    return nullptr;
}

void TestFolderScanner::readsTagsOfEveryFormat_data()
{
    QTest::addColumn<QString>("ext");
    for (const Format &f : kFormats)
        QTest::newRow(f.extension) << QString::fromLatin1(f.extension);
}

void TestFolderScanner::readsTagsOfEveryFormat()
{
    QFETCH(QString, ext);
    const QString path = addClip(ext, u"file_name_not_used."_s + ext);
    QVERIFY(!path.isEmpty());
    Tags tags{u"Gradient descent, slowly"_s,
              u"Dr. Ada"_s,
              u"Optimisation 101"_s,
              u"Speech"_s,
              u"Why the step size matters"_s,
              7,
              2,
              u"2024-03-05"_s};
    QVERIFY(writeTags(path, tags));
    QVERIFY(writeCover(path, kPng));

    const FolderScanResult r = scan();
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
    QCOMPARE(r.catalog.episodes().size(), 1);
    const Episode &e = r.catalog.episodes().first();
    QCOMPARE(e.title, tags.title);
    QCOMPARE(e.summary, u"Optimisation 101 · Dr. Ada · Speech — Why the step size matters"_s);
    QCOMPARE(e.published, QDate(2024, 3, 5));
    QCOMPARE(e.durationSec, 1);
    QCOMPARE(e.order, 1);
    QCOMPARE(e.audio(), QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath()));
    QCOMPARE(e.sourceFile, QFileInfo(path).canonicalFilePath());
    QCOMPARE(e.topicId, r.catalog.topics().first().id);

    const LocalAudioFile &f = r.files.first();
    QCOMPARE(f.tags.track, 7);
    QCOMPARE(f.tags.disc, 2);
    QCOMPARE(f.tags.album, tags.album);
    QCOMPARE(f.tags.genre, tags.genre);
    QVERIFY2(f.tags.durationMs >= 900 && f.tags.durationMs <= 1200,
             qPrintable(QString::number(f.tags.durationMs)));
    QVERIFY(f.tags.hasCover);

    // The cover is read on demand, byte for byte as embedded.
    const EmbeddedCover cover = AudioTagReader::cover(r.absolutePathOf(f));
    QCOMPARE(cover.data, kPng);
    QCOMPARE(cover.mimeType, u"image/png"_s);
}

void TestFolderScanner::untaggedFilesUseTheFileName_data()
{
    readsTagsOfEveryFormat_data();
}

void TestFolderScanner::untaggedFilesUseTheFileName()
{
    QFETCH(QString, ext);
    QVERIFY(!addClip(ext, u"Lecture_02_-_Gradient__descent."_s + ext).isEmpty());
    const FolderScanResult r = scan();
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(titles(r), QStringList{u"Lecture 02 - Gradient descent"_s});
    const LocalAudioFile &f = r.files.first();
    QCOMPARE(f.tags.title, QString());
    QCOMPARE(f.tags.track, 0);
    QVERIFY(!f.tags.hasCover);
    QVERIFY(AudioTagReader::cover(r.absolutePathOf(f)).isNull());
    QCOMPARE(r.catalog.episodes().first().durationSec, 1); // from the stream, not the tags
    QVERIFY(!r.catalog.episodes().first().published.isValid());
}

void TestFolderScanner::extensionsAreCaseInsensitiveAndOthersIgnored()
{
    QVERIFY(!addClip(u"mp3"_s, u"LOUD.MP3"_s).isEmpty());
    QVERIFY(!addClip(u"flac"_s, u"Mixed.FlAc"_s).isEmpty());
    QVERIFY(writeFile(m_folder->filePath(u"notes.txt"_s), "lecture notes"));
    QVERIFY(writeFile(m_folder->filePath(u"cover.jpg"_s), "not audio"));
    QVERIFY(writeFile(m_folder->filePath(u".hidden/secret.mp3"_s), "skipped"));
    QVERIFY(writeFile(m_folder->filePath(u"._LOUD.MP3"_s), "AppleDouble junk"));
    const FolderScanResult r = scan();
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(titles(r), (QStringList{u"LOUD"_s, u"Mixed"_s}));
    QVERIFY(AudioTagReader::isAudioFileName(u"a.Opus"_s));
    QVERIFY(AudioTagReader::isAudioFileName(u"a.m4b"_s));
    QVERIFY(AudioTagReader::isAudioFileName(u"a.AAC"_s));
    QVERIFY(!AudioTagReader::isAudioFileName(u"a.mp3.part"_s));
    QVERIFY(!AudioTagReader::isAudioFileName(u"mp3"_s));
}

void TestFolderScanner::subfoldersBecomeTags()
{
    QVERIFY(!addClip(u"mp3"_s, u"Welcome.mp3"_s).isEmpty());
    QVERIFY(!addClip(u"ogg"_s, u"Week 1/Intro.ogg"_s).isEmpty());
    QVERIFY(!addClip(u"opus"_s, u"Week 1/Exercises/Drill.opus"_s).isEmpty());
    QVERIFY(!addClip(u"wav"_s, u"Week 2/Exercises/Drill.wav"_s).isEmpty());
    const FolderScanResult r = scan();
    QVERIFY(r.problems.isEmpty());

    // One topic, the folder; the folders on the way to a file are its tags.
    QCOMPARE(r.catalog.topics().size(), 1);
    const Topic &topic = r.catalog.topics().first();
    QCOMPARE(topic.title, QFileInfo(m_folder->path()).fileName());
    QCOMPARE(topic.id, FolderScanner::topicIdFor(r.folderKey));
    QCOMPARE(r.catalog.title(), topic.title);
    const QList<Episode> &eps = r.catalog.episodes();
    QCOMPARE(eps.size(), 4);
    QCOMPARE(eps.at(0).title, u"Welcome"_s);
    QCOMPARE(eps.at(0).tags, QStringList());
    QCOMPARE(eps.at(1).title, u"Intro"_s);
    QCOMPARE(eps.at(1).tags, QStringList{u"Week 1"_s});
    QCOMPARE(eps.at(2).tags, (QStringList{u"Week 1"_s, u"Exercises"_s}));
    QCOMPARE(eps.at(3).tags, (QStringList{u"Week 2"_s, u"Exercises"_s}));
    for (const Episode &e : eps)
        QCOMPARE(e.topicId, topic.id);
    // Two drills, two episodes, two ids.
    QVERIFY(eps.at(2).id != eps.at(3).id);
    QCOMPARE(eps.at(2).id,
             FolderScanner::episodeIdFor(r.folderKey, u"Week 1/Exercises/Drill.opus"_s));

    // Every folder is listed for the watcher.
    QStringList dirs = r.directories;
    dirs.sort();
    const QString root = QFileInfo(m_folder->path()).canonicalFilePath();
    QCOMPARE(dirs, (QStringList{root, root + u"/Week 1"_s, root + u"/Week 1/Exercises"_s,
                                root + u"/Week 2"_s, root + u"/Week 2/Exercises"_s}));
}

void TestFolderScanner::naturalFileNameOrder()
{
    for (const QString &name : {u"Lecture 10.mp3"_s, u"lecture 1.mp3"_s, u"Lecture 2.mp3"_s,
                                u"Week 10/Lecture 1.mp3"_s, u"Week 9/Lecture 1.mp3"_s}) {
        QVERIFY(!addClip(u"mp3"_s, name).isEmpty());
    }
    const FolderScanResult r = scan();
    QCOMPARE(titles(r), (QStringList{u"lecture 1"_s, u"Lecture 2"_s, u"Lecture 10"_s,
                                     u"Lecture 1"_s, u"Lecture 1"_s}));
    QCOMPARE(r.catalog.episodes().at(3).tags, QStringList{u"Week 9"_s});
    QCOMPARE(r.catalog.episodes().at(4).tags, QStringList{u"Week 10"_s});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r.catalog.episodes().at(i).order, i + 1);
    // The files come in the same order as the episodes.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r.files.at(i).episodeId, r.catalog.episodes().at(i).id);
}

void TestFolderScanner::trackNumbersComeFirst()
{
    // Names in the opposite order to the tracks; an untracked file after the tracked ones.
    const QString a = addClip(u"flac"_s, u"a.flac"_s);
    const QString b = addClip(u"mp3"_s, u"b.mp3"_s);
    const QString c = addClip(u"ogg"_s, u"c.ogg"_s);
    addClip(u"opus"_s, u"0 untracked.opus"_s);
    QVERIFY(writeTags(a, {u"Third"_s, {}, {}, {}, {}, 3, 0, {}}));
    QVERIFY(writeTags(b, {u"Second"_s, {}, {}, {}, {}, 2, 0, {}}));
    QVERIFY(writeTags(c, {u"First"_s, {}, {}, {}, {}, 1, 0, {}}));
    const FolderScanResult r = scan();
    QCOMPARE(titles(r), (QStringList{u"First"_s, u"Second"_s, u"Third"_s, u"0 untracked"_s}));

    // Disc before track; a file without a disc number counts as disc 0.
    QVERIFY(writeTags(c, {u"First"_s, {}, {}, {}, {}, 1, 2, {}}));
    QCOMPARE(titles(scan()), (QStringList{u"Second"_s, u"Third"_s, u"0 untracked"_s, u"First"_s}));
}

void TestFolderScanner::nonAsciiAndLongNames()
{
    // 10 + 2 * 120 + 1 + 4 = 255 bytes of UTF-8: the longest name ext4 takes.
    const QString longName = u"Vorlesung "_s + QString(120, QChar(0xE4)) + u"x.mp3"_s;
    QCOMPARE(longName.toUtf8().size(), 255);
    const QString unicode = u"Übung – Grundlagen 日本語/Ça marche.opus"_s;
    const QString tagged = addClip(u"ogg"_s, u"Résumé.ogg"_s);
    QVERIFY(!addClip(u"mp3"_s, longName).isEmpty());
    QVERIFY(!addClip(u"opus"_s, unicode).isEmpty());
    QVERIFY(writeTags(tagged, {u"Zusammenfassung: Größen & Maße ✓"_s, {}, {}, {}, {}, 0, 0, {}}));

    const FolderScanResult r = scan();
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).toString()));
    // Résumé.ogg before Vorlesung…, by file name; the subfolder after the files at the top.
    QCOMPARE(titles(r),
             (QStringList{u"Zusammenfassung: Größen & Maße ✓"_s,
                          u"Vorlesung "_s + QString(120, QChar(0xE4)) + u'x', u"Ça marche"_s}));
    for (const Episode &e : r.catalog.episodes()) {
        QVERIFY2(QFileInfo::exists(e.audio().toLocalFile()), qPrintable(e.audioUrl));
        QCOMPARE(e.durationSec, 1);
    }
    QCOMPARE(r.catalog.episodes().at(2).tags, QStringList{u"Übung – Grundlagen 日本語"_s});

    // The cache keeps such names: nothing is read again.
    const FolderScanResult again = scan();
    QCOMPARE(again.filesRead, 0);
    QCOMPARE(titles(again), titles(r));
}

void TestFolderScanner::brokenFilesGetAProblemAndTheRestImport()
{
    QVERIFY(!addClip(u"mp3"_s, u"01 good.mp3"_s).isEmpty());
    QVERIFY(!addClip(u"flac"_s, u"02 good.flac"_s).isEmpty());
    // Tests run as root, so chmod 000 would not stop reading. Unusable instead: text in an .mp3
    // (no MPEG frame anywhere), an empty file, a named pipe and a link to nothing.
    QVERIFY(writeFile(m_folder->filePath(u"garbage.mp3"_s),
                      QByteArray("This is a text file, not audio.\n").repeated(200)));
    QVERIFY(writeFile(m_folder->filePath(u"empty.m4a"_s), {}));
    const QByteArray fifo = QFile::encodeName(m_folder->filePath(u"pipe.ogg"_s));
    QCOMPARE(::mkfifo(fifo.constData(), 0644), 0);
    QVERIFY(QFile::link(m_folder->filePath(u"gone.wav"_s), m_folder->filePath(u"dangling.wav"_s)));

    const FolderScanResult r = scan();
    QCOMPARE(r.catalog.episodes().size(), 6);
    QCOMPARE(r.problems.size(), 4);
    const auto problemOf = [&](const QString &name) {
        const LocalAudioFile *f = fileAt(r, name);
        return f ? f->problem : InputProblem{};
    };
    const QString root = r.folder + u'/';
    QCOMPARE(problemOf(u"garbage.mp3"_s).file, root + u"garbage.mp3"_s);
    QCOMPARE(problemOf(u"garbage.mp3"_s).message, u"not a valid MP3 file: no audio stream found"_s);
    QCOMPARE(problemOf(u"empty.m4a"_s).message, u"the file is empty (0 bytes)"_s);
    QCOMPARE(problemOf(u"pipe.ogg"_s).message, u"not a regular file (a pipe, socket or device)"_s);
    QCOMPARE(problemOf(u"dangling.wav"_s).message, u"a link to a file that does not exist"_s);
    QCOMPARE(problemOf(u"01 good.mp3"_s), InputProblem{});
    QCOMPARE(problemOf(u"02 good.flac"_s), InputProblem{});
    QCOMPARE(r.problems.first().toString(),
             r.problems.first().file + u": "_s + r.problems.first().message);

    // Each broken file still has its card, titled after the file, with the problem to show.
    const LocalAudioFile *garbage = fileAt(r, u"garbage.mp3"_s);
    const Episode *e = r.catalog.episode(garbage->episodeId);
    QVERIFY(e);
    QCOMPARE(e->title, u"garbage"_s);
    QCOMPARE(r.fileOf(e->id), garbage);
    QCOMPARE(r.catalog.episodes().first().durationSec, 1);

    // A rescan reads none of them again, and reports the same.
    const FolderScanResult again = scan();
    QCOMPARE(again.filesRead, 0);
    QCOMPARE(again.problems, r.problems);
}

void TestFolderScanner::missingFolderIsAProblem()
{
    const QString missing = m_folder->filePath(u"nowhere"_s);
    const FolderScanResult r = FolderScanner::scan({missing, {}, m_cache->path()});
    QVERIFY(!r.folderReadable);
    QCOMPARE(r.catalog.episodes().size(), 0);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().toString(), missing + u": folder not found"_s);

    QVERIFY(writeFile(missing, "a file"));
    QCOMPARE(FolderScanner::scan({missing, {}, {}}).problems.first().message, u"not a folder"_s);
}

void TestFolderScanner::idsAreStableAcrossRescans()
{
    addClip(u"mp3"_s, u"Week 1/One.mp3"_s);
    addClip(u"opus"_s, u"Two.opus"_s);
    addClip(u"m4a"_s, u"Three.m4a"_s);
    const FolderScanResult first = scan();
    const FolderScanResult second = scan();
    const FolderScanResult uncached = scan(false);
    QStringList ids;
    for (const Episode &e : first.catalog.episodes())
        ids.append(e.id);
    const QString key = FolderScanner::folderKeyFor(first.folder);
    QCOMPARE(first.folderKey, key);
    QCOMPARE(ids,
             (QStringList{u"folder:"_s + key + u":Three.m4a"_s, u"folder:"_s + key + u":Two.opus"_s,
                          u"folder:"_s + key + u":Week 1/One.mp3"_s}));
    for (const FolderScanResult *r : {&second, &uncached}) {
        QCOMPARE(r->catalog.episodes().size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(r->catalog.episodes().at(i).id, ids.at(i));
        QVERIFY(r->sameStateAs(first));
    }

    // A caller that keeps its own key for the folder gets it in every id.
    const FolderScanResult keyed =
        FolderScanner::scan({m_folder->path(), u"k1"_s, m_cache->path()});
    QCOMPARE(keyed.catalog.topics().first().id, u"folder:k1"_s);
    QCOMPARE(keyed.catalog.episodes().first().id, u"folder:k1:Three.m4a"_s);
    QVERIFY(QFile::exists(FolderScanCache::filePath(m_cache->path(), u"k1"_s)));
    // Whatever the key, the cache stays a file directly in the cache directory.
    QCOMPARE(FolderScanCache::filePath(m_cache->path(), u"../x/ä"_s),
             m_cache->path() + u"/folder-___x__.json"_s);
}

void TestFolderScanner::unchangedRescanReadsNoFile()
{
    for (const Format &f : kFormats) {
        const QString ext = QString::fromLatin1(f.extension);
        QVERIFY(!addClip(ext, u"sub/"_s + ext + u"."_s + ext).isEmpty());
    }
    const FolderScanResult cold = scan();
    QCOMPARE(cold.filesRead, 6);
    QCOMPARE(cold.cacheHits, 0);
    QVERIFY(QFile::exists(FolderScanCache::filePath(m_cache->path(), cold.folderKey)));
    const QDateTime cacheWritten =
        QFileInfo(FolderScanCache::filePath(m_cache->path(), cold.folderKey)).lastModified();

    const FolderScanResult warm = scan();
    QCOMPARE(warm.filesRead, 0);
    QCOMPARE(warm.cacheHits, 6);
    QCOMPARE(warm.removedFiles, 0);
    QVERIFY(warm.sameStateAs(cold));
    // The same catalog, from the cache alone.
    QCOMPARE(warm.catalog.episodes(), cold.catalog.episodes());
    QCOMPARE(warm.files, cold.files);
    // Nothing changed, so the cache file was not rewritten.
    QCOMPARE(QFileInfo(FolderScanCache::filePath(m_cache->path(), cold.folderKey)).lastModified(),
             cacheWritten);
}

void TestFolderScanner::changedAndRemovedFilesAreSeen()
{
    const QString a = addClip(u"mp3"_s, u"a.mp3"_s);
    addClip(u"ogg"_s, u"b.ogg"_s);
    addClip(u"flac"_s, u"c.flac"_s);
    const FolderScanResult first = scan();
    QCOMPARE(first.filesRead, 3);

    // New tags in place: size and time change, only that file is read, its id stays.
    QVERIFY(writeTags(a, {u"Retitled"_s, {}, {}, {}, {}, 0, 0, {}}));
    QFile(a).setFileTime(QDateTime::currentDateTime().addSecs(5), QFile::FileModificationTime);
    const FolderScanResult second = scan();
    QCOMPARE(second.filesRead, 1);
    QCOMPARE(second.cacheHits, 2);
    QVERIFY(!second.sameStateAs(first));
    QCOMPARE(titles(second), (QStringList{u"Retitled"_s, u"b"_s, u"c"_s}));
    QCOMPARE(second.catalog.episodes().first().id, first.catalog.episodes().first().id);

    // A deleted file is gone from the catalog (its progress stays in the store, by id).
    QVERIFY(QFile::remove(m_folder->filePath(u"b.ogg"_s)));
    const FolderScanResult third = scan();
    QCOMPARE(third.filesRead, 0);
    QCOMPARE(third.removedFiles, 1);
    QCOMPARE(titles(third), (QStringList{u"Retitled"_s, u"c"_s}));
    QCOMPARE(scan().removedFiles, 0); // and forgotten by the cache
}

void TestFolderScanner::renamedFileKeepsItsId()
{
    const QString lecture = addClip(u"mp3"_s, u"Lecture 1.mp3"_s);
    QVERIFY(writeTags(lecture, {u"Backpropagation"_s, {}, {}, {}, {}, 1, 0, {}}));
    addClip(u"flac"_s, u"Lecture 2.flac"_s);
    const FolderScanResult before = scan();
    const QString id = fileAt(before, u"Lecture 1.mp3"_s)->episodeId;

    // Renamed and moved into a subfolder: same contents, so same id (and so the same progress),
    // and its tags come from the cache.
    QDir().mkpath(m_folder->filePath(u"Part 1"_s));
    QVERIFY(QFile::rename(lecture, m_folder->filePath(u"Part 1/01 Backprop.mp3"_s)));
    const FolderScanResult after = scan();
    QCOMPARE(after.renamedFiles, 1);
    QCOMPARE(after.removedFiles, 1);
    const LocalAudioFile *moved = fileAt(after, u"Part 1/01 Backprop.mp3"_s);
    QVERIFY(moved);
    QCOMPARE(moved->episodeId, id);
    QCOMPARE(after.catalog.episode(id)->title, u"Backpropagation"_s);
    QCOMPARE(after.catalog.episode(id)->tags, QStringList{u"Part 1"_s});

    // Stable from then on.
    QCOMPARE(fileAt(scan(), u"Part 1/01 Backprop.mp3"_s)->episodeId, id);

    // A new file at the old path cannot take that id: it gets its own.
    addClip(u"wav"_s, u"Lecture 1.mp3"_s);
    const FolderScanResult third = scan();
    QCOMPARE(fileAt(third, u"Part 1/01 Backprop.mp3"_s)->episodeId, id);
    QCOMPARE(fileAt(third, u"Lecture 1.mp3"_s)->episodeId, id + u"~2"_s);
    QCOMPARE(third.catalog.episodes().size(), 3);

    // Two new files with the contents of one vanished file: only one can be it.
    const QString copySource = m_folder->filePath(u"Lecture 2.flac"_s);
    QVERIFY(QFile::copy(copySource, m_folder->filePath(u"x.flac"_s)));
    QVERIFY(QFile::rename(copySource, m_folder->filePath(u"y.flac"_s)));
    const FolderScanResult fourth = scan();
    QCOMPARE(fourth.renamedFiles, 1);
    QCOMPARE(fourth.catalog.episodes().size(), 4);
}

void TestFolderScanner::damagedCacheIsIgnored()
{
    addClip(u"mp3"_s, u"a.mp3"_s);
    addClip(u"opus"_s, u"b.opus"_s);
    const FolderScanResult first = scan();
    const QString cacheFile = FolderScanCache::filePath(m_cache->path(), first.folderKey);
    QVERIFY(writeFile(cacheFile, "{ \"version\": 1, \"files\": [ {\"p\": truncated"));
    const FolderScanResult second = scan();
    QCOMPARE(second.filesRead, 2);
    QVERIFY(second.sameStateAs(first));
    QCOMPARE(scan().filesRead, 0); // rewritten whole

    QVERIFY(writeFile(cacheFile, "{ \"version\": 99, \"files\": [] }"));
    QCOMPARE(scan().filesRead, 2);

    // A cache that gives both files one id: the first keeps it, the other gets its own.
    QFile in(cacheFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    in.close();
    const QByteArray idA = first.catalog.episodes().at(0).id.toUtf8();
    const QByteArray idB = first.catalog.episodes().at(1).id.toUtf8();
    QVERIFY(json.contains(idB));
    QVERIFY(writeFile(cacheFile, json.replace(idB, idA)));
    const FolderScanResult third = scan();
    QCOMPARE(third.filesRead, 0);
    QCOMPARE(third.catalog.episodes().size(), 2);
    QCOMPARE(third.catalog.episodes().at(0).id, QString::fromUtf8(idA));
    QCOMPARE(third.catalog.episodes().at(1).id, QString::fromUtf8(idB));
    QCOMPARE(third.files.size(), 2);
    QCOMPARE(third.fileOf(QString::fromUtf8(idB))->relativePath, u"b.opus"_s);
}

void TestFolderScanner::cancelStopsTheScan()
{
    for (int i = 1; i <= 5; ++i)
        addClip(u"flac"_s, u"Lecture "_s + QString::number(i) + u".flac"_s);
    // Cancelled after two files were read.
    int asked = 0;
    const FolderScanResult r = FolderScanner::scan({m_folder->path(), {}, m_cache->path()}, [&] {
        ++asked;
        return asked > 5 + 2; // five walk steps, then two reads
    });
    QVERIFY(r.cancelled);
    QCOMPARE(r.catalog.episodes().size(), 0);
    QCOMPARE(r.filesRead, 2);
    // What was read before is kept for the next scan.
    const FolderScanResult next = scan();
    QVERIFY(!next.cancelled);
    QCOMPARE(next.filesRead, 3);
    QCOMPARE(next.catalog.episodes().size(), 5);

    // Through a promise: a cancelled future gets no result.
    QPromise<FolderScanResult> promise;
    QFuture<FolderScanResult> future = promise.future();
    future.cancel();
    FolderScanner::scanWithPromise(promise, {m_folder->path(), {}, {}});
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

void TestFolderScanner::runsThroughQtConcurrent()
{
    addClip(u"ogg"_s, u"Intro.ogg"_s);
    addClip(u"m4a"_s, u"Outro.m4a"_s);
    QFuture<FolderScanResult> future = QtConcurrent::run(
        &FolderScanner::scanWithPromise, FolderScanRequest{m_folder->path(), {}, m_cache->path()});
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    const FolderScanResult r = future.result();
    QCOMPARE(titles(r), (QStringList{u"Intro"_s, u"Outro"_s}));
    QCOMPARE(future.progressMaximum(), 2);
    QCOMPARE(future.progressValue(), 2);
}

void TestFolderScanner::catalogForAFolder()
{
    addClip(u"wav"_s, u"Lecture 2.wav"_s);
    addClip(u"mp3"_s, u"Lecture 10.mp3"_s);
    QVERIFY(writeFile(m_folder->filePath(u"broken.mp3"_s), "no audio here"));
    const Catalog c = FolderScanner::catalogFor(m_folder->path());
    QCOMPARE(c.topics().size(), 1);
    QCOMPARE(c.episodes().size(), 3);
    QCOMPARE(c.episodes().at(0).title, u"broken"_s);
    QCOMPARE(c.episodes().at(1).title, u"Lecture 2"_s);
    QCOMPARE(c.episodes().at(2).title, u"Lecture 10"_s);
    QCOMPARE(c.episodes().at(2).durationSec, 1);
}

void TestFolderScanner::watcherSeesNewFilesAndFolders()
{
    addClip(u"mp3"_s, u"Week 1/a.mp3"_s);
    FolderWatcher watcher;
    watcher.setDebounceMs(100);
    watcher.setFolder(m_folder->path());
    QSignalSpy due(&watcher, &FolderWatcher::rescanDue);
    const QString root = QFileInfo(m_folder->path()).absoluteFilePath();
    QCOMPARE(watcher.watchedDirectories().size(), 2);

    // A new file at the top.
    addClip(u"ogg"_s, u"new.ogg"_s);
    QTRY_COMPARE(due.size(), 1);
    // A new file in an existing subfolder.
    addClip(u"flac"_s, u"Week 1/b.flac"_s);
    QTRY_COMPARE(due.size(), 2);
    // A new subfolder is watched from then on, a file in it seen.
    QVERIFY(QDir().mkpath(m_folder->filePath(u"Week 2/Extra"_s)));
    QTRY_COMPARE(due.size(), 3);
    QTRY_VERIFY(watcher.watchedDirectories().contains(root + u"/Week 2/Extra"_s));
    addClip(u"wav"_s, u"Week 2/Extra/c.wav"_s);
    QTRY_COMPARE(due.size(), 4);
    // A removed file too.
    QVERIFY(QFile::remove(m_folder->filePath(u"Week 1/a.mp3"_s)));
    QTRY_COMPARE(due.size(), 5);

    // The subfolders a scan found can be handed over instead of walked again.
    FolderWatcher fromScan;
    const FolderScanResult r = scan();
    fromScan.setFolder(r.folder, r.directories);
    QStringList watched = fromScan.watchedDirectories();
    QStringList expected = r.directories;
    watched.sort();
    expected.sort();
    QCOMPARE(watched, expected);
}

void TestFolderScanner::watcherDebouncesABurst()
{
    FolderWatcher watcher;
    watcher.setDebounceMs(300);
    watcher.setFolder(m_folder->path());
    QSignalSpy due(&watcher, &FolderWatcher::rescanDue);
    for (int i = 0; i < 10; ++i)
        QVERIFY(writeFile(m_folder->filePath(u"f"_s + QString::number(i) + u".mp3"_s), "x"));
    QTRY_COMPARE(due.size(), 1);
    QTest::qWait(600);
    QCOMPARE(due.size(), 1);
}

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "tst_folderscanner.moc"
