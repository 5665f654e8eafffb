#include "transcriptparser.h"

#include "htmlentities.h"
#include "jsonlimits.h"
#include "jsonpositionindex.h"
#include "transcripthtmlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Collects problems for one file, at most kMaxProblems and then one line saying so.
class Problems final
{
public:
    Problems(const QString &fileName, QList<InputProblem> &out)
        : m_fileName(fileName)
        , m_out(out)
    {}

    void add(int line, int column, const QString &message)
    {
        if (m_count++ < TranscriptParser::kMaxProblems)
            m_out.append({m_fileName, line, column, message});
        else if (m_count == TranscriptParser::kMaxProblems + 1)
            m_out.append({m_fileName, line, column,
                          TranscriptParser::tr("more problems; the rest are not listed")});
    }

    const QString &fileName() const { return m_fileName; }

private:
    const QString &m_fileName;
    QList<InputProblem> &m_out;
    int m_count = 0;
};

// The first byte offset where `data` stops being valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int extra = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool startsWith(const QByteArray &data, const char *prefix)
{
    return data.startsWith(prefix);
}

// The text of `data`: UTF-8 (a BOM skipped), UTF-16 with a BOM, or, when neither, Latin-1 with a
// problem at the first byte that is not UTF-8. nullopt (with a problem) for binary data.
std::optional<QString> decodeText(const QByteArray &data, Problems &problems)
{
    QString text;
    if (startsWith(data, "\xFF\xFE") || startsWith(data, "\xFE\xFF")) {
        QStringDecoder decoder(startsWith(data, "\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        text = decoder.decode(QByteArrayView(data).sliced(2));
    } else {
        const QByteArrayView body = startsWith(data, "\xEF\xBB\xBF")
                                        ? QByteArrayView(data).sliced(3)
                                        : QByteArrayView(data);
        if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
            const qsizetype at = nul + (data.size() - body.size());
            const auto pos = JsonPositionIndex::positionAt(data, at);
            problems.add(pos.line, pos.column,
                         TranscriptParser::tr("this is not a text file (NUL byte); expected a "
                                              "transcript"));
            return std::nullopt;
        }
        const QByteArray bytes = body.toByteArray();
        if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            const auto pos = JsonPositionIndex::positionAt(bytes, bad);
            problems.add(pos.line, pos.column,
                         TranscriptParser::tr("not valid UTF-8; read as Latin-1"));
            text = QString::fromLatin1(bytes);
        } else {
            text = QString::fromUtf8(bytes);
        }
    }
    if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
        problems.add(1, 1,
                     TranscriptParser::tr("this is not a text file (NUL character); "
                                          "expected a transcript"));
        return std::nullopt;
    }
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int firstNonSpace(QStringView line)
{
    int i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

// "NOTE", "STYLE", "REGION" alone or followed by white space.
bool startsWithKeyword(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line.at(keyword.size()).isSpace());
}

// Cue text as WebVTT and SRT mark it up -> plain text. Tags go (<i>, <c.x>, <00:01.000>, …); the
// first voice tag <v Name> or <v.class Name> names the speaker; SSA overrides ({\an8}) go; the
// character references are decoded; lines are trimmed and empty ones dropped.
QString cleanCueText(const QString &raw, QString *speaker)
{
    QString out;
    out.reserve(raw.size());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = raw.at(i);
        if (c == u'<') {
            const qsizetype close = raw.indexOf(u'>', i + 1);
            if (close < 0) {
                out.append(c);
                continue;
            }
            const QStringView tag = QStringView(raw).sliced(i + 1, close - i - 1);
            if (speaker && speaker->isEmpty() && tag.size() > 1 && tag.at(0) == u'v' &&
                (tag.at(1).isSpace() || tag.at(1) == u'.')) {
                qsizetype space = 1;
                while (space < tag.size() && !tag.at(space).isSpace())
                    ++space;
                *speaker = HtmlEntities::decode(tag.sliced(space).trimmed());
            }
            i = close;
        } else if (c == u'{' && i + 1 < n && raw.at(i + 1) == u'\\') {
            const qsizetype close = raw.indexOf(u'}', i + 2);
            if (close < 0) {
                out.append(c);
                continue;
            }
            i = close;
        } else {
            out.append(c);
        }
    }
    if (out.contains(u'&'))
        out = HtmlEntities::decode(out);
    QString text;
    text.reserve(out.size());
    for (const QStringView line : QStringView(out).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!text.isEmpty())
            text.append(u'\n');
        text.append(trimmed);
    }
    return text;
}

