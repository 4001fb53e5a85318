// PacsClient: verification, query, retrieve and store against one DICOM node (DCMTK dcmnet).
//
// Every call opens its own association and closes it before returning; nothing is shared, so
// calls may run on any thread (one call per client object at a time). Each network step has
// the node's timeout. Errors name the node ("AE@host:port") and say what went wrong in plain
// words: cannot connect (refused, unreachable), timed out, association refused (AE titles),
// the service refused, cancelled.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dermalens/Result.h"
#include "dermalens/pacs/PacsNode.h"

namespace dermalens {

class PacsClient {
public:
    explicit PacsClient(PacsNode node);

    [[nodiscard]] const PacsNode& node() const { return node_; }

    // C-ECHO.
    [[nodiscard]] Result<void> echo() const;
    // C-FIND at PATIENT level (Patient Root) and at STUDY level (Study Root).
    [[nodiscard]] Result<std::vector<PacsPatient>> findPatients(const PacsQuery& query) const;
    [[nodiscard]] Result<std::vector<PacsStudy>> findStudies(const PacsQuery& query) const;
    // C-GET or C-MOVE of one study into `folder` (created when missing). Each object is
    // written under a temporary name and renamed when complete, so the folder only ever holds
    // whole files. Progress counts sub-operations; cancel aborts the association (Cancelled).
    [[nodiscard]] Result<RetrieveResult> retrieve(const std::string& study_uid,
                                                  const std::filesystem::path& folder,
                                                  RetrieveMethod method,
                                                  const ProgressCallback& progress = {},
                                                  const CancelCallback& cancel = {}) const;
    // C-STORE of DICOM files. A file the node refuses is listed with the status and the rest
    // still go; a network failure or a cancel ends the call with an error.
    [[nodiscard]] Result<StoreResult> store(const std::vector<std::filesystem::path>& files,
                                            const ProgressCallback& progress = {},
                                            const CancelCallback& cancel = {}) const;

private:
    PacsNode node_;
};

}  // namespace dermalens
