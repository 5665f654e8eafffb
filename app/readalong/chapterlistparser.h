#pragma once

#include "chapter.h"
#include "inputproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What ChapterListParser::parse made of a file: the chapters it could read, sorted by start, and
// what was wrong, each problem with FILE:LINE:COLUMN.
struct ChapterListParseResult
{
    QList<Chapter> chapters;
    QList<InputProblem> problems;
};

// Reads a Podcasting 2.0 chapters file (podcast:chapters, application/json+chapters):
//   {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro", "img": "…",
//    "url": "…", "toc": false, "endTime": 12.5, "location": {…}}, …]}
// A chapter with "toc": false is a silent marker (an image or link change), not a chapter a
// listener jumps to, and is skipped; "img" and "url" are not used (nothing remote is loaded).
// Chapters come back sorted by start (stable); one without a usable start time or title is
// reported and left out. Pure function of its input; callable from any thread.
class ChapterListParser final
{
    Q_DECLARE_TR_FUNCTIONS(ChapterListParser)

public:
    static constexpr qsizetype kMaxBytes = qsizetype(8) * 1024 * 1024;
    static constexpr int kMaxChapters = 10'000;
    static constexpr int kMaxProblems = 100;   // then one line says the rest were left out
    static constexpr int kMaxTitleChars = 500; // longer titles are cut

    static ChapterListParseResult parse(const QByteArray &data, const QString &fileName);
};
