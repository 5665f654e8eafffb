// Study notes without a window: the store (migration, drafts, merge), the bookmark's span, the
// models of the Notes node, the Markdown and Anki exports and the progress JSON with notes.
#include "bookmarkmaker.h"
#include "notesankiexporter.h"
#include "notesfiltermodel.h"
#include "notesfixture.h"
#include "noteslistmodel.h"
#include "notesmarkdownexporter.h"
#include "notesstore.h"
#include "notetime.h"
#include "progressjson.h"
#include "progressstore.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationCreatesTablesAndIndexes();
    void saveUpdateRemoveRestore();
    void episodeNotesInTimeOrder();
    void draftsSurviveReopening();
    void mergeKeepsTheNewestEdit();

    void bookmarkSpan_data();
    void bookmarkSpan();
    void bookmarkQuoteFromATranscript();
    void bookmarkWithoutTranscript();

    void timeFormat();
    void listModelNewestFirst();
    void filterByTextTopicAndTag();

    void markdownOneFileMatchesExpected();
    void markdownPerEpisodeMatchesExpected();
    void ankiColumnsEscapingAndUtf8();

    void progressJsonRoundTripWithNotes();
    void progressJsonVersion1StillReads();
    void progressJsonRejectsBadNotes_data();
    void progressJsonRejectsBadNotes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<NotesStore> m_store;
};

namespace {

// A timed transcript as the readalong parser gives it: cues with their spans.
struct FixtureCue
{
    qint64 fromMs;
    qint64 toMs;
    QString text;
};

const QList<FixtureCue> kCues = {
    {0, 4'000, u"Welcome to the episode."_s},
    {4'000, 20'000, u"Today: reward models."_s},
    {20'000, 45'000, u"A reward model scores answers."_s},
    {45'000, 70'000, u"PPO then optimises the policy."_s},
};

// The provider the app gets from the readalong transcript: the text of every cue that
// overlaps the span.
QString fixtureQuote(const QString &episodeId, qint64 fromMs, qint64 toMs)
{
    if (episodeId != u"rlhf")
        return {};
    QStringList parts;
    for (const FixtureCue &c : kCues) {
        if (c.toMs > fromMs && c.fromMs < toMs)
            parts.append(c.text);
    }
    return parts.join(u' ');
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

void TestNotes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_progress = std::make_unique<ProgressStore>();
    QVERIFY2(m_progress->open(m_dir->path()), qPrintable(m_progress->errorString()));
    m_store = std::make_unique<NotesStore>();
    QVERIFY2(m_store->open(m_progress->databasePath()), qPrintable(m_store->errorString()));
}

void TestNotes::cleanup()
{
    m_store.reset();
    m_progress.reset();
    m_dir.reset();
}

void TestNotes::migrationCreatesTablesAndIndexes()
{
    const QString path = m_progress->databasePath();
    m_store.reset();
    m_progress.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), ProgressStore::kSchemaVersion);
        QStringList names;
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE tbl_name IN ('notes', "
                       "'note_drafts') ORDER BY name"_s));
        while (q.next())
            names.append(q.value(0).toString());
        QVERIFY2(names.contains(u"notes_by_episode"_s), qPrintable(names.join(u',')));
        QVERIFY(names.contains(u"notes_by_created"_s));
        QVERIFY(names.contains(u"note_drafts"_s));
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    // A database without the notes table is refused with a reason.
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE progress (episode_id TEXT)"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    NotesStore store;
    QVERIFY(!store.open(other));
    QVERIFY(store.errorString().contains(u"no notes table"_s));
}

