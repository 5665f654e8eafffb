// The library search finds words that are only in a transcript or in show notes, and the card
// says where it found them: the window's models, the card delegate and the full-text index
// (a real SQLite file), and the whole app with a podcast served from 127.0.0.1.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "episodecarddelegate.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "episodepage.h"
#include "mainwindow.h"
#include "podcastrefresher.h"
#include "searchbinding.h"
#include "searchindex.h"
#include "testfiles.h"
#include "testhttpserver.h"
#include "textsearch.h"
#include "transcriptview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class tst_SearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(Translations::install(u"en"_s), u"en"_s); }
    void init();
    void cleanup();

    void wordOnlyInTranscriptShowsItsCard();
    void showNotesOfAPodcastAreSearchedInTheApp();
    void fetchedPodcastTranscriptIsSearched();

private:
    Episode episode(const QString &id, const QString &title, const QString &transcript);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SearchWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SearchWindow::cleanup()
{
    m_dir.reset();
}

Episode tst_SearchWindow::episode(const QString &id, const QString &title,
                                  const QString &transcript)
{
    Episode e;
    e.id = id;
    e.title = title;
    e.summary = u"A short summary."_s;
    e.topicId = u"course"_s;
    e.durationSec = 90;
    e.published = QDate(2026, 3, 1);
    const QString path = m_dir->filePath(id + u".txt"_s);
    writeFile(path, transcript.toUtf8());
    e.setTranscript(QUrl::fromLocalFile(path));
    return e;
}

