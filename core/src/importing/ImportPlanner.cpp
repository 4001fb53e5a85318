#include "importing/ImportPlanner.h"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "dermalens/imaging/ImageLoader.h"
#include "importing/SourceLayout.h"

namespace dermalens::detail {
namespace fs = std::filesystem;
namespace {

constexpr const char* kDermoscopicSop = "1.2.840.10008.5.1.4.1.1.77.1.7";
constexpr const char* kVlPhotographicSop = "1.2.840.10008.5.1.4.1.1.77.1.4";

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Result<std::vector<SourceFile>> collect(const std::vector<fs::path>& inputs,
                                        std::vector<ImportProblem>& problems) {
    std::vector<SourceFile> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
            for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file(ec) && hasSupportedExtension(it->path()))
                    files.push_back({it->path(), input});
            if (ec) problems.push_back({input, "cannot read the folder: " + ec.message()});
        } else if (fs::exists(input, ec)) {
            files.push_back({input, input.parent_path().empty() ? fs::path(".") : input.parent_path()});
        } else {
            problems.push_back({input, "no such file or folder"});
        }
    }
    std::sort(files.begin(), files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.file < b.file; });
    return files;
}

ImageKind kindOf(const ImageMetadata& meta, ImageKind fallback) {
    if (meta.sop_class_uid == kDermoscopicSop) return ImageKind::Dermoscopic;
    if (meta.sop_class_uid == kVlPhotographicSop) return ImageKind::ClinicalCloseUp;
    return fallback;
}

Result<std::optional<ImportItem>> describe(const SourceFile& source, const MetadataTable* table,
                                           const ImportOptions& options,
                                           std::vector<ImportProblem>& problems) {
    auto meta = readMetadata(source.file);
    if (!meta) {
        problems.push_back({source.file, meta.error().reason});
        return std::optional<ImportItem>();
    }
    auto id = ImageId::ofFile(source.file.string());
    if (!id) {
        problems.push_back({source.file, id.error().reason});
        return std::optional<ImportItem>();
    }
    ImportItem item;
    item.source = source.file;
    item.id = *id;
    item.meta = std::move(*meta);
    item.kind = kindOf(item.meta, options.default_kind);
    describeSource(source, table ? table->find(source.file) : nullptr, options.synthetic, item);
    return std::optional<ImportItem>(std::move(item));
}

std::vector<LesionId> sameSite(const std::vector<LesionRecord>& lesions, const LesionKey& key) {
    std::vector<LesionId> out;
    for (const auto& l : lesions)
        if (!key.body_site.empty() && lower(l.body_site) == lower(key.body_site) &&
            l.laterality == key.laterality)
            out.push_back(l.id);
    return out;
}

void matchLesion(const std::vector<LesionRecord>& lesions, ImportItem& item) {
    if (LesionId found = findLesion(lesions, item.lesion); found.valid()) {
        item.target_lesion = found;
        return;
    }
    const bool dicom = item.meta.format == "DICOM";
    const bool keyed_by_series = item.lesion.external_key.rfind("series:", 0) == 0;
    if (dicom && keyed_by_series && !lesions.empty()) {
        for (const auto& l : lesions) item.candidates.push_back(l.id);
        item.action = ImportAction::NeedsReview;
        item.note = lesions.size() == 1
                        ? std::string("no body site or lesion number: a new lesion, or a "
                                      "follow-up of the patient's lesion?")
                        : "no body site or lesion number: a new lesion, or a follow-up of one "
                          "of the patient's " + std::to_string(lesions.size()) + " lesions?";
        return;
    }
    if (!dicom || !item.lesion.external_key.empty()) return;  // a new lesion
    const auto candidates = sameSite(lesions, item.lesion);
    if (candidates.size() == 1) {
        item.target_lesion = candidates.front();  // follow-up of the lesion at that site
    } else if (candidates.size() > 1) {
        item.candidates = candidates;
        item.action = ImportAction::NeedsReview;
        item.note = std::to_string(candidates.size()) + " lesions of this patient are at " +
                    lesionLabel(item.lesion) + ": which one is it?";
    }
}

}  // namespace

LesionId findLesion(const std::vector<LesionRecord>& lesions, const LesionKey& key) {
    for (const auto& l : lesions) {
        if (!key.external_key.empty()) {
            if (l.external_key == key.external_key) return l.id;
        } else if (l.external_key.empty() && lower(l.body_site) == lower(key.body_site) &&
                   l.laterality == key.laterality && !key.body_site.empty()) {
            return l.id;
        }
    }
    return {};
}

Result<ImportPlan> scanSources(const std::vector<fs::path>& inputs, const ImportOptions& options,
                               const ProgressCallback& progress, const CancelCallback& cancel) {
    ImportPlan plan;
    std::optional<MetadataTable> table;
    if (!options.metadata_csv.empty()) {
        auto read = MetadataTable::read(options.metadata_csv);
        if (!read) return tl::unexpected(read.error());
        table = std::move(*read);
    }
    auto files = collect(inputs, plan.problems);
    for (std::size_t i = 0; i < files->size(); ++i) {
        if (cancel && cancel()) return fail(ErrorCode::Cancelled, {}, "import cancelled");
        auto item = describe((*files)[i], table ? &*table : nullptr, options, plan.problems);
        if (*item) plan.items.push_back(std::move(**item));
        if (progress) progress(i + 1, files->size());
    }
    return plan;
}

Result<void> matchStore(const Store& store, ImportPlan& plan) {
    std::map<ImageId, std::string> seen;
    std::map<std::pair<std::string, std::string>, std::vector<LesionRecord>> lesions_of;
    for (ImportItem& item : plan.items) {
        if (auto first = seen.find(item.id); first != seen.end()) {
            item.action = ImportAction::Duplicate;
            item.note = "same file as " + first->second;
            continue;
        }
        seen.emplace(item.id, item.source.string());
        auto stored = store.findImage(item.id);
        if (!stored) return tl::unexpected(stored.error());
        if (*stored) {
            item.action = ImportAction::Duplicate;
            item.note = "already in the store";
            continue;
        }
        auto patient = store.findPatient(item.patient.external_id, item.patient.issuer);
        if (!patient) return tl::unexpected(patient.error());
        if (!*patient) continue;  // a new patient: its lesions are new too
        item.existing_patient = (*patient)->id;
        const auto key = std::make_pair(item.patient.external_id, item.patient.issuer);
        if (!lesions_of.count(key)) {
            auto lesions = store.lesions(item.existing_patient);
            if (!lesions) return tl::unexpected(lesions.error());
            lesions_of[key] = std::move(*lesions);
        }
        matchLesion(lesions_of[key], item);
    }
    return {};
}

}  // namespace dermalens::detail
