#include "dermalens/study/StudyCatalog.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "study/StudyBuilder.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens {
namespace fs = std::filesystem;
namespace {

struct ScanItem {
    fs::path file;
    fs::path root;  // the scanned folder the file was found under (its parent for file inputs)
};

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

int number(const std::string& s, std::size_t pos, std::size_t len) {
    return std::stoi(s.substr(pos, len));
}

bool validDate(int year, int month, int day) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] && (month != 2 || day <= 28 || leap);
}

// "YYYY-MM-DD" or "YYYYMMDD" starting at `pos` (not inside a longer digit run) -> YYYYMMDD.
std::optional<std::string> dateAt(const std::string& s, std::size_t pos) {
    auto digits = [&](std::size_t from, std::size_t len) {
        if (from + len > s.size()) return false;
        return std::all_of(s.begin() + from, s.begin() + from + len, isDigit);
    };
    auto endsRun = [&](std::size_t end) { return end >= s.size() || !isDigit(s[end]); };
    if (digits(pos, 4) && pos + 10 <= s.size() && s[pos + 4] == '-' && s[pos + 7] == '-' &&
        digits(pos + 5, 2) && digits(pos + 8, 2) && endsRun(pos + 10)) {
        if (validDate(number(s, pos, 4), number(s, pos + 5, 2), number(s, pos + 8, 2)))
            return s.substr(pos, 4) + s.substr(pos + 5, 2) + s.substr(pos + 8, 2);
    }
    if (digits(pos, 8) && endsRun(pos + 8) &&
        validDate(number(s, pos, 4), number(s, pos + 4, 2), number(s, pos + 6, 2)))
        return s.substr(pos, 8);
    return std::nullopt;
}

bool validDicomDate(const std::string& d) {
    return d.size() == 8 && std::all_of(d.begin(), d.end(), isDigit) &&
           validDate(number(d, 0, 4), number(d, 4, 2), number(d, 6, 2));
}

std::string folderName(const fs::path& dir) {
    const fs::path abs = fs::absolute(dir).lexically_normal();
    std::string name = abs.filename().string();
    if (name.empty()) name = abs.parent_path().filename().string();  // trailing separator
    return name.empty() ? "unassigned" : name;
}

// "L02-left-arm" -> "L02 (left arm)"; names without a site stay as they are.
std::string folderLesionLabel(const std::string& folder) {
    const std::string site = StudyCatalog::bodySiteFromFolder(folder);
    if (site.empty()) return folder;
    return folder.substr(0, folder.find('-')) + " (" + site + ")";
}

std::string dicomPersonName(std::string name) {
    std::replace(name.begin(), name.end(), '^', ' ');
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return name;
}

// Grouping from the folder layout (rule 2 of the header).
LesionKey rasterKey(const ScanItem& item) {
    std::vector<std::string> parts;
    for (const auto& part : item.file.lexically_relative(item.root)) parts.push_back(part.string());
    LesionKey key;
    const std::string file_name = item.file.filename().string();
    if (parts.size() >= 3) {
        key.patient_id = parts[0];
        key.lesion_id = parts[1];
        key.lesion_label = folderLesionLabel(parts[1]);
        key.body_site = StudyCatalog::bodySiteFromFolder(parts[1]);
    } else {
        key.patient_id = parts.size() == 2 ? parts[0] : folderName(item.root);
        key.lesion_id = file_name;
        key.lesion_label = item.file.stem().string();
    }
    key.patient_label = key.patient_id;
    return key;
}

// DICOM identity wins over the folder layout (rule 1); missing tags fall back to rule 2.
LesionKey dicomKey(const ScanItem& item, const ImageMetadata& meta) {
    LesionKey key = rasterKey(item);
    if (!meta.patient_id.empty()) {
        key.patient_id = meta.patient_id;
        const std::string name = dicomPersonName(meta.patient_name);
        key.patient_label = name.empty() ? meta.patient_id : name;
    }
    if (!meta.series_instance_uid.empty()) {
        key.lesion_id = meta.series_instance_uid;
        key.lesion_label.clear();  // numbered when the study is built
        key.body_site.clear();
    }
    if (!meta.body_site.empty()) key.body_site = meta.body_site;
    return key;
}

ImageRecord makeRecord(const fs::path& file, ImageMetadata meta) {
    ImageRecord record;
    record.path = file;
    const bool dicom = meta.format == "DICOM" && validDicomDate(meta.acquisition_date);
    record.date =
        dicom ? meta.acquisition_date : StudyCatalog::dateFromFileName(file.filename().string());
    record.meta = std::move(meta);
    return record;
}

class FileCollector {
public:
    FileCollector(std::vector<ScanProblem>& problems, const CancelCallback& cancel)
        : problems_(problems), cancel_(cancel) {}

    // False when cancelled.
    bool add(const fs::path& input) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) return addFolder(input);
        if (!fs::exists(input, ec)) {
            problems_.push_back({input, "file or folder not found"});
        } else {
            push({input, input.parent_path()});
        }
        return true;
    }

    std::vector<ScanItem> take() {
        std::sort(items_.begin(), items_.end(),
                  [](const ScanItem& a, const ScanItem& b) { return a.file < b.file; });
        return std::move(items_);
    }