void TestNotes::saveUpdateRemoveRestore()
{
    m_store->setClock([] { return notesFixtureTime(10); });
    Note n;
    n.episodeId = u"rlhf"_s;
    n.startMs = 1000;
    n.endMs = 31000;
    n.text = u"first"_s;
    const std::optional<Note> saved = m_store->save(n);
    QVERIFY2(saved, qPrintable(m_store->errorString()));
    QVERIFY(saved->id > 0);
    QVERIFY(!saved->uid.isEmpty());
    QCOMPARE(saved->createdAt, notesFixtureTime(10));
    QCOMPARE(m_store->note(saved->id), saved);

    m_store->setClock([] { return notesFixtureTime(20); });
    Note edited = *saved;
    edited.text = u"second"_s;
    edited.isFlashcard = true;
    edited.front = u"Q"_s;
    const std::optional<Note> updated = m_store->save(edited);
    QVERIFY(updated);
    QCOMPARE(updated->editedAt, notesFixtureTime(20));
    QCOMPARE(updated->createdAt, notesFixtureTime(10));
    QCOMPARE(m_store->note(saved->id)->text, u"second"_s);
    QVERIFY(m_store->note(saved->id)->isFlashcard);

    QVERIFY(m_store->remove(saved->id));
    QVERIFY(!m_store->note(saved->id));
    QVERIFY(m_store->notes().isEmpty());
    QVERIFY(!m_store->remove(saved->id));
    // Undo puts it back as it was, same id.
    QVERIFY(m_store->restore(*updated));
    QCOMPARE(m_store->note(saved->id), updated);

    Note noEpisode;
    QVERIFY(!m_store->save(noEpisode));
}

void TestNotes::episodeNotesInTimeOrder()
{
    for (const Note &n : notesFixtureNotes())
        QVERIFY(m_store->save(n));
    QStringList uids;
    for (const Note &n : m_store->notesOf(u"rlhf"_s))
        uids.append(n.uid);
    // Timed by start, then the one without a time.
    QCOMPARE(uids, (QStringList{u"n2"_s, u"n1"_s, u"n3"_s}));
    uids.clear();
    for (const Note &n : m_store->notes())
        uids.append(n.uid);
    QCOMPARE(uids, (QStringList{u"n5"_s, u"n4"_s, u"n3"_s, u"n2"_s, u"n1"_s}));
    const Note n3 = m_store->notesOf(u"rlhf"_s).last();
    QVERIFY(!n3.hasTime());
    QCOMPARE(n3.endMs, -1);
}

void TestNotes::draftsSurviveReopening()
{
    Note d;
    d.episodeId = u"rlhf"_s;
    d.startMs = 5;
    d.endMs = 10;
    d.text = u"half a tho"_s;
    QVERIFY(m_store->saveDraft(u"editor"_s, d));
    d.text = u"half a thought"_s;
    QVERIFY(m_store->saveDraft(u"editor"_s, d));
    m_store.reset();
    m_progress.reset();

    ProgressStore progress;
    QVERIFY(progress.open(m_dir->path()));
    NotesStore store;
    QVERIFY(store.open(progress.databasePath()));
    const std::optional<Note> draft = store.draft(u"editor"_s);
    QVERIFY(draft);
    QCOMPARE(draft->text, u"half a thought"_s);
    QCOMPARE(draft->startMs, 5);
    QVERIFY(!store.draft(u"other"_s));
    QVERIFY(store.clearDraft(u"editor"_s));
    QVERIFY(!store.draft(u"editor"_s));
}

void TestNotes::mergeKeepsTheNewestEdit()
{
    const QList<Note> fixture = notesFixtureNotes();
    QCOMPARE(m_store->merge(fixture), 5);
    QCOMPARE(m_store->merge(fixture), 0); // nothing newer
    QList<Note> changed = fixture;
    changed[0].text = u"newer"_s;
    changed[0].editedAt = notesFixtureTime(100);
    changed[1].text = u"older"_s;
    changed[1].editedAt = notesFixtureTime(-100);
    QCOMPARE(m_store->merge(changed), 1);
    QStringList texts;
    for (const Note &n : m_store->notesOf(u"rlhf"_s))
        texts.append(n.text);
    QCOMPARE(texts.at(1), u"newer"_s); // n1
    QCOMPARE(texts.at(0), QString());  // n2 kept its text
    QCOMPARE(m_store->notes().size(), 5);
}

