// The episode page on the offscreen platform: a bundled lesson's header and sections, following
// real playback of a short clip with a timed transcript, clicking a cue or chapter, finding in
// the transcript, back to the same card, chapter keys in the whole app, and show notes that load
// nothing from anywhere.
#include "appcontroller.h"
#include "catalogloader.h"
#include "chapterfollower.h"
#include "commandlineoptions.h"
#include "episodedetailsloader.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "episodepage.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "readalongcache.h"
#include "shownotesbrowser.h"
#include "testclips.h"
#include "testfiles.h"
#include "testhttpserver.h"
#include "transcriptview.h"
#include "translations.h"

#include <QAccessible>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <taglib/opusfile.h>
#include <taglib/xiphcomment.h>

using namespace Qt::StringLiterals;

class TestEpisodePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsHeaderAndSectionsOfABundledLesson();
    void followsRealPlaybackAndClicksSeek();
    void findsInTheTranscript();
    void backReturnsToTheSameCard();
    void podcastEpisodeShowsItsFeedChaptersAndNotes();
    void localFileChaptersAndAnUntimedTranscript();
    void showNotesLoadNothing();
    void chapterIndexIsABinarySearch();
    void chapterKeysPlayerBarAndPageInTheApp();

private:
    const Episode &bundled(const QString &id) const;

    QTemporaryDir m_dir;
    Catalog m_bundled;
    EpisodeListModel *m_model = nullptr;
    EpisodePage *m_page = nullptr;
};

void TestEpisodePage::initTestCase()
{
    QVERIFY(Translations::install(u"en"_s) == u"en"_s);
    QVERIFY(m_dir.isValid());
    const CatalogLoadResult loaded = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    QVERIFY(loaded.problems.isEmpty());
    m_bundled = loaded.catalog;
}

void TestEpisodePage::init()
{
    m_model = new EpisodeListModel;
    m_model->setCatalog(m_bundled);
    m_page = new EpisodePage(m_model);
    m_page->resize(1000, 700);
}

void TestEpisodePage::cleanup()
{
    delete m_page;
    delete m_model;
}

const Episode &TestEpisodePage::bundled(const QString &id) const
{
    return *m_bundled.episode(id);
}

void TestEpisodePage::showsHeaderAndSectionsOfABundledLesson()
{
    const Episode &lora = bundled(u"lora"_s);
    EpisodeProgress progress;
    progress.episodeId = lora.id;
    progress.positionMs = 30'000;
    progress.durationMs = 95'000;
    m_model->setProgress(progress);
    m_page->show();
    QSignalSpy shown(m_page, &EpisodePage::detailsShown);
    QVERIFY(!m_page->showEpisode(u"no-such-episode"_s));
    QVERIFY(m_page->showEpisode(lora.id));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), lora.id);

    // Header: title, topic, date, length, state with progress, tags, Play.
    QCOMPARE(m_page->titleLabel()->text(), lora.title);
    QVERIFY2(m_page->metaLabel()->text().contains(u"AI Training"_s),
             qPrintable(m_page->metaLabel()->text()));
    QVERIFY(m_page->metaLabel()->text().contains(
        QLocale().toString(lora.published, QLocale::LongFormat)));
    QVERIFY(m_page->metaLabel()->text().contains(u"1:35"_s));
    QCOMPARE(m_page->stateLabel()->text(), u"0:30 of 1:35 listened"_s);
    for (const QString &tag : lora.tags)
        QVERIFY(m_page->tagsLabel()->text().contains(tag));
    QCOMPARE(m_page->playButton()->text(), u"&Resume"_s);
    QSignalSpy play(m_page, &EpisodePage::playRequested);
    QTest::mouseClick(m_page->playButton(), Qt::LeftButton);
    QCOMPARE(play.count(), 1);
    QCOMPARE(play.at(0).at(0).toString(), lora.id);

    // Show notes: the catalog's summary.
    QCOMPARE(m_page->showNotes()->toPlainText(), lora.summary);
    // Chapters with their start times.
    QCOMPARE(m_page->chapterList()->count(), lora.chapters.size());
    QVERIFY(lora.chapters.size() >= 2);
    for (int i = 0; i < lora.chapters.size(); ++i) {
        const QString text = m_page->chapterList()->item(i)->text();
        QVERIFY2(text.startsWith(PlayerBar::formatTime(lora.chapters.at(i).startMs)),
                 qPrintable(text));
        QVERIFY(text.endsWith(lora.chapters.at(i).title));
    }
    // The transcript: the lesson's WebVTT, one line a cue, timed.
    TranscriptView *t = m_page->transcriptView();
    QVERIFY(t->isVisibleTo(m_page));
    QVERIFY(t->isTimed());
    QFile vtt(u":/transcripts/lora.vtt"_s);
    QVERIFY(vtt.open(QIODevice::ReadOnly));
    const int cues = int(vtt.readAll().count("-->"));
    QVERIFY(cues > 10);
    QCOMPARE(t->transcript().cues.size(), cues);
    QCOMPARE(t->document()->blockCount(), cues);
    QVERIFY(t->document()->firstBlock().text().startsWith(u"0:00  Full fine-tuning"_s));

    // Every control a keyboard reaches has a name for a screen reader.
    m_page->startFind();
    QStringList unnamed;
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

    // Progress that changes while the page is open shows at once.
    progress.finished = true;
    m_model->setProgress(progress);
    QCOMPARE(m_page->stateLabel()->text(), u"Finished"_s);
    QCOMPARE(m_page->playButton()->text(), u"&Play again"_s);
}

