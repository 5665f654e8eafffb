#pragma once

#include <QString>
#include <QtGlobal>

// A named part of an episode, from its start to the next chapter's start (or the end).
struct Chapter
{
    qint64 startMs = 0;
    QString title;

    bool operator==(const Chapter &) const = default;
};
