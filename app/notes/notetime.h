#pragma once

#include <QString>

// How a position in an episode is written in notes and exports: "12:34", "1:02:03" from an
// hour on.
class NoteTime final
{
public:
    static QString format(qint64 ms);
};
