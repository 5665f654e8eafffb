// libFuzzer target for ShowNotesSanitizer: any text (UTF-8) in, and what comes out may hold only
// the whitelisted tags, balanced, with no attribute but an http(s), mailto or earmark-seek href.
// Seeds: tests/fuzz/corpus/shownotes/.
#include "htmltokenizer.h"
#include "shownotessanitizer.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html =
        ShowNotesSanitizer::toSafeHtml(input, QStringLiteral("https://fuzz.example/ep/1"));

    static const QSet<QString> allowed = {
        QStringLiteral("p"),         QStringLiteral("br"),   QStringLiteral("ul"),
        QStringLiteral("ol"),        QStringLiteral("li"),   QStringLiteral("a"),
        QStringLiteral("em"),        QStringLiteral("i"),    QStringLiteral("strong"),
        QStringLiteral("b"),         QStringLiteral("h1"),   QStringLiteral("h2"),
        QStringLiteral("h3"),        QStringLiteral("h4"),   QStringLiteral("h5"),
        QStringLiteral("h6"),        QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("blockquote")};
    HtmlTokenizer tokenizer(html);
    HtmlTokenizer::Token token;
    QList<QString> open;
    while (tokenizer.next(token)) {
        if (token.type == HtmlTokenizer::Token::Type::Text)
            continue;
        if (!allowed.contains(token.name))
            __builtin_trap();
        if (token.type == HtmlTokenizer::Token::Type::EndTag) {
            if (open.isEmpty() || open.takeLast() != token.name)
                __builtin_trap(); // unbalanced
            continue;
        }
        if (token.name != QStringLiteral("a") && !token.attributes.isEmpty())
            __builtin_trap();
        if (token.name == QStringLiteral("a")) {
            if (token.attributes.size() != 1 || token.attributes.first().first != u"href")
                __builtin_trap();
            const QString scheme = QUrl(token.attributes.first().second).scheme();
            if (scheme != u"http" && scheme != u"https" && scheme != u"mailto" &&
                scheme != ShowNotesSanitizer::kSeekScheme)
                __builtin_trap();
        }
        if (token.name != QStringLiteral("br"))
            open.append(token.name);
    }
    if (!open.isEmpty())
        __builtin_trap();
    return 0;
}