// Fills plainText from the cues (one a line) and sorts them.
void finishTimed(Transcript &transcript)
{
    transcript.timed = true;
    transcript.index();
    qsizetype size = 0;
    for (const TranscriptCue &cue : std::as_const(transcript.cues))
        size += cue.text.size() + 1;
    transcript.plainText.reserve(size);
    for (const TranscriptCue &cue : std::as_const(transcript.cues)) {
        if (!transcript.plainText.isEmpty())
            transcript.plainText.append(u'\n');
        QString line = cue.text;
        line.replace(u'\n', u' ');
        transcript.plainText.append(line);
    }
}

// WebVTT and SRT: a line-by-line state machine that takes the blank-line, numbering and header
// variations of real files.
class SubtitleReader final
{
public:
    SubtitleReader(bool vtt, Problems &problems, Transcript &transcript)
        : m_vtt(vtt)
        , m_problems(problems)
        , m_transcript(transcript)
    {}

    void read(const QString &text)
    {
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        qsizetype i = 0;
        if (m_vtt)
            i = readHeader(lines);
        for (; i < lines.size(); ++i) {
            if (m_stopped)
                break;
            const QStringView line = lines.at(i);
            const int lineNo = int(i + 1);
            const bool blank = isBlank(line);
            const bool nextIsTiming = i + 1 < lines.size() && lines.at(i + 1).contains(u"-->");
            switch (m_state) {
            case State::Between:
                if (blank)
                    break;
                if (m_vtt &&
                    (startsWithKeyword(line, u"NOTE") || startsWithKeyword(line, u"STYLE") ||
                     startsWithKeyword(line, u"REGION"))) {
                    m_state = State::SkipBlock;
                } else if (line.contains(u"-->")) {
                    startCue(line, lineNo);
                } else if (nextIsTiming) {
                    // A cue identifier (SRT's number, or any name in WebVTT).
                } else if (!m_vtt && m_hasCue) {
                    // SRT text with a blank line inside: it continues the cue before.
                    m_cue.text.append(u'\n');
                    m_cue.text.append(line);
                    m_state = State::CueText;
                    m_reopened = true;
                } else {
                    m_problems.add(lineNo, firstNonSpace(line) + 1,
                                   TranscriptParser::tr("text outside a cue (no \"-->\" timing "
                                                        "line before it); skipped"));
                    m_state = State::SkipBlock;
                }
                break;
            case State::SkipBlock:
                if (blank)
                    m_state = State::Between;
                else if (line.contains(u"-->") && !m_vtt)
                    startCue(line, lineNo);
                break;
            case State::CueText:
                if (blank) {
                    endCue();
                    m_state = State::Between;
                } else if (line.contains(u"-->")) {
                    endCue(); // a missing blank line
                    startCue(line, lineNo);
                } else if (nextIsTiming && isDigits(line.trimmed())) {
                    endCue(); // the next cue's number after a missing blank line
                    m_state = State::Between;
                } else {
                    if (!m_cue.text.isEmpty())
                        m_cue.text.append(u'\n');
                    m_cue.text.append(line);
                }
                break;
            }
        }
        if (m_state == State::CueText)
            endCue();
        finishTimed(m_transcript);
    }

private:
    enum class State { Between, SkipBlock, CueText };

    // The "WEBVTT" line and the header lines after it; returns the first line after them.
    qsizetype readHeader(const QList<QStringView> &lines)
    {
        const QStringView first = lines.isEmpty() ? QStringView() : lines.first();
        if (!first.startsWith(u"WEBVTT") ||
            (first.size() > 6 && first.at(6) != u' ' && first.at(6) != u'\t')) {
            m_problems.add(1, 1,
                           TranscriptParser::tr("expected \"WEBVTT\" on the first line; read "
                                                "as WebVTT anyway"));
            return 0;
        }
        qsizetype i = 1;
        while (i < lines.size() && !isBlank(lines.at(i)) && !lines.at(i).contains(u"-->"))
            ++i;
        return i;
    }