void TestEpisodePage::followsRealPlaybackAndClicksSeek()
{
    // A 6-second clip, three cues of two seconds and two chapters.
    const QString clip = m_dir.filePath(u"follow.opus"_s);
    QVERIFY(makeClip(clip, u"audioresample ! opusenc ! oggmux"_s, 6));
    QVERIFY(writeFile(m_dir.filePath(u"follow.vtt"_s),
                      "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ada>First words\n\n"
                      "00:02.000 --> 00:04.000\n<v Ben>Second words\n\n"
                      "00:04.000 --> 00:06.000\nThird words\n"));
    QVERIFY(writeFile(m_dir.filePath(u"follow.json"_s), R"({
  "version": "1.0", "title": "Follow",
  "topics": [ { "id": "t", "title": "Clips" } ],
  "episodes": [
    { "id": "clip", "title": "A clip", "duration": 6, "published": "2026-03-01", "topic": "t",
      "audio": "follow.opus", "transcript": "follow.vtt", "transcriptType": "text/vtt",
      "chapters": [ { "start": 0, "title": "Opening" }, { "start": 3, "title": "Closing" } ] }
  ]
})"));
    const CatalogLoadResult loaded = CatalogLoader::loadFile(m_dir.filePath(u"follow.json"_s));
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.value(0).toString()));
    m_model->setCatalog(loaded.catalog);
    const Episode episode = *loaded.catalog.episode(u"clip"_s);

    PlaybackController player;
    connect(&player, &PlaybackController::positionChanged, m_page, &EpisodePage::setPosition);
    const auto nowPlaying = [&] {
        m_page->setNowPlaying(player.currentEpisodeId(), player.isPlaying());
    };
    connect(&player, &PlaybackController::episodeChanged, m_page, nowPlaying);
    connect(&player, &PlaybackController::playingChanged, m_page, nowPlaying);
    connect(m_page, &EpisodePage::seekRequested, &player,
            [&player](const QString &, qint64 ms) { player.seek(ms); });
    QSignalSpy seeks(m_page, &EpisodePage::seekRequested);

    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QSignalSpy shown(m_page, &EpisodePage::detailsShown);
    QVERIFY(m_page->showEpisode(u"clip"_s));
    QTRY_COMPARE(shown.count(), 1);
    TranscriptView *t = m_page->transcriptView();
    QCOMPARE(t->transcript().cues.size(), 3);
    // Speakers are named.
    QCOMPARE(t->document()->findBlockByNumber(0).text(), u"0:00  Ada: First words"_s);
    QCOMPARE(t->document()->findBlockByNumber(2).text(), u"0:04  Third words"_s);
    QCOMPARE(t->currentCue(), -1); // not playing yet

    player.playEpisode(episode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 20000);
    QTRY_COMPARE(t->currentCue(), 0);
    QCOMPARE(m_page->currentChapter(), 0);
    QCOMPARE(m_page->stateLabel()->text().startsWith(u"Playing"_s), true);
    // The highlight moves on with the voice.
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 2200, 10000);
    QTRY_COMPARE(t->currentCue(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 3200, 10000);
    QTRY_COMPARE(m_page->currentChapter(), 1);
    QCOMPARE(m_page->chapterList()->item(1)->font().bold(), true);
    QCOMPARE(m_page->chapterList()->item(0)->font().bold(), false);

    // A click on the first cue plays from there.
    player.pause();
    QTRY_VERIFY(!player.isPlaying());
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->cueRect(0).center());
    QCOMPARE(seeks.count(), 1);
    QCOMPARE(seeks.at(0).at(0).toString(), u"clip"_s);
    QCOMPARE(seeks.at(0).at(1).toLongLong(), 0);
    QTRY_VERIFY(player.position() < 1000);
    QTRY_COMPARE(t->currentCue(), 0);
    QTRY_COMPARE(m_page->currentChapter(), 0);
    // And on the third.
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->cueRect(2).center());
    QCOMPARE(seeks.at(1).at(1).toLongLong(), 4000);
    QTRY_COMPARE(t->currentCue(), 2);
    QVERIFY(player.position() >= 4000);
    // Up/Down pick a cue, Enter plays it.
    t->setFocus();
    QCOMPARE(t->keyboardCue(), 2); // the line clicked last
    QTest::keyClick(t, Qt::Key_Up);
    QCOMPARE(t->keyboardCue(), 1);
    QTest::keyClick(t, Qt::Key_Return);
    QCOMPARE(seeks.at(2).at(1).toLongLong(), 2000);
    QTRY_COMPARE(t->currentCue(), 1);
    // A chapter click seeks to its start.
    QListWidget *chapters = m_page->chapterList();
    QTest::mouseClick(chapters->viewport(), Qt::LeftButton, {},
                      chapters->visualItemRect(chapters->item(1)).center());
    QCOMPARE(seeks.last().at(1).toLongLong(), 3000);
    QTRY_COMPARE(m_page->currentChapter(), 1);
    QTRY_VERIFY(player.position() >= 3000);

    // Another episode playing: nothing here is highlighted.
    m_page->setNowPlaying(u"something-else"_s, true);
    QCOMPARE(t->currentCue(), -1);
    QCOMPARE(m_page->currentChapter(), -1);
    player.stop();
}

