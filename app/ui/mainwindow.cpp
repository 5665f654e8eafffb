#include "mainwindow.h"

#include "appearance.h"
#include "episodecarddelegate.h"
#include "episodefiltermodel.h"
#include "episodelistmodel.h"
#include "episodepage.h"
#include "librarytreedelegate.h"
#include "librarytreemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>

#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

MainWindow::MainWindow(EpisodeListModel *episodes, QWidget *parent)
    : QMainWindow(parent)
    , m_episodes(episodes)
    , m_treeModel(new LibraryTreeModel(episodes, this))
    , m_filterModel(new EpisodeFilterModel(episodes, this))
{
    setWindowTitle(tr("Earmark"));
    setObjectName(u"mainWindow"_qs);

    // Left: the library tree.
    m_tree = new QTreeView;
    m_tree->setObjectName(u"libraryTree"_qs);
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setAccessibleDescription(
        tr("Topics and tags with finished and total episode counts. Select one to filter the "
           "episodes; Ctrl-click several tags to see episodes that carry all of them."));
    m_tree->setModel(m_treeModel);
    m_tree->setItemDelegate(new LibraryTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->expandAll();
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::applyFilter);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = createTopicMenu(m_tree->indexAt(pos))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_tree->viewport()->mapToGlobal(pos));
        }
    });

    // Centre: search and sort, the header line with filter chips and count, then the cards.
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_qs);
    m_search->setPlaceholderText(tr("Search episodes, show notes and transcripts (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search episodes"));
    m_search->setAccessibleDescription(
        tr("Words in any order, matched against title, summary and tags, or as the start of "
           "words in show notes and transcripts. Press Down to move to the first episode."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);

    m_sort = new QComboBox;
    m_sort->setObjectName(u"sortBox"_qs);
    m_sort->setAccessibleName(tr("Sort episodes"));
    m_sort->addItem(tr("Newest first"), int(EpisodeFilterModel::SortOrder::Newest));
    m_sort->addItem(tr("Course order"), int(EpisodeFilterModel::SortOrder::Course));
    m_sort->addItem(tr("Title"), int(EpisodeFilterModel::SortOrder::Title));
    m_sort->addItem(tr("Duration"), int(EpisodeFilterModel::SortOrder::Duration));
    m_sort->addItem(tr("Recently played"), int(EpisodeFilterModel::SortOrder::RecentlyPlayed));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_filterModel->setSortOrder(EpisodeFilterModel::SortOrder(m_sort->currentData().toInt()));
    });
    auto *sortLabel = new QLabel(tr("&Sort:"));
    sortLabel->setBuddy(m_sort);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_search, 1);
    topRow->addWidget(sortLabel);
    topRow->addWidget(m_sort);

    m_chips = new QWidget;
    m_chips->setObjectName(u"filterChips"_qs);
    m_chipsLayout = new QHBoxLayout(m_chips);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->setSpacing(6);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_qs);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_chips);
    headerRow->addStretch(1);
    headerRow->addWidget(m_countLabel);

    m_episodeView = new QListView;
    m_episodeView->setObjectName(u"episodeView"_qs);
    m_episodeView->setAccessibleName(tr("Episodes"));
    m_episodeView->setAccessibleDescription(
        tr("Episode cards. Enter plays the selected episode; the context menu has more."));
    m_episodeView->setModel(m_filterModel);
    m_cardDelegate = new EpisodeCardDelegate(m_episodeView);
    m_episodeView->setItemDelegate(m_cardDelegate);
    m_episodeView->setViewMode(QListView::ListMode);
    m_episodeView->setFlow(QListView::LeftToRight);
    m_episodeView->setWrapping(true);
    m_episodeView->setResizeMode(QListView::Adjust);
    m_episodeView->setUniformItemSizes(true);
    m_episodeView->setLayoutMode(QListView::Batched);
    m_episodeView->setBatchSize(500);
    m_episodeView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_episodeView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_episodeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_episodeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_episodeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_episodeView->setMouseTracking(true);
    m_episodeView->viewport()->installEventFilter(this);
    m_episodeView->installEventFilter(this);
    connect(m_episodeView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit playRequested(index.data(EpisodeListModel::IdRole).toString());
    });
    connect(m_episodeView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    // Opening (selecting) a card is looking at it: it is no longer New.
    connect(m_episodeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // Only the learner's own move counts, not the view setting a current card.
                if (current.isValid() && m_episodeView->hasFocus())
                    emit episodeOpened(current.data(EpisodeListModel::IdRole).toString());
            });
    connect(m_episodeView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        emit episodeOpened(index.data(EpisodeListModel::IdRole).toString());
    });
    connect(m_cardDelegate, &EpisodeCardDelegate::tagClicked, this, [this](const QString &tag) {
        const QModelIndex current =
            m_episodeView->indexAt(m_episodeView->viewport()->mapFromGlobal(QCursor::pos()));
        const QModelIndex index = current.isValid() ? current : m_episodeView->currentIndex();
        filterByTag(index.data(EpisodeListModel::TopicRole).toString(), tag);
    });

    m_emptyState = new QWidget;
    m_emptyState->setObjectName(u"emptyState"_qs);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    auto *emptyTitle = new QLabel(tr("No episodes match"));
    QFont big = emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    emptyTitle->setFont(big);
    auto *emptyText = new QLabel(tr("Try other words, or remove a filter to see more episodes."));
    auto *clear = new QPushButton(tr("&Clear filters"));
    clear->setObjectName(u"clearFiltersButton"_qs);
    connect(clear, &QPushButton::clicked, this, &MainWindow::clearFilters);
    emptyLayout->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(emptyTitle), static_cast<QWidget *>(emptyText),
                       static_cast<QWidget *>(clear)})
        emptyLayout->addWidget(w, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_episodeView);
    m_stack->addWidget(m_emptyState);

    m_centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(m_centre);
    centreLayout->setContentsMargins(6, 6, 6, 0);
    centreLayout->addLayout(topRow);
    centreLayout->addLayout(headerRow);
    centreLayout->addWidget(m_stack, 1);

    // The episode page takes the place of the cards (and their search line) while it is open.
    m_page = new EpisodePage(episodes);
    connect(m_page, &EpisodePage::backRequested, this, &MainWindow::showCards);
    m_centreStack = new QStackedWidget;
    m_centreStack->addWidget(m_centre);
    m_centreStack->addWidget(m_page);
    // Choosing a node in the tree shows its cards.
    connect(m_tree, &QAbstractItemView::clicked, this, &MainWindow::showCards);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"splitter"_qs);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_centreStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 900});
    m_splitter->setChildrenCollapsible(false);

    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(m_splitter, 1);
    setCentralWidget(main);

    // The status bar shows a refresh while it runs: how far, and a way to stop it.
    m_refreshBox = new QWidget;
    m_refreshBox->setObjectName(u"refreshProgress"_qs);
    auto *refreshLayout = new QHBoxLayout(m_refreshBox);
    refreshLayout->setContentsMargins(0, 0, 0, 0);
    m_refreshLabel = new QLabel;
    m_refreshBar = new QProgressBar;
    m_refreshBar->setAccessibleName(tr("Refresh progress"));
    m_refreshBar->setTextVisible(false);
    m_refreshBar->setMaximumWidth(160);
    auto *cancel = new QToolButton;
    cancel->setObjectName(u"cancelRefreshButton"_qs);
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel the refresh"));
    connect(cancel, &QToolButton::clicked, this, &MainWindow::cancelRefreshRequested);
    refreshLayout->addWidget(m_refreshLabel);
    refreshLayout->addWidget(m_refreshBar);
    refreshLayout->addWidget(cancel);
    statusBar()->addPermanentWidget(m_refreshBox);
    m_refreshBox->hide();

    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateHeader);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateHeader);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateHeader);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateHeader);

    // Keyboard order: search, sort, the library tree, the cards (the player bar follows).
    m_sort->setFocusPolicy(Qt::StrongFocus);
    QWidget::setTabOrder(m_search, m_sort);
    QWidget::setTabOrder(m_sort, m_tree);
    QWidget::setTabOrder(m_tree, m_episodeView);
    m_countLabel->setAccessibleName(tr("Episodes shown"));
    clear->setAccessibleDescription(tr("Removes the search words and tree selection"));

    buildMenus();
    selectNode(u"all"_qs);
    // A first start fills most of the screen, up to a comfortable size; later starts restore.
    QSize size(1200, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setBottomWidget(QWidget *widget)
{
    static_cast<QVBoxLayout *>(centralWidget()->layout())->addWidget(widget);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addPodcast =
        file->addAction(tr("Add &podcast…"), this, &MainWindow::addPodcastRequested);
    addPodcast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *addFolder = file->addAction(tr("Add &folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add folder"));
        if (!folder.isEmpty())
            emit addFolderRequested(folder);
    });
    addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *addCatalog = file->addAction(tr("Add &catalog…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add catalog"), QString(), tr("Earmark catalogs (*.json);;All files (*)"));
        if (!path.isEmpty())
            emit addCatalogRequested(path);
    });
    addCatalog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addSeparator();
    file->addAction(tr("&Import subscriptions…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import subscriptions"), QString(),
            tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
        if (!path.isEmpty())
            emit importSubscriptionsRequested(path);
    });
    file->addAction(tr("&Export subscriptions…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export subscriptions"),
                                                          u"earmark-subscriptions.opml"_qs,
                                                          tr("OPML subscription lists (*.opml)"));
        if (!path.isEmpty())
            emit exportSubscriptionsRequested(path);
    });
    QAction *exportNotes =
        file->addAction(tr("Export &notes…"), this, &MainWindow::exportNotesRequested);
    exportNotes->setObjectName(u"exportNotesAction"_qs);
    QAction *restore =
        file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreBackupRequested);
    restore->setObjectName(u"restoreBackupAction"_qs);
    restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences =
        edit->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *find = view->addAction(tr("&Search"), this, [this] {
        if (isEpisodePageShown()) { // on the page: find in the transcript
            m_page->startFind();
            return;
        }
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("&Clear filters"), this, &MainWindow::clearFilters);
    QAction *page = view->addAction(tr("&Episode page"), this, [this] {
        if (isEpisodePageShown())
            showCards();
        else
            openEpisodePage(currentEpisodeId());
    });
    page->setObjectName(u"episodePageAction"_qs);
    page->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter)});
    QAction *refresh =
        view->addAction(tr("&Refresh podcasts"), this, &MainWindow::refreshPodcastsRequested);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *downloads = view->addAction(tr("&Downloads"), this, &MainWindow::downloadsRequested);
    downloads->setObjectName(u"downloadsAction"_qs);
    downloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Earmark"), this, &MainWindow::showAbout);
}