    void startCue(QStringView line, int lineNo)
    {
        m_reopened = false;
        const qsizetype arrow = line.indexOf(u"-->");
        const QStringView left = line.first(arrow);
        const int startColumn = firstNonSpace(left) + 1;
        const qint64 start = TranscriptParser::parseTime(left.trimmed());
        const QStringView right = line.sliced(arrow + 3);
        const int rightSkip = firstNonSpace(right);
        qsizetype endLength = rightSkip;
        while (endLength < right.size() && !right.at(endLength).isSpace())
            ++endLength;
        const QStringView endText = right.sliced(rightSkip, endLength - rightSkip);
        const int endColumn = int(arrow + 3 + rightSkip + 1);
        const qint64 end = TranscriptParser::parseTime(endText);
        m_state = State::SkipBlock;
        if (start < 0) {
            m_problems.add(lineNo, startColumn,
                           TranscriptParser::tr("malformed start time \"%1\"; expected "
                                                "hh:mm:ss.mmm; cue skipped")
                               .arg(left.trimmed().left(40)));
            return;
        }
        if (end < 0) {
            m_problems.add(lineNo, endColumn,
                           TranscriptParser::tr("malformed end time \"%1\"; expected "
                                                "hh:mm:ss.mmm; cue skipped")
                               .arg(endText.left(40)));
            return;
        }
        if (m_transcript.cues.size() >= TranscriptParser::kMaxCues) {
            m_problems.add(lineNo, startColumn,
                           TranscriptParser::tr("more than %1 cues; the rest are left out")
                               .arg(QLocale::c().toString(TranscriptParser::kMaxCues)));
            m_stopped = true;
            return;
        }
        m_cue = {};
        m_cue.startMs = start;
        m_cue.endMs = end;
        if (end < start) {
            m_problems.add(lineNo, endColumn,
                           TranscriptParser::tr("the cue ends before it starts; its end is "
                                                "taken as its start"));
            m_cue.endMs = start;
        }
        m_state = State::CueText;
    }

    void endCue()
    {
        if (m_reopened) {
            // The continued cue is the last one already added: update its text.
            TranscriptCue &last = m_transcript.cues.last();
            QString speaker;
            last.text = cleanCueText(m_cue.text, &speaker);
            m_reopened = false;
            return;
        }
        TranscriptCue cue = m_cue;
        cue.text = cleanCueText(m_cue.text, &cue.speaker);
        m_hasCue = true;
        if (cue.text.isEmpty())
            return; // an empty cue shows nothing
        m_transcript.cues.append(cue);
    }

    const bool m_vtt;
    Problems &m_problems;
    Transcript &m_transcript;
    State m_state = State::Between;
    TranscriptCue m_cue; // the cue being read; its text still marked up
    bool m_hasCue = false;
    bool m_reopened = false;
    bool m_stopped = false;
};

QString normalizedPlainText(const QString &text)
{
    // Paragraphs separated by one blank line; lines trimmed at the end.
    QString out;
    out.reserve(text.size());
    int blankRun = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (isBlank(line)) {
            ++blankRun;
            continue;
        }
        if (!out.isEmpty())
            out.append(blankRun > 0 ? u"\n\n"_s : u"\n"_s);
        blankRun = 0;
        QStringView l = line;
        while (!l.isEmpty() && l.last().isSpace())
            l.chop(1);
        out.append(l);
    }
    return out;
}

// Podcasting 2.0 JSON: {"version": "1.0.0", "segments": [{"startTime": 0.5, "endTime": 1.2,
// "body": "Hello", "speaker": "Alice"}, …]}. Times are seconds.
class JsonReader final
{
public:
    JsonReader(const QByteArray &data, Problems &problems, Transcript &transcript)
        : m_data(data)
        , m_problems(problems)
        , m_transcript(transcript)
    {}

