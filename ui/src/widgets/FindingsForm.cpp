#include "widgets/FindingsForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "dermalens/followup/SevenPointChecklist.h"
#include "dermalens/workspace/Workspace.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/ClassNames.h"
#include "support/FindingText.h"
#include "support/QtConvert.h"
#include "widgets/AiAgreementBox.h"
#include "widgets/ManagementEditor.h"
#include "widgets/SevenPointView.h"
#include "widgets/StructuresChecklist.h"

namespace dermalens::ui {
namespace {
constexpr int kHistoryRows = 8;  // a short history; the report lists them all
}

FindingsForm::FindingsForm(WorkspaceService* store, Settings* settings, QWidget* parent)
    : QWidget(parent), store_(store), settings_(settings) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("secondaryText"));
    status_->setWordWrap(true);
    column->addWidget(status_);
    column->addWidget(buildEditor());
    column->addWidget(buildFooter());
    connect(checklist_, &StructuresChecklist::changed, this,
            [this] { score_->setScore(sevenPointScore(checklist_->structures())); });
    clearEntries();
    setEnabled(false);  // until a visit is set
}

QWidget* FindingsForm::buildEditor() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    checklist_ = new StructuresChecklist(box);
    column->addWidget(checklist_);
    score_ = new SevenPointView(box);
    column->addWidget(score_);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    notes_ = new QPlainTextEdit(box);
    notes_->setPlaceholderText(tr("Free-text notes"));
    notes_->setMaximumHeight(80);
    form->addRow(tr("Notes"), notes_);
    management_ = new ManagementEditor(box);
    form->addRow(tr("Management"), management_);
    column->addLayout(form);
    ai_ = new AiAgreementBox(box);
    column->addWidget(ai_);
    return box;
}

QWidget* FindingsForm::buildFooter() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    clinician_ = new QLineEdit(settings_->clinicianName(), box);
    clinician_->setPlaceholderText(tr("Your name (remembered)"));
    form->addRow(tr("Clinician"), clinician_);
    column->addLayout(form);
    save_ = new QPushButton(tr("Save Finding"), box);
    save_->setToolTip(tr("Record this assessment; earlier findings are kept"));
    connect(save_, &QPushButton::clicked, this, &FindingsForm::save);
    saveMessage_ = new QLabel(box);
    saveMessage_->setWordWrap(true);
    column->addWidget(save_);
    column->addWidget(saveMessage_);
    auto* group = new QGroupBox(tr("Earlier findings of this lesion"), box);
    auto* inner = new QVBoxLayout(group);
    history_ = new QListWidget(group);
    history_->setMaximumHeight(140);
    history_->setWordWrap(true);
    inner->addWidget(history_);
    column->addWidget(group);
    return box;
}

void FindingsForm::setVisit(LesionId lesion, VisitId visit, const ImageId& image) {
    if (lesion == lesion_ && visit == visit_ && image == image_) return;
    lesion_ = lesion;
    visit_ = visit;
    image_ = image;
    ++generation_;
    stored_.clear();
    clearEntries();
    ai_->setPrediction(image, nullptr, nullptr);
    saveMessage_->clear();
    setEnabled(lesion.valid() && visit.valid());
    reload();
}

void FindingsForm::setPrediction(const ImageId& image, const Prediction* prediction,
                                 const ModelCard* card) {
    if (image != image_) return;
    const AiAgreement kept = ai_->agreement();
    ai_->setPrediction(image, prediction, card);
    ai_->setAgreement(kept);
}

void FindingsForm::reload() {
    if (!lesion_.valid()) return;
    const LesionId lesion = lesion_;
    const int generation = generation_;
    ++pending_;
    store_->run([lesion](Workspace& ws) { return ws.findings(lesion); })
        .then(this, [this, generation](const Result<std::vector<Finding>>& found) {
            --pending_;
            if (generation != generation_) return;
            if (!found) {
                status_->setText(qs(found.error().message()));
                return;
            }
            showStored(*found);
        });
}