void MainWindow::attachAppearance(Appearance *appearance)
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(menu);
    const std::pair<Appearance::Mode, QString> modes[] = {
        {Appearance::Mode::System, tr("Follow the &system")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, text] : modes) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(appearance->mode() == mode);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, appearance,
                [appearance, m = mode] { appearance->setMode(m); });
        connect(appearance, &Appearance::modeChanged, action,
                [action, m = mode](Appearance::Mode now) { action->setChecked(now == m); });
    }
}

void MainWindow::selectNode(const QString &key, bool addToSelection)
{
    QModelIndex index = m_treeModel->indexForKey(key);
    if (!index.isValid())
        index = m_treeModel->allEpisodesIndex();
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::Select;
    if (!addToSelection)
        flags |= QItemSelectionModel::Clear;
    m_tree->selectionModel()->setCurrentIndex(index, flags);
}

void MainWindow::filterByTag(const QString &topicId, const QString &tag)
{
    const QString tagKey = u"tag:" + topicId + u'/' + tag;
    if (!m_treeModel->indexForKey(tagKey).isValid()) {
        // A tag every episode of the topic carries as its own title: the topic node stands for it.
        selectNode(u"topic:" + topicId);
        return;
    }
    // Narrow an existing tag selection of the same topic; otherwise start a new one.
    bool narrowing = false;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedIndexes()) {
        if (i.data(LibraryTreeModel::KindRole).toInt() == int(LibraryTreeModel::NodeKind::Tag) &&
            i.data(LibraryTreeModel::TopicIdRole).toString() == topicId)
            narrowing = true;
    }
    selectNode(tagKey, narrowing);
}

