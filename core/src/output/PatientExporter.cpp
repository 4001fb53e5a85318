// PatientExporter: the walk over visits, saving, progress and cancel.
#include "output/PatientExporter.h"

#include <system_error>

namespace dermalens::output {
namespace fs = std::filesystem;

PatientExporter::PatientExporter(const DicomExportInput& input, fs::path target,
                                 const DicomExportOptions& options,
                                 const ProgressCallback& progress, const CancelCallback& cancel)
    : in_(input),
      target_(std::move(target)),
      options_(options),
      naming_(input.patient),
      progress_(progress),
      cancel_(cancel) {
    if (options.deidentify)
        deid_.emplace(DeidentificationOptions{
            options.retain_dates,
            options.pseudonym.empty() ? naming_.pseudonym() : options.pseudonym,
            options.uid_secret});
    summary_.deidentified = options.deidentify;
    for (const auto& v : in_.visits) total_ += v.images.size() + 1;  // photos, then derived
    if (!options.report_pdf.empty()) ++total_;
}

bool PatientExporter::cancelled() {
    if (!failure_ && cancel_ && cancel_())
        failure_ = Error{ErrorCode::Cancelled, target_.string(), "export cancelled"};
    return failure_.has_value();
}

void PatientExporter::step() {
    if (progress_) progress_(++done_, total_);
}

void PatientExporter::removeWritten() {
    std::error_code ec;
    for (const auto& o : summary_.objects) fs::remove(o.file, ec);
    // Empty folders the export made are removed bottom-up; anything else stays.
    std::vector<fs::path> folders;
    for (auto it = fs::recursive_directory_iterator(target_, ec); !ec && it != fs::end(it); ++it)
        if (it->is_directory(ec)) folders.push_back(it->path());
    for (auto f = folders.rbegin(); f != folders.rend(); ++f) fs::remove(*f, ec);
    summary_.objects.clear();
}

ObjectContext PatientExporter::context(const StudyModule& study, const SeriesModule& series,
                                       const std::string& sop_class, const std::string& sop_uid,
                                       const std::string& when) {
    const DicomDateTime at = dicomDateTime(when);
    SeriesModule s = series;
    auto [number, inserted] = series_numbers_.try_emplace(s.uid, 0);
    if (inserted) number->second = s.number > 0 ? s.number : next_series_++;
    s.number = number->second;
    const int instance = ++instances_[s.uid];
    return ObjectContext{patientModule(in_.patient), study, s,
                         InstanceModule{sop_class, sop_uid, instance,
                                        at.date.empty() ? study.date : at.date, at.time}};
}

std::optional<ObjectRef> PatientExporter::save(DicomObject object, const ObjectContext& c,
                                               int visit, ExportedKind kind, const ImageId& image,
                                               const std::string& what) {
    DcmDataset& dataset = *object.file->getDataset();
    if (deid_) {
        if (auto clean = deid_->apply(dataset, what); !clean) {
            summary_.skipped.push_back({what, clean.error().reason});
            return std::nullopt;
        }
    }
    const fs::path file = ExportNaming::file(target_, visit, c.series, c.instance.number);
    if (auto saved = saveDicom(*object.file, file, object.transfer_syntax); !saved) {
        failure_ = saved.error();  // the target cannot be written: nothing after this would be
        return std::nullopt;
    }
    OFString sop, study;
    dataset.findAndGetOFString(DCM_SOPInstanceUID, sop);
    dataset.findAndGetOFString(DCM_StudyInstanceUID, study);
    summary_.objects.push_back(
        {kind, file, c.instance.sop_class, sop.c_str(), study.c_str(), image});
    return ObjectRef{c.instance.sop_class, c.instance.sop_instance, c.series.uid, c.study.uid};
}

void PatientExporter::visit(const DicomExportVisit& v, int index, bool latest) {
    const StudyModule study{naming_.studyUid(v.visit), v.visit.date, "",
                            "V" + std::to_string(v.visit.id.value()), v.visit.description};
    std::vector<Photo> photos;
    for (const auto& image : v.images) {
        if (cancelled()) return;
        if (auto written = photo(v, study, image, index)) photos.push_back(*written);
        step();
        if (failure_) return;
    }
    heatmaps(study, photos, index);
    if (!failure_) aiReport(study, photos, index);
    step();
    if (latest && !failure_ && !options_.report_pdf.empty()) {
        report(study, index);
        step();
    }
}

Result<DicomExportSummary> PatientExporter::run() {
    std::error_code ec;
    if (fs::exists(target_, ec) && !fs::is_empty(target_, ec))
        return fail(ErrorCode::InvalidArgument, target_.string(), "the export folder is not empty");
    fs::create_directories(target_, ec);
    if (ec) return fail(ErrorCode::Unreadable, target_.string(), "cannot create: " + ec.message());
    std::size_t latest = 0;  // the report goes with the latest visit that has images
    for (std::size_t i = 0; i < in_.visits.size(); ++i)
        if (!in_.visits[i].images.empty()) latest = i;
    for (std::size_t i = 0; i < in_.visits.size() && !failure_; ++i)
        visit(in_.visits[i], static_cast<int>(i + 1), i == latest);
    if (!failure_ && in_.visits.empty() && !options_.report_pdf.empty())
        failure_ = Error{ErrorCode::InvalidArgument, options_.report_pdf.string(),
                         "the patient has no visit to put the report in"};
    if (failure_) {
        removeWritten();
        return tl::unexpected(*failure_);
    }
    return summary_;
}

}  // namespace dermalens::output
