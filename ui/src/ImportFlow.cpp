#include "ImportFlow.h"

#include <QWidget>
#include <set>

#include "dermalens/workspace/Workspace.h"
#include "dialogs/ImportReviewDialog.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/TaskProgress.h"

namespace dermalens::ui {

struct ImportFlow::Planned {
    ImportPlan plan;
    ImportReviewLabels labels;
};

struct ImportFlow::Committed {
    ImportSummary summary;
    PatientId patient;
};

namespace {

// Names of the stored patients and lesions the plan refers to, for the review dialog.
ImportReviewLabels labelsFor(Workspace& ws, const ImportPlan& plan) {
    ImportReviewLabels labels;
    std::set<PatientId> patients;
    for (const ImportItem& item : plan.items)
        if (item.existing_patient.valid() && item.action != ImportAction::Duplicate)
            patients.insert(item.existing_patient);
    for (PatientId id : patients) {
        auto patient = ws.patient(id);
        if (!patient) continue;
        labels.patients.insert(id, patientName(*patient));
        for (const Lesion& lesion : patient->lesions)
            labels.lesions.insert(lesion.lesion_id, lesionName(lesion));
    }
    return labels;
}

// The stored patient an item went to: the matched one, else the one its key created.
PatientId patientOf(Workspace& ws, const ImportItem& item) {
    if (item.existing_patient.valid()) return item.existing_patient;
    auto found = ws.patients(item.patient.external_id);
    if (!found || found->empty()) return {};
    for (const PatientSummary& s : *found)
        if (s.record.external_id == item.patient.external_id &&
            s.record.issuer == item.patient.issuer)
            return s.record.id;
    return found->front().record.id;
}

PatientId patientToShow(Workspace& ws, const ImportPlan& plan, const std::string& key) {
    const ImportItem* chosen = nullptr;
    for (const ImportItem& item : plan.items) {
        if (item.action == ImportAction::NeedsReview) continue;  // skipped by the user
        if (!key.empty() && item.patient.external_id.find(key) != std::string::npos)
            return patientOf(ws, item);
        if (!chosen) chosen = &item;
    }
    return chosen ? patientOf(ws, *chosen) : PatientId{};
}

}  // namespace

ImportFlow::ImportFlow(WorkspaceService* store, QWidget* window)
    : QObject(window),
      store_(store),
      window_(window),
      progress_(new TaskProgress(window, tr("Import"))) {}

ImportFlow::~ImportFlow() { progress_->cancel(); }

void ImportFlow::start(const QStringList& paths, const ImportOptions& options,
                       const QString& showKey) {
    if (busy()) {
        Q_EMIT statusMessage(tr("An import is already running."));
        return;
    }
    if (paths.isEmpty()) return;
    stage_ = Stage::Planning;
    showKey_ = showKey.toStdString();
    std::vector<std::filesystem::path> inputs;
    for (const QString& path : paths) inputs.push_back(toPath(path));
    progress_->begin(tr("Reading %n item(s)…", "", static_cast<int>(paths.size())));
    Q_EMIT statusMessage(tr("Reading %n item(s)…", "", static_cast<int>(paths.size())));
    store_
        ->run([inputs, options, report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) -> Result<Planned> {
            auto plan = ws.planImport(inputs, options, report, cancelled);
            if (!plan) return tl::unexpected(plan.error());
            ImportReviewLabels labels = labelsFor(ws, *plan);
            return Planned{std::move(*plan), std::move(labels)};
        })
        .then(this, [this](Result<Planned> planned) { onPlanned(std::move(planned)); })
        .onFailed(this, [this] { stop(tr("Unexpected error while reading the files.")); });
}

ImportReviewDialog* ImportFlow::reviewDialog() const { return review_.data(); }

void ImportFlow::cancel() {
    progress_->cancel();
    if (review_ && review_->isVisible()) review_->reject();
}

void ImportFlow::stop(const QString& message) {
    progress_->finish();
    stage_ = Stage::Idle;
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
}

void ImportFlow::onPlanned(Result<Planned> planned) {
    const bool cancelled = progress_->cancelled();  // also when the planner finished anyway
    progress_->finish();
    if (cancelled || (!planned && planned.error().code == ErrorCode::Cancelled)) {
        stop(tr("Import cancelled; nothing was imported."));
        return;
    }
    if (!planned) {
        stop(qs(planned.error().message()));
        return;
    }
    if (planned->plan.items.empty()) {
        reportProblems(planned->plan.problems);
        stop(tr("No readable images found."));
        return;
    }
    if (planned->plan.count(ImportAction::NeedsReview) > 0)
        showReview(std::move(*planned));
    else
        commit(std::move(planned->plan));
}

void ImportFlow::showReview(Planned planned) {
    stage_ = Stage::Reviewing;
    Q_EMIT statusMessage(tr("Some images need your review before they are imported."));
    const std::vector<ImportProblem> problems = planned.plan.problems;
    review_ = new ImportReviewDialog(std::move(planned.plan), std::move(planned.labels), window_);
    review_->setAttribute(Qt::WA_DeleteOnClose);
    review_->setWindowModality(Qt::WindowModal);
    connect(review_, &QDialog::accepted, this, [this] {
        ImportPlan decided = review_->decidedPlan();
        commit(std::move(decided));
    });
    connect(review_, &QDialog::rejected, this, [this, problems] {
        reportProblems(problems);
        stop(tr("Import cancelled; nothing was imported."));
    });
    review_->open();  // not exec(): the event loop keeps running
    Q_EMIT reviewShown(review_);
}

void ImportFlow::commit(ImportPlan plan) {
    stage_ = Stage::Committing;
    const int count = static_cast<int>(plan.count(ImportAction::Import));
    progress_->begin(tr("Importing %n image(s)…", "", count));
    Q_EMIT statusMessage(tr("Importing %n image(s)…", "", count));
    store_
        ->run([plan = std::move(plan), key = showKey_, report = progress_->progressCallback(),
               cancelled = progress_->cancelCallback()](Workspace& ws) -> Result<Committed> {
            auto summary = ws.commitImport(plan, report, cancelled);
            if (!summary) return tl::unexpected(summary.error());
            return Committed{std::move(*summary), patientToShow(ws, plan, key)};
        })
        .then(this, [this](const Result<Committed>& committed) { onCommitted(committed); })
        .onFailed(this, [this] {
            store_->announceRecordsChanged();
            stop(tr("Unexpected error while importing."));
        });
}

void ImportFlow::onCommitted(const Result<Committed>& committed) {
    progress_->finish();
    store_->announceRecordsChanged();  // even a cancelled commit keeps what it finished
    if (!committed || committed->summary.cancelled) {
        if (committed) reportProblems(committed->summary.skipped);
        stop(!committed && committed.error().code != ErrorCode::Cancelled
                 ? qs(committed.error().message())
                 : tr("Import cancelled; the images imported before that are kept."));
        return;
    }
    stage_ = Stage::Idle;
    reportProblems(committed->summary.skipped);
    Q_EMIT statusMessage(summaryText(committed->summary));
    Q_EMIT finished(committed->summary, committed->patient);
}

void ImportFlow::reportProblems(const std::vector<ImportProblem>& problems) {
    for (const ImportProblem& p : problems) Q_EMIT problem(fromPath(p.path), qs(p.reason));
}

QString ImportFlow::summaryText(const ImportSummary& s) {
    QStringList parts{tr("Imported %n image(s)", "", static_cast<int>(s.imported))};
    if (s.duplicates > 0)
        parts << tr("%n already in the store", "", static_cast<int>(s.duplicates));
    if (!s.skipped.empty())
        parts << tr("%n skipped (see Problems)", "", static_cast<int>(s.skipped.size()));
    return parts.join(QStringLiteral(", ")) + u'.';
}

}  // namespace dermalens::ui
