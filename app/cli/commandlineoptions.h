#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// Earmark's command line. Declares the options on a QCommandLineParser and reads them back.
class CommandLineOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    CommandLineOptions();

    // Parses; false on an error (see errorText()). Needs no application object.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }

    // True when the options ask for a window: --help, --version and the modes that print and
    // exit need no display.
    bool needsGui() const;
    // Prints --help or --version and exits when asked for; needs the application object.
    void handleHelpAndVersion();

    QStringList catalogs() const;
    QString dataDir() const; // resolved; the platform default when not given
    QString checkCatalog() const;
    bool list() const;
    QString exportProgress() const;
    QString importProgress() const;
    QString restoreBackup() const;
    QString language() const;
    QStringList subscribe() const;
    bool refresh() const;
    QString importOpml() const;
    QString exportOpml() const;
    QString engine() const; // the playback engine asked for; empty: the one from the settings
    QStringList addFolders() const;
    QStringList addCatalogs() const;
    // --export-notes FORMAT FILE: the format, and the file (the first positional argument).
    QString exportNotesFormat() const;
    QString exportNotesFile() const;
    QStringList download() const; // --download: episode ids

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_catalog;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_checkCatalog;
    QCommandLineOption m_list;
    QCommandLineOption m_subscribe;
    QCommandLineOption m_refresh;
    QCommandLineOption m_importOpml;
    QCommandLineOption m_exportOpml;
    QCommandLineOption m_exportProgress;
    QCommandLineOption m_importProgress;
    QCommandLineOption m_restoreBackup;
    QCommandLineOption m_exportNotes;
    QCommandLineOption m_language;
    QCommandLineOption m_engine;
    QCommandLineOption m_addFolder;
    QCommandLineOption m_addCatalog;
    QCommandLineOption m_download;
};
