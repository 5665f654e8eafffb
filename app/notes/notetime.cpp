#include "notetime.h"

QString NoteTime::format(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return u"%1:%2:%3"_qs.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_qs.arg(minutes, 2, 10, QChar(u'0')).arg(seconds, 2, 10, QChar(u'0'));
}
