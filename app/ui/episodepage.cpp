#include "episodepage.h"

#include "chaptersources.h"
#include "episodedetailsloader.h"
#include "episodelistmodel.h"
#include "playerbar.h"
#include "readalongcache.h"
#include "shownotesbrowser.h"
#include "transcriptview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// Below this width the sections stack; above it the transcript stands beside the others.
constexpr int kSideBySideMinWidth = 760;

QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

// A section: its heading over its content.
QWidget *section(QLabel *heading, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    heading->setBuddy(content);
    return box;
}
} // namespace

EpisodePage::EpisodePage(EpisodeListModel *episodes, QWidget *parent)
    : QWidget(parent)
    , m_episodes(episodes)
    , m_source([](const Episode &e) { return EpisodeDetailsLoader::load(e, QString()); })
{
    setObjectName(u"episodePage"_qs);
    setAccessibleName(tr("Episode page"));
    buildHeader();

    m_notes = new ShowNotesBrowser;
    m_notes->setObjectName(u"showNotes"_qs);
    m_notes->setAccessibleName(tr("Show notes"));
    connect(m_notes, &ShowNotesBrowser::seekRequested, this,
            [this](qint64 ms) { emit seekRequested(m_episodeId, ms); });

    m_chapters = new QListWidget;
    m_chapters->setObjectName(u"chapterList"_qs);
    m_chapters->setAccessibleName(tr("Chapters"));
    m_chapters->setAccessibleDescription(tr("Enter or a click plays from the chapter's start."));
    m_chapters->setUniformItemSizes(true);
    m_chapters->setWordWrap(false);
    m_chapters->setTextElideMode(Qt::ElideRight);
    connect(m_chapters, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit seekRequested(m_episodeId, item->data(Qt::UserRole).toLongLong());
    });
    connect(m_chapters, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit seekRequested(m_episodeId, item->data(Qt::UserRole).toLongLong());
    });
    m_noChapters = new QLabel(tr("No chapters."));
    m_noChapters->setEnabled(false);
    auto *chapterBox = new QWidget;
    auto *chapterLayout = new QVBoxLayout(chapterBox);
    chapterLayout->setContentsMargins(0, 0, 0, 0);
    chapterLayout->addWidget(m_noChapters);
    chapterLayout->addWidget(m_chapters, 1);

    m_transcript = new TranscriptView;
    connect(m_transcript, &TranscriptView::seekRequested, this,
            [this](qint64 ms) { emit seekRequested(m_episodeId, ms); });
    m_transcriptNote = new QLabel;
    m_transcriptNote->setObjectName(u"transcriptNote"_qs);
    m_transcriptNote->setWordWrap(true);
    m_transcriptNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_transcriptNote->setTextFormat(Qt::PlainText);
    m_transcriptStack = new QStackedWidget;
    m_transcriptStack->addWidget(m_transcriptNote);
    m_transcriptStack->addWidget(m_transcript);

    // Ctrl+F: find in the transcript. Enter finds the next place, Shift+Enter the one before,
    // Esc closes.
    m_findBar = new QWidget;
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_findField = new QLineEdit;
    m_findField->setObjectName(u"transcriptFindField"_qs);
    m_findField->setPlaceholderText(tr("Find in the transcript"));
    m_findField->setAccessibleName(tr("Find in the transcript"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    connect(m_findField, &QLineEdit::textEdited, this, [this] {
        // Typing refines the hit: search again from where it starts.
        QTextCursor from = m_transcript->textCursor();
        from.setPosition(from.selectionStart());
        m_transcript->setTextCursor(from);
        findNext();
    });
    m_findStatus = new QLabel;
    m_findStatus->setObjectName(u"findStatus"_qs);
    auto *closeFind = new QToolButton;
    closeFind->setText(u"\u2715"_qs);
    closeFind->setAutoRaise(true);
    closeFind->setAccessibleName(tr("Close the find field"));
    connect(closeFind, &QToolButton::clicked, m_findBar, &QWidget::hide);
    findLayout->addWidget(m_findField, 1);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    auto *transcriptBox = new QWidget;
    auto *transcriptLayout = new QVBoxLayout(transcriptBox);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    transcriptLayout->setSpacing(2);
    transcriptLayout->addWidget(m_findBar);
    transcriptLayout->addWidget(m_transcriptStack, 1);

    m_left = new QSplitter(Qt::Vertical);
    m_left->setChildrenCollapsible(false);
    m_left->addWidget(section(sectionHeading(tr("Show &notes")), m_notes));
    m_left->addWidget(section(sectionHeading(tr("&Chapters")), chapterBox));
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 2);
    m_sections = new QSplitter(Qt::Horizontal);
    m_sections->setObjectName(u"episodeSections"_qs);
    m_sections->setChildrenCollapsible(false);
    m_sections->addWidget(m_left);
    m_sections->addWidget(section(sectionHeading(tr("&Transcript")), transcriptBox));
    m_sections->setStretchFactor(0, 2);
    m_sections->setStretchFactor(1, 3);

    static_cast<QVBoxLayout *>(layout())->addWidget(m_sections, 1);

    // Back: Esc, Alt+Left (as in a browser) and the button. Active while the page is shown.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *back = new QShortcut(keys, this);
        back->setContext(Qt::WindowShortcut);
        connect(back, &QShortcut::activated, this, &EpisodePage::goBack);
    }

    connect(&m_loading, &QFutureWatcher<EpisodeDetails>::finished, this, [this] {
        if (m_loading.future().resultCount() == 0)
            return;
        const EpisodeDetails details = m_loading.result();
        if (details.episodeId == m_episodeId)
            showDetails(details);
    });
    connect(m_episodes, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_episodes->rowOf(m_episodeId);
                if (row >= from.row() && row <= to.row())
                    updateHeader();
            });
    connect(m_episodes, &QAbstractItemModel::modelReset, this, &EpisodePage::updateHeader);

    setTabOrder(m_back, m_play);
    setTabOrder(m_play, m_notes);
    setTabOrder(m_notes, m_chapters);
    setTabOrder(m_chapters, m_transcript);
}

