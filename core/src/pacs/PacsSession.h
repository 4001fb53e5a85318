// One association with a DICOM node through DCMTK's DcmSCU, configured from a PacsNode, with
// network failures turned into plain-words errors (private to the core's pacs/).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include "dermalens/Result.h"
#include "dermalens/pacs/PacsNode.h"

namespace dermalens::pacs {

// "AE@host:port", how errors name a node.
[[nodiscard]] std::string nodeName(const PacsNode& node);

// The error for a failed network step: refused connection, timeout, refused association,
// or the library's own words.
[[nodiscard]] tl::unexpected<Error> networkFailure(const PacsNode& node, const std::string& what,
                                                   const OFCondition& condition);

// A DIMSE status as 0xHHHH.
[[nodiscard]] std::string statusText(Uint16 status);

// The transfer syntaxes we offer and accept: uncompressed first, then what the core decodes.
[[nodiscard]] OFList<OFString> transferSyntaxes();
// Storage SOP classes offered for C-GET (SCP role) and accepted by the C-MOVE receiver: the
// ones Dermalens writes, then DCMTK's common list, at most `limit`.
[[nodiscard]] std::vector<std::string> storageClasses(std::size_t limit);

class PacsSession : public DcmSCU {
public:
    explicit PacsSession(const PacsNode& node);
    ~PacsSession() override;

    // Negotiates with the contexts added so far; the error names the node.
    [[nodiscard]] Result<void> open();
    // Releases the association (aborts it when `abort`).
    void close(bool abort = false);
    [[nodiscard]] const PacsNode& peer() const { return node_; }
    // The accepted context for `abstract_syntax`, or an error naming the service.
    [[nodiscard]] Result<T_ASC_PresentationContextID> context(const std::string& abstract_syntax,
                                                              const std::string& service);

private:
    PacsNode node_;
    bool open_ = false;
};

}  // namespace dermalens::pacs
