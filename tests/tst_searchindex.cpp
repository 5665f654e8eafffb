// The full-text index of transcripts and show notes on a real SQLite file: words found only in
// a transcript or in show notes, incremental updates, a damaged file made anew, user input with
// FTS5 syntax, and the asynchronous TextSearch.
#include "searchindex.h"
#include "searchindexer.h"
#include "testfiles.h"
#include "textsearch.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class tst_SearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wordOnlyInTranscriptIsFound();
    void showNotesAreSearchedAsText();
    void wordInBothFieldsIsReportedOnceAsTranscript();
    void everyWordMustBeFound();
    void updateReindexesOnlyWhatChanged();
    void goneEpisodesAreRemoved();
    void damagedFileIsMadeAnew_data();
    void damagedFileIsMadeAnew();
    void ftsSyntaxInQueriesIsText_data();
    void ftsSyntaxInQueriesIsText();
    void shortWordsAreNotLookedUp();
    void hitsAndSnippetsStopAtTheirLimits();
    void textSearchAnswersOffTheUiThread();
    void textSearchRunsOnlyTheNewestWaitingQuery();

private:
    QString transcriptPath(const QString &id) const { return m_dir->filePath(id + u".txt"); }
    void addEpisode(const QString &id, const QString &title, const QString &transcript);
    SearchSources sources();
    SearchIndexer::Stats update(SearchIndex &index);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_indexPath;
    Catalog m_catalog;
    QHash<QString, QString> m_notes;
    int m_transcriptReads = 0;
};

void tst_SearchIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_indexPath = SearchIndex::fileIn(m_dir->path());
    m_catalog = {};
    m_notes.clear();
    m_transcriptReads = 0;
    addEpisode(u"ep1"_qs, u"Mixed precision"_qs,
               u"Training in bfloat16 halves the memory of activations."_qs);
    addEpisode(u"ep2"_qs, u"Learning rate schedules"_qs,
               u"Warmup keeps the first steps small; the gradient noise is large then. "
               u"A naïve schedule decays linearly."_qs);
    addEpisode(u"ep3"_qs, u"Podcast episode"_qs, QString()); // show notes only
    m_notes.insert(u"ep3"_qs, u"<p>Guests discuss <b>tokenizers</b> and byte pairs.</p>"
                              u"<script>hiddenscriptword()</script><style>p{}</style>"_qs);
}

void tst_SearchIndex::cleanup()
{
    m_dir.reset();
}

void tst_SearchIndex::addEpisode(const QString &id, const QString &title, const QString &transcript)
{
    Episode e;
    e.id = id;
    e.title = title;
    e.topicId = u"t"_qs;
    if (!transcript.isNull()) {
        QVERIFY(writeFile(transcriptPath(id), transcript.toUtf8()));
        e.setTranscript(QUrl::fromLocalFile(transcriptPath(id)));
    }
    QVERIFY(m_catalog.addEpisode(e));
}

