#pragma once

#include <QCoreApplication>
#include <QString>

// Limits on JSON from outside, checked by one linear scan before Qt's parser sees the bytes.
// QJsonDocument builds a tree many times the size of its input: 64 MiB of nested empty arrays
// took 32 s and 4.5 GiB, 33 million zeros 4.4 s (bench_inputlimits). The scan counts arrays and
// objects and values (and the length of each string) and refuses a document with more than the
// limits, at the byte where the limit is passed, in well under a second. Nesting depth is Qt's own
// limit (1024 levels).
class JsonLimits final
{
    Q_DECLARE_TR_FUNCTIONS(JsonLimits)

public:
    static constexpr qsizetype kMaxContainers = 1'000'000;    // arrays and objects
    static constexpr qsizetype kMaxValues = 8'000'000;        // values and members, all together
    static constexpr qsizetype kMaxStringBytes = 1024 * 1024; // one string or key, in UTF-8

    struct Violation
    {
        qsizetype offset = -1; // the byte where a limit was passed; -1 when within the limits
        QString message;

        bool isValid() const { return offset >= 0; }
    };

    // Does not validate: malformed JSON is left to the parser, which says where it breaks.
    static Violation check(const QByteArray &json);
};