void TestNotes::bookmarkSpan_data()
{
    QTest::addColumn<qint64>("position");
    QTest::addColumn<qint64>("duration");
    QTest::addColumn<qint64>("lookback");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("chapter");

    QTest::newRow("during playback")
        << 125'000LL << 600'000LL << 30'000LL << 95'000LL << 125'000LL << u"Reward model"_s;
    QTest::newRow("near 0") << 12'000LL << 600'000LL << 30'000LL << 0LL << 12'000LL << u"Intro"_s;
    QTest::newRow("at 0") << 0LL << 600'000LL << 30'000LL << 0LL << 0LL << u"Intro"_s;
    QTest::newRow("near the end") << 599'000LL << 600'000LL << 30'000LL << 569'000LL << 599'000LL
                                  << u"PPO"_s;
    // After playback ended the position may read past the known duration.
    QTest::newRow("after playback")
        << 600'400LL << 600'000LL << 30'000LL << 570'000LL << 600'000LL << u"PPO"_s;
    QTest::newRow("shorter than the lookback")
        << 20'000LL << 20'000LL << 30'000LL << 0LL << 20'000LL << u"Intro"_s;
    QTest::newRow("duration unknown")
        << 90'000LL << 0LL << 30'000LL << 60'000LL << 90'000LL << u"Reward model"_s;
    QTest::newRow("lookback 10 s")
        << 90'000LL << 600'000LL << 10'000LL << 80'000LL << 90'000LL << u"Reward model"_s;
    QTest::newRow("negative position") << -5LL << 600'000LL << 30'000LL << 0LL << 0LL << u"Intro"_s;
}

void TestNotes::bookmarkSpan()
{
    QFETCH(qint64, position);
    QFETCH(qint64, duration);
    QFETCH(qint64, lookback);
    const Catalog catalog = notesFixtureCatalog();
    BookmarkMaker maker;
    maker.setLookbackMs(lookback);
    const Note n = maker.make(*catalog.episode(u"rlhf"_s), position, duration);
    QCOMPARE(n.episodeId, u"rlhf"_s);
    QTEST(n.startMs, "start");
    QTEST(n.endMs, "end");
    QTEST(n.chapterTitle, "chapter");
    QVERIFY(n.hasTime());
    QVERIFY(n.quote.isEmpty());
}