private:
    bool addFolder(const fs::path& dir) {
        std::error_code ec;
        const auto options = fs::directory_options::skip_permission_denied;
        fs::recursive_directory_iterator it(dir, options, ec), end;
        if (ec) problems_.push_back({dir, "cannot list folder: " + ec.message()});
        for (std::size_t n = 0; !ec && it != end; it.increment(ec), ++n) {
            if (n % 256 == 0 && cancel_ && cancel_()) return false;
            std::error_code type_ec;
            if (it->is_regular_file(type_ec) && hasSupportedExtension(it->path()))
                push({it->path(), dir});
        }
        if (ec) problems_.push_back({dir, "folder listing stopped: " + ec.message()});
        return true;
    }

    void push(ScanItem item) {
        std::error_code ec;
        fs::path key = fs::weakly_canonical(item.file, ec);
        if (ec) key = fs::absolute(item.file).lexically_normal();
        if (seen_.insert(key).second) items_.push_back(std::move(item));
    }

    std::vector<ScanProblem>& problems_;
    const CancelCallback& cancel_;
    std::vector<ScanItem> items_;
    std::set<fs::path> seen_;  // the same file named twice is scanned once
};

tl::unexpected<Error> cancelled() { return fail(ErrorCode::Cancelled, "", "scan cancelled"); }

std::optional<ImageRecord> extractImage(Study& study, const fs::path& path, bool& synthetic) {
    for (auto& patient : study.patients) {
        for (auto& lesion : patient.lesions) {
            auto& images = lesion.images;
            auto it = std::find_if(images.begin(), images.end(),
                                   [&](const ImageRecord& r) { return r.path == path; });
            if (it == images.end()) continue;
            ImageRecord record = std::move(*it);
            images.erase(it);
            synthetic = patient.synthetic;
            return record;
        }
    }
    return std::nullopt;
}

void pruneEmpty(Study& study) {
    for (auto& patient : study.patients) {
        std::erase_if(patient.lesions, [](const Lesion& l) { return l.images.empty(); });
    }
    std::erase_if(study.patients, [](const Patient& p) { return p.lesions.empty(); });
}

Patient& findOrAddPatient(Study& study, const std::string& id) {
    for (auto& patient : study.patients) {
        if (patient.id == id) return patient;
    }
    Patient& patient = study.patients.emplace_back();
    patient.id = id;
    patient.label = id;
    patient.synthetic = isSyntheticLabel(id);
    return patient;
}

Lesion& findOrAddLesion(Patient& patient, const std::string& id) {
    for (auto& lesion : patient.lesions) {
        if (lesion.id == id) return lesion;
    }
    Lesion& lesion = patient.lesions.emplace_back();
    lesion.id = id;
    lesion.label = folderLesionLabel(id);
    lesion.body_site = StudyCatalog::bodySiteFromFolder(id);
    return lesion;
}

}  // namespace

Result<ScanResult> StudyCatalog::scan(const std::vector<fs::path>& inputs,
                                      const ProgressCallback& progress,
                                      const CancelCallback& cancel) {
    ScanResult result;
    FileCollector collector(result.problems, cancel);
    for (const auto& input : inputs) {
        if (!collector.add(input)) return cancelled();
    }
    const std::vector<ScanItem> items = collector.take();
    if (progress) progress(0, items.size());
    StudyBuilder builder;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (cancel && cancel()) return cancelled();
        const ScanItem& item = items[i];
        auto meta = readMetadata(item.file);
        if (!meta) {
            result.problems.push_back({item.file, meta.error().reason});
        } else {
            const LesionKey key = meta->format == "DICOM" ? dicomKey(item, *meta) : rasterKey(item);
            builder.add(key, makeRecord(item.file, std::move(*meta)));
        }
        if (progress) progress(i + 1, items.size());
    }
    result.study = builder.build();
    return result;
}

Result<void> StudyCatalog::assignImage(Study& study, const fs::path& path,
                                       const std::string& patient_id,
                                       const std::string& lesion_id) {
    if (patient_id.empty() || lesion_id.empty())
        return fail(ErrorCode::InvalidArgument, path.string(), "patient and lesion must be named");
    bool synthetic = false;
    auto record = extractImage(study, path, synthetic);
    if (!record) return fail(ErrorCode::NotFound, path.string(), "image is not in the study");
    Patient& patient = findOrAddPatient(study, patient_id);
    patient.synthetic = patient.synthetic || synthetic;  // demo pixels stay marked as demo
    findOrAddLesion(patient, lesion_id).images.push_back(std::move(*record));
    pruneEmpty(study);
    StudyBuilder::normalise(study);
    return {};
}

std::string StudyCatalog::dateFromFileName(const std::string& file_name) {
    for (std::size_t pos = 0; pos < file_name.size(); ++pos) {
        if (pos > 0 && isDigit(file_name[pos - 1])) continue;  // only at the start of a run
        if (auto date = dateAt(file_name, pos)) return *date;
    }
    return {};
}

std::string StudyCatalog::bodySiteFromFolder(const std::string& folder_name) {
    const auto dash = folder_name.find('-');
    if (dash == std::string::npos) return {};
    std::string site = folder_name.substr(dash + 1);
    std::replace(site.begin(), site.end(), '-', ' ');
    std::replace(site.begin(), site.end(), '_', ' ');
    return site;
}

}  // namespace dermalens
