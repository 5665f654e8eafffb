#include "application.h"

#include "appcontroller.h"
#include "catalogcommands.h"
#include "catalogloader.h"
#include "commandlineoptions.h"
#include "downloadcommands.h"
#include "logging.h"
#include "notescommands.h"
#include "podcastcommands.h"
#include "progresscommands.h"
#include "sourcecommands.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

namespace {

// The running window's controller, for closeAtExit().
AppController *g_running = nullptr;

// Qt's xcb platform calls exit(1) when the X connection is lost (QXcbConnection::
// processXcbEvents in Qt 6.4), from inside the event loop: exec() never returns, but atexit()
// handlers run, on the main thread, with everything still alive.
void closeAtExit()
{
    // Only from the thread that owns the objects; an exit() from another thread (a platform's
    // event reader) leaves them alone: the last periodic save is what remains then.
    if (g_running && QThread::currentThread() == QCoreApplication::instance()->thread())
        g_running->shutDown();
}

void describeApplication()
{
    QCoreApplication::setApplicationName(u"earmark"_qs);
    // No organisation: the data lives in ~/.local/share/earmark, not .../earmark/earmark.
    QCoreApplication::setApplicationVersion(QStringLiteral(EARMARK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Earmark"_qs);
    QGuiApplication::setDesktopFileName(QStringLiteral(EARMARK_APP_ID));
}

// The window icon for every window: the SVG compiled into the binary, else the icon theme's copy
// of the installed one (needs Qt's SVG icon engine, in libqt6svg6). Colours and scaling are left
// to the platform: no style or palette is forced, so a light or dark system palette applies, and
// Qt 6 scales for high DPI by itself (fractional factors pass through).
void setWindowIcon()
{
    const QString name = QStringLiteral(EARMARK_APP_ID);
    QIcon icon(u":/icons/" + name + u".svg");
    if (icon.pixmap(32, 32).isNull())
        icon = QIcon::fromTheme(name);
    QGuiApplication::setWindowIcon(icon);
}

} // namespace

int Application::run(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Parse before any application object exists: the modes that print and exit must work
    // without a display, and so must a mistyped option.
    std::unique_ptr<QCoreApplication> app;
    {
        CommandLineOptions first;
        if (!first.parse(arguments)) {
            err << "earmark: " << first.errorText() << '\n'
                << "Try 'earmark --help' for the options." << '\n';
            return 1;
        }
        app.reset(first.needsGui() ? new QApplication(argc, argv)
                                   : new QCoreApplication(argc, argv));
        describeApplication();
        // The language: --lang, else the one chosen in the settings, else the system's.
        QString language = first.language();
        if (language.isEmpty())
            language =
                QSettings(QDir(first.dataDir()).filePath(u"settings.ini"_qs), QSettings::IniFormat)
                    .value(u"ui/language"_qs)
                    .toString();
        Translations::install(language);
    }
    // Parsed again now that tr() knows the language, for a translated --help.
    CommandLineOptions options;
    options.parse(arguments);
    options.handleHelpAndVersion();

    if (!options.checkCatalog().isEmpty())
        return CatalogCommands::check(options.checkCatalog(), out, err);

    if (!options.addFolders().isEmpty())
        return SourceCommands::addFolders(options.dataDir(), options.addFolders(), out, err);
    if (!options.addCatalogs().isEmpty())
        return SourceCommands::addCatalogs(options.dataDir(), options.addCatalogs(), out, err);
    if (!options.download().isEmpty())
        return DownloadCommands::download(options.dataDir(), options.catalogs(), options.download(),
                                          out, err, isatty(fileno(stdout)) != 0);
    if (options.list())
        return CatalogCommands::list(options.dataDir(), options.catalogs(), out, err);
    if (!options.subscribe().isEmpty())
        return PodcastCommands::subscribe(options.dataDir(), options.subscribe(), out, err);
    if (options.refresh())
        return PodcastCommands::refresh(options.dataDir(), out, err);
    if (!options.importOpml().isEmpty())
        return PodcastCommands::importOpml(options.dataDir(), options.importOpml(), out, err);
    if (!options.exportOpml().isEmpty())
        return PodcastCommands::exportOpml(options.dataDir(), options.exportOpml(), out, err);
    if (!options.exportProgress().isEmpty())
        return ProgressCommands::exportProgress(
            options.dataDir(), CatalogCommands::library(options.dataDir(), options.catalogs(), err),
            options.exportProgress(), out, err);
    if (!options.importProgress().isEmpty())
        return ProgressCommands::importProgress(options.dataDir(), options.importProgress(), out,
                                                err);
    if (!options.exportNotesFormat().isEmpty())
        return NotesCommands::exportNotes(
            options.dataDir(), CatalogCommands::library(options.dataDir(), options.catalogs(), err),
            options.exportNotesFormat(), options.exportNotesFile(), out, err);
    if (!options.restoreBackup().isEmpty())
        return ProgressCommands::restoreBackup(options.dataDir(), options.restoreBackup(), out,
                                               err);

    setWindowIcon();
    AppController controller(options, sinceStart);
    switch (controller.start()) {
    case AppController::Started:
        break;
    case AppController::HandedOver:
        return 0; // the window of the Earmark already running came to the front
    case AppController::Failed:
        return 1;
    }
    g_running = &controller;
    static const bool atExitRegistered = std::atexit(closeAtExit) == 0;
    if (!atExitRegistered)
        qCWarning(lcStartup) << "cannot register the handler for a lost display connection";
    const int code = app->exec();
    g_running = nullptr;
    return code;
}
