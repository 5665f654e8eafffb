#include "appcontroller.h"

#include "appearance.h"
#include "commandlineoptions.h"
#include "episodelistmodel.h"
#include "logging.h"
#include "mainwindow.h"

#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// What the loading thread hands over: the merged catalog, its problems and the search keys.
struct LoadedCatalogs
{
    CatalogLoadResult result;
    EpisodeSearchTexts searchTexts;
};
} // namespace

AppController::AppController(const CommandLineOptions &options, const QElapsedTimer &sinceStart,
                             QObject *parent)
    : QObject(parent)
    , m_extraCatalogs(options.catalogs())
    , m_dataDir(options.dataDir())
    , m_sinceStart(sinceStart)
    , m_episodes(std::make_unique<EpisodeListModel>())
{}

AppController::~AppController()
{
    m_window.reset(); // before the models it shows
}

bool AppController::start()
{
    if (!QDir().mkpath(m_dataDir)) {
        QMessageBox::critical(nullptr, tr("Earmark cannot start"),
                              tr("The data folder %1 cannot be created. Choose another one with "
                                 "--data-dir.")
                                  .arg(QDir::toNativeSeparators(m_dataDir)));
        return false;
    }
    m_settings = std::make_unique<QSettings>(QDir(m_dataDir).filePath(u"settings.ini"_qs),
                                             QSettings::IniFormat);

    // The bundled catalog is compiled in and small: the first paint already has its cards.
    const CatalogLoadResult bundled = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    m_episodes->setCatalog(bundled.catalog);

    m_appearance = new Appearance(this);
    m_appearance->setMode(
        Appearance::modeFromKey(m_settings->value(u"appearance/mode"_qs).toString()));
    connect(m_appearance, &Appearance::modeChanged, this, [this](Appearance::Mode mode) {
        m_settings->setValue(u"appearance/mode"_qs, Appearance::modeKey(mode));
    });

    m_window = std::make_unique<MainWindow>(m_episodes.get());
    m_window->attachAppearance(m_appearance);
    m_window->restoreSettings(*m_settings);
    connect(m_window.get(), &MainWindow::firstPainted, this, [this] {
        qCInfo(lcStartup).nospace()
            << "first window painted " << m_sinceStart.elapsed() << " ms after main(), "
            << m_episodes->rowCount() << " episodes";
    });
    connect(m_window.get(), &MainWindow::closing, this, &AppController::saveSettings);
    m_window->show();
    if (!bundled.problems.isEmpty())
        showProblems(bundled.problems);
    loadExtraCatalogs();
    return true;
}

void AppController::loadExtraCatalogs()
{
    if (m_extraCatalogs.isEmpty()) {
        emit catalogsLoaded();
        return;
    }
    // Catalog files can be large: read and validate them off the UI thread.
    auto *watcher = new QFutureWatcher<LoadedCatalogs>(this);
    connect(watcher, &QFutureWatcher<LoadedCatalogs>::finished, this, [this, watcher] {
        watcher->deleteLater();
        LoadedCatalogs loaded = watcher->result();
        m_episodes->setCatalog(loaded.result.catalog, loaded.searchTexts);
        qCInfo(lcStartup).nospace()
            << "catalogs loaded and shown " << m_sinceStart.elapsed() << " ms after main(), "
            << m_episodes->rowCount() << " episodes";
        if (!loaded.result.problems.isEmpty())
            showProblems(loaded.result.problems);
        loaded = {};
#ifdef __GLIBC__
        malloc_trim(0); // hand the parser's memory back to the system
#endif
        emit catalogsLoaded();
    });
    watcher->setFuture(QtConcurrent::run([files = m_extraCatalogs] {
        LoadedCatalogs loaded{CatalogLoader::loadAll(files), {}};
        loaded.searchTexts = EpisodeSearchTexts(loaded.result.catalog);
        return loaded;
    }));
}

void AppController::showProblems(const QList<CatalogProblem> &problems)
{
    QStringList lines;
    for (const CatalogProblem &p : problems)
        lines.append(p.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Catalog problems"),
                                tr("Some catalog entries could not be loaded. The other "
                                   "episodes are available.\n\n%n problem(s) found.",
                                   nullptr, int(problems.size())),
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(u"catalogProblemsDialog"_qs);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AppController::saveSettings()
{
    m_window->saveSettings(*m_settings);
    m_settings->sync();
}
