#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole;
}

RestoreBackupDialog::RestoreBackupDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore from backup"));
    setObjectName(u"restoreBackupDialog"_qs);

    auto *intro = new QLabel(
        entries.isEmpty()
            ? tr("There are no backups yet. Earmark backs up your progress once a day while it "
                 "runs, and before it upgrades or restores the database.")
            : tr("Choose the backup to go back to. Your progress as it is now is backed up "
                 "first, so this can be undone."),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_qs);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Date"), tr("Made"), tr("Episodes"), tr("Sessions")});
    const QLocale locale;
    for (const Entry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(e.backup.createdAt, QLocale::ShortFormat));
        item->setText(1, describe(e.backup));
        item->setText(2, e.episodes < 0 ? tr("unreadable") : locale.toString(e.episodes));
        item->setText(3, e.sessions < 0 ? QString() : locale.toString(e.sessions));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(e.backup.path));
        item->setData(0, kPathRole, e.backup.path);
        if (e.episodes < 0)
            item->setDisabled(true);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_qs);
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedPath().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString RestoreBackupDialog::selectedPath() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.first()->isDisabled())
        return {};
    return selected.first()->data(0, kPathRole).toString();
}

QString RestoreBackupDialog::describe(const DatabaseBackups::Backup &backup)
{
    switch (backup.kind) {
    case DatabaseBackups::Kind::Daily:
        return tr("daily");
    case DatabaseBackups::Kind::BeforeMigration:
        return tr("before an upgrade");
    case DatabaseBackups::Kind::BeforeRestore:
        return tr("before a restore");
    }
    return {};
}
