#pragma once

#include <QTextBrowser>

// Shows an episode's show notes: safe HTML (ShowNotesSanitizer) or plain text. Nothing is ever
// loaded: loadResource() answers every request (an image, a style sheet, anything remote or
// local) with nothing, and counts it. Links open nothing by themselves: an earmark-seek:<ms>
// link (ShowNotesSanitizer::seekUrl) asks to seek (seekRequested), an http(s) or mailto link
// opens in the system browser only when clicked; any other link is ignored.
class ShowNotesBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowNotesBrowser)

public:
    explicit ShowNotesBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // How many resources were asked for (and refused) since the last clear().
    int refusedResources() const { return m_refused; }
    // Where the last clicked web link went (QDesktopServices); for tests.
    QUrl lastOpenedLink() const { return m_lastOpened; }

signals:
    void seekRequested(qint64 positionMs);

private:
    void onAnchorClicked(const QUrl &url);

    int m_refused = 0;
    QUrl m_lastOpened;
};
