#pragma once

#include "databasebackups.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// File → Restore from backup…: lists the backups (date, why it was made, how many episodes and
// sessions it holds), newest first, and returns the one chosen. Passive: the caller lists the
// backups and does the restoring.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    struct Entry
    {
        DatabaseBackups::Backup backup;
        qint64 episodes = -1; // -1: the copy could not be read
        qint64 sessions = -1;
    };

    explicit RestoreBackupDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    // The path of the backup chosen; empty when none is selected.
    QString selectedPath() const;
    QTreeWidget *list() const { return m_list; }

    static QString describe(const DatabaseBackups::Backup &backup);

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};