void MainWindow::clearFilters()
{
    m_search->clear();
    selectNode(u"all"_qs);
}

bool MainWindow::openEpisodePage(const QString &episodeId, const QString &highlightText)
{
    const int row = m_episodes->rowOf(episodeId);
    const QModelIndex card = m_filterModel->mapFromSource(m_episodes->index(row, 0));
    // A card the search found in its transcript or show notes opens at that first hit.
    const QString highlight = highlightText.isEmpty() && card.isValid()
                                  ? card.data(EpisodeFilterModel::MatchTextRole).toString()
                                  : highlightText;
    if (!m_page->showEpisode(episodeId, highlight))
        return false;
    // The card stays current under the page, for the way back.
    if (card.isValid() && card != m_episodeView->currentIndex())
        m_episodeView->setCurrentIndex(card);
    m_centreStack->setCurrentWidget(m_page);
    m_page->backButton()->setFocus(Qt::OtherFocusReason);
    emit episodeOpened(episodeId);
    return true;
}

void MainWindow::showCards()
{
    if (!isEpisodePageShown())
        return;
    m_centreStack->setCurrentWidget(m_centre);
    if (m_stack->currentWidget() == m_episodeView) {
        m_episodeView->setFocus(Qt::OtherFocusReason);
        m_episodeView->scrollTo(m_episodeView->currentIndex());
    }
}