void TestNotes::bookmarkQuoteFromATranscript()
{
    const Catalog catalog = notesFixtureCatalog();
    BookmarkMaker maker;
    qint64 askedFrom = -1;
    qint64 askedTo = -1;
    maker.setQuoteProvider([&](const QString &id, qint64 from, qint64 to) {
        askedFrom = from;
        askedTo = to;
        return fixtureQuote(id, from, to);
    });
    // 30 s before 50 s: 20 s to 50 s, the cues from 20 s and 45 s.
    const Note n = maker.make(*catalog.episode(u"rlhf"_s), 50'000, 600'000);
    QCOMPARE(askedFrom, 20'000);
    QCOMPARE(askedTo, 50'000);
    QCOMPARE(n.quote, u"A reward model scores answers. PPO then optimises the policy."_s);
    // Near 0, clamped: the first cues.
    const Note first = maker.make(*catalog.episode(u"rlhf"_s), 3'000, 600'000);
    QCOMPARE(first.quote, u"Welcome to the episode."_s);
    // Stored and read back with its quote.
    const std::optional<Note> saved = m_store->save(n);
    QVERIFY(saved);
    QCOMPARE(m_store->note(saved->id)->quote, n.quote);
}

void TestNotes::bookmarkWithoutTranscript()
{
    const Catalog catalog = notesFixtureCatalog();
    BookmarkMaker maker;
    maker.setQuoteProvider(fixtureQuote); // knows only rlhf
    const Note n = maker.make(*catalog.episode(u"lora"_s), 45'000, 600'000);
    QVERIFY(n.quote.isEmpty());
    QVERIFY(n.chapterTitle.isEmpty()); // lora has no chapters
    QCOMPARE(n.startMs, 15'000);
}

void TestNotes::timeFormat()
{
    QCOMPARE(NoteTime::format(0), u"00:00"_s);
    QCOMPARE(NoteTime::format(754'999), u"12:34"_s);
    QCOMPARE(NoteTime::format(3'723'000), u"1:02:03"_s);
    QCOMPARE(NoteTime::format(-1), u"00:00"_s);
}

void TestNotes::listModelNewestFirst()
{
    NotesListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(notesFixtureCatalog());
    QList<Note> notes;
    for (const Note &n : notesFixtureNotes())
        notes.append(*m_store->save(n));
    model.setNotes(notes);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(NotesListModel::EpisodeIdRole).toString(), u"pod-1"_s);
    QCOMPARE(model.index(4).data(NotesListModel::TextRole).toString(), notes.at(0).text);
    QCOMPARE(model.index(1).data(NotesListModel::TimeTextRole).toString(),
             u"1:02:05\u20131:02:35"_s);
    QVERIFY(model.index(1).data(Qt::DisplayRole).toString().startsWith(u"LoRA / adapters"_s));

    // A new bookmark goes on top; an edit stays in place; a removal goes.
    Note fresh;
    fresh.episodeId = u"lora"_s;
    fresh.startMs = 0;
    fresh.endMs = 1000;
    m_store->setClock([] { return notesFixtureTime(50); });
    const Note stored = *m_store->save(fresh);
    model.put(stored);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0).data(NotesListModel::IdRole).toLongLong(), stored.id);
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(),
             u"LoRA / adapters \u00B7 [00:00]\nBookmark"_s);
    Note edited = stored;
    edited.text = u"edited"_s;
    model.put(edited);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0).data(NotesListModel::TextRole).toString(), u"edited"_s);
    model.remove(stored.id);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(stored.id), -1);

    // An episode's notes in time order.
    NotesListModel episode;
    QAbstractItemModelTester episodeTester(&episode,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    episode.setCatalog(notesFixtureCatalog());
    episode.setTimeOrder(true);
    episode.setNotes(m_store->notesOf(u"rlhf"_s));
    QCOMPARE(episode.index(0).data(NotesListModel::StartMsRole).toLongLong(), 0);
    QCOMPARE(episode.index(1).data(NotesListModel::StartMsRole).toLongLong(), 62'000);
    QCOMPARE(episode.index(2).data(NotesListModel::StartMsRole).toLongLong(), -1);
    Note middle;
    middle.id = 999;
    middle.episodeId = u"rlhf"_s;
    middle.startMs = 30'000;
    middle.endMs = 40'000;
    episode.put(middle);
    QCOMPARE(episode.index(1).data(NotesListModel::IdRole).toLongLong(), 999);
}

void TestNotes::filterByTextTopicAndTag()
{
    NotesListModel model;
    model.setCatalog(notesFixtureCatalog());
    model.setNotes(notesFixtureNotes());
    NotesFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 5);
    filter.setText(u"PREFERENCE pairs"_s); // case-insensitive, words in any place
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(NotesListModel::TextRole).toString(),
             notesFixtureNotes().at(0).text);
    filter.setText(u"unicode"_s); // the episode title, accents folded
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"scores"_s); // the quote
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"WIE 日本語"_s); // the card's front
    QCOMPARE(filter.rowCount(), 1);
    filter.setText({});
    filter.setTopic(u"course"_s);
    QCOMPARE(filter.rowCount(), 4);
    filter.setTopic(u"course"_s, u"Fine-Tuning"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setTopic(u"pod"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setTopic({});
    QCOMPARE(filter.rowCount(), 5);
}

void TestNotes::markdownOneFileMatchesExpected()
{
    const QByteArray md = NotesMarkdownExporter::allDocument(
        notesFixtureCatalog(), notesFixtureNotes(), QDate(2026, 3, 2));
    const QByteArray expected = readAll(QStringLiteral(EARMARK_TEST_DATA) + u"/notes/all.md"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(md), QString::fromUtf8(expected));
}

void TestNotes::markdownPerEpisodeMatchesExpected()
{
    const QString folder = m_dir->filePath(u"export"_s);
    QString error;
    QStringList written;
    QVERIFY2(NotesMarkdownExporter::write(notesFixtureCatalog(), notesFixtureNotes(),
                                          NotesMarkdownExporter::Layout::FilePerEpisode, folder,
                                          QDate(2026, 3, 2), &error, &written),
             qPrintable(error));
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(names, (QStringList{u"LoRA adapters.md"_s, u"RLHF learning from feedback.md"_s,
                                 u"Ünïcode & quotes.md"_s}));
    QCOMPARE(written.size(), 3);
    const QByteArray rlhf = readAll(QDir(folder).filePath(u"RLHF learning from feedback.md"_s));
    const QByteArray expected = readAll(QStringLiteral(EARMARK_TEST_DATA) + u"/notes/rlhf.md"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(rlhf), QString::fromUtf8(expected));
}

void TestNotes::ankiColumnsEscapingAndUtf8()
{
    const QByteArray tsv = NotesAnkiExporter::document(notesFixtureCatalog(), notesFixtureNotes());
    QCOMPARE(NotesAnkiExporter::cardCount(notesFixtureNotes()), 2);
    // Valid UTF-8, no byte-order mark.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(tsv);
    QVERIFY(!decoder.hasError());
    QVERIFY(!tsv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 6); // 3 headers, 2 cards, the final empty string
    QCOMPARE(lines.at(0), u"#separator:tab"_s);
    QCOMPARE(lines.at(1), u"#html:true"_s);
    QCOMPARE(lines.at(2), u"#tags column:3"_s);
    QCOMPARE(lines.at(5), QString());
    for (int i = 3; i < 5; ++i)
        QCOMPARE(lines.at(i).count(u'\t'), 2);

    const QStringList lora = lines.at(3).split(u'\t');
    QCOMPARE(lora.at(0), u"What does LoRA train?"_s);
    QCOMPARE(lora.at(1),
             u"Two small matrices&#9;per layer &lt;A·B&gt;<br><br><blockquote>only the low-rank "
             "&quot;delta&quot; &amp; nothing else</blockquote><br><small>LoRA / adapters "
             "[1:02:05]</small>"_s);
    QCOMPARE(lora.at(2), u"Fine-Tuning"_s);

    const QStringList pod = lines.at(4).split(u'\t');
    QCOMPARE(pod.at(0), u"Wie heißt das? 日本語"_s);
    QCOMPARE(pod.at(1),
             u"Zwei<br>Zeilen<br><small>Ünïcode &amp; &quot;quotes&quot; [00:30]</small>"_s);
    QCOMPARE(pod.at(2), u"Interviews"_s);

    // Tags with spaces become one Anki tag each; a leading '#' cannot start a header line.
    QCOMPARE(NotesAnkiExporter::field(u"#1\r\nline"_s), u"&#35;1<br>line"_s);
    Catalog catalog = notesFixtureCatalog();
    Note n = notesFixtureNotes().at(0);
    n.isFlashcard = true;
    const QStringList rlhf = QString::fromUtf8(NotesAnkiExporter::document(catalog, {n}))
                                 .split(u'\n')
                                 .at(3)
                                 .split(u'\t');
    QCOMPARE(rlhf.at(0), u"Reward model = learned **preference**"_s);
    QCOMPARE(rlhf.at(2), u"Alignment Reward_Models"_s);

    // Written to a file as the same bytes.
    QString error;
    const QString file = m_dir->filePath(u"cards.txt"_s);
    QVERIFY(NotesAnkiExporter::write(notesFixtureCatalog(), notesFixtureNotes(), file, &error));
    QCOMPARE(readAll(file), tsv);
}

void TestNotes::progressJsonRoundTripWithNotes()
{
    EpisodeProgress p;
    p.episodeId = u"rlhf"_s;
    p.positionMs = 1234;
    p.updatedAt = notesFixtureTime(0);
    const QList<ProgressStore::ImportedEpisode> episodes{{p, {}}};
    QList<Note> notes;
    for (const Note &n : notesFixtureNotes())
        notes.append(*m_store->save(n));
    const QByteArray first = ProgressJson::write(episodes, {}, m_store->notes());

    // Into a second, empty data directory, and out again.
    QTemporaryDir other;
    ProgressStore progress;
    QVERIFY(progress.open(other.path()));
    NotesStore store;
    QVERIFY(store.open(progress.databasePath()));
    QList<ProgressStore::ImportedEpisode> readEpisodes;
    QList<Note> readNotes;
    QString error;
    QVERIFY2(ProgressJson::read(first, &readEpisodes, &readNotes, &error), qPrintable(error));
    QCOMPARE(readNotes.size(), 5);
    bool ok = false;
    progress.merge(readEpisodes, &ok);
    QVERIFY(ok);
    QCOMPARE(store.merge(readNotes), 5);
    QList<ProgressStore::ImportedEpisode> again;
    const QHash<QString, EpisodeProgress> all = progress.allProgress();
    for (const EpisodeProgress &e : all)
        again.append({e, {}});
    const QByteArray second = ProgressJson::write(again, {}, store.notes());
    QCOMPARE(second, first);
    QVERIFY(first.contains("\"version\": 2"));
    QVERIFY(first.contains("\"startMs\": null")); // the note without a time
}

void TestNotes::progressJsonVersion1StillReads()
{
    // As Earmark wrote it before notes existed.
    const QByteArray v1 = R"({
    "episodes": [ { "id": "rlhf", "positionMs": 5000, "updatedAt": "2026-01-01T10:00:00.000Z",
                    "sessions": [] } ],
    "format": "earmark-progress",
    "version": 1
})";
    QList<ProgressStore::ImportedEpisode> episodes;
    QList<Note> notes{Note{}};
    QString error;
    QVERIFY2(ProgressJson::read(v1, &episodes, &notes, &error), qPrintable(error));
    QCOMPARE(episodes.size(), 1);
    QCOMPARE(episodes.first().progress.positionMs, 5000);
    QVERIFY(notes.isEmpty());
    // The old two-argument read still works on the new format too.
    const QByteArray v2 = ProgressJson::write(episodes, {}, notesFixtureNotes());
    QVERIFY(ProgressJson::read(v2, &episodes, &error));
    QCOMPARE(episodes.size(), 1);
}

