#include "chapterlistparser.h"

#include "jsonlimits.h"
#include "jsonpositionindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A Podcasting 2.0 time is seconds; the limit matches TranscriptParser's (10,000 hours).
constexpr double kMaxSeconds = 10'000.0 * 3600.0;

class Reader final
{
public:
    Reader(const QByteArray &data, const QString &fileName, ChapterListParseResult &result)
        : m_data(data)
        , m_fileName(fileName)
        , m_result(result)
    {}

    void read()
    {
        if (m_data.size() > ChapterListParser::kMaxBytes)
            return m_result.problems.append(
                {m_fileName, 0, 0,
                 ChapterListParser::tr("the file is too large (%1 MiB); the limit is %2 MiB")
                     .arg(m_data.size() / (1024 * 1024))
                     .arg(ChapterListParser::kMaxBytes / (1024 * 1024))});
        if (m_data.trimmed().isEmpty())
            return problemAtOffset(0, ChapterListParser::tr("the file is empty; expected a JSON "
                                                            "object with \"chapters\""));
        if (const qsizetype nul = m_data.indexOf('\0'); nul >= 0)
            return problemAtOffset(nul, ChapterListParser::tr("this is not a text file (NUL "
                                                              "byte); expected JSON"));
        if (const JsonLimits::Violation v = JsonLimits::check(m_data); v.isValid())
            return problemAtOffset(v.offset, v.message);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_data, &error);
        if (error.error != QJsonParseError::NoError) {
            qsizetype at = error.offset;
            while (at > 0 && (at >= m_data.size() || QChar::isSpace(uchar(m_data.at(at)))))
                --at;
            return problemAtOffset(
                at, ChapterListParser::tr("JSON syntax error: %1").arg(error.errorString()));
        }
        if (!doc.isObject())
            return problemAt(QString(), ChapterListParser::tr("expected a JSON object with "
                                                              "\"chapters\""));
        const QJsonObject root = doc.object();
        const QJsonValue chapters = root.value(u"chapters"_s);
        if (!chapters.isArray())
            return problemAt(chapters.isUndefined() ? QString() : u"chapters"_s,
                             ChapterListParser::tr("expected a \"chapters\" array"));
        const QJsonArray array = chapters.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (m_result.chapters.size() >= ChapterListParser::kMaxChapters) {
                problemAt(u"chapters[%1]"_s.arg(i),
                          ChapterListParser::tr("more than %1 chapters; the rest are left out")
                              .arg(QLocale::c().toString(ChapterListParser::kMaxChapters)));
                break;
            }
            readChapter(array.at(i), u"chapters[%1]"_s.arg(i));
        }
        std::stable_sort(m_result.chapters.begin(), m_result.chapters.end(),
                         [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    }

private:
    void readChapter(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return problemAt(path, ChapterListParser::tr("a chapter must be an object; skipped"));
        const QJsonObject o = value.toObject();
        const QJsonValue toc = o.value(u"toc"_s);
        if (toc.isBool() && !toc.toBool())
            return; // a silent marker, not a chapter of the table of contents
        const QJsonValue start = o.value(u"startTime"_s);
        if (start.isUndefined())
            return problemAt(path, ChapterListParser::tr("a chapter needs \"startTime\"; "
                                                         "skipped"));
        bool ok = start.isDouble();
        double seconds = start.toDouble();
        if (start.isString())
            seconds = start.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds)
            return problemAt(path + u".startTime"_s,
                             ChapterListParser::tr("\"startTime\" must be a number of seconds "
                                                   "from 0 to %1; skipped")
                                 .arg(qint64(kMaxSeconds)));
        const QJsonValue title = o.value(u"title"_s);
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return problemAt(title.isUndefined() ? path : path + u".title"_s,
                             ChapterListParser::tr("a chapter needs a \"title\" text; skipped"));
        Chapter chapter;
        chapter.startMs = qint64(std::llround(seconds * 1000.0));
        chapter.title = title.toString().simplified().left(ChapterListParser::kMaxTitleChars);
        m_result.chapters.append(chapter);
    }

    void problem(int line, int column, const QString &message)
    {
        ++m_problemCount;
        if (m_problemCount <= ChapterListParser::kMaxProblems)
            m_result.problems.append({m_fileName, line, column, message});
        else if (m_problemCount == ChapterListParser::kMaxProblems + 1)
            m_result.problems.append({m_fileName, line, column,
                                      ChapterListParser::tr("more problems; the rest are not "
                                                            "listed")});
    }

    void problemAtOffset(qsizetype offset, const QString &message)
    {
        const auto pos = JsonPositionIndex::positionAt(m_data, offset);
        problem(pos.line, pos.column, message);
    }

    void problemAt(const QString &path, const QString &message)
    {
        if (!m_index)
            m_index.emplace(m_data, 3);
        const auto pos = m_index->positionOf(path);
        problem(pos.line, pos.column, message);
    }

    const QByteArray &m_data;
    const QString &m_fileName;
    ChapterListParseResult &m_result;
    std::optional<JsonPositionIndex> m_index;
    int m_problemCount = 0;
};

} // namespace

ChapterListParseResult ChapterListParser::parse(const QByteArray &data, const QString &fileName)
{
    ChapterListParseResult result;
    const QByteArray json = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    Reader(json, fileName, result).read();
    return result;
}
