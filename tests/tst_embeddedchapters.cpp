// Chapters embedded in audio files: clips made by GStreamer in the test, chapters written into
// them through TagLib (ID3v2 CHAP frames, Vorbis-comment CHAPTERnnn fields), read back.

#include "embeddedchapterreader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chapterframe.h>
#include <flacfile.h>
#include <id3v2tag.h>
#include <mpegfile.h>
#include <opusfile.h>
#include <textidentificationframe.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

using namespace Qt::StringLiterals;

namespace {

constexpr unsigned kNoOffset = 0xFFFFFFFF;

// A CHAP frame, with a TIT2 title inside unless `title` is empty.
TagLib::ID3v2::ChapterFrame *chapter(const char *id, unsigned startMs, unsigned endMs,
                                     const QString &title)
{
    TagLib::ID3v2::FrameList embedded;
    if (!title.isEmpty()) {
        auto *tit2 = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
        tit2->setText(TagLib::String(title.toUtf8().constData(), TagLib::String::UTF8));
        embedded.append(tit2);
    }
    return new TagLib::ID3v2::ChapterFrame(id, startMs, endMs, kNoOffset, kNoOffset, embedded);
}

void addId3Chapters(TagLib::ID3v2::Tag *tag)
{
    // Out of order, the last without an end and without a title.
    tag->addFrame(chapter("ch2", 1000, 2000, u"Zweites Kapitel: Größen"_s));
    tag->addFrame(chapter("ch1", 0, 1000, u"Intro"_s));
    tag->addFrame(chapter("ch3", 2000, 0, {}));
}

void addXiphChapters(TagLib::Ogg::XiphComment *c)
{
    c->addField("CHAPTER001", "00:00:00.000");
    c->addField("CHAPTER001NAME", "Intro");
    c->addField("CHAPTER002", "00:00:01.5");
    c->addField("CHAPTER002NAME", TagLib::String("Zweites Kapitel: Größen", TagLib::String::UTF8));
    c->addField("CHAPTER003", "half past two");
    c->addField("CHAPTER003NAME", "Broken");
    c->addField("CHAPTER010", "0:02");
}

} // namespace

class TestEmbeddedChapters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void id3Chapters_data();
    void id3Chapters();
    void vorbisCommentChapters_data();
    void vorbisCommentChapters();
    void fileWithoutChapters();
    void unreadableFile();
    void parsesVorbisTimes_data();
    void parsesVorbisTimes();

private:
    QString clip(const QString &ext) const;
    QTemporaryDir m_dir;
};

void TestEmbeddedChapters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Three seconds of tone per format.
    const QList<std::pair<QString, QString>> formats{
        {u"mp3"_s, u"lamemp3enc target=bitrate cbr=true bitrate=64"_s},
        {u"wav"_s, u"wavenc"_s},
        {u"ogg"_s, u"vorbisenc ! oggmux"_s},
        {u"opus"_s, u"opusenc ! oggmux"_s},
        {u"flac"_s, u"flacenc"_s}};
    for (const auto &[ext, encoder] : formats) {
        const QString pipeline =
            u"audiotestsrc wave=sine samplesperbuffer=4410 num-buffers=30 ! "
            "audio/x-raw,rate=44100,channels=1 ! audioconvert ! audioresample ! "_s +
            encoder + u" ! filesink location="_s + m_dir.filePath(u"clip."_s + ext);
        QProcess p;
        p.start(u"gst-launch-1.0"_s, QStringList{u"-q"_s} + pipeline.split(u' '));
        QVERIFY2(p.waitForFinished(60000) && p.exitCode() == 0,
                 p.readAllStandardError().constData());
    }
}

QString TestEmbeddedChapters::clip(const QString &ext) const
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u'.' +
                       QString::fromLatin1(QTest::currentTestFunction()) + u'.' + ext);
    QFile::remove(path);
    if (!QFile::copy(m_dir.filePath(u"clip."_s + ext), path))
        return {};
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestEmbeddedChapters::id3Chapters_data()
{
    QTest::addColumn<QString>("ext");
    QTest::newRow("mp3") << u"mp3"_s;
    QTest::newRow("wav") << u"wav"_s;
}