void FindingsForm::showStored(std::vector<Finding> findings) {
    stored_ = std::move(findings);
    if (const auto newest = current())
        fill(*newest);
    else
        clearEntries();
    status_->setText(statusText());
    showHistory();
}

std::optional<Finding> FindingsForm::current() const {
    for (auto it = stored_.rbegin(); it != stored_.rend(); ++it)
        if (it->visit == visit_) return *it;
    return std::nullopt;
}

QString FindingsForm::statusText() const {
    const auto newest = current();
    if (!newest) return tr("No finding recorded for this visit yet.");
    QString text = tr("Newest finding of this visit: %1 by %2.")
                       .arg(FindingText::time(newest->created_at),
                            newest->clinician.empty() ? tr("no clinician named")
                                                      : qs(newest->clinician));
    if (newest->ai_shown) {
        const QString code = qs(newest->ai_shown->top_class);
        text += u'\n' + tr("AI then: %1 (%2).")
                            .arg(FindingText::aiShown(*newest->ai_shown,
                                                      ClassNames::displayName(code, code)),
                                 FindingText::agreement(newest->agreement));
    }
    return text;
}

void FindingsForm::fill(const Finding& f) {
    checklist_->setStructures(f.structures);
    notes_->setPlainText(qs(f.notes));
    management_->setManagement(f.management);
    ai_->setAgreement(f.agreement);
}

void FindingsForm::clearEntries() {
    checklist_->setStructures(DermoscopicStructures{});
    notes_->clear();
    management_->setManagement(Management{});
    ai_->setAgreement(AiAgreement::NotStated);
}

void FindingsForm::showHistory() {
    history_->clear();
    const auto newest = current();
    int rows = 0;
    for (auto it = stored_.rbegin(); it != stored_.rend() && rows < kHistoryRows; ++it) {
        if (newest && it->id == newest->id) continue;
        const QString where = it->visit == visit_ ? tr("this visit") : tr("another visit");
        history_->addItem(FindingText::summary(*it) + QStringLiteral(" · ") + where);
        ++rows;
    }
    if (rows == 0) history_->addItem(tr("None"));
}

Finding FindingsForm::draft() const {
    Finding f;
    f.lesion = lesion_;
    f.visit = visit_;
    f.image = image_;
    f.structures = checklist_->structures();
    f.notes = notes_->toPlainText().trimmed().toStdString();
    f.management = management_->management();
    f.clinician = clinician_->text().trimmed().toStdString();
    f.agreement = ai_->agreement();
    // ai_shown stays empty: the workspace copies the stored analysis of the image (with its
    // analysis id and model identity), which is the result the panel shows.
    return f;
}

bool FindingsForm::save() {
    if (!lesion_.valid() || !visit_.valid()) return false;
    const Finding finding = draft();
    if (finding.clinician.empty()) {
        saveMessage_->setText(tr("Enter your name to sign the finding."));
        clinician_->setFocus();
        return false;
    }
    settings_->setClinicianName(clinician_->text());
    save_->setEnabled(false);
    saveMessage_->setText(tr("Saving…"));
    ++pending_;
    const int generation = generation_;
    store_->run([finding](Workspace& ws) { return ws.recordFinding(finding); })
        .then(this, [this, generation](const Result<Finding>& saved) {
            --pending_;
            save_->setEnabled(true);
            if (generation == generation_) onSaved(saved);
        });
    return true;
}

void FindingsForm::onSaved(const Result<Finding>& saved) {
    if (!saved) {
        saveMessage_->setText(tr("Not saved: %1").arg(qs(saved.error().message())));
        return;
    }
    saveMessage_->setText(tr("Saved %1.").arg(FindingText::time(saved->created_at)));
    stored_.push_back(*saved);
    showStored(std::move(stored_));
    Q_EMIT findingSaved(saved->lesion, *saved);
}

}  // namespace dermalens::ui
