#include "application.h"

#include "catalogcommands.h"
#include "catalogloader.h"
#include "commandlineoptions.h"
#include "episodelistmodel.h"
#include "logging.h"
#include "mainwindow.h"
#include "progresscommands.h"
#include "progressstore.h"
#include "singleinstance.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"earmark"_qs);
    QCoreApplication::setOrganizationName(u"earmark"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(EARMARK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Earmark"_qs);
    QGuiApplication::setDesktopFileName(u"earmark"_qs);
}

void showProblems(QWidget *parent, const QList<CatalogProblem> &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("Catalog problems"),
                                QObject::tr("Some catalog entries could not be loaded. The other "
                                            "episodes are available.\n\n%n problem(s) found.",
                                            nullptr, int(problems.size())),
                                QMessageBox::Ok, parent);
    box->setObjectName(u"catalogProblemsDialog"_qs);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showStoreMovedAside(QWidget *parent, const ProgressStore &store)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, QObject::tr("Progress database damaged"),
        QObject::tr("The progress database was damaged and could not be used. It was moved "
                    "aside, untouched, to\n%1\nand a new, empty one was started.")
            .arg(QDir::toNativeSeparators(store.movedAsidePath())),
        QMessageBox::Ok, parent);
    box->setObjectName(u"storeMovedAsideDialog"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
    CommandLineOptions options;
    if (!options.parse(arguments)) {
        err << "earmark: " << options.errorText() << '\n'
            << QObject::tr("Try 'earmark --help' for the options.") << '\n';
        return 1;
    }
    std::unique_ptr<QCoreApplication> app(options.needsGui() ? new QApplication(argc, argv)
                                                             : new QCoreApplication(argc, argv));
    describeApplication();
    options.handleHelpAndVersion();

    if (!options.checkCatalog().isEmpty())
        return CatalogCommands::check(options.checkCatalog(), out, err);

    const CatalogLoadResult loaded = CatalogLoader::loadAll(options.catalogs());

    if (options.list()) {
        for (const CatalogProblem &p : loaded.problems)
            err << p.toString() << '\n';
        err.flush();
        CatalogCommands::list(loaded.catalog, out);
        return 0;
    }
    if (!options.exportProgress().isEmpty())
        return ProgressCommands::exportProgress(options.dataDir(), loaded.catalog,
                                                options.exportProgress(), out, err);
    if (!options.importProgress().isEmpty())
        return ProgressCommands::importProgress(options.dataDir(), options.importProgress(), out,
                                                err);

    // One window per data directory: a second launch raises the first and quits.
    SingleInstance instance(options.dataDir());
    switch (instance.tryBecomePrimary()) {
    case SingleInstance::LockResult::Acquired:
        break;
    case SingleInstance::LockResult::Busy:
        if (instance.activatePrimary())
            return 0;
        [[fallthrough]];
    case SingleInstance::LockResult::Failed:
        err << "earmark: " << instance.errorString() << '\n';
        err.flush();
        QMessageBox::critical(nullptr, QObject::tr("Earmark"), instance.errorString());
        return 1;
    }
    ProgressStore store;
    if (!store.open(options.dataDir())) {
        err << "earmark: " << store.errorString() << '\n';
        err.flush();
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the progress database"),
                              store.errorString());
        return 1;
    }

    EpisodeListModel episodes;
    episodes.setCatalog(loaded.catalog);
    MainWindow window(&episodes);
    QObject::connect(&window, &MainWindow::firstPainted, &window, [&] {
        qCInfo(lcStartup).nospace() << "first window painted " << sinceStart.elapsed()
                                    << " ms after main(), " << episodes.rowCount() << " episodes";
    });
    QObject::connect(&instance, &SingleInstance::activateRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (!loaded.problems.isEmpty())
        showProblems(&window, loaded.problems);
    if (!store.movedAsidePath().isEmpty())
        showStoreMovedAside(&window, store);
    return app->exec();
}