bool MainWindow::isEpisodePageShown() const
{
    return m_centreStack->currentWidget() == m_page;
}

QString MainWindow::currentEpisodeId() const
{
    return m_episodeView->currentIndex().data(EpisodeListModel::IdRole).toString();
}

void MainWindow::applyFilter()
{
    EpisodeFilter filter = LibraryTreeModel::filterFor(m_tree->selectionModel()->selectedIndexes());
    filter.setText(m_search->text());
    if (m_notesPage && isNotesShown()) {
        // The Notes node: the search and the topic or tag selected with it filter the notes.
        m_stack->setCurrentWidget(m_notesPage);
        emit notesFilterChanged(m_search->text(), filter.topicId(), filter.tags().value(0));
        return;
    }
    m_filterModel->setFilter(filter);
    updateHeader();
}

bool MainWindow::isNotesShown() const
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedIndexes();
    return std::any_of(selected.cbegin(), selected.cend(), [](const QModelIndex &i) {
        return i.data(LibraryTreeModel::KindRole).toInt() == int(LibraryTreeModel::NodeKind::Notes);
    });
}

void MainWindow::setNotesPage(QWidget *page)
{
    m_notesPage = page;
    m_stack->addWidget(page);
    applyFilter();
}

void MainWindow::updateHeader()
{
    const EpisodeFilter &filter = m_filterModel->filter();
    // Rebuild the chips: one per active part of the filter, each removable.
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addChip = [this](const QString &text, const QString &part) {
        auto *chip = new QToolButton;
        chip->setText(text + u"  \u2715");
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(text));
        chip->setProperty("filterPart", part);
        connect(chip, &QToolButton::clicked, this, [this, part] { removeFilterPart(part); });
        m_chipsLayout->addWidget(chip);
    };
    switch (filter.status()) {
    case EpisodeFilter::Status::Any:
        break;
    case EpisodeFilter::Status::ContinueListening:
        addChip(tr("Continue listening"), u"status"_qs);
        break;
    case EpisodeFilter::Status::NotStarted:
        addChip(tr("Not started"), u"status"_qs);
        break;
    case EpisodeFilter::Status::Finished:
        addChip(tr("Finished"), u"status"_qs);
        break;
    case EpisodeFilter::Status::New:
        addChip(tr("New"), u"status"_qs);
        break;
    case EpisodeFilter::Status::Review:
        addChip(tr("Review"), u"status"_qs);
        break;
    }
    if (!filter.topicId().isEmpty() && filter.tags().isEmpty()) {
        const Topic *topic = m_episodes->catalog().topic(filter.topicId());
        addChip(topic ? topic->title : filter.topicId(), u"topic"_qs);
    }
    for (const QString &tag : filter.tags())
        addChip(tag, u"tag:" + tag);
    if (!filter.text().trimmed().isEmpty())
        addChip(u"\u201C" + filter.text().trimmed() + u"\u201D", u"search"_qs);

    const int shown = m_filterModel->rowCount();
    const int total = m_episodes->rowCount();
    m_countLabel->setText(tr("%1 of %n episode(s)", nullptr, total).arg(shown));
    if (m_notesPage && isNotesShown())
        return;
    m_stack->setCurrentWidget(shown == 0 && total > 0 ? m_emptyState : m_episodeView);
    if (shown > 0 && !m_episodeView->currentIndex().isValid())
        m_episodeView->setCurrentIndex(m_filterModel->index(0, 0));
}

