// Any PDF file as an Encapsulated PDF object (1.2.840.10008.5.1.4.1.1.104.1): the report
// travels to the PACS inside the patient's study, byte for byte.
#pragma once

#include <filesystem>
#include <string>

#include "output/PhotoWriter.h"

namespace dermalens::output {

inline constexpr const char* kEncapsulatedPdfClass = "1.2.840.10008.5.1.4.1.1.104.1";

struct PdfInput {
    std::filesystem::path pdf;
    std::string title;  // Document Title
    // Whether the PDF's own text or pictures identify the patient (Burned In Annotation).
    bool contains_identity = true;
};

// Fails with UnsupportedFormat when the file is not a PDF, NotFound / Unreadable otherwise.
[[nodiscard]] Result<DicomObject> writeEncapsulatedPdf(const ObjectContext& context,
                                                       const PdfInput& input);

}  // namespace dermalens::output