    void read()
    {
        if (const JsonLimits::Violation v = JsonLimits::check(m_data); v.isValid())
            return problemAtOffset(v.offset, v.message);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_data, &error);
        if (error.error != QJsonParseError::NoError) {
            qsizetype at = error.offset;
            while (at > 0 && (at >= m_data.size() || QChar::isSpace(uchar(m_data.at(at)))))
                --at;
            return problemAtOffset(
                at, TranscriptParser::tr("JSON syntax error: %1").arg(error.errorString()));
        }
        if (!doc.isObject())
            return problemAt(QString(), TranscriptParser::tr("expected a JSON object with "
                                                             "\"segments\""));
        const QJsonValue segments = doc.object().value(u"segments"_s);
        if (!segments.isArray())
            return problemAt(segments.isUndefined() ? QString() : u"segments"_s,
                             TranscriptParser::tr("expected a \"segments\" array"));
        const QJsonArray array = segments.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readSegment(array.at(i), i))
                break;
        }
        mergeWords();
        finishTimed(m_transcript);
    }

private:
    bool readSegment(const QJsonValue &value, qsizetype i)
    {
        const QString path = u"segments[%1]"_s.arg(i);
        if (!value.isObject()) {
            problemAt(path, TranscriptParser::tr("a segment must be an object; skipped"));
            return true;
        }
        const QJsonObject o = value.toObject();
        const qint64 start = seconds(o, path, u"startTime"_s, true);
        if (start < 0)
            return true;
        qint64 end = -1;
        if (o.contains(u"endTime")) {
            end = seconds(o, path, u"endTime"_s, false);
            if (end >= 0 && end < start) {
                problemAt(path + u".endTime"_s,
                          TranscriptParser::tr("the segment ends before it starts; its end is "
                                               "taken as its start"));
                end = start;
            }
        }
        const QJsonValue body = o.value(u"body"_s);
        if (!body.isString()) {
            problemAt(body.isUndefined() ? path : path + u".body"_s,
                      TranscriptParser::tr("a segment needs a \"body\" string; skipped"));
            return true;
        }
        if (m_segments.size() >= TranscriptParser::kMaxCues) {
            problemAt(path, TranscriptParser::tr("more than %1 segments; the rest are left out")
                                .arg(QLocale::c().toString(TranscriptParser::kMaxCues)));
            return false;
        }
        TranscriptCue cue;
        cue.startMs = start;
        cue.endMs = end;
        cue.text = body.toString();
        const QJsonValue speaker = o.value(u"speaker"_s);
        if (speaker.isString())
            cue.speaker = speaker.toString().trimmed();
        m_segments.append(cue);
        return true;
    }

    // A time in seconds (a number, or a number written as a string) -> ms; -1 with a problem.
    qint64 seconds(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problemAt(path, TranscriptParser::tr("a segment needs \"%1\"; skipped").arg(key));
            return -1;
        }
        bool ok = v.isDouble();
        double s = v.toDouble();
        if (v.isString())
            s = v.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(s) || s < 0 ||
            s * 1000.0 > double(TranscriptParser::kMaxTimeMs)) {
            problemAt(path + u'.' + key,
                      TranscriptParser::tr("\"%1\" must be a number of seconds from 0 to %2; "
                                           "skipped")
                          .arg(key)
                          .arg(TranscriptParser::kMaxTimeMs / 1000));
            return -1;
        }
        return qint64(std::llround(s * 1000.0));
    }

    // Word-level transcripts give one segment a word: adjacent words of one speaker become one
    // cue, up to the end of a sentence (or 15 s, or 300 characters, or a pause of more than 1.5
    // s). Segments that are sentences already stay as they are.
    void mergeWords()
    {
        // Unsorted input: in start order first (stable), then merge.
        std::stable_sort(
            m_segments.begin(), m_segments.end(),
            [](const TranscriptCue &a, const TranscriptCue &b) { return a.startMs < b.startMs; });
        QList<TranscriptCue> &cues = m_transcript.cues;
        cues.reserve(m_segments.size());
        for (TranscriptCue &segment : m_segments) {
            const QString body = segment.text;
            if (body.trimmed().isEmpty())
                continue;
            if (!cues.isEmpty()) {
                TranscriptCue &last = cues.last();
                const qint64 lastEnd = last.endMs < 0 ? last.startMs : last.endMs;
                const bool joinable = last.speaker == segment.speaker &&
                                      segment.startMs - lastEnd <= 1500 &&
                                      segment.startMs - last.startMs < 15000 &&
                                      last.text.size() < 300 && !endsSentence(last.text);
                if (joinable) {
                    const QChar first = body.trimmed().at(0);
                    const bool glue = QStringView(u",.;:!?)]}…'’").contains(first) ||
                                      last.text.endsWith(u' ') || body.startsWith(u' ');
                    if (!glue)
                        last.text.append(u' ');
                    last.text.append(body);
                    last.endMs = std::max(last.endMs, segment.endMs);
                    continue;
                }
                last.text = last.text.simplified();
            }
            cues.append(segment);
        }
        m_segments.clear();
        for (qsizetype i = 0; i < cues.size(); ++i) {
            TranscriptCue &cue = cues[i];
            cue.text = cue.text.simplified();
            if (cue.endMs < 0 && i + 1 < cues.size())
                cue.endMs = std::max(cue.startMs, cues.at(i + 1).startMs);
        }
    }

    static bool endsSentence(const QString &text)
    {
        QStringView t = QStringView(text).trimmed();
        while (!t.isEmpty() && (t.last() == u'"' || t.last() == u'\u201D' || t.last() == u')'))
            t.chop(1);
        return !t.isEmpty() && QStringView(u".?!…").contains(t.last());
    }

    void problemAtOffset(qsizetype offset, const QString &message)
    {
        const auto pos = JsonPositionIndex::positionAt(m_data, offset);
        m_problems.add(pos.line, pos.column, message);
    }

    void problemAt(const QString &path, const QString &message)
    {
        if (!m_index)
            m_index.emplace(m_data, 3);
        const auto pos = m_index->positionOf(path);
        m_problems.add(pos.line, pos.column, message);
    }

    const QByteArray &m_data;
    Problems &m_problems;
    Transcript &m_transcript;
    QList<TranscriptCue> m_segments;
    std::optional<JsonPositionIndex> m_index;
};

