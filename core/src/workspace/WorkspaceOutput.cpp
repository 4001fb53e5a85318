// Workspace: what leaves the program (DICOM export, PACS) and the audit trail that records it.
#include <random>
#include <system_error>

#include "audit/AuditRecording.h"
#include "audit/Sha256Text.h"
#include "dermalens/pacs/PacsClient.h"
#include "dermalens/workspace/Workspace.h"
#include "output/ExportGathering.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace fs = std::filesystem;
namespace {

// A fresh folder inside the store (same file system as the vault), removed on destruction.
class ScratchFolder {
public:
    ScratchFolder(const fs::path& store, const std::string& kind) {
        std::random_device random;
        path_ =
            store / "tmp" /
            (kind + "-" +
             detail::sha256Hex(std::to_string(random()) + std::to_string(random())).substr(0, 16));
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::string nodeText(const PacsNode& node) {
    return node.called_aet + "@" + node.host + ":" + std::to_string(node.port);
}

}  // namespace

Result<DicomExportSummary> Workspace::exportDicom(PatientId patient, const fs::path& target,
                                                  const DicomExportOptions& options,
                                                  const ProgressCallback& progress,
                                                  const CancelCallback& cancel) {
    auto input = impl_->withStore([&](const Store& s) {
        return output::gatherExportInput(s, impl_->vault, patient, impl_->modelSha());
    });
    if (!input) return tl::unexpected(input.error());
    input->card = options.card ? options.card : card();
    auto summary = exportPatientDicom(*input, target, options, progress, cancel);
    if (!summary) return summary;
    const AuditEvent event{
        AuditAction::Export, detail::patientObject(patient),
        detail::auditDetails({{"format", std::string("dicom")},
                              {"folder", target.string()},
                              {"objects", static_cast<std::int64_t>(summary->objects.size())},
                              {"deidentified", options.deidentify},
                              {"retain_dates", options.retain_dates}})};
    auto logged = impl_->withStore([&](Store& s) { return s.appendAudit(event); });
    if (!logged)  // the files are out: say so, and that the record of it failed
        return fail(logged.error().code, target.string(),
                    "exported, but the audit log could not record it: " + logged.error().reason);
    return summary;
}

Result<void> Workspace::pacsEcho(const PacsNode& node) const { return PacsClient(node).echo(); }

Result<std::vector<PacsPatient>> Workspace::pacsFindPatients(const PacsNode& node,
                                                             const PacsQuery& query) const {
    return PacsClient(node).findPatients(query);
}

Result<std::vector<PacsStudy>> Workspace::pacsFindStudies(const PacsNode& node,
                                                          const PacsQuery& query) const {
    return PacsClient(node).findStudies(query);
}

Result<ImportSummary> Workspace::pacsRetrieve(const PacsNode& node, const std::string& study_uid,
                                              RetrieveMethod method,
                                              const ProgressCallback& progress,
                                              const CancelCallback& cancel) {
    const ScratchFolder scratch(storeDirectory(), "retrieve");
    auto received = PacsClient(node).retrieve(study_uid, scratch.path(), method, progress, cancel);
    if (!received) return tl::unexpected(received.error());
    ImportSummary summary;
    if (!received->images.empty()) {
        auto plan = planImport(received->images, {}, {}, cancel);
        if (!plan) return tl::unexpected(plan.error());
        for (auto& item : plan->items)  // DICOM says whose images these are: take the proposal
            if (item.action == ImportAction::NeedsReview) item.action = ImportAction::Import;
        auto imported = commitImport(*plan, {}, cancel);
        if (!imported) return tl::unexpected(imported.error());
        summary = std::move(*imported);
    }
    if (received->failed > 0)
        summary.skipped.push_back({study_uid, std::to_string(received->failed) +
                                                  " objects could not be retrieved from " +
                                                  nodeText(node)});
    const AuditEvent event{
        AuditAction::Retrieve, "study:" + study_uid,
        detail::auditDetails(
            {{"node", nodeText(node)},
             {"method", std::string(method == RetrieveMethod::Get ? "C-GET" : "C-MOVE")},
             {"received",
              static_cast<std::int64_t>(received->images.size() + received->others.size())},
             {"imported", static_cast<std::int64_t>(summary.imported)}})};
    if (auto logged = impl_->withStore([&](Store& s) { return s.appendAudit(event); }); !logged)
        return tl::unexpected(logged.error());
    return summary;
}

Result<StoreResult> Workspace::pacsSend(const PacsNode& node, PatientId patient,
                                        const DicomExportOptions& options,
                                        const ProgressCallback& progress,
                                        const CancelCallback& cancel) {
    const ScratchFolder scratch(storeDirectory(), "send");
    auto exported = exportDicom(patient, scratch.path(), options, {}, cancel);
    if (!exported) return tl::unexpected(exported.error());
    std::vector<fs::path> files;
    for (const auto& o : exported->objects) files.push_back(o.file);
    auto sent = PacsClient(node).store(files, progress, cancel);
    if (!sent) return sent;
    const AuditEvent event{
        AuditAction::Send, detail::patientObject(patient),
        detail::auditDetails({{"node", nodeText(node)},
                              {"sent", static_cast<std::int64_t>(sent->sent)},
                              {"failed", static_cast<std::int64_t>(sent->failed.size())},
                              {"deidentified", options.deidentify}})};
    if (auto logged = impl_->withStore([&](Store& s) { return s.appendAudit(event); }); !logged)
        return tl::unexpected(logged.error());
    return sent;
}

Result<StoreResult> Workspace::pacsSendFiles(const PacsNode& node,
                                             const std::vector<fs::path>& files,
                                             const ProgressCallback& progress,
                                             const CancelCallback& cancel) {
    auto sent = PacsClient(node).store(files, progress, cancel);
    if (!sent) return sent;
    const AuditEvent event{
        AuditAction::Send, "files",
        detail::auditDetails({{"node", nodeText(node)},
                              {"sent", static_cast<std::int64_t>(sent->sent)},
                              {"failed", static_cast<std::int64_t>(sent->failed.size())}})};
    if (auto logged = impl_->withStore([&](Store& s) { return s.appendAudit(event); }); !logged)
        return tl::unexpected(logged.error());
    return sent;
}

Result<std::vector<AuditEntry>> Workspace::auditLog(const AuditFilter& filter) const {
    return impl_->withStore([&](const Store& s) { return s.auditLog(filter); });
}

Result<AuditVerification> Workspace::verifyAudit() const {
    return impl_->withStore([&](const Store& s) { return s.verifyAudit(); });
}

}  // namespace dermalens
