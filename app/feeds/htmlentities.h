#pragma once

#include <QString>
#include <QStringView>

// The HTML named character references feeds use without declaring them (&nbsp;, &eacute;,
// &mdash;, …): HTML 4's full set and the HTML5 additions that matter.
class HtmlEntities final
{
public:
    // The character `name` (without & and ;) stands for, or 0 when it is not an HTML entity.
    static char32_t codePoint(QStringView name);
    // `text` with named and numeric character references replaced; unknown ones are kept.
    static QString decode(QStringView text);
};
