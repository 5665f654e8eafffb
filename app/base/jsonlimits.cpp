#include "jsonlimits.h"

#include <QLocale>

JsonLimits::Violation JsonLimits::check(const QByteArray &json)
{
    qsizetype containers = 0;
    qsizetype values = 0;
    const char *const begin = json.constData();
    const char *const end = begin + json.size();
    for (const char *p = begin; p < end; ++p) {
        switch (*p) {
        case '"': {
            // Skip the string; an escaped quote does not end it.
            const char *const start = p;
            for (++p; p < end && *p != '"'; ++p) {
                if (*p == '\\')
                    ++p;
            }
            if (p - start - 1 > kMaxStringBytes)
                return {start - begin, tr("a string longer than %1 MiB; refused to keep memory "
                                          "bounded")
                                           .arg(kMaxStringBytes / (1024 * 1024))};
            break;
        }
        case '[':
        case '{':
            if (++containers > kMaxContainers)
                return {p - begin,
                        tr("more than %1 arrays and objects; refused to keep memory bounded")
                            .arg(QLocale::c().toString(kMaxContainers))};
            ++values; // its first element or member, if any
            break;
        case ',':
            if (++values > kMaxValues)
                return {p - begin, tr("more than %1 values; refused to keep memory bounded")
                                       .arg(QLocale::c().toString(kMaxValues))};
            break;
        default:
            break;
        }
    }
    return {};
}
