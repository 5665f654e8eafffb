#pragma once

#include "catalogloader.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class Appearance;
class CommandLineOptions;
class EpisodeListModel;
class MainWindow;
class QSettings;

// The running app: owns the models, the window and (as they come) the store and the player,
// and wires them together. The widgets stay passive; the core knows nothing of widgets.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(const CommandLineOptions &options, const QElapsedTimer &sinceStart,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window on the bundled catalog and starts loading the extra catalogs in the
    // background. False when the app cannot run (the reason was shown).
    bool start();

    MainWindow *window() const { return m_window.get(); }
    EpisodeListModel *episodes() const { return m_episodes.get(); }

signals:
    // The extra catalogs are loaded and shown (also emitted when there were none).
    void catalogsLoaded();

private:
    void loadExtraCatalogs();
    void showProblems(const QList<CatalogProblem> &problems);
    void saveSettings();

    const QStringList m_extraCatalogs;
    const QString m_dataDir;
    QElapsedTimer m_sinceStart;
    std::unique_ptr<EpisodeListModel> m_episodes;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSettings> m_settings;
    Appearance *m_appearance = nullptr;
};