EpisodePage::~EpisodePage()
{
    m_loading.waitForFinished();
}

void EpisodePage::buildHeader()
{
    m_back = new QToolButton;
    m_back->setObjectName(u"backButton"_qs);
    m_back->setText(tr("\u2190 Back"));
    m_back->setToolTip(tr("Back to the episodes (Esc, Alt+Left)"));
    m_back->setAccessibleName(tr("Back to the episodes"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &EpisodePage::goBack);

    m_title = new QLabel;
    m_title->setObjectName(u"episodeTitle"_qs);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);

    m_meta = new QLabel;
    m_meta->setObjectName(u"episodeMeta"_qs);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);

    m_state = new QLabel;
    m_state->setObjectName(u"episodeState"_qs);
    m_state->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"episodeProgress"_qs);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setMaximumWidth(220);

    m_tags = new QLabel;
    m_tags->setObjectName(u"episodeTags"_qs);
    m_tags->setTextFormat(Qt::PlainText);
    m_tags->setWordWrap(true);

    m_play = new QPushButton(tr("Play"));
    m_play->setObjectName(u"episodePlayButton"_qs);
    m_play->setDefault(false);
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_playing && m_nowPlaying == m_episodeId)
            emit pauseRequested();
        else
            emit playRequested(m_episodeId);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_play);
    stateRow->addSpacing(8);
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_progress, 1);
    stateRow->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_meta);
    layout->addWidget(m_tags);
    layout->addLayout(stateRow);
}

void EpisodePage::setDetailsSource(DetailsSource source)
{
    m_source = std::move(source);
}

void EpisodePage::setReadAlongCache(ReadAlongCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &ReadAlongCache::transcriptLoaded, this, &EpisodePage::onTranscriptLoaded);
    connect(cache, &ReadAlongCache::chaptersLoaded, this, &EpisodePage::onChaptersLoaded);
}

bool EpisodePage::showEpisode(const QString &episodeId, const QString &highlightText)
{
    const Episode *e = m_episodes->catalog().episode(episodeId);
    if (!e)
        return false;
    m_episodeId = episodeId;
    m_highlight = highlightText;
    m_details = {};
    m_pendingTranscript.clear();
    m_pendingChapters.clear();
    updateHeader();
    // What the card knows shows at once; the rest follows from the worker.
    m_notes->setPlainText(e->summary);
    setChapters(e->chapters);
    m_transcript->clearTranscript();
    m_transcriptNote->setText(tr("Loading the transcript…"));
    m_transcriptStack->setCurrentWidget(m_transcriptNote);
    m_findStatus->clear();
    m_loading.setFuture(
        QtConcurrent::run([source = m_source, episode = *e] { return source(episode); }));
    return true;
}

bool EpisodePage::isLoading() const
{
    return m_loading.isRunning();
}

