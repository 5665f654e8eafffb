#pragma once

#include "transcript.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>

// A transcript as text that follows playback. Timed: one line a cue (its start time, the speaker
// when the format names one, the words); setPosition() highlights the cue playing
// (Transcript::cueAt, O(log n)) and scrolls it into view unless the learner scrolled or searched
// a moment ago; a click on a cue, or Up/Down to pick one and Enter, asks to seek there. Untimed:
// the paragraphs as text. Read-only; Space, Left/Right and Ctrl+Left/Right stay the player's.
class TranscriptView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    // How long following holds still after the learner scrolled or searched.
    static constexpr int kHoldAfterUserMs = 4000;

    explicit TranscriptView(QWidget *parent = nullptr);

    // Builds the text (a few milliseconds for 2,000 cues; laid out as it is shown).
    void setTranscript(Transcript transcript);
    void clearTranscript();
    const Transcript &transcript() const { return m_transcript; }
    bool isTimed() const { return m_transcript.timed; }

    // Follows the player: highlights the cue playing at `ms` (-1: none).
    void setPosition(qint64 ms);
    int currentCue() const { return m_current; }
    // The cue Up/Down picked (outlined), -1 when none.
    int keyboardCue() const { return m_keyCue; }
    // The cue shown on a line of the text (its block number); -1 when untimed.
    int cueAtBlock(int block) const { return m_transcript.timed ? block : -1; }
    // Where a cue's line is in the viewport (for tests: click there).
    QRect cueRect(int cue) const;

    // Finds `text` (ignoring case) after the cursor, or before it when `backward`, wrapping
    // around; selects and shows it. False when it is nowhere.
    bool findText(const QString &text, bool backward = false);

signals:
    void seekRequested(qint64 positionMs);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateHighlight();
    void scrollToCue(int cue);
    void holdFollowing();

    Transcript m_transcript;
    int m_current = -1;
    int m_keyCue = -1;
    QPoint m_pressPos;
    QElapsedTimer m_userMoved; // invalid: following freely
};