SearchSources tst_SearchIndex::sources()
{
    SearchSources s;
    // What readalong's transcript parser hands over: the text of the cues. These test
    // transcripts are plain text files.
    s.transcriptText = [this](const Episode &e) {
        ++m_transcriptReads;
        QFile f(QUrl(e.transcriptUrl).toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    s.showNotes = [this](const SearchSources::ShowNotesVisitor &visit) {
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
            visit(it.key(), it.value());
    };
    return s;
}

SearchIndexer::Stats tst_SearchIndex::update(SearchIndex &index)
{
    return SearchIndexer::update(index, m_catalog, sources());
}

void tst_SearchIndex::wordOnlyInTranscriptIsFound()
{
    SearchIndex index;
    QVERIFY2(index.open(m_indexPath), qPrintable(index.errorString()));
    QVERIFY(QFileInfo::exists(m_indexPath));
    const SearchIndexer::Stats stats = update(index);
    QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
    QCOMPARE(stats.indexed, 3);

    // "gradient" is in no title; the typed prefix is enough.
    for (const QString &typed : {u"gradient"_qs, u"gradi"_qs, u"GRADIENT"_qs}) {
        const std::optional<SearchHits> hits = index.search(typed);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().episodeId, u"ep2"_qs);
        QCOMPARE(hits->first().field, SearchField::Transcript);
        QCOMPARE(hits->first().hitText, u"gradient"_qs);
        QVERIFY2(hits->first().snippet.contains(u"the gradient noise"), //
                 qPrintable(hits->first().snippet));
        QVERIFY(!hits->first().snippet.contains(QChar(0xE000)));
    }
    // Accents do not matter either way.
    QCOMPARE(index.search(u"naive"_qs)->size(), 1);
    QCOMPARE(index.search(u"naïve"_qs)->first().hitText, u"naïve"_qs);
    QVERIFY(index.search(u"quantization"_qs)->isEmpty());

    // Another connection reads what this one wrote.
    SearchIndex reader;
    QVERIFY(reader.openExisting(m_indexPath));
    QCOMPARE(reader.search(u"bfloat16"_qs)->first().episodeId, u"ep1"_qs);
}

void tst_SearchIndex::showNotesAreSearchedAsText()
{
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    const SearchHits hits = *index.search(u"tokenizer"_qs);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().episodeId, u"ep3"_qs);
    QCOMPARE(hits.first().field, SearchField::ShowNotes);
    QCOMPARE(hits.first().snippet, u"Guests discuss tokenizers and byte pairs."_qs);
    // Markup is not text: neither tag names nor what scripts and styles hold.
    QVERIFY(index.search(u"hiddenscriptword"_qs)->isEmpty());
    QVERIFY(index.search(u"script"_qs)->isEmpty());
    QVERIFY(index.search(u"style"_qs)->isEmpty());
}

void tst_SearchIndex::wordInBothFieldsIsReportedOnceAsTranscript()
{
    m_notes.insert(u"ep1"_qs, u"Show notes about activations and memory."_qs);
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    const SearchHits hits = *index.search(u"activations"_qs);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().episodeId, u"ep1"_qs);
    QCOMPARE(hits.first().field, SearchField::Transcript);
    QVERIFY(hits.first().snippet.contains(u"bfloat16"));
}

void tst_SearchIndex::everyWordMustBeFound()
{
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    QCOMPARE(index.search(u"warmup grad"_qs)->size(), 1);
    QCOMPARE(index.search(u"grad warmup"_qs)->size(), 1);
    QVERIFY(index.search(u"warmup bfloat16"_qs)->isEmpty()); // in two different episodes
}

void tst_SearchIndex::updateReindexesOnlyWhatChanged()
{
    {
        SearchIndex index;
        QVERIFY(index.open(m_indexPath));
        QCOMPARE(update(index).indexed, 3);
        QCOMPARE(m_transcriptReads, 2);
    }
    // Opened again later: nothing changed, nothing is read or written.
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(!index.wasRebuilt());
    m_transcriptReads = 0;
    SearchIndexer::Stats stats = update(index);
    QCOMPARE(stats.indexed, 0);
    QCOMPARE(stats.unchanged, 3);
    QCOMPARE(m_transcriptReads, 0);

    // One transcript file changes (size and time), one show note: exactly those two.
    QVERIFY(writeFile(transcriptPath(u"ep1"_qs), "Loss scaling keeps small fp16 gradients."));
    m_notes[u"ep3"_qs] = u"<p>Guests discuss sentencepiece.</p>"_qs;
    stats = update(index);
    QCOMPARE(stats.indexed, 2);
    QCOMPARE(stats.unchanged, 1);
    QCOMPARE(stats.removed, 0);
    QCOMPARE(m_transcriptReads, 1);
    QCOMPARE(index.search(u"scaling"_qs)->first().episodeId, u"ep1"_qs);
    QVERIFY(index.search(u"bfloat16"_qs)->isEmpty()); // the old text is gone
    QCOMPARE(index.search(u"sentencepiece"_qs)->first().episodeId, u"ep3"_qs);
    QVERIFY(index.search(u"tokenizers"_qs)->isEmpty());
    QCOMPARE(index.documentCount(), 3);
}

void tst_SearchIndex::goneEpisodesAreRemoved()
{
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    Catalog smaller;
    smaller.addEpisode(*m_catalog.episode(u"ep1"_qs));
    smaller.addEpisode(*m_catalog.episode(u"ep3"_qs));
    m_catalog = smaller;
    m_notes.clear(); // the podcast's show notes are gone too
    const SearchIndexer::Stats stats = update(index);
    QCOMPARE(stats.removed, 2);
    QCOMPARE(stats.unchanged, 1);
    QVERIFY(index.search(u"gradient"_qs)->isEmpty());
    QVERIFY(index.search(u"tokenizers"_qs)->isEmpty());
    QCOMPARE(index.search(u"bfloat16"_qs)->size(), 1);
    QCOMPARE(index.documentCount(), 1);
}