void tst_SearchWindow::wordOnlyInTranscriptShowsItsCard()
{
    Catalog catalog;
    Topic topic;
    topic.id = u"course"_s;
    topic.title = u"Course"_s;
    catalog.addTopic(topic);
    catalog.addEpisode(episode(u"scaling"_s, u"Scaling laws"_s,
                               u"Loss falls as a power law. Perplexity drops with more data."_s));
    catalog.addEpisode(episode(u"perplexity"_s, u"Perplexity explained"_s,
                               u"The exponential of the average negative log-likelihood."_s));
    catalog.addEpisode(episode(u"lora"_s, u"LoRA"_s, u"Low-rank adapters, rank 8 or 16."_s));

    EpisodeListModel episodes;
    episodes.setCatalog(catalog);
    MainWindow window(&episodes);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EpisodeFilterModel *cards = window.filterModel();
    QAbstractItemModelTester tester(cards);

    TextSearch search(SearchIndex::fileIn(m_dir->path()));
    bindTextSearch(cards, &search);
    SearchSources sources;
    sources.transcriptText = [](const Episode &e) { // the transcripts here are plain text
        QFile f(e.transcript().toLocalFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QSignalSpy updated(&search, &TextSearch::updated);
    search.update(catalog, sources);
    QVERIFY(updated.wait(10000));

    // Typed key by key, as a learner does.
    QTest::keyClicks(window.searchField(), u"perplex"_s);
    QCOMPARE(cards->filter().text(), u"perplex"_s);
    // The title match is there at once; the transcript match follows from the index.
    QTRY_COMPARE_WITH_TIMEOUT(cards->rowCount(), 2, 5000);
    QModelIndex titleCard;
    QModelIndex transcriptCard;
    for (int row = 0; row < cards->rowCount(); ++row) {
        const QModelIndex card = cards->index(row, 0);
        (card.data(EpisodeListModel::IdRole) == u"scaling"_s ? transcriptCard : titleCard) = card;
    }
    QCOMPARE(titleCard.data(EpisodeListModel::IdRole).toString(), u"perplexity"_s);
    QCOMPARE(transcriptCard.data(EpisodeListModel::IdRole).toString(), u"scaling"_s);

    // Found only in its transcript: the card says so, with the words around the hit.
    QVERIFY(transcriptCard.data(EpisodeFilterModel::MatchHintRole).toBool());
    QCOMPARE(transcriptCard.data(EpisodeFilterModel::MatchFieldRole).toInt(),
             int(EpisodeFilterModel::TextMatch::Transcript));
    QCOMPARE(transcriptCard.data(EpisodeFilterModel::MatchTextRole).toString(), u"Perplexity"_s);
    const QString shown = EpisodeCardDelegate::summaryText(transcriptCard);
    QVERIFY2(shown.startsWith(u"Found in transcript: "_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Perplexity drops with more data"_s), qPrintable(shown));
    QVERIFY(transcriptCard.data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(u", Found in transcript: "_s +
                          transcriptCard.data(EpisodeFilterModel::MatchSnippetRole).toString()));
    // The other card matched by its title: its summary stays.
    QVERIFY(!titleCard.data(EpisodeFilterModel::MatchHintRole).toBool());
    QCOMPARE(EpisodeCardDelegate::summaryText(titleCard), u"A short summary."_s);
    // The card view paints them (the hint's colour included).
    QVERIFY(!window.episodeView()->viewport()->grab().isNull());

    // Another word: the transcript match of the old one goes.
    window.searchField()->clear();
    QCOMPARE(cards->rowCount(), 3);
    QVERIFY(!cards->index(0, 0).data(EpisodeFilterModel::MatchHintRole).toBool());
    QTest::keyClicks(window.searchField(), u"adapters"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards->rowCount(), 1, 5000);
    QCOMPARE(cards->index(0, 0).data(EpisodeListModel::IdRole).toString(), u"lora"_s);
    QCOMPARE(cards->index(0, 0).data(EpisodeFilterModel::MatchTextRole).toString(), u"adapters"_s);
    // A word in no text at all: nothing.
    window.searchField()->setText(u"quantization"_s);
    QTest::qWait(200);
    QCOMPARE(cards->rowCount(), 0);
}

void tst_SearchWindow::showNotesOfAPodcastAreSearchedInTheApp()
{
    // The word is in the show notes, past what the card's summary keeps (300 characters).
    const QByteArray filler = QByteArray("Today we talk about training runs. ").repeated(12);
    const QByteArray notes = "<p>" + filler + "Our guest explains <b>speculative</b> decoding.</p>";
    TestHttpServer server;
    server.serveConditional("/feed.xml",
                            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"
                            "<title>The Training Run</title>"
                            "<item><title>Run 1</title><guid>run-1</guid>"
                            "<description><![CDATA[" +
                                notes +
                                "]]></description>"
                                "<enclosure url=\"https://cdn.example.invalid/1.mp3\" "
                                "type=\"audio/mpeg\"/></item>"
                                "</channel></rss>\n",
                            "application/rss+xml", "\"v1\"");

    CommandLineOptions options;
    QVERIFY(options.parse({u"earmark"_s, u"--data-dir"_s, m_dir->path()}));
    QElapsedTimer started;
    started.start();
    AppController app(options, started);
    QSignalSpy loaded(&app, &AppController::catalogsLoaded);
    QCOMPARE(app.start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    QVERIFY(app.textSearch());
    QSignalSpy updated(app.textSearch(), &TextSearch::updated);
    QSignalSpy subscribed(app.refresher(), &PodcastRefresher::subscribed);
    app.refresher()->subscribe(server.url(u"/feed.xml"_s));
    QVERIFY(subscribed.wait(10000));
    // The library loads again with the podcast, and the index follows it.
    const auto indexedShowNotes = [&] {
        for (const QList<QVariant> &signal : std::as_const(updated)) {
            if (signal.first().value<SearchIndexer::Stats>().indexed == 1)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(indexedShowNotes(), 10000);
    QVERIFY(QFileInfo::exists(SearchIndex::fileIn(m_dir->path())));

    EpisodeFilterModel *cards = app.window()->filterModel();
    QTest::keyClicks(app.window()->searchField(), u"speculat"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards->rowCount(), 1, 5000);
    const QModelIndex card = cards->index(0, 0);
    QCOMPARE(card.data(EpisodeListModel::TitleRole).toString(), u"Run 1"_s);
    QVERIFY(!card.data(EpisodeListModel::SummaryRole).toString().contains(u"speculative"_s));
    QCOMPARE(card.data(EpisodeFilterModel::MatchFieldRole).toInt(),
             int(EpisodeFilterModel::TextMatch::ShowNotes));
    const QString shown = EpisodeCardDelegate::summaryText(card);
    QVERIFY2(shown.startsWith(u"Found in show notes: "_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"explains speculative decoding"_s), qPrintable(shown));
}

// A podcast's transcript is fetched once, by its episode page, and kept on disk; from then on the
// library search finds its words.
void tst_SearchWindow::fetchedPodcastTranscriptIsSearched()
{
    TestHttpServer server;
    server.serveConditional("/t.vtt",
                            "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n"
                            "<v Ada>Gradient checkpointing trades compute for memory.\n",
                            "text/vtt", "\"t1\"");
    const QByteArray transcriptUrl = server.url(u"/t.vtt"_s).toEncoded();
    server.serveConditional(
        "/feed.xml",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
        "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"><channel>"
        "<title>The Training Run</title>"
        "<item><title>Run 2</title><guid>run-2</guid><description>Memory.</description>"
        "<podcast:transcript url=\"" +
            transcriptUrl +
            "\" type=\"text/vtt\"/>"
            "<enclosure url=\"https://cdn.example.invalid/2.mp3\" type=\"audio/mpeg\"/></item>"
            "</channel></rss>\n",
        "application/rss+xml", "\"v1\"");

    CommandLineOptions options;
    QVERIFY(options.parse({u"earmark"_s, u"--data-dir"_s, m_dir->path()}));
    QElapsedTimer started;
    started.start();
    AppController app(options, started);
    QSignalSpy loaded(&app, &AppController::catalogsLoaded);
    QCOMPARE(app.start(), AppController::Started);
    QVERIFY(loaded.wait(10000));
    QSignalSpy subscribed(app.refresher(), &PodcastRefresher::subscribed);
    app.refresher()->subscribe(server.url(u"/feed.xml"_s));
    QVERIFY(subscribed.wait(10000));
    EpisodeFilterModel *cards = app.window()->filterModel();
    QTRY_VERIFY_WITH_TIMEOUT(!cards
                                  ->match(cards->index(0, 0), EpisodeListModel::TitleRole,
                                          u"Run 2"_s, 1, Qt::MatchExactly)
                                  .isEmpty(),
                             10000);
    const QString id = cards
                           ->match(cards->index(0, 0), EpisodeListModel::TitleRole, u"Run 2"_s, 1,
                                   Qt::MatchExactly)
                           .first()
                           .data(EpisodeListModel::IdRole)
                           .toString();

    // Not fetched yet: the word is nowhere the search looks.
    QTest::keyClicks(app.window()->searchField(), u"checkpointing"_s);
    QTest::qWait(500);
    QCOMPARE(cards->rowCount(), 0);
    app.window()->searchField()->clear();

    QSignalSpy updated(app.textSearch(), &TextSearch::updated);
    QVERIFY(app.window()->openEpisodePage(id));
    QTRY_COMPARE_WITH_TIMEOUT(server.hits("/t.vtt"), 1, 10000);
    const auto indexedTranscript = [&] {
        for (const QList<QVariant> &signal : std::as_const(updated)) {
            if (signal.first().value<SearchIndexer::Stats>().indexed == 1)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(indexedTranscript(), 10000);
    app.window()->showCards();

    QTest::keyClicks(app.window()->searchField(), u"checkpointing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards->rowCount(), 1, 5000);
    const QModelIndex card = cards->index(0, 0);
    QCOMPARE(card.data(EpisodeListModel::IdRole).toString(), id);
    QCOMPARE(card.data(EpisodeFilterModel::MatchFieldRole).toInt(),
             int(EpisodeFilterModel::TextMatch::Transcript));
    QCOMPARE(server.hits("/t.vtt"), 1); // kept on disk, not fetched again

    // Opened from that card, the page shows the transcript at the word that was found.
    QVERIFY(app.window()->openEpisodePage(id));
    QTRY_COMPARE_WITH_TIMEOUT(
        app.window()->episodePage()->transcriptView()->textCursor().selectedText().toLower(),
        u"checkpointing"_s, 10000);
}

QTEST_MAIN(tst_SearchWindow)
#include "tst_searchwindow.moc"