QString extensionOf(const QString &fileName)
{
    // A URL's query and fragment are not part of the name.
    QStringView name(fileName);
    if (const qsizetype q = name.indexOf(u'?'); q >= 0)
        name.truncate(q);
    if (const qsizetype h = name.indexOf(u'#'); h >= 0)
        name.truncate(h);
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype slash = name.lastIndexOf(u'/');
    if (dot < 0 || dot < slash)
        return {};
    return name.sliced(dot + 1).toString().toLower();
}

} // namespace

TranscriptParseResult TranscriptParser::parse(const QByteArray &data, TranscriptFormat format,
                                              const QString &fileName)
{
    TranscriptParseResult result;
    Problems problems(fileName, result.problems);
    if (data.size() > kMaxBytes) {
        problems.add(0, 0,
                     tr("the file is too large (%1 MiB); the limit is %2 MiB")
                         .arg(data.size() / (1024 * 1024))
                         .arg(kMaxBytes / (1024 * 1024)));
        return result;
    }
    if (format == TranscriptFormat::Unspecified)
        format = detectFormat(data, fileName);

    if (format == TranscriptFormat::PodcastJson) {
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
            const auto pos = JsonPositionIndex::positionAt(data, nul);
            problems.add(pos.line, pos.column,
                         tr("this is not a text file (NUL byte); expected a transcript"));
            return result;
        }
        // JSON is UTF-8; a BOM is tolerated.
        const QByteArray json = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
        JsonReader(json, problems, result.transcript).read();
        return result;
    }

    const std::optional<QString> text = decodeText(data, problems);
    if (!text)
        return result;
    switch (format) {
    case TranscriptFormat::WebVtt:
    case TranscriptFormat::Srt:
        SubtitleReader(format == TranscriptFormat::WebVtt, problems, result.transcript).read(*text);
        break;
    case TranscriptFormat::Html:
        TranscriptHtmlReader::read(*text, result.transcript);
        if (result.transcript.timed)
            finishTimed(result.transcript);
        break;
    case TranscriptFormat::PlainText:
    case TranscriptFormat::Unspecified:
    case TranscriptFormat::PodcastJson:
        result.transcript.plainText = normalizedPlainText(*text);
        break;
    }
    return result;
}

