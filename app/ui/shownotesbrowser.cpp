#include "shownotesbrowser.h"

#include "shownotessanitizer.h"

#include <QDesktopServices>

ShowNotesBrowser::ShowNotesBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ShowNotesBrowser::onAnchorClicked);
}

QVariant ShowNotesBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // A privacy rule: no tracking pixel, no remote style sheet, nothing from disk either.
    ++m_refused;
    return {};
}

void ShowNotesBrowser::onAnchorClicked(const QUrl &url)
{
    if (const qint64 ms = ShowNotesSanitizer::seekPosition(url); ms >= 0) {
        emit seekRequested(ms);
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        m_lastOpened = url;
        QDesktopServices::openUrl(url);
    }
}
