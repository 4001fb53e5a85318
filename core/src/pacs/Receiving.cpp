#include "pacs/Receiving.h"

#include <netdb.h>

#include <array>
#include <system_error>

#include "dermalens/output/DicomUid.h"

namespace dermalens::pacs {
namespace fs = std::filesystem;

namespace {

// Structured reports, key objects, presentation states, encapsulated documents, and images
// derived from others (a heatmap Secondary Capture) are not photographs of a lesion.
bool clinicalImage(DcmDataset& dataset) {
    OFString sop_class, type;
    dataset.findAndGetOFString(DCM_SOPClassUID, sop_class);
    dataset.findAndGetOFStringArray(DCM_ImageType, type);
    if (!dataset.tagExists(DCM_PixelData)) return false;
    for (const char* prefix : {"1.2.840.10008.5.1.4.1.1.88.", "1.2.840.10008.5.1.4.1.1.104.",
                               "1.2.840.10008.5.1.4.1.1.11."})
        if (sop_class.compare(0, std::string(prefix).size(), prefix) == 0) return false;
    return type.find("DERIVED\\SECONDARY") == OFString_npos;
}

}  // namespace

Result<ReceivedFile> saveReceived(DcmDataset& dataset, const fs::path& folder) {
    OFString sop;
    dataset.findAndGetOFString(DCM_SOPInstanceUID, sop);
    // The UID names the file; one that is not a valid UID could be a path, so it is refused.
    if (!isValidDicomUid(sop.c_str()))
        return fail(ErrorCode::Corrupt, folder.string(),
                    "received an object without a valid SOP Instance UID");
    const fs::path file = folder / (std::string(sop.c_str()) + ".dcm");
    const fs::path partial = file.string() + ".part";
    E_TransferSyntax xfer = dataset.getOriginalXfer();
    if (xfer == EXS_Unknown) xfer = EXS_LittleEndianExplicit;
    DcmFileFormat out(&dataset);
    if (OFCondition c = out.saveFile(partial.c_str(), xfer); c.bad())
        return fail(ErrorCode::Unreadable, partial.string(),
                    std::string("cannot write: ") + c.text());
    std::error_code ec;
    fs::rename(partial, file, ec);
    if (ec)
        return fail(ErrorCode::Unreadable, file.string(),
                    "cannot rename into place: " + ec.message());
    return ReceivedFile{file, clinicalImage(dataset)};
}

void Received::add(Result<ReceivedFile> file) {
    std::lock_guard lock(mutex);
    if (!file) {
        if (!failure) failure = file.error();
    } else {
        (file->image ? images : others).push_back(file->path);
    }
}

GetSession::GetSession(const PacsNode& node, fs::path folder, const ProgressCallback& progress,
                       const CancelCallback& cancel)
    : PacsSession(node), folder_(std::move(folder)), progress_(progress), cancel_(cancel) {}

OFCondition GetSession::handleSTORERequest(const T_ASC_PresentationContextID, DcmDataset* incoming,
                                           OFBool& continueCGETSession, Uint16& status) {
    // We own `incoming` (DcmSCU's contract).
    std::unique_ptr<DcmDataset> dataset(incoming);
    auto saved =
        dataset ? saveReceived(*dataset, folder_)
                : Result<ReceivedFile>(fail(ErrorCode::Corrupt, folder_.string(), "empty object"));
    status = saved ? STATUS_Success : STATUS_STORE_Refused_OutOfResources;
    received.add(std::move(saved));
    if (cancel_ && cancel_()) {
        cancelled = true;
        continueCGETSession = OFFalse;
    }
    return EC_Normal;
}

OFCondition GetSession::handleCGETResponse(const T_ASC_PresentationContextID presID,
                                           RetrieveResponse* response,
                                           OFBool& continueCGETSession) {
    const OFCondition c = PacsSession::handleCGETResponse(presID, response, continueCGETSession);
    failed = response->m_numberOfFailedSubops;
    const std::size_t done = response->m_numberOfCompletedSubops +
                             response->m_numberOfFailedSubops + response->m_numberOfWarningSubops;
    if (progress_) progress_(done, done + response->m_numberOfRemainingSubops);
    if (cancel_ && cancel_()) {
        cancelled = true;
        continueCGETSession = OFFalse;
    }
    return c;
}

MoveSession::MoveSession(const PacsNode& node, const ProgressCallback& progress,
                         const CancelCallback& cancel)
    : PacsSession(node), progress_(progress), cancel_(cancel) {}

OFCondition MoveSession::handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                            RetrieveResponse* response,
                                            OFBool& waitForNextResponse) {
    const OFCondition c = PacsSession::handleMOVEResponse(presID, response, waitForNextResponse);
    failed = response->m_numberOfFailedSubops;
    const std::size_t done = response->m_numberOfCompletedSubops +
                             response->m_numberOfFailedSubops + response->m_numberOfWarningSubops;
    if (progress_) progress_(done, done + response->m_numberOfRemainingSubops);
    if (cancel_ && cancel_()) {
        cancelled = true;
        waitForNextResponse = OFFalse;
    }
    return c;
}

