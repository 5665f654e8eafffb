#include "exportnotesdialog.h"

#include "notesankiexporter.h"
#include "notesmarkdownexporter.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportNotesDialog::ExportNotesDialog(const Catalog &catalog, const QList<Note> &notes,
                                     QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_notes(notes)
{
    setObjectName(u"exportNotesDialog"_qs);
    setWindowTitle(tr("Export notes"));
    m_format = new QComboBox;
    m_format->setObjectName(u"exportFormat"_qs);
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("Markdown (Obsidian, Logseq)"), int(Format::Markdown));
    m_format->addItem(tr("Anki flashcards (text file)"), int(Format::Anki));
    m_oneFile = new QRadioButton(tr("One file for all episodes"));
    m_oneFile->setAccessibleName(tr("One file for all episodes"));
    m_oneFile->setChecked(true);
    m_perEpisode = new QRadioButton(tr("One file per episode, in a folder"));
    m_perEpisode->setObjectName(u"perEpisode"_qs);
    m_perEpisode->setAccessibleName(tr("One file per episode"));
    m_path = new QLineEdit;
    m_path->setObjectName(u"exportPath"_qs);
    m_path->setAccessibleName(tr("File or folder to export to"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the file or folder"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_oneFile);
    form->addRow(QString(), m_perEpisode);
    form->addRow(tr("&To:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_qs);
    exportButton->setAccessibleName(tr("Export the notes"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n note(s), %1 marked as flashcards.", nullptr, int(m_notes.size()))
                       .arg(NotesAnkiExporter::cardCount(m_notes))));
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportNotesDialog::updateChoices);
    connect(m_perEpisode, &QRadioButton::toggled, this, &ExportNotesDialog::updateChoices);
    connect(browse, &QPushButton::clicked, this, &ExportNotesDialog::browse);
    updateChoices();
}

void ExportNotesDialog::updateChoices()
{
    const bool markdown = Format(m_format->currentData().toInt()) == Format::Markdown;
    m_oneFile->setEnabled(markdown);
    m_perEpisode->setEnabled(markdown);
    const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested;
    if (!markdown)
        suggested = QDir(home).filePath(u"earmark-flashcards.txt"_qs);
    else if (m_perEpisode->isChecked())
        suggested = QDir(home).filePath(u"Earmark notes"_qs);
    else
        suggested = QDir(home).filePath(u"earmark-notes.md"_qs);
    m_path->setText(QDir::toNativeSeparators(suggested));
}

void ExportNotesDialog::browse()
{
    const bool markdown = Format(m_format->currentData().toInt()) == Format::Markdown;
    QString path;
    if (markdown && m_perEpisode->isChecked())
        path =
            QFileDialog::getExistingDirectory(this, tr("Export notes to folder"), m_path->text());
    else
        path = QFileDialog::getSaveFileName(this, tr("Export notes"), m_path->text(),
                                            markdown ? tr("Markdown (*.md)")
                                                     : tr("Text files (*.txt)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ExportNotesDialog::exportNow(QString *error)
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    QString problem;
    bool ok = false;
    if (path.isEmpty()) {
        problem = tr("Choose where to export to.");
    } else if (Format(m_format->currentData().toInt()) == Format::Anki) {
        ok = NotesAnkiExporter::write(m_catalog, m_notes, path, &problem);
    } else {
        ok = NotesMarkdownExporter::write(m_catalog, m_notes,
                                          m_perEpisode->isChecked()
                                              ? NotesMarkdownExporter::Layout::FilePerEpisode
                                              : NotesMarkdownExporter::Layout::OneFile,
                                          path, QDate::currentDate(), &problem);
    }
    m_result->setText(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : problem);
    if (error)
        *error = problem;
    return ok;
}
