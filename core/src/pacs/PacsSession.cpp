#include "pacs/PacsSession.h"

#include <algorithm>
#include <cstdio>
#include <mutex>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/oflog/oflog.h>

#include "dicom/DicomCodecs.h"

namespace dermalens::pacs {
namespace {

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

// DcmSCU logs every failure itself; ours are returned as errors instead.
void quietNetworkLog() {
    static std::once_flag once;
    std::call_once(once,
                   [] { OFLog::getLogger("dcmtk.dcmnet").setLogLevel(OFLogger::FATAL_LOG_LEVEL); });
}

}  // namespace

std::string nodeName(const PacsNode& node) {
    return node.called_aet + "@" + node.host + ":" + std::to_string(node.port);
}

tl::unexpected<Error> networkFailure(const PacsNode& node, const std::string& what,
                                     const OFCondition& c) {
    const std::string text = c.text();
    const std::string where = node.host + ":" + std::to_string(node.port);
    std::string reason;
    if (c == DUL_ASSOCIATIONREJECTED)
        reason = "the node refused the association: check that it has our AE title '" +
                 node.calling_aet + "' configured and that its own AE title is '" +
                 node.called_aet + "'";
    else if (contains(text, "refused"))
        reason = "cannot connect: nothing accepts connections on " + where;
    else if (contains(text, "timeout") || contains(text, "timed out") || c == DIMSE_NODATAAVAILABLE)
        reason = "no answer from " + where + " within " + std::to_string(node.timeout_seconds) +
                 " s (timed out)";
    else if (contains(text, "resolve") || contains(text, "unknown host") ||
             contains(text, "Name or service"))
        reason = "cannot find the host '" + node.host + "'";
    else
        reason = "network failure: " + text;
    return fail(ErrorCode::Unreadable, nodeName(node), "cannot " + what + ": " + reason);
}

std::string statusText(Uint16 status) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%04X", static_cast<unsigned>(status));
    return text;
}

OFList<OFString> transferSyntaxes() {
    OFList<OFString> xfers;
    for (const char* uid :
         {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
          UID_JPEGProcess1TransferSyntax, UID_JPEGProcess14SV1TransferSyntax,
          UID_JPEGLSLosslessTransferSyntax, UID_RLELosslessTransferSyntax})
        xfers.push_back(uid);
    return xfers;
}

std::vector<std::string> storageClasses(std::size_t limit) {
    std::vector<std::string> classes{UID_DermoscopicPhotographyImageStorage,
                                     UID_VLPhotographicImageStorage,
                                     UID_ComprehensiveSRStorage,
                                     UID_EnhancedSRStorage,
                                     UID_SecondaryCaptureImageStorage,
                                     UID_EncapsulatedPDFStorage,
                                     UID_VLMicroscopicImageStorage};
    for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs && classes.size() < limit; ++i) {
        const std::string uid = dcmShortSCUStorageSOPClassUIDs[i];
        if (std::find(classes.begin(), classes.end(), uid) == classes.end()) classes.push_back(uid);
    }
    if (classes.size() > limit) classes.resize(limit);
    return classes;
}

PacsSession::PacsSession(const PacsNode& node) : node_(node) {
    quietNetworkLog();
    detail::ensureDicomCodecsRegistered();  // C-STORE may have to decompress for the node
    const auto timeout = static_cast<Uint32>(std::max(1, node.timeout_seconds));
    setAETitle(node.calling_aet.c_str());
    setPeerHostName(node.host.c_str());
    setPeerPort(static_cast<Uint16>(node.port));
    setPeerAETitle(node.called_aet.c_str());
    setConnectionTimeout(static_cast<Sint32>(timeout));
    setACSETimeout(timeout);
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setDIMSETimeout(timeout);
    setDatasetConversionMode(OFTrue);
    setVerbosePCMode(OFFalse);
}

PacsSession::~PacsSession() { close(); }

Result<void> PacsSession::open() {
    if (node_.called_aet.empty() || node_.calling_aet.empty())
        return fail(ErrorCode::InvalidArgument, nodeName(node_), "both AE titles are needed");
    if (node_.port <= 0 || node_.port > 65535)
        return fail(ErrorCode::InvalidArgument, nodeName(node_), "the port must be 1..65535");
    if (OFCondition c = initNetwork(); c.bad())
        return networkFailure(node_, "prepare the network", c);
    if (OFCondition c = negotiateAssociation(); c.bad())
        return networkFailure(node_, "open an association", c);
    open_ = true;
    return {};
}

void PacsSession::close(bool abort) {
    if (!isConnected()) return;
    if (abort)
        (void)abortAssociation();
    else
        (void)releaseAssociation();
    open_ = false;
}

Result<T_ASC_PresentationContextID> PacsSession::context(const std::string& abstract_syntax,
                                                         const std::string& service) {
    const T_ASC_PresentationContextID id =
        findAnyPresentationContextID(abstract_syntax.c_str(), "");
    if (id == 0)
        return fail(ErrorCode::UnsupportedFormat, nodeName(node_),
                    "the node does not offer " + service);
    return id;
}

}  // namespace dermalens::pacs
