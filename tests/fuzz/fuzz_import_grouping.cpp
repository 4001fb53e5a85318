// libFuzzer target: the DICOM import grouping (ImportPlanner: metadata, hash, SourceLayout's
// patient / lesion / visit keys, matching against a store). Input: a first line naming the
// folders under the scanned root (its bytes may be anything, e.g. not UTF-8), then a DICOM
// data set (preamble and "DICM" are added here).
#include <string>
#include <string_view>
#include <vector>

#include "FuzzSupport.h"
#include "importing/ImportPlanner.h"

namespace {

namespace fs = std::filesystem;
using namespace dermalens;
using namespace dermalens::fuzz;

// A store that already knows the fixtures' patient, so that matching has work to do.
const Store& knownStore() {
    static Store store = [] {
        auto s = Store::open(scratchDir() / "store");
        require(s.has_value(), "cannot open the scratch store");
        PatientRecord patient;
        patient.external_id = "DL-0001";
        patient.name = "Doe Jane";
        const PatientId id = *s->addPatient(patient);
        for (const char* site : {"back", "back", "arm"}) {
            LesionRecord lesion;
            lesion.patient = id;
            lesion.label = site;
            lesion.body_site = site;
            (void)s->addLesion(lesion);
        }
        return std::move(*s);
    }();
    return store;
}

// Up to three folder names from the first line; '/', NUL, "." and ".." cannot be names.
fs::path folders(std::string_view line) {
    fs::path out;
    int count = 0;
    std::size_t start = 0;
    while (start <= line.size() && count < 3) {
        const std::size_t end = std::min(line.find('/', start), line.size());
        const std::string_view part = line.substr(start, std::min<std::size_t>(end - start, 40));
        if (!part.empty() && part != "." && part != ".." && part.find('\0') == part.npos) {
            out /= std::string(part);
            ++count;
        }
        start = end + 1;
    }
    return out;
}

void checkItem(const ImportItem& item) {
    for (const std::string* s :
         {&item.patient.external_id, &item.patient.issuer, &item.patient.name,
          &item.patient.birth_date, &item.patient.sex, &item.lesion.external_key,
          &item.lesion.label, &item.lesion.body_site, &item.lesion.body_site_code,
          &item.lesion.laterality, &item.visit_date, &item.study_instance_uid, &item.note})
        requireUtf8(*s, "an import key");
    require(!item.patient.external_id.empty(), "an item without a patient key");
    require(!item.patient.name.empty(), "an item without a patient name");
    require(!item.lesion.label.empty(), "an item without a lesion label");
    require(item.visit_date.empty() || item.visit_date.size() == 8, "visit date not YYYYMMDD");
    requireValidMetadata(item.meta);
}

// Writes the input as <root>/<folders>/image.dcm, plans its import and checks the plan.
void planOne(std::string_view input) {
    const std::size_t newline = std::min(input.find('\n'), input.size());
    const fs::path root = scratchDir() / "source";
    std::error_code ec;
    fs::remove_all(root, ec);
    const fs::path file =
        root / folders(input.substr(0, std::min<std::size_t>(newline, 200))) / "image.dcm";
    fs::create_directories(file.parent_path(), ec);
    require(!ec, "cannot create " + file.parent_path().string());
    const std::string_view body = input.substr(std::min(newline + 1, input.size()));
    writeFile(file, reinterpret_cast<const std::uint8_t*>(body.data()), body.size(),
              std::string(128, '\0') + "DICM");
    auto plan = detail::scanSources({root}, ImportOptions{}, {}, {});
    if (!plan) return requireValidError(plan.error());
    require(plan->items.size() + plan->problems.size() == 1, "the file was lost or doubled");
    for (const auto& problem : plan->problems) requireUtf8(problem.reason, "a problem's reason");
    const auto matched = detail::matchStore(knownStore(), *plan);
    if (!matched) return requireValidError(matched.error());
    for (const auto& item : plan->items) checkItem(item);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    planOne(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
