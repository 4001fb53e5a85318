// PacsClient::store: C-STORE of files, one presentation context per SOP class and syntax.
#include <map>
#include <set>

#include "dermalens/pacs/PacsClient.h"
#include "pacs/PacsSession.h"

namespace dermalens {
namespace fs = std::filesystem;
using namespace pacs;

namespace {

struct FileClass {
    fs::path file;
    std::string sop_class;
    std::string syntax;
};

// SOP class and transfer syntax from each file's meta header (the pixel data is not read).
Result<std::vector<FileClass>> classify(const std::vector<fs::path>& files) {
    std::vector<FileClass> out;
    for (const fs::path& f : files) {
        DcmMetaInfo meta;
        if (OFCondition c = meta.loadFile(f.c_str()); c.bad())
            return fail(ErrorCode::Unreadable, f.string(),
                        std::string("not a DICOM file: ") + c.text());
        OFString sop_class, syntax;
        meta.findAndGetOFString(DCM_MediaStorageSOPClassUID, sop_class);
        meta.findAndGetOFString(DCM_TransferSyntaxUID, syntax);
        if (sop_class.empty())
            return fail(ErrorCode::Corrupt, f.string(), "the file names no SOP class");
        out.push_back({f, sop_class.c_str(), syntax.c_str()});
    }
    return out;
}

void addContexts(PacsSession& session, const std::vector<FileClass>& files) {
    std::map<std::string, std::set<std::string>> wanted;
    for (const auto& f : files) wanted[f.sop_class].insert(f.syntax);
    for (const auto& [sop_class, syntaxes] : wanted) {
        // The file's own syntax first; uncompressed as the fallback DcmSCU converts to.
        OFList<OFString> offer;
        for (const auto& s : syntaxes)
            if (!s.empty()) offer.push_back(s.c_str());
        for (const auto& s : transferSyntaxes()) offer.push_back(s);
        session.addPresentationContext(sop_class.c_str(), offer);
    }
}

}  // namespace

Result<StoreResult> PacsClient::store(const std::vector<fs::path>& files,
                                      const ProgressCallback& progress,
                                      const CancelCallback& cancel) const {
    auto classified = classify(files);
    if (!classified) return tl::unexpected(classified.error());
    StoreResult result;
    if (classified->empty()) return result;
    PacsSession session(node_);
    addContexts(session, *classified);
    if (auto opened = session.open(); !opened) return tl::unexpected(opened.error());
    for (std::size_t i = 0; i < classified->size(); ++i) {
        if (cancel && cancel()) {
            session.close(true);
            return fail(ErrorCode::Cancelled, nodeName(node_),
                        "sending cancelled after " + std::to_string(result.sent) + " objects");
        }
        const FileClass& f = (*classified)[i];
        const T_ASC_PresentationContextID id =
            session.findAnyPresentationContextID(f.sop_class.c_str(), f.syntax.c_str());
        if (id == 0) {
            result.failed.push_back(
                {f.file, "the node does not accept this kind of object (" + f.sop_class + ")"});
            continue;
        }
        Uint16 status = 0;
        if (OFCondition c = session.sendSTORERequest(id, f.file.c_str(), nullptr, status); c.bad())
            return networkFailure(node_, "send " + f.file.filename().string(), c);
        // 0xB000, 0xB007, 0xB006: stored with a warning (coercion), which is stored.
        if (status == STATUS_Success || (status & 0xF000) == 0xB000)
            ++result.sent;
        else
            result.failed.push_back(
                {f.file, "the node refused it with status " + statusText(status)});
        if (progress) progress(i + 1, classified->size());
    }
    session.close();
    return result;
}

}  // namespace dermalens