void tst_SearchIndex::damagedFileIsMadeAnew_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("header overwritten") << u"header"_qs;
    QTest::newRow("pages overwritten") << u"pages"_qs;
    QTest::newRow("another version") << u"version"_qs;
    QTest::newRow("not a database") << u"text"_qs;
}

void tst_SearchIndex::damagedFileIsMadeAnew()
{
    QFETCH(QString, damage);
    // Enough rows for the index to span many pages.
    for (int i = 0; i < 300; ++i) {
        addEpisode(u"bulk"_qs + QString::number(i), u"Bulk"_qs,
                   u"Filler words about optimizers and schedulers number "_qs +
                       QString::number(i).repeated(40));
    }
    {
        SearchIndex index;
        QVERIFY(index.open(m_indexPath));
        QVERIFY(update(index).error.isEmpty());
        QCOMPARE(index.search(u"optimizers"_qs)->size(), 300);
        if (damage == u"version") {
            QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().first());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_qs));
        }
    }
    QFile file(m_indexPath);
    if (damage == u"text") {
        QVERIFY(writeFile(m_indexPath, "this is not an index\n"));
    } else if (damage != u"version") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        // The header, or everything after the first pages.
        const qint64 from = damage == u"header" ? 0 : 8192;
        const qint64 length = damage == u"header" ? 100 : size - from;
        QVERIFY(file.seek(from));
        QCOMPARE(file.write(QByteArray(length, '\x5a')), length);
        file.close();
    }

    SearchIndex index;
    QVERIFY2(index.open(m_indexPath), qPrintable(index.errorString()));
    const SearchIndexer::Stats stats = update(index);
    QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
    QVERIFY(stats.rebuilt);
    QCOMPARE(stats.indexed, 303); // everything again
    QCOMPARE(index.search(u"optimizers"_qs)->size(), 300);
    QCOMPARE(index.search(u"gradient"_qs)->first().episodeId, u"ep2"_qs);
    // Opened again: it is whole now.
    SearchIndex again;
    QVERIFY(again.open(m_indexPath));
    QVERIFY(!again.wasRebuilt());
    QCOMPARE(update(again).unchanged, 303);
}

void tst_SearchIndex::ftsSyntaxInQueriesIsText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;
    const QStringList ep2{u"ep2"_qs};
    QTest::newRow("quote") << u"\""_qs << none;
    QTest::newRow("quoted word") << u"\"gradient\""_qs << ep2;
    QTest::newRow("unbalanced quote") << u"\"gradient"_qs << ep2;
    QTest::newRow("quote inside") << u"gra\"dient"_qs << none;
    QTest::newRow("star") << u"*"_qs << none;
    QTest::newRow("star word") << u"grad*"_qs << ep2;
    QTest::newRow("AND") << u"AND"_qs << QStringList{u"ep3"_qs}; // "tokenizers and byte pairs"
    QTest::newRow("word AND") << u"gradient AND"_qs << none;     // "and" is not in ep2's text
    QTest::newRow("OR") << u"gradient OR bfloat16"_qs << none;
    QTest::newRow("NOT") << u"NOT gradient"_qs << none;
    QTest::newRow("NEAR") << u"NEAR(gradient warmup)"_qs << none; // the phrase "near gradient"
    QTest::newRow("column filter") << u"body:gradient"_qs << none;
    QTest::newRow("column filter alone") << u"body:"_qs << none;
    QTest::newRow("caret") << u"^warmup"_qs << ep2;
    QTest::newRow("minus") << u"-gradient"_qs << ep2;
    QTest::newRow("braces") << u"{body} : gradient"_qs << none; // no word starts with "body"
    QTest::newRow("parentheses") << u"((("_qs << none;
    QTest::newRow("plus") << u"+ gradient +"_qs << ep2;
    QTest::newRow("backslash") << u"\\gradient\\"_qs << ep2;
    QTest::newRow("apostrophe") << u"'; DROP TABLE texts; --"_qs << none;
    QTest::newRow("control characters") << QString(u"gradient\u0001\u0000"_qs) << ep2;
    QTest::newRow("NUL between words") << QString(u"gradient\u0000warmup"_qs) << ep2;
}

