#pragma once

#include "episodedetails.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class EpisodeListModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class ReadAlongCache;
class ShowNotesBrowser;
struct ChapterListLoad;
struct TranscriptLoad;
class TranscriptView;
struct Episode;

// One episode in full, in place of the cards: a header (title, podcast or topic, date, length,
// progress and state, tags, Play) and three sections: Show notes, Chapters and Transcript. The
// chapter and the transcript cue playing are highlighted while this episode plays; clicking one
// asks to seek there. What is shown beyond the card (EpisodeDetails) is read on a worker thread.
// Passive like the player bar: it shows what it is given and emits what the learner asks for.
class EpisodePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodePage)

public:
    // Reads an episode's details; runs on a worker thread.
    using DetailsSource = std::function<EpisodeDetails(const Episode &)>;

    explicit EpisodePage(EpisodeListModel *episodes, QWidget *parent = nullptr);
    ~EpisodePage() override;

    // Default: EpisodeDetailsLoader::load without a podcast database (catalog episodes only).
    void setDetailsSource(DetailsSource source);
    // Fetches (once, kept on disk) the transcripts and Podcasting 2.0 chapter files that are on
    // the web; without it the page says a web transcript was not downloaded.
    void setReadAlongCache(ReadAlongCache *cache);

    // Shows the episode with this id (false, nothing changed, when the library has none). With
    // `highlightText`, its first place in the transcript (else in the show notes) is selected and
    // scrolled to once the details are loaded, as the search's "found in transcript" asks.
    bool showEpisode(const QString &episodeId, const QString &highlightText = {});
    QString episodeId() const { return m_episodeId; }
    // True while the details of the episode shown are being read.
    bool isLoading() const;

    // The player: the episode loaded (empty: none), whether it plays, and where it is.
    void setNowPlaying(const QString &episodeId, bool playing);
    void setPosition(qint64 positionMs);

    // Ctrl+F on the page: the find field over the transcript.
    void startFind();
    // Finds the find field's text in the transcript (after the last hit, or before it).
    bool findNext(bool backward = false);

    QToolButton *backButton() const { return m_back; }
    QPushButton *playButton() const { return m_play; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *metaLabel() const { return m_meta; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *tagsLabel() const { return m_tags; }
    ShowNotesBrowser *showNotes() const { return m_notes; }
    QListWidget *chapterList() const { return m_chapters; }
    TranscriptView *transcriptView() const { return m_transcript; }
    QLineEdit *findField() const { return m_findField; }
    // The row of the chapter highlighted as playing; -1 when none.
    int currentChapter() const { return m_currentChapter; }

signals:
    // Play (or resume) the episode shown; pauseRequested when it is the one playing.
    void playRequested(const QString &episodeId);
    void pauseRequested();
    // Play the episode shown from this position (a chapter, a cue, a time in the show notes).
    void seekRequested(const QString &episodeId, qint64 positionMs);
    // Back to the cards (the button, Esc, Alt+Left).
    void backRequested();
    // The details of this episode are shown (also when reading them failed). A transcript or
    // chapter list on the web may follow: transcriptShown, chaptersShown.
    void detailsShown(const QString &episodeId);
    void transcriptShown(const QString &episodeId);
    void chaptersShown(const QString &episodeId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildHeader();
    void updateHeader();
    void updateState();
    void showDetails(const EpisodeDetails &details);
    void showTranscript(const Transcript &transcript, const QStringList &problems);
    void onTranscriptLoaded(const TranscriptLoad &load);
    void onChaptersLoaded(const ChapterListLoad &load);
    void setChapters(const QList<Chapter> &chapters);
    void updateCurrentChapter();
    void goBack();
    bool following() const;

    EpisodeListModel *m_episodes = nullptr;
    DetailsSource m_source;
    ReadAlongCache *m_cache = nullptr;
    EpisodeDetails m_details; // of the episode shown, once read
    QUrl m_pendingTranscript; // asked of the cache for the episode shown
    QUrl m_pendingChapters;
    QFutureWatcher<EpisodeDetails> m_loading;
    QString m_episodeId;
    QString m_highlight; // to find once the details are in
    QString m_nowPlaying;
    bool m_playing = false;
    qint64 m_position = -1;
    qint64 m_shownSecond = -1;
    QList<Chapter> m_chapterData;
    int m_currentChapter = -1;

    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_tags = nullptr;
    QPushButton *m_play = nullptr;
    QSplitter *m_sections = nullptr;
    QSplitter *m_left = nullptr;
    ShowNotesBrowser *m_notes = nullptr;
    QListWidget *m_chapters = nullptr;
    QLabel *m_noChapters = nullptr;
    QStackedWidget *m_transcriptStack = nullptr;
    QLabel *m_transcriptNote = nullptr;
    TranscriptView *m_transcript = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findField = nullptr;
    QLabel *m_findStatus = nullptr;
};
