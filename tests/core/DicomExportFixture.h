// A store made for the DICOM output tests: one patient with identifying data everywhere it can
// go, two visits, raster and DICOM images of three kinds, analyses with Grad-CAM maps, a PDF.
// Built with the Store API directly, so no model and no import heuristics are involved.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include "TestPaths.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens::test {

struct ExportFixture {
    // The identifying values planted in the store; none may survive de-identification.
    static constexpr const char* kName = "Doe Janette";
    static constexpr const char* kPatientId = "MRN-4711";
    static constexpr const char* kIssuer = "ST-MARY-HOSPITAL";
    static constexpr const char* kBirthDate = "19700123";
    static constexpr const char* kLesionLabel = "Janette's mole (back)";
    static constexpr const char* kVisitDescription = "Follow-up of Janette";
    static constexpr const char* kDicomStudyUid = "1.2.826.0.1.3680043.10.1234.1";
    static constexpr const char* kDicomSeriesUid = "1.2.826.0.1.3680043.10.1234.1.2";
    static constexpr const char* kDicomSopUid = "1.2.826.0.1.3680043.10.1234.1.2.3";

    // with_overview adds an overview photograph (left out of de-identified exports).
    explicit ExportFixture(bool with_overview = false);

    TempDir dir{"dermalens-export"};
    std::filesystem::path store_dir;
    std::filesystem::path pdf;  // a small valid PDF
    PatientId patient;
    ModelCard card;                 // three classes; its weights sha256 is the analyses'
    std::vector<ImageId> images;    // every image, in the order added
    std::vector<ImageId> analysed;  // the ones with an analysis (and a heatmap)
    std::optional<Workspace> workspace;

    [[nodiscard]] DicomExportOptions options() const;
};

// Writes a one-page PDF with `text` on it (valid xref, so pdftotext reads it).
void writeMinimalPdf(const std::filesystem::path& path, const std::string& text);

// Every .dcm file under `folder`, sorted.
std::vector<std::filesystem::path> dicomFiles(const std::filesystem::path& folder);

// Loads a DICOM file (test failure when it cannot be read).
std::unique_ptr<DcmFileFormat> loadDicom(const std::filesystem::path& file);
std::string stringOf(DcmItem& item, const DcmTagKey& tag);

// Every value of `tag` anywhere in the dataset (nested sequences included), as strings.
std::vector<std::string> allValues(DcmItem& item, const DcmTagKey& tag);
// Every string-valued element's value anywhere in the dataset.
std::vector<std::string> allStrings(DcmItem& item);

// ADD_FAILURE for every dciodvfy error in each file and every dcentvfy error across them;
// false (nothing checked) when dicom3tools is not installed.
bool expectValidDicom(const std::vector<std::filesystem::path>& files);

}  // namespace dermalens::test