void tst_SearchIndex::ftsSyntaxInQueriesIsText()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    const std::optional<SearchHits> hits = index.search(query);
    QVERIFY2(hits, qPrintable(index.errorString()));
    QStringList ids;
    for (const SearchHit &hit : *hits)
        ids.append(hit.episodeId);
    QCOMPARE(ids, expected);
    // The index is intact afterwards.
    QCOMPARE(index.documentCount(), 3);
    QCOMPARE(index.search(u"bfloat16"_qs)->size(), 1);
}

void tst_SearchIndex::shortWordsAreNotLookedUp()
{
    QCOMPARE(SearchIndex::matchExpression(u"g"_qs), QString());
    QCOMPARE(SearchIndex::matchExpression(u"  "_qs), QString());
    QCOMPARE(SearchIndex::matchExpression(u"gr"_qs), u"\"gr\"*"_qs);
    QCOMPARE(SearchIndex::matchExpression(u"a gr \"x\""_qs), u"\"gr\"*"_qs);
    QCOMPARE(SearchIndex::matchExpression(u"say \"hi\""_qs), u"\"say\"* \"\"\"hi\"\"\"*"_qs);
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    QVERIFY(index.search(u"g"_qs)->isEmpty());
}

void tst_SearchIndex::hitsAndSnippetsStopAtTheirLimits()
{
    for (int i = 0; i < 30; ++i)
        addEpisode(u"many"_qs + QString::number(i), u"Many"_qs, u"Common words: attention."_qs);
    SearchIndex index;
    QVERIFY(index.open(m_indexPath));
    QVERIFY(update(index).error.isEmpty());
    const SearchHits hits = *index.search(u"attention"_qs, 1000, 10);
    QCOMPARE(hits.size(), 30);
    int withSnippet = 0;
    for (const SearchHit &hit : hits) {
        if (!hit.snippet.isEmpty()) {
            ++withSnippet;
            QCOMPARE(hit.hitText, u"attention"_qs);
        }
    }
    QCOMPARE(withSnippet, 10);
    // And the hits themselves stop at theirs.
    QCOMPARE(index.search(u"attention"_qs, 12)->size(), 12);
}

void tst_SearchIndex::textSearchAnswersOffTheUiThread()
{
    TextSearch search(m_indexPath);
    QSignalSpy updated(&search, &TextSearch::updated);
    QSignalSpy found(&search, &TextSearch::found);
    search.update(m_catalog, sources());
    QVERIFY(search.isUpdating());
    QVERIFY(updated.wait(10000));
    const auto stats = updated.first().first().value<SearchIndexer::Stats>();
    QCOMPARE(stats.indexed, 3);
    QVERIFY(!search.isUpdating());

    search.query(u"warm"_qs);
    QVERIFY(found.wait(10000));
    QCOMPARE(found.first().at(0).toString(), u"warm"_qs);
    const auto hits = found.first().at(1).value<SearchHits>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().episodeId, u"ep2"_qs);
    QCOMPARE(hits.first().hitText, u"Warmup"_qs);

    // A second update with nothing changed writes nothing.
    search.update(m_catalog, sources());
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.last().first().value<SearchIndexer::Stats>().unchanged, 3);
}

void tst_SearchIndex::textSearchRunsOnlyTheNewestWaitingQuery()
{
    TextSearch search(m_indexPath);
    QSignalSpy updated(&search, &TextSearch::updated);
    search.update(m_catalog, sources());
    QVERIFY(updated.wait(10000));
    QSignalSpy found(&search, &TextSearch::found);
    // Typed faster than answered: the first runs, the middle ones are dropped, the last runs.
    for (const QString &typed : {u"to"_qs, u"tok"_qs, u"toke"_qs, u"token"_qs})
        search.query(typed);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 2, 10000);
    QCOMPARE(found.at(0).at(0).toString(), u"to"_qs);
    QCOMPARE(found.at(1).at(0).toString(), u"token"_qs);
    QCOMPARE(found.at(1).at(1).value<SearchHits>().first().episodeId, u"ep3"_qs);
    QTest::qWait(50);
    QCOMPARE(found.size(), 2);
}

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
