#pragma once

#include <QDialog>
#include <QList>

class DownloadsPreferences;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QSettings;
class QSpinBox;

// Player, playback (engine, audio output) and language settings, read from and written to the
// app's QSettings on OK; and the sources in the library (Library), each removable at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `engineInUse`: the playback engine playing now (it may come from --engine).
    PreferencesDialog(QSettings *settings, const QString &engineInUse, QWidget *parent = nullptr);

    void accept() override;
    // The playback engine chosen.
    QString engine() const;

    // One row of Library: a catalog file, a folder or a podcast the user added.
    struct Source
    {
        enum class Kind { Catalog, Folder, Podcast };
        Kind kind = Kind::Catalog;
        QString key;      // what removeSourceRequested carries
        QString title;    // a podcast's title, a folder's or file's name
        QString location; // the path, or a podcast's feed address
    };
    void setSources(const QList<Source> &sources);
    QTreeWidget *sourceList() const { return m_sources; }
    QPushButton *removeSourceButton() const { return m_removeSource; }
    DownloadsPreferences *downloads() const { return m_downloads; }

signals:
    // Remove was pressed on a source (for a podcast: unsubscribe, which asks first).
    void removeSourceRequested(const QString &key);

private:
    QSettings *m_settings = nullptr;
    QSpinBox *m_skipBack = nullptr;
    QSpinBox *m_skipForward = nullptr;
    QSpinBox *m_finishThreshold = nullptr;
    QSpinBox *m_refreshHours = nullptr;
    QCheckBox *m_autoplay = nullptr;
    QSpinBox *m_dailyGoal = nullptr;
    QComboBox *m_language = nullptr;
    QString m_engineInUse;
    QComboBox *m_engine = nullptr;
    QLabel *m_engineNote = nullptr;
    QComboBox *m_output = nullptr;
    QTreeWidget *m_sources = nullptr;
    QPushButton *m_removeSource = nullptr;
    DownloadsPreferences *m_downloads = nullptr;
};
