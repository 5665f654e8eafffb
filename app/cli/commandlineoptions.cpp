#include "commandlineoptions.h"

#include <QDir>
#include <QStandardPaths>

CommandLineOptions::CommandLineOptions()
    : m_catalog(QStringList{u"c"_qs, u"catalog"_qs},
                tr("Add the episodes of catalog FILE to the bundled ones (repeatable)."),
                tr("FILE"))
    , m_dataDir(u"data-dir"_qs,
                tr("Keep the progress database and settings in DIR (default: %1).")
                    .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
                tr("DIR"))
    , m_checkCatalog(u"check-catalog"_qs,
                     tr("Validate catalog FILE, print each problem as FILE:LINE:COLUMN: message "
                        "and exit: 0 valid, 1 problems found, 2 unreadable."),
                     tr("FILE"))
    , m_list(u"list"_qs, tr("Print the loaded episodes, one a line (id, title, duration in "
                            "seconds, published, tags, topic, audio URL), tab-separated, and "
                            "exit."))
    , m_subscribe(u"subscribe"_qs,
                  tr("Subscribe to the podcast feed at URL (http, https) or in FILE, fetch it, "
                     "print its title and episode count and exit (repeatable)."),
                  tr("URL_OR_FILE"))
    , m_refresh(u"refresh"_qs, tr("Refresh every podcast, print what changed and exit."))
    , m_importOpml(u"import-opml"_qs, tr("Subscribe to every feed of the OPML file FILE and exit."),
                   tr("FILE"))
    , m_exportOpml(u"export-opml"_qs,
                   tr("Write the subscriptions as OPML to FILE (- for standard output) and "
                      "exit."),
                   tr("FILE"))
    , m_exportProgress(u"export-progress"_qs,
                       tr("Write listening progress and history as JSON to FILE (- for "
                          "standard output) and exit."),
                       tr("FILE"))
    , m_importProgress(u"import-progress"_qs,
                       tr("Merge progress from a JSON export in FILE (newest change per "
                          "episode wins), print what changed and exit."),
                       tr("FILE"))
    , m_restoreBackup(u"restore-backup"_qs,
                      tr("Replace the progress database with the backup in FILE (a path, or a "
                         "name in the backups folder of the data directory); the current one "
                         "is backed up first. Then exit."),
                      tr("FILE"))
    , m_exportNotes(u"export-notes"_qs,
                    tr("Write the study notes as FORMAT (markdown or anki) to FILE, given after "
                       "the option, and exit. Markdown to a folder (an existing one, or FILE "
                       "ending in /) writes one file per episode; anki writes the notes marked "
                       "as flashcards."),
                    tr("FORMAT"))
    , m_language(u"lang"_qs,
                 tr("Use language CODE (de, fr, es, en) instead of the system's or the one "
                    "chosen in the settings."),
                 tr("CODE"))
    , m_engine(u"engine"_qs,
               tr("Play with engine NAME: gstreamer (keeps the pitch at every speed, the "
                  "default) or qtmultimedia, instead of the one chosen in the settings."),
               tr("NAME"))
    , m_addFolder(u"add-folder"_qs,
                  tr("Add the audio files under folder DIR to the library, remembered for the "
                     "next starts, print its episode count and exit (repeatable)."),
                  tr("DIR"))
    , m_addCatalog(u"add-catalog"_qs,
                   tr("Add catalog FILE to the library, remembered for the next starts (unlike "
                      "--catalog), print its episode count and exit (repeatable)."),
                   tr("FILE"))
    , m_download(u"download"_qs,
                 tr("Download episode ID (see --list) into the data directory, resuming an "
                    "interrupted download, print the file and exit: 0 when complete "
                    "(repeatable)."),
                 tr("ID"))
{
    m_parser.setApplicationDescription(
        tr("Earmark: study AI-training concepts by ear. Browse, play and track short audio "
           "overviews."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_catalog, m_dataDir, m_checkCatalog, m_list, m_subscribe, m_refresh,
                         m_importOpml, m_exportOpml, m_exportProgress, m_importProgress,
                         m_restoreBackup, m_exportNotes, m_language, m_engine, m_addFolder,
                         m_addCatalog, m_download});
}

bool CommandLineOptions::needsGui() const
{
    return !(m_parser.isSet(u"help"_qs) || m_parser.isSet(u"version"_qs) ||
             m_parser.isSet(m_checkCatalog) || m_parser.isSet(m_list) ||
             m_parser.isSet(m_exportProgress) || m_parser.isSet(m_importProgress) ||
             m_parser.isSet(m_subscribe) || m_parser.isSet(m_refresh) ||
             m_parser.isSet(m_importOpml) || m_parser.isSet(m_exportOpml) ||
             m_parser.isSet(m_restoreBackup) || m_parser.isSet(m_addFolder) ||
             m_parser.isSet(m_addCatalog) || m_parser.isSet(m_exportNotes) ||
             m_parser.isSet(m_download));
}

void CommandLineOptions::handleHelpAndVersion()
{
    if (m_parser.isSet(u"help"_qs))
        m_parser.showHelp(0);
    if (m_parser.isSet(u"version"_qs))
        m_parser.showVersion();
}

bool CommandLineOptions::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

QStringList CommandLineOptions::catalogs() const
{
    return m_parser.values(m_catalog);
}

QString CommandLineOptions::dataDir() const
{
    const QString dir = m_parser.value(m_dataDir);
    if (dir.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).absolutePath();
}

QString CommandLineOptions::checkCatalog() const
{
    return m_parser.value(m_checkCatalog);
}

bool CommandLineOptions::list() const
{
    return m_parser.isSet(m_list);
}

QString CommandLineOptions::exportProgress() const
{
    return m_parser.value(m_exportProgress);
}

QString CommandLineOptions::language() const
{
    return m_parser.value(m_language);
}

QString CommandLineOptions::importProgress() const
{
    return m_parser.value(m_importProgress);
}

QStringList CommandLineOptions::subscribe() const
{
    return m_parser.values(m_subscribe);
}

bool CommandLineOptions::refresh() const
{
    return m_parser.isSet(m_refresh);
}

QString CommandLineOptions::importOpml() const
{
    return m_parser.value(m_importOpml);
}

QString CommandLineOptions::exportOpml() const
{
    return m_parser.value(m_exportOpml);
}

QString CommandLineOptions::engine() const
{
    return m_parser.value(m_engine);
}

QString CommandLineOptions::restoreBackup() const
{
    return m_parser.value(m_restoreBackup);
}

QStringList CommandLineOptions::addFolders() const
{
    return m_parser.values(m_addFolder);
}

QStringList CommandLineOptions::addCatalogs() const
{
    return m_parser.values(m_addCatalog);
}

QString CommandLineOptions::exportNotesFormat() const
{
    return m_parser.value(m_exportNotes);
}

QString CommandLineOptions::exportNotesFile() const
{
    return m_parser.positionalArguments().value(0);
}

QStringList CommandLineOptions::download() const
{
    return m_parser.values(m_download);
}
