#pragma once

#include "episodefilter.h"

#include <QMainWindow>

#include <functional>

class Appearance;
class EpisodeCardDelegate;
class EpisodeFilterModel;
class EpisodeListModel;
class EpisodePage;
class LibraryTreeModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QListView;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;

// The library window: topic/tag tree on the left, episode cards in the centre, a header line
// with the active filters, search and sort. It owns the view-side models; the episodes and
// progress come from the EpisodeListModel it is given, and what the learner asks for (play,
// mark finished, reset) goes out as signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(EpisodeListModel *episodes, QWidget *parent = nullptr);
    ~MainWindow() override;

    QListView *episodeView() const { return m_episodeView; }
    QTreeView *libraryTree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *sortBox() const { return m_sort; }
    QLabel *countLabel() const { return m_countLabel; }
    EpisodeFilterModel *filterModel() const { return m_filterModel; }
    LibraryTreeModel *treeModel() const { return m_treeModel; }
    EpisodeCardDelegate *cardDelegate() const { return m_cardDelegate; }
    EpisodePage *episodePage() const { return m_page; }

    // The episode page in place of the cards (View > Episode page, Alt+Enter, the card's context
    // menu); `highlightText` is found in its transcript once loaded. False for an unknown id.
    bool openEpisodePage(const QString &episodeId, const QString &highlightText = {});
    // Back to the cards, with the card and scroll position they had.
    void showCards();
    bool isEpisodePageShown() const;

    // The View menu, for parts that add their own entries (Statistics, Up Next).
    QMenu *viewMenu() const { return m_viewMenu; }
    // Adds View > Appearance (Follow system, Light, Dark) driving `appearance`.
    void attachAppearance(Appearance *appearance);

    // Places a widget (the player bar) below the cards.
    void setBottomWidget(QWidget *widget);

    // The page shown for the Notes node of the tree (NotesController's list of all notes).
    void setNotesPage(QWidget *page);
    bool isNotesShown() const;

    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // Selects the tree node with this key ("all", "tag:ai-training/Fine-Tuning", ...).
    void selectNode(const QString &key, bool addToSelection = false);
    void filterByTag(const QString &topicId, const QString &tag);
    void clearFilters();
    QString currentEpisodeId() const;
    // The context menu of an episode card (Play, Mark as finished/unfinished, Reset, Copy title).
    QMenu *createEpisodeMenu(const QModelIndex &index);
    // The context menu of a topic node (Mark all as finished; for a podcast also Refresh, Copy
    // feed URL, Unsubscribe, Properties; for a folder Remove folder from library); null for
    // other nodes.
    QMenu *createTopicMenu(const QModelIndex &index);

    // More entries for those menus (Download, Delete download…), added at their end.
    using MenuExtension = std::function<void(QMenu *menu, const QString &id)>;
    void setEpisodeMenuExtension(MenuExtension extension)
    {
        m_episodeMenuExtension = std::move(extension);
    }
    void setTopicMenuExtension(MenuExtension extension)
    {
        m_topicMenuExtension = std::move(extension);
    }

    // Shows "Refreshing N of M podcasts" with a progress bar and Cancel in the status bar;
    // total 0 hides it.
    void setRefreshProgress(int done, int total);
    void showStatusMessage(const QString &message);

signals:
    void firstPainted();
    void playRequested(const QString &episodeId);
    void finishedChangeRequested(const QString &episodeId, bool finished);
    void resetProgressRequested(const QString &episodeId);
    // "Add to Up Next" (at the end) and "Play next" (at the front of the queue).
    void addToUpNextRequested(const QString &episodeId);
    void playNextRequested(const QString &episodeId);
    void preferencesRequested();
    void addPodcastRequested();
    void addFolderRequested(const QString &folder);
    void addCatalogRequested(const QString &file);
    // "Remove folder from library" on a folder's topic.
    void removeFolderRequested(const QString &topicId);
    void importSubscriptionsRequested(const QString &file);
    void exportSubscriptionsRequested(const QString &file);
    void refreshPodcastsRequested();
    void cancelRefreshRequested();
    void podcastRefreshRequested(const QString &podcastId);
    void markAllFinishedRequested(const QString &topicId);
    void copyFeedUrlRequested(const QString &podcastId);
    void unsubscribeRequested(const QString &podcastId);
    void podcastPropertiesRequested(const QString &podcastId);
    // A card became the current one.
    void episodeOpened(const QString &episodeId);
    void restoreBackupRequested();
    void exportNotesRequested();
    // The Notes node is shown: its search words and the topic and tag selected with it.
    void notesFilterChanged(const QString &text, const QString &topicId, const QString &tag);
    // View > Downloads.
    void downloadsRequested();
    void closing();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyFilter();
    void updateHeader();
    void showContextMenu(const QPoint &pos);
    void showShortcuts();
    void showAbout();
    void removeFilterPart(const QString &part);

    EpisodeListModel *m_episodes = nullptr;
    LibraryTreeModel *m_treeModel = nullptr;
    EpisodeFilterModel *m_filterModel = nullptr;
    EpisodeCardDelegate *m_cardDelegate = nullptr;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sort = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipsLayout = nullptr;
    QLabel *m_countLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_episodeView = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_notesPage = nullptr;
    QWidget *m_centre = nullptr;
    QStackedWidget *m_centreStack = nullptr; // the cards (m_centre) or the episode page
    EpisodePage *m_page = nullptr;
    QMenu *m_viewMenu = nullptr;
    QWidget *m_refreshBox = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QProgressBar *m_refreshBar = nullptr;
    bool m_painted = false;
    MenuExtension m_episodeMenuExtension;
    MenuExtension m_topicMenuExtension;
};
