#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

// Preferences > Downloads: how many transfers run at once, the space downloads take, "Delete
// downloads of finished episodes" (at once) and the rule that deletes them N days after the
// episode was finished. Deleting a download keeps progress and history.
class DownloadsPreferences final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPreferences)

public:
    static constexpr int kDefaultAfterDays = 7;

    DownloadsPreferences(QSettings *settings, QWidget *parent = nullptr);

    // Writes the choices to the settings (on OK).
    void save();
    void setTotalSize(qint64 bytes);

    QSpinBox *parallelBox() const { return m_parallel; }
    QCheckBox *deleteAfterBox() const { return m_deleteAfter; }
    QSpinBox *afterDaysBox() const { return m_afterDays; }
    QPushButton *deleteFinishedButton() const { return m_deleteFinished; }
    QLabel *totalLabel() const { return m_total; }

    // The settings' keys and what they say.
    static int parallelTransfers(const QSettings &settings);
    // Days after finishing when a download is deleted; -1 when the rule is off.
    static int deleteAfterDays(const QSettings &settings);

signals:
    void deleteFinishedRequested();

private:
    QSettings *m_settings = nullptr;
    QSpinBox *m_parallel = nullptr;
    QCheckBox *m_deleteAfter = nullptr;
    QSpinBox *m_afterDays = nullptr;
    QPushButton *m_deleteFinished = nullptr;
    QLabel *m_total = nullptr;
};
