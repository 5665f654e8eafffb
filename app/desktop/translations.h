#pragma once

#include <QString>
#include <QStringList>

// Earmark's own translations (compiled into the binary) and Qt's, for the chosen language.
class Translations final
{
public:
    // The languages Earmark is translated into, besides English.
    static QStringList available();

    // Installs the translators for `language` ("de", "fr_CA", ...; empty: the system's) and makes
    // it the default locale for numbers and dates when it was asked for explicitly. Returns the
    // language in use ("en" when no translation matches).
    static QString install(const QString &language);
};
