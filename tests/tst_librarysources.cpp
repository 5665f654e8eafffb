// The registry of sources a user added (settings.ini) and reading them as catalogs.
#include "folderscancache.h"
#include "folderscanner.h"
#include "librarysources.h"
#include "sourceloader.h"
#include "testclips.h"
#include "testfiles.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibrarySources : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_files = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid() && m_files->isValid());
    }

    void addRemoveAndListPersist()
    {
        const QString folder = m_files->filePath(u"Lectures"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString catalog = m_files->filePath(u"extra.json"_s);
        QVERIFY(writeFile(catalog, kOneEpisodeCatalog));
        const QString settings = LibrarySources::settingsFileIn(m_data->path());
        {
            LibrarySources sources(settings);
            QVERIFY(sources.sources().isEmpty());
            bool added = false;
            const LibrarySource f = sources.add(LibrarySource::Kind::Folder, folder, &added);
            QVERIFY(added);
            QCOMPARE(f.kind, LibrarySource::Kind::Folder);
            QCOMPARE(f.path, QFileInfo(folder).canonicalFilePath());
            // The folder's key is the scanner's: its episode ids are those of a plain scan.
            QCOMPARE(f.key, FolderScanner::folderKeyFor(f.path));
            QVERIFY(f.addedAt.isValid());
            const LibrarySource c = sources.add(LibrarySource::Kind::Catalog, catalog, &added);
            QVERIFY(added);
            QCOMPARE(c.key, LibrarySources::catalogKeyFor(QFileInfo(catalog).canonicalFilePath()));
            QVERIFY(c.key != f.key);

            // The same path again, also written differently: nothing new.
            const LibrarySource again =
                sources.add(LibrarySource::Kind::Folder, folder + u"/../Lectures/"_s, &added);
            QVERIFY(!added);
            QCOMPARE(again, f);
            // What is not there, or not of its kind, is not remembered.
            QVERIFY(sources.add(LibrarySource::Kind::Folder, m_files->filePath(u"gone"_s), &added)
                        .key.isEmpty());
            QVERIFY(!added);
            QVERIFY(sources.add(LibrarySource::Kind::Folder, catalog).key.isEmpty());
            QVERIFY(sources.add(LibrarySource::Kind::Catalog, folder).key.isEmpty());
            QCOMPARE(sources.sources().size(), 2);
        }
        // Another instance (another process, the next start) sees both, in the order added.
        LibrarySources reopened(settings);
        const QList<LibrarySource> all = reopened.sources();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, LibrarySource::Kind::Folder);
        QCOMPARE(all.at(1).kind, LibrarySource::Kind::Catalog);
        QCOMPARE(reopened.sources(LibrarySource::Kind::Catalog).size(), 1);
        QVERIFY(reopened.findPath(LibrarySource::Kind::Catalog, catalog).has_value());
        QCOMPARE(reopened.find(all.at(0).key)->path, all.at(0).path);

        // Other settings in the file stay as they were.
        {
            QSettings other(settings, QSettings::IniFormat);
            other.setValue(u"player/rate"_s, 1.5);
        }
        QVERIFY(reopened.remove(all.at(0).key));
        QVERIFY(!reopened.remove(all.at(0).key));
        QCOMPARE(LibrarySources(settings).sources(), QList<LibrarySource>{all.at(1)});
        QCOMPARE(QSettings(settings, QSettings::IniFormat).value(u"player/rate"_s).toDouble(), 1.5);

        // Added again later, a folder gets the same key: its progress is found again.
        QCOMPARE(reopened.add(LibrarySource::Kind::Folder, folder).key, all.at(0).key);
    }

    void rememberedSourcesLoad()
    {
        const QString folder = m_files->filePath(u"Deep Learning"_s);
        QVERIFY(QDir().mkpath(folder + u"/Week 2"_s));
        const QString clip = m_files->filePath(u"clip.wav"_s); // gst-launch splits at spaces
        QVERIFY(makeClip(clip, u"wavenc"_s, 1));
        QVERIFY(QFile::copy(clip, folder + u"/Lecture 1.wav"_s));
        QVERIFY(QFile::copy(clip, folder + u"/Week 2/Lecture 2.wav"_s));
        QVERIFY(writeFile(folder + u"/broken.mp3"_s, "not audio at all"));
        const QString catalog = m_files->filePath(u"extra.json"_s);
        QVERIFY(writeFile(catalog, kOneEpisodeCatalog));
        const QString copy = m_files->filePath(u"copy.json"_s); // the same ids again
        QVERIFY(writeFile(copy, kOneEpisodeCatalog));

        LibrarySources sources(LibrarySources::settingsFileIn(m_data->path()));
        const LibrarySource f = sources.add(LibrarySource::Kind::Folder, folder);
        sources.add(LibrarySource::Kind::Catalog, catalog);
        sources.add(LibrarySource::Kind::Catalog, copy);

        Catalog library;
        QList<InputProblem> problems;
        SourceLoader::loadRemembered(m_data->path(), library, &problems);
        QCOMPARE(library.episodes().size(), 3 + 1);
        const Topic *topic = library.topic(FolderScanner::topicIdFor(f.key));
        QVERIFY(topic);
        QCOMPARE(topic->kind, Topic::Kind::Folder);
        QCOMPARE(topic->title, u"Deep Learning"_s);
        const Episode *lecture2 =
            library.episode(FolderScanner::episodeIdFor(f.key, u"Week 2/Lecture 2.wav"_s));
        QVERIFY(lecture2);
        QCOMPARE(lecture2->tags, QStringList{u"Week 2"_s});
        QCOMPARE(library.topic(u"rl"_s)->kind, Topic::Kind::Course);
        // The broken file's problem and the copy's duplicate id, each with its place.
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).file.endsWith(u"broken.mp3"_s),
                 qPrintable(problems.at(0).toString()));
        QCOMPARE(problems.at(1).file, QFileInfo(copy).canonicalFilePath());
        QVERIFY(problems.at(1).line > 0);
        QVERIFY2(problems.at(1).message.contains(u"rlhf"_s), qPrintable(problems.at(1).message));
        // The scan cache went to the data directory.
        QVERIFY(QFileInfo::exists(
            FolderScanCache::filePath(LibrarySources::folderCacheIn(m_data->path()), f.key)));

        // A catalog given with --catalog as well is not read twice.
        Catalog again;
        problems.clear();
        SourceLoader::loadRemembered(m_data->path(), again, &problems, {copy});
        QCOMPARE(again.episodes().size(), 4);
        QCOMPARE(problems.size(), 1); // the broken file only
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_files;
};

QTEST_GUILESS_MAIN(TestLibrarySources)
#include "tst_librarysources.moc"
