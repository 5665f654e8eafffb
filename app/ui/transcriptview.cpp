#include "transcriptview.h"

#include "playerbar.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("transcriptView"));
    setReadOnly(true);
    // Selectable with the mouse only: the keys stay the player's (Space, arrows) and Up/Down pick
    // a cue (keyPressEvent).
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::StrongFocus);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Transcript"));
    connect(verticalScrollBar(), &QScrollBar::sliderMoved, this, &TranscriptView::holdFollowing);
}

void TranscriptView::setTranscript(Transcript transcript)
{
    m_transcript = std::move(transcript);
    m_current = -1;
    m_keyCue = -1;
    m_userMoved.invalidate();
    setExtraSelections({});
    QTextDocument *doc = document();
    doc->clear();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    if (m_transcript.timed) {
        QTextCharFormat time;
        time.setForeground(palette().color(QPalette::PlaceholderText));
        QTextCharFormat speaker;
        speaker.setFontWeight(QFont::Bold);
        const QTextCharFormat plain;
        bool first = true;
        for (const TranscriptCue &cue : std::as_const(m_transcript.cues)) {
            if (!std::exchange(first, false))
                cursor.insertBlock();
            cursor.insertText(PlayerBar::formatTime(cue.startMs) + u"  ", time);
            if (!cue.speaker.isEmpty())
                cursor.insertText(cue.speaker + u": ", speaker);
            // One block a cue: the cue's own line breaks become line separators.
            QString text = cue.text;
            text.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(text, plain);
        }
        viewport()->setCursor(Qt::PointingHandCursor);
        setAccessibleDescription(tr("Follows playback. Click a line, or pick one with Up and "
                                    "Down and press Enter, to play from there."));
    } else {
        cursor.insertText(m_transcript.plainText);
        viewport()->setCursor(Qt::IBeamCursor);
        setAccessibleDescription(QString());
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void TranscriptView::clearTranscript()
{
    setTranscript({});
}

void TranscriptView::setPosition(qint64 ms)
{
    if (!m_transcript.timed)
        return;
    const int cue = ms < 0 ? -1 : m_transcript.cueAt(ms);
    if (cue == m_current)
        return;
    m_current = cue;
    updateHighlight();
    if (cue >= 0 && !(m_userMoved.isValid() && m_userMoved.elapsed() < kHoldAfterUserMs))
        scrollToCue(cue);
}

void TranscriptView::updateHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [this, &selections](int cue, const QColor &background, bool outline) {
        const QTextBlock block = document()->findBlockByNumber(cue);
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        if (background.isValid())
            s.format.setBackground(background);
        if (outline)
            s.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Text)));
        selections.append(s);
    };
    if (m_current >= 0) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(70);
        add(m_current, highlight, false);
    }
    if (m_keyCue >= 0) {
        QColor pick = palette().color(QPalette::Highlight);
        pick.setAlpha(m_keyCue == m_current ? 110 : 35);
        add(m_keyCue, pick, true);
    }
    setExtraSelections(selections);
}

void TranscriptView::scrollToCue(int cue)
{
    const QTextBlock block = document()->findBlockByNumber(cue);
    if (!block.isValid())
        return;
    const QRectF shown = blockBoundingGeometry(block).translated(contentOffset());
    const int height = viewport()->height();
    if (shown.top() >= 0 && shown.bottom() <= height * 3 / 4)
        return; // in view, above the last quarter: no jump
    // The cue a quarter down from the top: what comes next shows below it.
    const int lines = qMax(1, height / qMax(1, fontMetrics().lineSpacing()));
    verticalScrollBar()->setValue(qMax(0, block.firstLineNumber() - lines / 4));
}

QRect TranscriptView::cueRect(int cue) const
{
    const QTextBlock block = document()->findBlockByNumber(cue);
    if (!block.isValid())
        return {};
    return blockBoundingGeometry(block).translated(contentOffset()).toRect();
}

bool TranscriptView::findText(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document()->find(text, textCursor(), flags);
    if (found.isNull()) // wrap around
        found = document()->find(text, QTextCursor(document()), flags);
    if (found.isNull() && backward) {
        QTextCursor end(document());
        end.movePosition(QTextCursor::End);
        found = document()->find(text, end, flags);
    }
    if (found.isNull())
        return false;
    holdFollowing();
    setTextCursor(found);
    centerCursor();
    return true;
}

void TranscriptView::holdFollowing()
{
    m_userMoved.start();
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (m_transcript.timed && event->modifiers() == Qt::NoModifier) {
        const int count = int(m_transcript.cues.size());
        int pick = m_keyCue >= 0 ? m_keyCue : qMax(0, m_current);
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (m_keyCue >= 0)
                pick += event->key() == Qt::Key_Up ? -1 : 1;
            m_keyCue = qBound(0, pick, count - 1);
            holdFollowing();
            updateHighlight();
            {
                QTextCursor c(document()->findBlockByNumber(m_keyCue));
                setTextCursor(c);
                ensureCursorVisible();
            }
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_keyCue >= 0 && m_keyCue < count)
                emit seekRequested(m_transcript.cues.at(m_keyCue).startMs);
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (!m_transcript.timed || event->button() != Qt::LeftButton || textCursor().hasSelection() ||
        (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return; // selecting text, not picking a cue
    const int cue = cueAtBlock(cursorForPosition(event->position().toPoint()).blockNumber());
    if (cue < 0 || cue >= m_transcript.cues.size())
        return;
    m_keyCue = cue;
    emit seekRequested(m_transcript.cues.at(cue).startMs);
}

void TranscriptView::wheelEvent(QWheelEvent *event)
{
    holdFollowing();
    QPlainTextEdit::wheelEvent(event);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_transcript.timed) {
        // The times' colour comes from the palette: build the text again, keep the place.
        const int current = m_current;
        const int top = verticalScrollBar()->value();
        setTranscript(Transcript(m_transcript));
        m_current = current;
        updateHighlight();
        verticalScrollBar()->setValue(top);
    }
}