void TestNotes::progressJsonRejectsBadNotes_data()
{
    QTest::addColumn<QByteArray>("notesJson");
    QTest::addColumn<QString>("message");
    QTest::newRow("not an array") << R"("x")"_ba << u"notes: must be an array"_s;
    QTest::newRow("not an object") << R"([1])"_ba << u"notes[0]: must be an object"_s;
    QTest::newRow("no id") << R"([{"episodeId": "e", "createdAt": "2026-01-01T00:00:00Z",
        "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                           << u"notes[0].id: must be a string"_s;
    QTest::newRow("empty episode") << R"([{"id": "a", "episodeId": "",
        "createdAt": "2026-01-01T00:00:00Z", "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                                   << u"notes[0].episodeId: must not be empty"_s;
    QTest::newRow("negative start") << R"([{"id": "a", "episodeId": "e", "startMs": -4,
        "endMs": 5, "createdAt": "2026-01-01T00:00:00Z", "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                                    << u"notes[0].startMs: must be a whole number, 0 or more"_s;
    QTest::newRow("end before start") << R"([{"id": "a", "episodeId": "e", "startMs": 10,
        "endMs": 5, "createdAt": "2026-01-01T00:00:00Z", "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                                      << u"notes[0].endMs: must not be before startMs"_s;
    QTest::newRow("bad time") << R"([{"id": "a", "episodeId": "e", "createdAt": "yesterday",
        "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                              << u"notes[1].createdAt"_s.replace(u'1', u'0');
    QTest::newRow("flashcard not bool") << R"([{"id": "a", "episodeId": "e", "flashcard": 1,
        "createdAt": "2026-01-01T00:00:00Z", "editedAt": "2026-01-01T00:00:00Z"}])"_ba
                                        << u"notes[0].flashcard: must be true or false"_s;
}

void TestNotes::progressJsonRejectsBadNotes()
{
    QFETCH(QByteArray, notesJson);
    QFETCH(QString, message);
    const QByteArray data =
        R"({"format": "earmark-progress", "version": 2, "episodes": [], "notes": )" + notesJson +
        "}";
    QList<ProgressStore::ImportedEpisode> episodes;
    QList<Note> notes;
    QString error;
    QVERIFY(!ProgressJson::read(data, &episodes, &notes, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
