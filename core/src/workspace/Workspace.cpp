// Workspace: opening, reading and organising. Import, analysis and backup are in the
// Workspace*.cpp files beside this one.
#include "dermalens/workspace/Workspace.h"

#include <cstdlib>

#include "audit/AuditRecording.h"
#include "workspace/PatientTree.h"
#include "workspace/WorkspaceImpl.h"

namespace dermalens {
namespace fs = std::filesystem;

fs::path Workspace::defaultStoreDirectory() {
    if (const char* env = std::getenv("DERMALENS_STORE"); env && *env) return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "dermalens" / "store";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "dermalens" / "store";
}

Result<Workspace> Workspace::open(const fs::path& store_directory, const StoreOptions& options) {
    auto store = Store::open(store_directory, options);
    if (!store) return tl::unexpected(store.error());
    return Workspace(std::make_unique<Impl>(std::move(*store), store_directory));
}

Workspace::Workspace(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

fs::path Workspace::storeDirectory() const { return impl_->store.directory(); }

std::string Workspace::displayName(const PatientRecord& patient) {
    std::string name = patient.name.empty() ? patient.external_id : patient.name;
    if (name.empty()) name = "Patient " + std::to_string(patient.id.value());
    if (patient.synthetic && name.find("SYNTHETIC") == std::string::npos) name += " (SYNTHETIC)";
    return name;
}

namespace {
Result<std::vector<PatientSummary>> summaries(const Store& store,
                                              const Result<std::vector<PatientRecord>>& records) {
    if (!records) return tl::unexpected(records.error());
    std::vector<PatientSummary> out;
    out.reserve(records->size());
    for (const auto& r : *records) {
        auto s = detail::summarize(store, r);
        if (!s) return tl::unexpected(s.error());
        out.push_back(std::move(*s));
    }
    return out;
}
}  // namespace

Result<std::vector<PatientSummary>> Workspace::patients(const std::string& search) const {
    return impl_->withStore([&](const Store& s) { return summaries(s, s.patients(search)); });
}

Result<std::vector<PatientSummary>> Workspace::recentPatients(int limit) const {
    return impl_->withStore([&](const Store& s) { return summaries(s, s.recentPatients(limit)); });
}

Result<Patient> Workspace::patient(PatientId id) const {
    return impl_->withStore([&](const Store& s) -> Result<Patient> {
        auto record = s.patient(id);
        if (!record) return tl::unexpected(record.error());
        return detail::patientTree(s, impl_->vault, *record);
    });
}

Result<Study> Workspace::study() const {
    return impl_->withStore([&](const Store& s) -> Result<Study> {
        auto records = s.patients();
        if (!records) return tl::unexpected(records.error());
        Study study;
        for (const auto& r : *records) {
            auto tree = detail::patientTree(s, impl_->vault, r);
            if (!tree) return tl::unexpected(tree.error());
            study.patients.push_back(std::move(*tree));
        }
        return study;
    });
}

Result<void> Workspace::markOpened(PatientId id) {
    return impl_->withStore([&](Store& s) {
        return detail::withAudit(s, {AuditAction::Open, detail::patientObject(id)}, [&] { return s.markOpened(id); });
    });
}

Result<ImageEntry> Workspace::image(const ImageId& id) const {
    return impl_->withStore([&](const Store& s) { return s.image(id); });
}

Result<fs::path> Workspace::imagePath(const ImageId& id) const {
    auto entry = image(id);
    if (!entry) return tl::unexpected(entry.error());
    return impl_->vault.absolute(entry->managed_path);
}

Result<std::optional<AnalysisRecord>> Workspace::currentAnalysis(const ImageId& id) const {
    const std::string sha = impl_->modelSha();
    if (sha.empty()) return std::optional<AnalysisRecord>();
    return impl_->withStore([&](const Store& s) { return s.latestAnalysis(id, sha); });
}

Result<std::optional<Calibration>> Workspace::calibration(const ImageId& id) const {
    return impl_->withStore([&](const Store& s) { return s.calibration(id); });
}

Result<PatientId> Workspace::createPatient(const PatientRecord& record) {
    return impl_->withStore([&](Store& s) { return s.addPatient(record); });
}

Result<LesionId> Workspace::createLesion(const LesionRecord& record) {
    return impl_->withStore([&](Store& s) { return s.addLesion(record); });
}

Result<void> Workspace::setCalibration(const ImageId& id, double mm_per_pixel,
                                       const std::string& source) {
    if (!(mm_per_pixel > 0))
        return fail(ErrorCode::InvalidArgument, {}, "a calibration must be a positive mm/pixel");
    return impl_->withStore(
        [&](Store& s) { return s.setCalibration(Calibration{id, mm_per_pixel, source, {}}); });
}

}  // namespace dermalens