void TestEmbeddedChapters::id3Chapters()
{
    QFETCH(QString, ext);
    const QString path = clip(ext);
    QVERIFY(!path.isEmpty());
    const QByteArray name = QFile::encodeName(path);
    if (ext == u"mp3") {
        TagLib::MPEG::File f(name.constData());
        addId3Chapters(f.ID3v2Tag(true));
        QVERIFY(f.save());
    } else {
        TagLib::RIFF::WAV::File f(name.constData());
        addId3Chapters(f.ID3v2Tag());
        QVERIFY(f.save());
    }

    QList<InputProblem> problems;
    const QList<EmbeddedChapter> chapters = EmbeddedChapterReader::read(path, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(chapters.size(), 3);
    QCOMPARE(chapters.at(0), (EmbeddedChapter{0, 1000, u"Intro"_s}));
    QCOMPARE(chapters.at(1), (EmbeddedChapter{1000, 2000, u"Zweites Kapitel: Größen"_s}));
    // No end given: the end of the audio.
    QCOMPARE(chapters.at(2).startMs, 2000);
    QVERIFY2(chapters.at(2).endMs >= 2900 && chapters.at(2).endMs <= 3200,
             qPrintable(QString::number(chapters.at(2).endMs)));
    QCOMPARE(chapters.at(2).title, QString());
}

void TestEmbeddedChapters::vorbisCommentChapters_data()
{
    QTest::addColumn<QString>("ext");
    QTest::newRow("ogg") << u"ogg"_s;
    QTest::newRow("opus") << u"opus"_s;
    QTest::newRow("flac") << u"flac"_s;
}

void TestEmbeddedChapters::vorbisCommentChapters()
{
    QFETCH(QString, ext);
    const QString path = clip(ext);
    QVERIFY(!path.isEmpty());
    const QByteArray name = QFile::encodeName(path);
    if (ext == u"ogg") {
        TagLib::Ogg::Vorbis::File f(name.constData());
        addXiphChapters(f.tag());
        QVERIFY(f.save());
    } else if (ext == u"opus") {
        TagLib::Ogg::Opus::File f(name.constData());
        addXiphChapters(f.tag());
        QVERIFY(f.save());
    } else {
        TagLib::FLAC::File f(name.constData());
        addXiphChapters(f.xiphComment(true));
        QVERIFY(f.save());
    }

    QList<InputProblem> problems;
    const QList<EmbeddedChapter> chapters = EmbeddedChapterReader::read(path, &problems);
    QCOMPARE(chapters.size(), 3);
    QCOMPARE(chapters.at(0), (EmbeddedChapter{0, 1500, u"Intro"_s}));
    QCOMPARE(chapters.at(1), (EmbeddedChapter{1500, 2000, u"Zweites Kapitel: Größen"_s}));
    QCOMPARE(chapters.at(2).startMs, 2000);
    QVERIFY2(chapters.at(2).endMs >= 2900 && chapters.at(2).endMs <= 3200,
             qPrintable(QString::number(chapters.at(2).endMs)));
    QCOMPARE(chapters.at(2).title, QString());
    // The chapter with an unreadable time is left out and reported.
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             path + u": CHAPTER003: cannot read the time \"half past two\""_s);
}

void TestEmbeddedChapters::fileWithoutChapters()
{
    for (const QString &ext : {u"mp3"_s, u"ogg"_s, u"flac"_s}) {
        QList<InputProblem> problems;
        QVERIFY(EmbeddedChapterReader::read(m_dir.filePath(u"clip."_s + ext), &problems).isEmpty());
        QVERIFY(problems.isEmpty());
    }
}

void TestEmbeddedChapters::unreadableFile()
{
    QList<InputProblem> problems;
    const QString missing = m_dir.filePath(u"missing.mp3"_s);
    QVERIFY(EmbeddedChapterReader::read(missing, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(), missing + u": the file cannot be read"_s);

    const QString text = m_dir.filePath(u"text.flac"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not audio at all");
    f.close();
    problems.clear();
    QVERIFY(EmbeddedChapterReader::read(text, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, u"not an audio file the tag reader knows"_s);

    // TagLib takes any bytes named .mp3 as MPEG; without a stream they are no audio either.
    const QString fakeMp3 = m_dir.filePath(u"text.mp3"_s);
    QVERIFY(QFile::copy(text, fakeMp3));
    problems.clear();
    QVERIFY(EmbeddedChapterReader::read(fakeMp3, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
}

void TestEmbeddedChapters::parsesVorbisTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("full") << u"01:02:03.500"_s << qint64(3723500);
    QTest::newRow("no fraction") << u"1:02:03"_s << qint64(3723000);
    QTest::newRow("minutes") << u"02:03.5"_s << qint64(123500);
    QTest::newRow("seconds") << u"123.25"_s << qint64(123250);
    QTest::newRow("nanoseconds") << u"00:00:01.123456789"_s << qint64(1123);
    QTest::newRow("spaces") << u" 00:00:02 "_s << qint64(2000);
    QTest::newRow("61 minutes") << u"00:61:00"_s << qint64(-1);
    QTest::newRow("61 seconds") << u"00:01:61"_s << qint64(-1);
    QTest::newRow("words") << u"half past two"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << u"-00:00:01"_s << qint64(-1);
}

void TestEmbeddedChapters::parsesVorbisTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(EmbeddedChapterReader::parseVorbisTime(text), ms);
}

QTEST_GUILESS_MAIN(TestEmbeddedChapters)
#include "tst_embeddedchapters.moc"
