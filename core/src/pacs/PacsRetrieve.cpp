// PacsClient::retrieve: C-GET, or C-MOVE to our own receiver, of one study.
#include <dcmtk/dcmdata/dcuid.h>

#include <system_error>

#include "dermalens/pacs/PacsClient.h"
#include "pacs/Receiving.h"

namespace dermalens {
namespace fs = std::filesystem;
using namespace pacs;

namespace {

void studyKeys(DcmDataset& keys, const std::string& study_uid) {
    keys.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    keys.putAndInsertString(DCM_StudyInstanceUID, study_uid.c_str());
}

// What the node's final answer and our receiver say, as one result.
Result<RetrieveResult> outcome(const PacsNode& node, const OFCondition& c, bool cancelled,
                               Received& received, std::size_t failed) {
    if (cancelled) return fail(ErrorCode::Cancelled, nodeName(node), "retrieve cancelled");
    if (c.bad()) return networkFailure(node, "retrieve the study", c);
    std::lock_guard lock(received.mutex);
    if (received.failure) return tl::unexpected(*received.failure);
    return RetrieveResult{received.images, received.others, failed};
}

Result<RetrieveResult> viaGet(const PacsNode& node, const std::string& study_uid,
                              const fs::path& folder, const ProgressCallback& progress,
                              const CancelCallback& cancel) {
    GetSession session(node, folder, progress, cancel);
    session.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel,
                                   transferSyntaxes());
    // C-GET needs one context per storage class, in which we play the SCP role.
    for (const std::string& uid : storageClasses(120))
        session.addPresentationContext(uid.c_str(), transferSyntaxes(), ASC_SC_ROLE_SCP);
    if (auto opened = session.open(); !opened) return tl::unexpected(opened.error());
    auto context = session.context(UID_GETStudyRootQueryRetrieveInformationModel, "C-GET");
    if (!context) return tl::unexpected(context.error());
    DcmDataset keys;
    studyKeys(keys, study_uid);
    OFList<RetrieveResponse*> responses;
    const OFCondition c = session.sendCGETRequest(*context, &keys, &responses);
    for (RetrieveResponse* r : responses) delete r;
    session.close(session.cancelled);  // a cancelled session is aborted, not released
    return outcome(node, c, session.cancelled, session.received, session.failed);
}

Result<RetrieveResult> viaMove(const PacsNode& node, const std::string& study_uid,
                               const fs::path& folder, const ProgressCallback& progress,
                               const CancelCallback& cancel) {
    MoveReceiver receiver(node, folder);
    if (auto started = receiver.start(); !started) return tl::unexpected(started.error());
    MoveSession session(node, progress, cancel);
    session.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel,
                                   transferSyntaxes());
    if (auto opened = session.open(); !opened) return tl::unexpected(opened.error());
    auto context = session.context(UID_MOVEStudyRootQueryRetrieveInformationModel, "C-MOVE");
    if (!context) return tl::unexpected(context.error());
    DcmDataset keys;
    studyKeys(keys, study_uid);
    OFList<RetrieveResponse*> responses;
    const OFCondition c =
        session.sendMOVERequest(*context, node.calling_aet.c_str(), &keys, &responses);
    Uint16 last = responses.empty() ? 0 : responses.back()->m_status;
    for (RetrieveResponse* r : responses) delete r;
    session.close(session.cancelled);
    receiver.stop();  // the node has said it is done; its storage association has ended
    if (c.good() && last != STATUS_Success &&
        last != STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures && !session.cancelled)
        return fail(ErrorCode::Unreadable, nodeName(node),
                    "the node refused the move with status " + statusText(last) +
                        " (does it know where '" + node.calling_aet + "' is, port " +
                        std::to_string(node.receive_port) + "?)");
    return outcome(node, c, session.cancelled, receiver.received, session.failed);
}

}  // namespace

Result<RetrieveResult> PacsClient::retrieve(const std::string& study_uid, const fs::path& folder,
                                            RetrieveMethod method, const ProgressCallback& progress,
                                            const CancelCallback& cancel) const {
    if (study_uid.empty())
        return fail(ErrorCode::InvalidArgument, nodeName(node_),
                    "which study? (no Study Instance UID)");
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return fail(ErrorCode::Unreadable, folder.string(), "cannot create: " + ec.message());
    try {
        return method == RetrieveMethod::Get ? viaGet(node_, study_uid, folder, progress, cancel)
                                             : viaMove(node_, study_uid, folder, progress, cancel);
    } catch (const std::exception& e) {  // the receiver's thread could not start, or memory ran out
        return fail(ErrorCode::Internal, nodeName(node_),
                    std::string("retrieve failed: ") + e.what());
    }
}

}  // namespace dermalens