TranscriptFormat TranscriptParser::detectFormat(const QByteArray &data, const QString &fileName)
{
    const QString ext = extensionOf(fileName);
    if (ext == u"vtt" || ext == u"webvtt")
        return TranscriptFormat::WebVtt;
    if (ext == u"srt")
        return TranscriptFormat::Srt;
    if (ext == u"json")
        return TranscriptFormat::PodcastJson;
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml")
        return TranscriptFormat::Html;
    if (ext == u"txt")
        return TranscriptFormat::PlainText;

    // By content: the first 4 KiB, without a BOM and leading white space.
    QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16: look at it as text.
        const QString text = QStringDecoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                                        : QStringConverter::Utf16BE)
                                 .decode(head.sliced(2));
        return detectFormat(text.toUtf8(), QString());
    }
    head = head.trimmed();
    if (head.startsWith("WEBVTT"))
        return TranscriptFormat::WebVtt;
    if (head.startsWith("{"))
        return TranscriptFormat::PodcastJson;
    if (head.startsWith("<"))
        return TranscriptFormat::Html;
    // SRT: a timing line "00:00:01,000 --> 00:00:02,000" among the first lines.
    if (const qsizetype arrow = head.indexOf("-->"); arrow > 0) {
        const QByteArrayView before = head.first(arrow);
        const QByteArrayView start = before.sliced(before.lastIndexOf('\n') + 1).trimmed();
        if (before.count('\n') < 4 && parseTime(QString::fromLatin1(start)) >= 0)
            return TranscriptFormat::Srt;
    }
    return TranscriptFormat::PlainText;
}

TranscriptFormat TranscriptParser::formatForMimeType(QStringView mimeType)
{
    QStringView type = mimeType;
    if (const qsizetype semicolon = type.indexOf(u';'); semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed();
    const auto is = [type](QStringView name) {
        return type.compare(name, Qt::CaseInsensitive) == 0;
    };
    if (is(u"text/vtt"))
        return TranscriptFormat::WebVtt;
    if (is(u"application/x-subrip") || is(u"application/srt") || is(u"text/srt") ||
        is(u"text/x-srt") || is(u"application/x-srt"))
        return TranscriptFormat::Srt;
    if (is(u"application/json") || is(u"text/json"))
        return TranscriptFormat::PodcastJson;
    if (is(u"text/html") || is(u"application/xhtml+xml"))
        return TranscriptFormat::Html;
    if (is(u"text/plain"))
        return TranscriptFormat::PlainText;
    return TranscriptFormat::Unspecified;
}

int TranscriptParser::preference(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt:
        return 5;
    case TranscriptFormat::PodcastJson:
        return 4;
    case TranscriptFormat::Srt:
        return 3;
    case TranscriptFormat::Html:
        return 2;
    case TranscriptFormat::PlainText:
        return 1;
    case TranscriptFormat::Unspecified:
        break;
    }
    return 0;
}

qint64 TranscriptParser::parseTime(QStringView text)
{
    // Split off the decimals (a period, or SRT's comma).
    QStringView whole = text;
    QStringView fraction;
    if (const qsizetype sep = std::max(text.lastIndexOf(u'.'), text.lastIndexOf(u',')); sep >= 0) {
        whole = text.first(sep);
        fraction = text.sliced(sep + 1);
        if (fraction.isEmpty() || fraction.size() > 9 || !isDigits(fraction))
            return -1;
    }
    const QList<QStringView> parts = whole.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    for (const QStringView part : parts) {
        if (!isDigits(part))
            return -1;
    }
    const QStringView sec = parts.last();
    const QStringView min = parts.at(parts.size() - 2);
    const bool hasHours = parts.size() == 3;
    if (sec.size() > 2 || min.size() > (hasHours ? 2 : 4) || (hasHours && parts.first().size() > 5))
        return -1;
    const qint64 s = sec.toLongLong();
    const qint64 m = min.toLongLong();
    const qint64 h = hasHours ? parts.first().toLongLong() : 0;
    if (s >= 60 || (hasHours && m >= 60))
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 3; ++i)
        ms = ms * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    const qint64 total = ((h * 60 + m) * 60 + s) * 1000 + ms;
    return total > kMaxTimeMs ? -1 : total;
}
