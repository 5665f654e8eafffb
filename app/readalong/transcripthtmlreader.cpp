#include "transcripthtmlreader.h"

#include "htmltokenizer.h"
#include "transcriptparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isBlockElement(QStringView name)
{
    static constexpr QStringView kBlocks[] = {
        u"p",          u"br",   u"div",  u"li",     u"ul",        u"ol",     u"h1",      u"h2",
        u"h3",         u"h4",   u"h5",   u"h6",     u"tr",        u"table",  u"section", u"article",
        u"blockquote", u"pre",  u"hr",   u"dd",     u"dt",        u"header", u"footer",  u"main",
        u"body",       u"cite", u"time", u"figure", u"figcaption"};
    return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

bool isHiddenElement(QStringView name)
{
    static constexpr QStringView kHidden[] = {u"script",   u"style",    u"head",    u"title",
                                              u"template", u"noscript", u"iframe",  u"object",
                                              u"svg",      u"math",     u"textarea"};
    return std::find(std::begin(kHidden), std::end(kHidden), name) != std::end(kHidden);
}

// Text gathered from text tokens: white space folded, paragraph breaks where blocks end.
class TextCollector final
{
public:
    void appendText(QStringView text)
    {
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingBreak && !m_text.isEmpty())
                m_text.append(u"\n\n"_s);
            else if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(u'\n'))
                m_text.append(u' ');
            m_pendingBreak = false;
            m_pendingSpace = false;
            m_text.append(c);
        }
    }
    void paragraphBreak() { m_pendingBreak = true; }
    QString take()
    {
        m_pendingBreak = false;
        m_pendingSpace = false;
        return std::exchange(m_text, QString());
    }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QString m_text;
    bool m_pendingBreak = false;
    bool m_pendingSpace = false;
};

} // namespace

void TranscriptHtmlReader::read(const QString &html, Transcript &transcript)
{
    HtmlTokenizer tokenizer(html);
    HtmlTokenizer::Token token;
    TextCollector body;    // the current cue's text, or all the text when untimed
    TextCollector untimed; // all the text, kept in case there is no <time>
    QString cite;          // the text of the <cite> being read
    QString speaker;       // the last speaker named
    QString timeText;      // the text of the <time> being read
    bool inCite = false;
    bool inTime = false;
    int hiddenDepth = 0;
    QString hiddenName;
    QList<TranscriptCue> cues;
    bool haveCue = false;
    TranscriptCue cue;

    const auto finishCue = [&] {
        if (haveCue) {
            cue.text = body.take().replace(u"\n\n"_s, u"\n"_s);
            if (!cue.text.isEmpty() && cues.size() < TranscriptParser::kMaxCues)
                cues.append(cue);
        } else {
            body.take(); // text before the first <time> (a title, the first <cite>)
        }
    };

    while (tokenizer.next(token)) {
        if (hiddenDepth > 0) {
            if (token.type == HtmlTokenizer::Token::Type::EndTag && token.name == hiddenName)
                --hiddenDepth;
            else if (token.type == HtmlTokenizer::Token::Type::StartTag &&
                     token.name == hiddenName && !token.selfClosing)
                ++hiddenDepth;
            continue;
        }
        switch (token.type) {
        case HtmlTokenizer::Token::Type::Text:
            if (inCite)
                cite += token.text;
            else if (inTime)
                timeText += token.text;
            else
                body.appendText(token.text);
            untimed.appendText(token.text);
            break;
        case HtmlTokenizer::Token::Type::StartTag:
            if (isHiddenElement(token.name) && !token.selfClosing) {
                hiddenName = token.name;
                hiddenDepth = 1;
                break;
            }
            if (token.name == u"cite") {
                inCite = true;
                cite.clear();
            } else if (token.name == u"time") {
                inTime = true;
                timeText.clear();
            }
            if (isBlockElement(token.name)) {
                body.paragraphBreak();
                untimed.paragraphBreak();
            }
            break;
        case HtmlTokenizer::Token::Type::EndTag:
            if (token.name == u"cite" && inCite) {
                inCite = false;
                QString name = cite.simplified();
                if (name.endsWith(u':'))
                    name.chop(1);
                speaker = name.trimmed();
            } else if (token.name == u"time" && inTime) {
                inTime = false;
                const qint64 start = TranscriptParser::parseTime(timeText.trimmed());
                if (start >= 0) {
                    finishCue();
                    haveCue = true;
                    cue = TranscriptCue();
                    cue.startMs = start;
                    cue.speaker = speaker;
                } else {
                    body.appendText(timeText);
                }
            }
            if (isBlockElement(token.name)) {
                body.paragraphBreak();
                untimed.paragraphBreak();
            }
            break;
        }
    }
    finishCue();

    if (cues.isEmpty()) {
        transcript.timed = false;
        transcript.plainText = untimed.take();
        return;
    }
    std::stable_sort(cues.begin(), cues.end(), [](const TranscriptCue &a, const TranscriptCue &b) {
        return a.startMs < b.startMs;
    });
    for (qsizetype i = 0; i + 1 < cues.size(); ++i)
        cues[i].endMs = cues.at(i + 1).startMs;
    transcript.cues = std::move(cues);
    transcript.timed = true;
}