namespace {

std::vector<std::string> addressesOf(const std::string& host) {
    std::vector<std::string> out{host};
    addrinfo* found = nullptr;
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0) return out;
    for (addrinfo* a = found; a; a = a->ai_next) {
        std::array<char, NI_MAXHOST> text{};
        if (getnameinfo(a->ai_addr, a->ai_addrlen, text.data(), text.size(), nullptr, 0,
                        NI_NUMERICHOST) == 0)
            out.emplace_back(text.data());
    }
    freeaddrinfo(found);
    return out;
}

}  // namespace

MoveReceiver::MoveReceiver(const PacsNode& node, fs::path folder)
    : node_(node), folder_(std::move(folder)), peer_addresses_(addressesOf(node.host)) {
    const auto timeout = static_cast<Uint32>(std::max(1, node.timeout_seconds));
    setPort(static_cast<Uint16>(node.receive_port));
    setAETitle(node.calling_aet.c_str());
    setRespondWithCalledAETitle(OFFalse);
    setConnectionBlockingMode(DUL_NOBLOCK);
    setConnectionTimeout(1);  // how often the accept loop looks at stop_
    setACSETimeout(timeout);
    setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    setDIMSETimeout(timeout);
    setHostLookupEnabled(OFFalse);
    (void)setOutputDirectory(folder_.c_str());
    for (const std::string& uid : storageClasses(120))
        addPresentationContext(uid.c_str(), transferSyntaxes());
}

MoveReceiver::~MoveReceiver() { stop(); }

Result<void> MoveReceiver::start() {
    if (node_.receive_port <= 0 || node_.receive_port > 65535)
        return fail(ErrorCode::InvalidArgument, nodeName(node_),
                    "C-MOVE needs the port our receiver listens on (1..65535)");
    if (OFCondition c = openListenPort(); c.bad())
        return fail(ErrorCode::Unreadable, "port " + std::to_string(node_.receive_port),
                    std::string("cannot listen for the moved objects: ") + c.text());
    thread_ = std::thread([this] { (void)acceptAssociations(); });
    return {};
}

void MoveReceiver::stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
}

Uint16 MoveReceiver::checkAndProcessSTORERequest(const T_DIMSE_C_StoreRQ&, DcmFileFormat& file) {
    auto saved = saveReceived(*file.getDataset(), folder_);
    const bool ok = saved.has_value();
    received.add(std::move(saved));
    return ok ? STATUS_Success : STATUS_STORE_Refused_OutOfResources;
}

OFBool MoveReceiver::checkCalledAETitleAccepted(const OFString& called) {
    return called == node_.calling_aet.c_str();
}

OFBool MoveReceiver::checkCallingAETitleAccepted(const OFString& calling) {
    return calling == node_.called_aet.c_str();
}

OFBool MoveReceiver::checkCallingHostAccepted(const OFString& host) {
    // DCMTK 3.6.7's DcmSCP hands over an empty address; then only the AE titles (and that the
    // port is open only while our own move runs) keep others out.
    if (host.empty()) return OFTrue;
    for (const auto& address : peer_addresses_)
        if (host == address.c_str()) return OFTrue;
    return OFFalse;
}

}  // namespace dermalens::pacs