void EpisodePage::updateHeader()
{
    const int row = m_episodes->rowOf(m_episodeId);
    if (row < 0)
        return;
    const QModelIndex index = m_episodes->index(row, 0);
    const Episode &e = m_episodes->episodeAt(row);
    m_title->setText(e.title);
    QStringList meta;
    if (const Topic *topic = m_episodes->catalog().topic(e.topicId))
        meta.append(topic->title);
    if (e.published.isValid())
        meta.append(QLocale().toString(e.published, QLocale::LongFormat));
    const qint64 durationMs = index.data(EpisodeListModel::DurationMsRole).toLongLong();
    if (durationMs > 0)
        meta.append(PlayerBar::formatTime(durationMs));
    m_meta->setText(meta.join(u"  \u00B7  "_qs));
    m_tags->setText(e.tags.isEmpty() ? QString() : tr("Tags: %1").arg(e.tags.join(u", "_qs)));
    m_tags->setVisible(!e.tags.isEmpty());
    updateState();
}

// Where the learner stands: from the store, or live from the player while this one plays
// (once a second; the rest of the header stays as it is).
void EpisodePage::updateState()
{
    const int row = m_episodes->rowOf(m_episodeId);
    if (row < 0)
        return;
    const QModelIndex index = m_episodes->index(row, 0);
    const Episode &e = m_episodes->episodeAt(row);
    const qint64 durationMs = index.data(EpisodeListModel::DurationMsRole).toLongLong();

    auto status = ListeningStatus(index.data(EpisodeListModel::StatusRole).toInt());
    qint64 position = index.data(EpisodeListModel::PositionMsRole).toLongLong();
    const bool current = m_nowPlaying == m_episodeId;
    if (current && m_playing && m_position >= 0) { // live, not as last saved
        position = m_position;
        status = ListeningStatus::InProgress;
    }
    QString state;
    switch (status) {
    case ListeningStatus::NotStarted:
        state = tr("Not started");
        break;
    case ListeningStatus::InProgress:
        state = tr("%1 of %2 listened")
                    .arg(PlayerBar::formatTime(position),
                         PlayerBar::formatTime(durationMs > 0 ? durationMs : -1));
        break;
    case ListeningStatus::Finished:
        state = tr("Finished");
        break;
    }
    if (current && m_playing)
        state = tr("Playing") + u"  \u00B7  "_qs + state;
    m_state->setText(state);
    const double progress = current && m_playing && durationMs > 0
                                ? qBound(0.0, double(position) / double(durationMs), 1.0)
                                : index.data(EpisodeListModel::ProgressRole).toDouble();
    if (const int value = int(progress * 1000); value != m_progress->value()) {
        // QProgressBar::setValue repaints at once; painted with the next frame instead, a
        // playback tick stays well under a millisecond.
        m_progress->setUpdatesEnabled(false);
        m_progress->setValue(value);
        m_progress->setUpdatesEnabled(true);
        m_progress->update();
    }
    m_progress->setVisible(status == ListeningStatus::InProgress);
    m_progress->setAccessibleDescription(state);

    const QString play = current && m_playing                    ? tr("&Pause")
                         : status == ListeningStatus::InProgress ? tr("&Resume")
                         : status == ListeningStatus::Finished   ? tr("&Play again")
                                                                 : tr("&Play");
    if (m_play->text() != play)
        m_play->setText(play);
    m_play->setAccessibleName(QString(play).remove(u'&') + u' ' + e.title);
}

void EpisodePage::showDetails(const EpisodeDetails &details)
{
    m_details = details;
    if (!details.showNotesHtml.isEmpty())
        m_notes->setHtml(details.showNotesHtml);
    else
        m_notes->setPlainText(details.showNotesText);
    setChapters(details.chapters);
    if (details.chaptersUrl.isValid() && m_cache) {
        m_pendingChapters = details.chaptersUrl;
        m_cache->loadChapters(details.chaptersUrl);
    }
    if (details.transcriptUrl.isValid() && m_cache) {
        m_transcriptNote->setText(tr("Loading the transcript…"));
        m_transcriptStack->setCurrentWidget(m_transcriptNote);
        m_pendingTranscript = details.transcriptUrl;
        m_cache->loadTranscript(details.transcriptUrl, details.transcriptFormat);
    } else {
        QStringList problems = details.problems;
        if (details.transcriptUrl.isValid())
            problems.prepend(tr("%1: the transcript is on the web and was not downloaded")
                                 .arg(details.transcriptUrl.toDisplayString()));
        showTranscript(details.hasTranscript ? details.transcript : Transcript(), problems);
    }
    emit detailsShown(details.episodeId);
}

void EpisodePage::showTranscript(const Transcript &transcript, const QStringList &problems)
{
    const bool has = !transcript.cues.isEmpty() || !transcript.plainText.trimmed().isEmpty();
    if (has) {
        m_transcript->setTranscript(transcript);
        m_transcriptStack->setCurrentWidget(m_transcript);
        if (m_nowPlaying == m_episodeId)
            m_transcript->setPosition(m_position);
    } else {
        QString note = tr("No transcript for this episode.");
        if (!problems.isEmpty())
            note += u"\n\n"_qs + problems.join(u'\n');
        m_transcriptNote->setText(note);
        m_transcriptStack->setCurrentWidget(m_transcriptNote);
    }
    m_transcript->setToolTip(problems.join(u'\n'));
    if (!m_highlight.isEmpty()) {
        const QString text = std::exchange(m_highlight, QString());
        if (!(has && m_transcript->findText(text)))
            m_notes->find(text);
    }
    emit transcriptShown(m_episodeId);
}

