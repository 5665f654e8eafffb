#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

// Show notes from a feed (HTML or plain text, often broken) -> HTML that is safe to render:
//  - kept: p, br, ul, ol, li, h1–h6, pre, blockquote, code, em, i, strong, b, and a with an href
//    of http, https or mailto (relative ones resolved against `baseUrl`, else dropped);
//  - dropped with their content: script, style, iframe, object, svg, math, form, template,
//    head, noscript, textarea, select, audio, video, canvas;
//  - dropped, their text kept: every other tag (div, span, font, table, …; block ones leave a
//    line break); img becomes its alt text;
//  - every attribute but a's href is dropped (no event handlers, no style, no class), and so are
//    javascript:, data:, vbscript: and all other URLs; nothing in the result refers to a remote
//    resource, so rendering it loads nothing (no tracking pixels);
//  - plain text (no tags at all) becomes paragraphs, blank lines between them; HTML without any
//    block tags keeps its line breaks;
//  - timestamps in the text ("12:34", "1:02:03"), not inside a link, code or pre and not a clock
//    time ("9:30 am"), become links to earmark-seek:<milliseconds> (seekUrl(), seekPosition()),
//    which the episode page turns into a seek. The output is well-formed: every tag is closed.
// Pure function of its input; callable from any thread.
class ShowNotesSanitizer final
{
public:
    static constexpr qsizetype kMaxInputChars = qsizetype(2) * 1024 * 1024; // the rest is cut
    static constexpr int kMaxDepth = 64; // deeper kept elements lose their tags, not their text

    static QString toSafeHtml(const QString &html, const QString &baseUrl = {});

    // The scheme of seek links: "earmark-seek:<ms>", ms a decimal number of milliseconds from
    // the start of the episode (e.g. earmark-seek:754000 for 12:34).
    static constexpr QStringView kSeekScheme = u"earmark-seek";
    static QUrl seekUrl(qint64 positionMs);
    // The position an earmark-seek: link points at; -1 for any other URL or a malformed one.
    static qint64 seekPosition(const QUrl &url);
};
