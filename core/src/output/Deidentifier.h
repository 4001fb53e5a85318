// Applies the de-identification rules (dermalens/output/Deidentification.h) to datasets.
// One Deidentifier serves one export, so a UID maps to the same new UID in every object of it.
#pragma once

#include <map>
#include <string>
#include <unordered_map>

#include "dermalens/Result.h"
#include "dermalens/output/Deidentification.h"
#include "output/DicomWrite.h"

namespace dermalens::output {

class Deidentifier {
public:
    explicit Deidentifier(DeidentificationOptions options);

    // De-identifies `dataset` in place and marks it (Patient Identity Removed, the method and
    // its codes, Longitudinal Temporal Information Modified). Refuses (InvalidArgument, naming
    // `file`) a dataset whose Burned In Annotation is YES.
    [[nodiscard]] Result<void> apply(DcmDataset& dataset, const std::string& file);

    // The replacement of `uid` (the same every time for this Deidentifier).
    [[nodiscard]] std::string replaceUid(const std::string& uid);

private:
    void cleanItem(DcmItem& item);
    void cleanElement(DcmItem& item, DcmElement& element);
    void cleanContentItem(DcmItem& item);
    void recurse(DcmElement& element);
    void replaceUids(DcmElement& element);
    void emptyOrPseudonym(DcmItem& item, DcmElement& element);
    void markDataset(DcmDataset& dataset);
    [[nodiscard]] DeidAction effectiveAction(const DeidRule& rule) const;

    DeidentificationOptions options_;
    std::unordered_map<std::uint32_t, const DeidRule*> rules_;
    std::map<std::string, std::string> uids_;
};

}  // namespace dermalens::output