void EpisodePage::onTranscriptLoaded(const TranscriptLoad &load)
{
    if (load.url != m_pendingTranscript || m_pendingTranscript.isEmpty())
        return;
    m_pendingTranscript.clear();
    QStringList problems;
    if (!load.error.isEmpty())
        problems.append(load.error);
    for (const InputProblem &p : load.problems)
        problems.append(p.toString());
    showTranscript(load.transcript, problems);
}

void EpisodePage::onChaptersLoaded(const ChapterListLoad &load)
{
    if (load.url != m_pendingChapters || m_pendingChapters.isEmpty())
        return;
    m_pendingChapters.clear();
    setChapters(ChapterSources::choose(load.chapters, m_details.catalogChapters,
                                       m_details.podloveChapters, {})
                    .chapters);
    emit chaptersShown(m_episodeId);
}

void EpisodePage::setChapters(const QList<Chapter> &chapters)
{
    if (chapters == m_chapterData && m_chapters->count() == chapters.size())
        return;
    m_chapterData = chapters;
    m_chapters->clear();
    for (const Chapter &c : chapters) {
        auto *item = new QListWidgetItem(PlayerBar::formatTime(c.startMs) + u"   "_qs + c.title);
        item->setData(Qt::UserRole, c.startMs);
        item->setToolTip(c.title);
        m_chapters->addItem(item);
    }
    m_chapters->setVisible(!chapters.isEmpty());
    m_noChapters->setVisible(chapters.isEmpty());
    m_currentChapter = -1;
    updateCurrentChapter();
}

void EpisodePage::setNowPlaying(const QString &episodeId, bool playing)
{
    if (episodeId == m_nowPlaying && playing == m_playing)
        return;
    const bool changed = episodeId != m_nowPlaying;
    m_nowPlaying = episodeId;
    m_playing = playing;
    if (changed) {
        m_position = -1;
        m_shownSecond = -1;
        m_transcript->setPosition(-1);
        updateCurrentChapter();
    }
    updateHeader();
}

bool EpisodePage::following() const
{
    return !m_episodeId.isEmpty() && m_nowPlaying == m_episodeId;
}

void EpisodePage::setPosition(qint64 positionMs)
{
    m_position = positionMs;
    if (!following())
        return;
    if (positionMs / 1000 != m_shownSecond) { // the header's time, once a second
        m_shownSecond = positionMs / 1000;
        updateState();
    }
    m_transcript->setPosition(positionMs);
    updateCurrentChapter();
}

void EpisodePage::updateCurrentChapter()
{
    const int current =
        following() && m_position >= 0 ? ChapterSources::chapterAt(m_chapterData, m_position) : -1;
    if (current == m_currentChapter)
        return;
    const auto mark = [this](int row, bool on) {
        QListWidgetItem *item = m_chapters->item(row);
        if (!item)
            return;
        QFont f = item->font();
        f.setBold(on);
        item->setFont(f);
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(70);
        item->setBackground(on ? QBrush(background) : QBrush());
        const Chapter &c = m_chapterData.at(row);
        const QString text = PlayerBar::formatTime(c.startMs) + u"   "_qs + c.title;
        item->setData(Qt::AccessibleTextRole, on ? tr("%1 (playing)").arg(text) : text);
    };
    mark(m_currentChapter, false);
    m_currentChapter = current;
    mark(current, true);
    if (current >= 0)
        m_chapters->scrollToItem(m_chapters->item(current));
}

void EpisodePage::startFind()
{
    m_findBar->show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

bool EpisodePage::findNext(bool backward)
{
    const QString text = m_findField->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const bool found = m_transcript->findText(text, backward);
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void EpisodePage::goBack()
{
    if (m_findBar->isVisible() && m_findField->hasFocus()) {
        m_findBar->hide();
        m_transcript->setFocus();
        return;
    }
    emit backRequested();
}

bool EpisodePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EpisodePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room; stacked in a small window.
    const Qt::Orientation wanted = width() >= kSideBySideMinWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_sections->orientation() != wanted) {
        m_sections->setOrientation(wanted);
        m_left->setOrientation(wanted == Qt::Horizontal ? Qt::Vertical : Qt::Horizontal);
    }
}