void MainWindow::removeFilterPart(const QString &part)
{
    if (part == u"search") {
        m_search->clear();
        return;
    }
    if (part == u"status" || part == u"topic") {
        selectNode(u"all"_qs);
        return;
    }
    const QString tag = part.mid(4);
    QItemSelectionModel *selection = m_tree->selectionModel();
    QString topicId;
    for (const QModelIndex &i : selection->selectedIndexes()) {
        if (i.data(LibraryTreeModel::TagRole).toString() == tag) {
            topicId = i.data(LibraryTreeModel::TopicIdRole).toString();
            selection->select(i, QItemSelectionModel::Deselect);
        }
    }
    if (!selection->hasSelection())
        selectNode(topicId.isEmpty() ? u"all"_qs : u"topic:" + topicId);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_episodeView->indexAt(pos);
    if (!index.isValid())
        return;
    m_episodeView->setCurrentIndex(index);
    QMenu *menu = createEpisodeMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_episodeView->viewport()->mapToGlobal(pos));
}

void MainWindow::setRefreshProgress(int done, int total)
{
    if (total <= 0) {
        m_refreshBox->hide();
        return;
    }
    m_refreshLabel->setText(
        tr("Refreshing %1 of %n podcast(s)", nullptr, total).arg(qMin(done + 1, total)));
    m_refreshBar->setRange(0, total);
    m_refreshBar->setValue(done);
    m_refreshBox->show();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

QMenu *MainWindow::createTopicMenu(const QModelIndex &index)
{
    if (!index.isValid() ||
        index.data(LibraryTreeModel::KindRole).toInt() != int(LibraryTreeModel::NodeKind::Topic))
        return nullptr;
    const QString id = index.data(LibraryTreeModel::TopicIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"topicMenu"_qs);
    const bool podcast = index.data(LibraryTreeModel::PodcastRole).toBool();
    if (podcast)
        menu->addAction(tr("&Refresh"), this, [this, id] { emit podcastRefreshRequested(id); });
    menu->addAction(tr("Mark all as &finished"), this,
                    [this, id] { emit markAllFinishedRequested(id); });
    if (podcast) {
        menu->addAction(tr("Copy feed &URL"), this, [this, id] { emit copyFeedUrlRequested(id); });
        menu->addSeparator();
        menu->addAction(tr("&Unsubscribe…"), this, [this, id] { emit unsubscribeRequested(id); });
        menu->addSeparator();
        menu->addAction(tr("&Properties…"), this,
                        [this, id] { emit podcastPropertiesRequested(id); });
    }
    if (const Topic *topic = m_episodes->catalog().topic(id);
        topic && topic->kind == Topic::Kind::Folder) {
        menu->addSeparator();
        menu->addAction(tr("&Remove folder from library"), this,
                        [this, id] { emit removeFolderRequested(id); });
    }
    if (m_topicMenuExtension)
        m_topicMenuExtension(menu, id);
    return menu;
}

QMenu *MainWindow::createEpisodeMenu(const QModelIndex &index)
{
    const QString id = index.data(EpisodeListModel::IdRole).toString();
    const QString title = index.data(EpisodeListModel::TitleRole).toString();
    const bool finished = index.data(EpisodeListModel::FinishedRole).toBool();
    const bool started = ListeningStatus(index.data(EpisodeListModel::StatusRole).toInt()) !=
                         ListeningStatus::NotStarted;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"episodeMenu"_qs);
    menu->addAction(tr("&Play"), this, [this, id] { emit playRequested(id); });
    if (finished)
        menu->addAction(tr("Mark as &unfinished"), this,
                        [this, id] { emit finishedChangeRequested(id, false); });
    else
        menu->addAction(tr("Mark as &finished"), this,
                        [this, id] { emit finishedChangeRequested(id, true); });
    menu->addAction(tr("&Reset progress"), this, [this, id] { emit resetProgressRequested(id); })
        ->setEnabled(started);
    menu->addSeparator();
    menu->addAction(tr("&Copy title"), this,
                    [title] { QGuiApplication::clipboard()->setText(title); });
    menu->addSeparator();
    menu->addAction(tr("Play ne&xt"), this, [this, id] { emit playNextRequested(id); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Q));
    menu->addAction(tr("Add to Up &Next"), this, [this, id] { emit addToUpNextRequested(id); })
        ->setShortcut(QKeySequence(Qt::Key_Q));
    menu->addAction(tr("&Open episode page"), this, [this, id] { openEpisodePage(id); })
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    if (m_episodeMenuExtension)
        m_episodeMenuExtension(menu, id);
    return menu;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = {
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText), tr("Search")},
        {tr("Down (in search)"), tr("Move to the first episode")},
        {tr("Up (on the first episode)"), tr("Back to the search field")},
        {tr("Enter"), tr("Play the selected episode")},
        {QKeySequence(Qt::ALT | Qt::Key_Return).toString(QKeySequence::NativeText),
         tr("Open the episode page of the selected episode")},
        {tr("Esc, Alt+Left"), tr("Episode page: back to the episodes")},
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + tr(" (on the page)"),
         tr("Find in the transcript (Enter: next, Shift+Enter: previous)")},
        {tr("Up / Down, Enter (in the transcript)"), tr("Pick a line, play from there")},
        {tr("Space"), tr("Play or pause (not while typing)")},
        {tr("Left / Right"), tr("Back 10 s / forward 30 s")},
        {u"[ / ]"_qs, tr("Slower / faster")},
        {u"M"_qs, tr("Mute")},
        {u"N / P"_qs, tr("Next / previous episode")},
        {u"B"_qs, tr("Bookmark the last 30 seconds (not while typing)")},
        {QKeySequence(Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText),
         tr("Write a note on the last 30 seconds")},
        {QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
         tr("Undo the last bookmark or deleted note")},
        {u"Q"_qs, tr("Add the selected episode to Up Next")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText),
         tr("Play the selected episode next")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U).toString(QKeySequence::NativeText),
         tr("Show or hide Up Next")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText),
         tr("Show or hide the Notes panel")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S).toString(QKeySequence::NativeText),
         tr("Statistics")},
        {QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText) + u" / "_qs +
             QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText),
         tr("Next chapter / start of the chapter (twice: previous chapter)")},
        {QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText),
         tr("Add a podcast")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText),
         tr("Add a folder")},
        {QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText),
         tr("Add a catalog file")},
        {QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText), tr("Refresh podcasts")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D).toString(QKeySequence::NativeText),
         tr("Downloads")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B).toString(QKeySequence::NativeText),
         tr("Restore from backup")},
        {QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText), tr("Quit")},
    };
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(460, 420);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Earmark"),
        tr("<h3>Earmark %1</h3><p>Study AI-training concepts by ear: short audio overviews, "
           "browsed by topic and tag, with your listening progress kept.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings(const QSettings &settings)
{
    restoreGeometry(settings.value(u"window/geometry"_qs).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_qs).toByteArray());
    const int sort = m_sort->findData(settings.value(u"library/sort"_qs, 0).toInt());
    m_sort->setCurrentIndex(qMax(0, sort));
    m_search->setText(settings.value(u"library/search"_qs).toString());
    const QStringList nodes = settings.value(u"library/nodes"_qs).toStringList();
    for (qsizetype i = 0; i < nodes.size(); ++i)
        selectNode(nodes.at(i), i > 0);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.setValue(u"window/geometry"_qs, saveGeometry());
    settings.setValue(u"window/splitter"_qs, m_splitter->saveState());
    settings.setValue(u"library/sort"_qs, m_sort->currentData().toInt());
    settings.setValue(u"library/search"_qs, m_search->text());
    QStringList nodes;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedIndexes())
        nodes.append(i.data(LibraryTreeModel::KeyRole).toString());
    settings.setValue(u"library/nodes"_qs, nodes);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closing();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_episodeView->viewport()) {
        if (!m_painted && event->type() == QEvent::Paint) {
            m_painted = true;
            QTimer::singleShot(0, this, &MainWindow::firstPainted);
        } else if (event->type() == QEvent::Resize) {
            // Cards take the width of a column: lay out again when that changes.
            emit m_cardDelegate->sizeHintChanged(QModelIndex());
        }
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_filterModel->rowCount() > 0) {
            m_episodeView->setFocus(Qt::TabFocusReason);
            m_episodeView->setCurrentIndex(m_filterModel->index(0, 0));
            return true;
        }
        if (watched == m_episodeView && key->key() == Qt::Key_Up) {
            const QModelIndex current = m_episodeView->currentIndex();
            const int columns =
                qMax(1, m_episodeView->viewport()->width() / qMax(1, m_cardDelegate->cardWidth()));
            if (!current.isValid() || current.row() < columns) {
                m_search->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
