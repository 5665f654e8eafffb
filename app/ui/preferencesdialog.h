#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;

// Player and language settings, read from and written to the app's QSettings on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings *m_settings = nullptr;
    QSpinBox *m_skipBack = nullptr;
    QSpinBox *m_skipForward = nullptr;
    QSpinBox *m_finishThreshold = nullptr;
    QSpinBox *m_refreshHours = nullptr;
    QCheckBox *m_autoplay = nullptr;
    QComboBox *m_language = nullptr;
};
