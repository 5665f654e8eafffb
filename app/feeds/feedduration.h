#pragma once

#include <QStringView>

// A duration or time offset as feeds write it: seconds ("3600", "3600.5"), MM:SS, H:MM:SS,
// optionally with fractions ("00:01:02.500", Podlove chapters). The first part may exceed 59
// ("75:30"); later parts may not. Returns -1 when `text` is none of these.
class FeedDuration final
{
public:
    static qint64 parseMilliseconds(QStringView text);
    // Rounded to whole seconds; -1 when unreadable.
    static int parseSeconds(QStringView text);
};
