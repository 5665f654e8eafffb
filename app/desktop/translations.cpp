#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList Translations::available()
{
    QStringList languages;
    for (const QString &file : QDir(u":/i18n"_qs).entryList({u"earmark_*.qm"_qs})) {
        const QString code = file.mid(8).chopped(3);
        if (code != u"en")
            languages.append(code);
    }
    return languages;
}

QString Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, u"earmark"_qs, u"_"_qs, u":/i18n"_qs)) {
        // English: only the plural forms live in a file.
        if (own->load(u":/i18n/earmark_en.qm"_qs))
            QCoreApplication::installTranslator(own);
        return u"en"_qs;
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString code = own->language().section(u'_', 0, 0);
    qCDebug(lcStartup) << "language" << own->language();
    return code.isEmpty() ? locale.name() : code;
}
