#include "dialogs/ReportExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

#include "dermalens/report/LanguageLoader.h"
#include "services/ReportTranslator.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"

namespace dermalens::ui {
namespace {

constexpr int kPageWidth = 560;  // preview pages on screen (pixels)

QString defaultLanguage(const Settings& settings) {
    const QString ui = settings.language();
    return report::LanguageLoader::available().contains(ui) ? ui : QStringLiteral("en");
}

}  // namespace

ReportExportDialog::ReportExportDialog(WorkspaceService* store, Settings* settings,
                                       PatientId patient, const QString& patientName,
                                       std::optional<std::pair<LesionId, QString>> lesion,
                                       QWidget* parent)
    : QDialog(parent), store_(store), settings_(settings), patient_(patient), reports_(store) {
    ReportTranslator::install();
    setWindowTitle(tr("Export Report"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createOptions(patientName, lesion));
    layout->addWidget(createPreview(), 1);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);  // the report's steps have no count: a busy bar
    progress_->setTextVisible(false);
    progress_->hide();
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(this);
    save_ = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(save_, &QPushButton::clicked, this, &ReportExportDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(subject_, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refresh);
    connect(language_, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refresh);
    connect(deidentify_, &QCheckBox::toggled, this, &ReportExportDialog::refresh);
    refresh();
}

QLayout* ReportExportDialog::createOptions(const QString& patientName,
                                           const std::optional<std::pair<LesionId, QString>>& lesion) {
    auto* form = new QFormLayout;
    subject_ = new QComboBox(this);
    subject_->addItem(tr("Whole patient: %1").arg(patientName), QVariant());
    if (lesion)
        subject_->addItem(tr("Current lesion: %1").arg(lesion->second),
                          QVariant::fromValue(static_cast<qlonglong>(lesion->first.value())));
    form->addRow(tr("Report of"), subject_);
    language_ = new QComboBox(this);
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    language_->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language_->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    language_->setCurrentIndex(std::max(0, language_->findData(defaultLanguage(*settings_))));
    form->addRow(tr("Language"), language_);
    deidentify_ = new QCheckBox(tr("De-identify (no name, identifiers, dates or free text)"), this);
    form->addRow(QString(), deidentify_);
    return form;
}

QWidget* ReportExportDialog::createPreview() {
    auto* scroll = new QScrollArea(this);
    auto* pages = new QWidget(scroll);
    pagesLayout_ = new QVBoxLayout(pages);
    pagesLayout_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(kPageWidth + 48, 640);
    scroll->setBackgroundRole(QPalette::Dark);
    return scroll;
}

ReportRequest ReportExportDialog::request() const {
    ReportRequest r;
    r.patient = patient_;
    if (const QVariant lesion = subject_->currentData(); lesion.isValid())
        r.lesion = LesionId(lesion.toLongLong());
    r.language = language_->currentData().toString();
    r.deidentify = deidentify_->isChecked();
    r.clinicName = settings_->clinicName();
    r.logoFile = settings_->clinicLogo();
    r.operatingPoint = settings_->operatingPointChoice();
    return r;
}

QString ReportExportDialog::statusText() const { return status_->text(); }

void ReportExportDialog::setBusy(bool busy, const QString& step) {
    running_ += busy ? 1 : -1;
    progress_->setVisible(running_ > 0);
    save_->setEnabled(running_ == 0 && content_ != nullptr);
    if (!step.isEmpty()) status_->setText(step);
}

void ReportExportDialog::refresh() {
    const int generation = ++generation_;
    content_.reset();
    setBusy(true, tr("Gathering the report and rendering its pages…"));
    reports_.prepare(request()).then(this, [this, generation](const ReportPreview& preview) {
        if (generation != generation_) {  // a later choice is being prepared
            setBusy(false, {});
            return;
        }
        content_ = preview.content;
        setBusy(false, {});
        showPreview(preview);
    });
}

void ReportExportDialog::showPreview(const ReportPreview& preview) {
    while (QLayoutItem* item = pagesLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    pages_ = preview.pages;
    for (const QImage& page : pages_) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(
            page.scaledToWidth(kPageWidth * devicePixelRatio(), Qt::SmoothTransformation)));
        label->setFrameShape(QFrame::Box);
        pagesLayout_->addWidget(label);
    }
    if (!preview.error.isEmpty()) {
        status_->setText(tr("The report cannot be made: %1").arg(preview.error));
        return;
    }
    QString text = tr("%n page(s). Decision support only — not a diagnosis.", "",
                      static_cast<int>(pages_.size()));
    if (!preview.warning.isEmpty()) text += QLatin1Char('\n') + preview.warning;
    status_->setText(text);
}

void ReportExportDialog::saveDialog() {
    const QString suggested = settings_->lastFolder() + QStringLiteral("/dermalens-report.pdf");
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("PDF (*.pdf)"));
    if (file.isEmpty()) return;
    settings_->setLastFolder(QFileInfo(file).absolutePath());
    saveTo(file).then(this, [this](const QString& error) {
        if (!error.isEmpty()) QMessageBox::warning(this, tr("Report not saved"), error);
    });
}

QFuture<QString> ReportExportDialog::saveTo(const QString& file) {
    if (!content_ || busy())
        return QtFuture::makeReadyFuture(tr("The preview is not ready yet."));
    setBusy(true, tr("Writing %1…").arg(file));
    return reports_.save(request(), content_, file).then(this, [this, file](const ReportSaved& s) {
        setBusy(false, {});
        if (!s.error.isEmpty()) {
            status_->setText(tr("Not saved: %1").arg(s.error));
            return s.error;
        }
        QString text = tr("Saved %n page(s) to %1.", "", s.pages).arg(file);
        if (!s.auditError.isEmpty())
            text += QLatin1Char('\n') + tr("The audit trail did not record it: %1").arg(s.auditError);
        status_->setText(text);
        return QString();
    });
}

}  // namespace dermalens::ui
