#pragma once

#include <QString>
#include <QStringView>

// Plain text from the HTML (or text) of show notes, for cards and search: tags removed (the
// content of <script> and <style> too), character references decoded, white space folded to
// single spaces, cut on a word boundary with an ellipsis when longer than `maxChars`.
class FeedText final
{
public:
    static QString plainText(QStringView html, int maxChars);
    // White space folded to single spaces and trimmed (titles).
    static QString folded(QStringView text);
    static QString folded(const QString &text); // shares `text` when nothing changes
};