void TestEpisodePage::findsInTheTranscript()
{
    m_page->show();
    QSignalSpy shown(m_page, &EpisodePage::detailsShown);
    // From the search: the page opens on the first place the word is said.
    QVERIFY(m_page->showEpisode(u"qlora"_s, u"NF4"_s));
    QTRY_COMPARE(shown.count(), 1);
    TranscriptView *t = m_page->transcriptView();
    QVERIFY2(t->textCursor().selectedText().compare(u"NF4"_s, Qt::CaseInsensitive) == 0,
             qPrintable(t->textCursor().selectedText()));
    const int firstHit = t->textCursor().blockNumber();

    // Ctrl+F: the find field; Enter goes to the next place, Shift+Enter back.
    m_page->startFind();
    QVERIFY(m_page->findField()->isVisible());
    QTRY_VERIFY(m_page->findField()->hasFocus());
    QTest::keyClicks(m_page->findField(), u"gigabytes"_s);
    const int a = t->textCursor().position();
    QCOMPARE(t->textCursor().selectedText().toLower(), u"gigabytes"_s);
    QTest::keyClick(m_page->findField(), Qt::Key_Return);
    const int b = t->textCursor().position();
    QVERIFY(b != a);
    QTest::keyClick(m_page->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(t->textCursor().position(), a);
    m_page->findField()->setText(u"zzzqqq"_s);
    QVERIFY(!m_page->findNext());
    QVERIFY(firstHit >= 0);
}

void TestEpisodePage::backReturnsToTheSameCard()
{
    MainWindow window(m_model);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListView *cards = window.episodeView();
    const QModelIndex card = window.filterModel()->index(14, 0);
    cards->setFocus();
    cards->setCurrentIndex(card);
    cards->scrollTo(card);
    const int scrolled = cards->verticalScrollBar()->value();
    const QString id = window.currentEpisodeId();

    // Alt+Enter opens the page of the selected card in place of the cards.
    QSignalSpy opened(&window, &MainWindow::episodeOpened);
    QTest::keyClick(cards, Qt::Key_Return, Qt::AltModifier);
    QVERIFY(window.isEpisodePageShown());
    QVERIFY(!cards->isVisible());
    QCOMPARE(window.episodePage()->episodeId(), id);
    QCOMPARE(opened.count(), 1);

    // Esc: back to the same card, scrolled as before.
    QTest::keyClick(window.episodePage()->backButton(), Qt::Key_Escape);
    QVERIFY(!window.isEpisodePageShown());
    QVERIFY(cards->isVisible());
    QCOMPARE(window.currentEpisodeId(), id);
    QCOMPARE(cards->verticalScrollBar()->value(), scrolled);
    QTRY_VERIFY(cards->hasFocus());

    // Alt+Left and the back button do the same.
    QVERIFY(window.openEpisodePage(id));
    QTest::keyClick(window.episodePage(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(!window.isEpisodePageShown());
    QVERIFY(window.openEpisodePage(id));
    QTest::mouseClick(window.episodePage()->backButton(), Qt::LeftButton);
    QVERIFY(!window.isEpisodePageShown());
    QCOMPARE(window.currentEpisodeId(), id);

    // Ctrl+F on the page finds in the transcript, on the cards it searches.
    QVERIFY(window.openEpisodePage(id));
    QTest::keyClick(window.episodePage()->backButton(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.episodePage()->findField()->hasFocus());
    window.showCards();
    QTest::keyClick(cards, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.searchField()->hasFocus());
}

void TestEpisodePage::podcastEpisodeShowsItsFeedChaptersAndNotes()
{
    // A podcast episode as a refresh stored it: hostile show notes, Podlove chapters, a
    // Podcasting 2.0 chapters file and transcripts on a server on 127.0.0.1.
    TestHttpServer server;
    QVERIFY(server.isListening());
    TestHttpServer::Response vtt;
    vtt.header("Content-Type", "text/vtt");
    vtt.body = "WEBVTT\n\n00:00.000 --> 00:05.000\n<v Host>Welcome back.\n\n"
               "00:05.000 --> 00:09.000\nToday: tokenizers.\n";
    server.route("/e1.vtt", vtt);
    TestHttpServer::Response chaptersJson;
    chaptersJson.header("Content-Type", "application/json+chapters");
    chaptersJson.body = R"({"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Hello"},
        {"startTime": 30, "title": "Tokenizers"}, {"startTime": 95.5, "title": "Goodbye"}]})";
    server.route("/e1-chapters.json", chaptersJson);
    server.route("/pixel.gif", TestHttpServer::Response{});
    server.route("/e1.txt", TestHttpServer::Response{});

    QTemporaryDir data;
    ProgressStore progress;
    QVERIFY(progress.open(data.path()));
    PodcastStore store;
    QVERIFY(store.open(progress.databasePath()));
    const QString podcastId =
        store.addPodcast(server.url(u"/feed"_s).toString(), QDateTime::currentDateTimeUtc())->id;
    FeedItem item;
    item.guid = u"e1"_s;
    item.title = u"Episode one"_s;
    item.link = server.url(u"/e1"_s).toString();
    item.audioUrl = server.url(u"/1.mp3"_s).toString();
    item.summary = u"Short"_s;
    item.showNotes = u"<p>Notes for <b>episode one</b>. At 1:30 we talk.</p>"
                     "<script>alert('x')</script><img src=\""_s +
                     server.url(u"/pixel.gif"_s).toString() +
                     u"\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">bad</a>"
                     "<iframe src=\"https://example.invalid/\"></iframe><style>p{color:red}</style>"
                     "<a href=\"https://example.invalid/more\">more</a>"_s;
    item.chapters = {{0, u"Welcome"_s, {}, {}}, {90'000, u"The interview"_s, {}, {}}};
    item.chaptersUrl = server.url(u"/e1-chapters.json"_s).toString();
    item.transcripts = {{server.url(u"/e1.txt"_s).toString(), u"text/plain"_s, {}, {}},
                        {server.url(u"/e1.vtt"_s).toString(), u"text/vtt"_s, {}, {}}};
    FeedDocument feed;
    feed.title = u"A podcast"_s;
    feed.items = {item};
    QVERIFY(store.applyFeed(podcastId, feed, true, QDateTime::currentDateTimeUtc()));
    const Catalog podcasts = store.catalog();
    m_model->setCatalog(podcasts);
    const QString id = PodcastStore::episodeIdFor(podcastId, u"e1"_s);

    QNetworkAccessManager network;
    ReadAlongCache cache(&network, data.filePath(u"cache"_s));
    m_page->setReadAlongCache(&cache);
    m_page->setDetailsSource([database = progress.databasePath()](const Episode &e) {
        return EpisodeDetailsLoader::load(e, database);
    });
    QSignalSpy shown(m_page, &EpisodePage::detailsShown);
    QSignalSpy transcript(m_page, &EpisodePage::transcriptShown);
    QSignalSpy chapters(m_page, &EpisodePage::chaptersShown);
    m_page->show();
    QVERIFY(m_page->showEpisode(id));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(m_page->metaLabel()->text().contains(u"A podcast"_s));

    // Show notes, made safe: text and the web link kept; no script, handler or frame; the time
    // is a link that seeks.
    const QString notes = m_page->showNotes()->toHtml();
    QVERIFY(m_page->showNotes()->toPlainText().contains(u"Notes for episode one"_s));
    QVERIFY(!notes.contains(u"alert"_s));
    QVERIFY(!notes.contains(u"javascript"_s));
    QVERIFY(!notes.contains(u"pixel.gif"_s));
    QVERIFY(notes.contains(u"https://example.invalid/more"_s));
    QVERIFY(notes.contains(u"earmark-seek:90000"_s));
    QSignalSpy seeks(m_page, &EpisodePage::seekRequested);
    emit m_page->showNotes()->anchorClicked(QUrl(u"earmark-seek:90000"_s));
    QCOMPARE(seeks.count(), 1);
    QCOMPARE(seeks.at(0).at(1).toLongLong(), 90'000);

    // The chapters file wins over the Podlove chapters once fetched.
    QTRY_COMPARE(chapters.count(), 1);
    QCOMPARE(m_page->chapterList()->count(), 3);
    QCOMPARE(m_page->chapterList()->item(2)->text(), u"1:35   Goodbye"_s);
    // Of the two transcripts offered, the timed one, fetched through the cache.
    QTRY_COMPARE(transcript.count(), 1);
    TranscriptView *t = m_page->transcriptView();
    QVERIFY(t->isVisibleTo(m_page));
    QCOMPARE(t->document()->firstBlock().text(), u"0:00  Host: Welcome back."_s);
    QCOMPARE(server.hits("/e1.vtt"), 1);
    QCOMPARE(server.hits("/e1.txt"), 0);
    // Nothing the notes point at was ever asked for.
    QTest::qWait(200);
    QCOMPARE(server.hits("/pixel.gif"), 0);

    // The player's chapters for it: the Podlove ones and the file to fetch.
    const EpisodeDetails forPlayer = EpisodeDetailsLoader::load(
        *podcasts.episode(id), progress.databasePath(), EpisodeDetailsLoader::Parts::ChaptersOnly);
    QCOMPARE(forPlayer.chapters.size(), 2);
    QCOMPARE(forPlayer.chapters.at(1).startMs, 90'000);
    QCOMPARE(forPlayer.chaptersUrl, server.url(u"/e1-chapters.json"_s));

    // Shown again (offline now): from the disk cache, no second download.
    QVERIFY(m_page->showEpisode(id));
    QTRY_COMPARE(transcript.count(), 2);
    QCOMPARE(server.hits("/e1.vtt"), 1);
    m_page->setReadAlongCache(nullptr);
}

void TestEpisodePage::localFileChaptersAndAnUntimedTranscript()
{
    // A lecture on disk with its chapters inside (Opus CHAPTERnnn comments) and a plain-text
    // transcript: chapters from the file, the transcript as text that does not seek.
    const QString clip = m_dir.filePath(u"lecture.opus"_s);
    QVERIFY(makeClip(clip, u"audioresample ! opusenc ! oggmux"_s, 4));
    {
        TagLib::Ogg::Opus::File f(QFile::encodeName(clip).constData());
        QVERIFY(f.isValid());
        f.tag()->addField("CHAPTER001", "00:00:00.000");
        f.tag()->addField("CHAPTER001NAME", "Warm-up");
        f.tag()->addField("CHAPTER002", "00:00:02.500");
        f.tag()->addField("CHAPTER002NAME", "The proof");
        QVERIFY(f.save());
    }
    QVERIFY(writeFile(m_dir.filePath(u"lecture.txt"_s),
                      "First paragraph of the lecture.\n\nSecond paragraph, about proofs.\n"));
    QVERIFY(writeFile(m_dir.filePath(u"lecture.json"_s), R"({
  "version": "1.0", "title": "Lectures", "topics": [ { "id": "l", "title": "Lectures" } ],
  "episodes": [
    { "id": "lecture", "title": "A lecture", "duration": 4, "published": "2026-03-01",
      "topic": "l", "audio": "lecture.opus", "transcript": "lecture.txt",
      "transcriptType": "text/plain" }
  ]
})"));
    const CatalogLoadResult loaded = CatalogLoader::loadFile(m_dir.filePath(u"lecture.json"_s));
    QVERIFY(loaded.problems.isEmpty());
    m_model->setCatalog(loaded.catalog);
    m_page->show();
    QSignalSpy shown(m_page, &EpisodePage::detailsShown);
    QVERIFY(m_page->showEpisode(u"lecture"_s));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_page->chapterList()->count(), 2);
    QCOMPARE(m_page->chapterList()->item(1)->text(), u"0:02   The proof"_s);
    TranscriptView *t = m_page->transcriptView();
    QVERIFY(t->isVisibleTo(m_page));
    QVERIFY(!t->isTimed());
    QVERIFY(t->toPlainText().contains(u"Second paragraph, about proofs."_s));
    QSignalSpy seeks(m_page, &EpisodePage::seekRequested);
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, QPoint(20, 8));
    QCOMPARE(seeks.count(), 0);
    // The player's chapters for it come from the file too.
    const EpisodeDetails forPlayer =
        EpisodeDetailsLoader::load(*loaded.catalog.episode(u"lecture"_s), QString(),
                                   EpisodeDetailsLoader::Parts::ChaptersOnly);
    QCOMPARE(forPlayer.chapters.size(), 2);
    QCOMPARE(forPlayer.chapters.at(1).startMs, 2500);
}

void TestEpisodePage::showNotesLoadNothing()
{
    // A server on 127.0.0.1 that the notes point at: nothing may ever connect to it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:"_s + QString::number(server.serverPort());
    ShowNotesBrowser notes;
    notes.resize(400, 300);
    notes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&notes));
    notes.setHtml(u"<p>Hi<img src=\""_s + base + u"/pixel.gif\" width=1 height=1></p>"_s +
                  u"<link rel=stylesheet href=\""_s + base + u"/style.css\">"_s +
                  u"<table background=\""_s + base + u"/bg.png\"><tr><td>x</td></tr></table>"_s +
                  u"<img src=\"file:///etc/hostname\"><img src=\"qrc:/icons/x.svg\">"_s +
                  u"<p><a href=\"earmark-seek:754000\">12:34</a></p>"_s);
    QTest::qWait(300);
    QVERIFY(notes.refusedResources() >= 3); // asked for, and refused
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(!server.waitForNewConnection(200));

    // A time link asks to seek; nothing opens.
    QSignalSpy seek(&notes, &ShowNotesBrowser::seekRequested);
    emit notes.anchorClicked(QUrl(u"earmark-seek:754000"_s));
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.at(0).at(0).toLongLong(), 754'000);
    emit notes.anchorClicked(QUrl(u"javascript:alert(1)"_s));
    emit notes.anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(seek.count(), 1);
    QVERIFY(notes.lastOpenedLink().isEmpty());
    QVERIFY(!server.hasPendingConnections());
}

void TestEpisodePage::chapterIndexIsABinarySearch()
{
    const QList<Chapter> chapters = {{1000, u"a"_s}, {5000, u"b"_s}, {9000, u"c"_s}};
    QCOMPARE(ChapterFollower::indexAt(chapters, 0), -1);
    QCOMPARE(ChapterFollower::indexAt(chapters, 999), -1);
    QCOMPARE(ChapterFollower::indexAt(chapters, 1000), 0);
    QCOMPARE(ChapterFollower::indexAt(chapters, 4999), 0);
    QCOMPARE(ChapterFollower::indexAt(chapters, 5000), 1);
    QCOMPARE(ChapterFollower::indexAt(chapters, 100'000), 2);
    QCOMPARE(ChapterFollower::indexAt({}, 100), -1);
}

void TestEpisodePage::chapterKeysPlayerBarAndPageInTheApp()
{
    QTemporaryDir data;
    CommandLineOptions options;
    QVERIFY(options.parse({u"earmark"_s, u"--data-dir"_s, data.path()}));
    QElapsedTimer since;
    since.start();
    AppController app(options, since);
    QCOMPARE(app.start(), AppController::Started);
    MainWindow *w = app.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    PlaybackController *player = app.player();
    const Episode &lora = bundled(u"lora"_s);
    QVERIFY(lora.chapters.size() >= 3);

    // The page's Play plays the episode shown; the page follows it.
    EpisodePage *page = w->episodePage();
    QSignalSpy shown(page, &EpisodePage::detailsShown);
    QVERIFY(w->openEpisodePage(lora.id));
    QTRY_COMPARE(shown.count(), 1);
    QTest::mouseClick(page->playButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 20000);
    QCOMPARE(player->currentEpisodeId(), lora.id);
    QTRY_COMPARE(page->currentChapter(), 0);
    QTRY_VERIFY(page->transcriptView()->currentCue() >= 0);
    QCOMPARE(app.playerBar()->chapterTitle(), lora.chapters.at(0).title);
    QCOMPARE(page->playButton()->text(), u"&Pause"_s);

    // Ctrl+Right: the next chapter; the bar and the page follow.
    QTest::keyClick(page->backButton(), Qt::Key_Right, Qt::ControlModifier);
    QTRY_VERIFY(player->position() >= lora.chapters.at(1).startMs);
    QVERIFY(player->position() < lora.chapters.at(2).startMs);
    QTRY_COMPARE(app.playerBar()->chapterTitle(), lora.chapters.at(1).title);
    QTRY_COMPARE(page->currentChapter(), 1);
    QTest::keyClick(page->backButton(), Qt::Key_Right, Qt::ControlModifier);
    QTRY_VERIFY(player->position() >= lora.chapters.at(2).startMs);
    QTRY_COMPARE(app.chapters()->currentIndex(), 2);
    // Ctrl+Left at a chapter's start: the chapter before.
    QTest::keyClick(page->backButton(), Qt::Key_Left, Qt::ControlModifier);
    QTRY_COMPARE(app.chapters()->currentIndex(), 1);
    QVERIFY(player->position() < lora.chapters.at(2).startMs);
    // Plain Left and Right are still the skips.
    const qint64 before = player->position();
    QTest::keyClick(page->backButton(), Qt::Key_Right);
    QTRY_VERIFY(player->position() >= before + 25'000);

    // A cue click on the page of another episode plays that one from there.
    const Episode &qlora = bundled(u"qlora"_s);
    QVERIFY(w->openEpisodePage(qlora.id));
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(!page->isLoading());
    TranscriptView *t = page->transcriptView();
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->cueRect(3).center());
    QTRY_COMPARE(player->currentEpisodeId(), qlora.id);
    QTRY_VERIFY(player->position() >= t->transcript().cues.at(3).startMs);
    QTRY_COMPARE(t->currentCue(), 3);
    // With the transcript focused the player's keys still work: Ctrl+Right, Space.
    t->setFocus();
    QTRY_VERIFY(t->hasFocus());
    const int chapter = app.chapters()->currentIndex();
    QVERIFY(chapter >= 0 && chapter + 1 < qlora.chapters.size());
    QTest::keyClick(t, Qt::Key_Right, Qt::ControlModifier);
    QTRY_COMPARE(app.chapters()->currentIndex(), chapter + 1);
    QTRY_COMPARE(page->currentChapter(), chapter + 1);
    QTRY_VERIFY(player->isPlaying());
    QTest::keyClick(t, Qt::Key_Space);
    QTRY_VERIFY(!player->isPlaying());
    w->close();
}

QTEST_MAIN(TestEpisodePage)
#include "tst_episodepage.moc"
