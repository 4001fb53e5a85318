// Small helpers for building DICOM datasets with DCMTK (private to the core's output/).
#pragma once

#include <filesystem>
#include <string>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include "dermalens/Result.h"

namespace dermalens::output {

// A coded concept: (value, coding scheme designator, meaning).
struct Code {
    std::string value;
    std::string scheme;
    std::string meaning;
};

// Our private coding scheme, for concepts no standard scheme has (class probabilities).
inline constexpr const char* kPrivateScheme = "99DERMALENS";

// Writes attributes into one item and remembers the first failure, so a writer puts a whole
// module and checks once.
class DatasetWriter {
public:
    DatasetWriter(DcmItem& item, std::string file) : item_(item), file_(std::move(file)) {}

    DatasetWriter& put(const DcmTagKey& tag, const std::string& value);  // empty: Type 2
    DatasetWriter& putIfAny(const DcmTagKey& tag, const std::string& value);
    DatasetWriter& putUint16(const DcmTagKey& tag, Uint16 value);
    // A one-item code sequence.
    DatasetWriter& putCode(const DcmTagKey& sequence, const Code& code);
    DatasetWriter& emptySequence(const DcmTagKey& sequence);
    // Appends an item to `sequence` (created when missing); nullptr after a failure.
    DcmItem* newItem(const DcmTagKey& sequence);
    // Records a failure found by the caller.
    DatasetWriter& check(const OFCondition& condition, const std::string& what);

    [[nodiscard]] DcmItem& item() { return item_; }
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] Result<void> result() const;

private:
    DcmItem& item_;
    std::string file_;
    std::string failure_;
};

// Writes CodeValue, CodingSchemeDesignator and CodeMeaning into `item`.
OFCondition writeCode(DcmItem& item, const Code& code);

// DICOM DA and TM from an ISO 8601 time ("2024-05-01T09:30:00.123Z" -> "20240501",
// "093000.123"); empty strings for what is not there.
struct DicomDateTime {
    std::string date;
    std::string time;
};
[[nodiscard]] DicomDateTime dicomDateTime(const std::string& iso);
// "YYYYMMDD" when `text` is a DICOM date or YYYY-MM-DD, else empty.
[[nodiscard]] std::string dicomDate(const std::string& text);

// Saves atomically (temporary name, then rename) with a fresh meta header; errors name `path`.
[[nodiscard]] Result<void> saveDicom(DcmFileFormat& file, const std::filesystem::path& path,
                                     E_TransferSyntax transfer_syntax);

[[nodiscard]] tl::unexpected<Error> dicomFailure(const std::string& file, const std::string& what,
                                                 const OFCondition& condition);

}  // namespace dermalens::output
