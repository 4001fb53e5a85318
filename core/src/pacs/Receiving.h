// Receiving objects from a node: C-GET's C-STORE sub-operations on our own association
// (GetSession) and C-MOVE's on an association the node opens to us (MoveReceiver). Both write
// each object under a temporary name and rename it when it is complete.
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <dcmtk/dcmnet/dstorscp.h>

#include "pacs/PacsSession.h"

namespace dermalens::pacs {

// A received file and whether it is a clinical image (not a report, document or derived image).
struct ReceivedFile {
    std::filesystem::path path;
    bool image = false;
};

// Writes `dataset` to folder/<SOP Instance UID>.dcm (complete, or not at all).
[[nodiscard]] Result<ReceivedFile> saveReceived(DcmDataset& dataset,
                                                const std::filesystem::path& folder);

// What both receivers collect.
struct Received {
    std::mutex mutex;
    std::vector<std::filesystem::path> images;
    std::vector<std::filesystem::path> others;
    std::optional<Error> failure;
    void add(Result<ReceivedFile> file);
};

class GetSession : public PacsSession {
public:
    GetSession(const PacsNode& node, std::filesystem::path folder, const ProgressCallback& progress,
               const CancelCallback& cancel);

    Received received;
    std::size_t failed = 0;
    bool cancelled = false;

protected:
    OFCondition handleSTORERequest(const T_ASC_PresentationContextID presID, DcmDataset* incoming,
                                   OFBool& continueCGETSession, Uint16& status) override;
    OFCondition handleCGETResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse* response,
                                   OFBool& continueCGETSession) override;

private:
    std::filesystem::path folder_;
    const ProgressCallback& progress_;
    const CancelCallback& cancel_;
};

class MoveSession : public PacsSession {
public:
    MoveSession(const PacsNode& node, const ProgressCallback& progress,
                const CancelCallback& cancel);

    std::size_t failed = 0;
    bool cancelled = false;

protected:
    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse* response,
                                   OFBool& waitForNextResponse) override;

private:
    const ProgressCallback& progress_;
    const CancelCallback& cancel_;
};

// The storage SCP that listens on PacsNode::receive_port while a C-MOVE runs. It accepts only
// associations called with our AE title, from the node's AE title and host.
class MoveReceiver : public DcmStorageSCP {
public:
    MoveReceiver(const PacsNode& node, std::filesystem::path folder);
    ~MoveReceiver() override;

    // Binds the port (errors: the port is taken or not allowed) and starts accepting.
    [[nodiscard]] Result<void> start();
    // Stops after the current association; waits for the thread.
    void stop();

    Received received;

protected:
    Uint16 checkAndProcessSTORERequest(const T_DIMSE_C_StoreRQ& request,
                                       DcmFileFormat& file) override;
    OFBool checkCalledAETitleAccepted(const OFString& called) override;
    OFBool checkCallingAETitleAccepted(const OFString& calling) override;
    OFBool checkCallingHostAccepted(const OFString& host) override;
    OFBool stopAfterConnectionTimeout() override { return stop_.load(); }

private:
    PacsNode node_;
    std::filesystem::path folder_;
    std::vector<std::string> peer_addresses_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

}  // namespace dermalens::pacs
