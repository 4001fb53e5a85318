// PacsClient: C-ECHO and C-FIND (retrieve and store are in PacsRetrieve.cpp, PacsStore.cpp).
#include "dermalens/pacs/PacsClient.h"

#include <dcmtk/dcmdata/dcuid.h>

#include "pacs/PacsSession.h"

namespace dermalens {
using pacs::PacsSession;

namespace {

std::string text(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return value.c_str();
}

int number(DcmItem& item, const DcmTagKey& tag) {
    const std::string value = text(item, tag);
    try {
        return value.empty() ? -1 : std::stoi(value);
    } catch (const std::exception&) {
        return -1;  // a node's malformed count is not worth failing the query for
    }
}

// Runs one C-FIND and hands each matching dataset (converted to UTF-8) to `read`.
template <typename Read>
Result<void> find(const PacsNode& node, const char* model, DcmDataset& keys, Read read) {
    PacsSession session(node);
    session.addPresentationContext(model, pacs::transferSyntaxes());
    if (auto opened = session.open(); !opened) return opened;
    auto context = session.context(model, "this query (C-FIND)");
    if (!context) return tl::unexpected(context.error());
    OFList<QRResponse*> responses;
    const OFCondition c = session.sendFINDRequest(*context, &keys, &responses);
    Result<void> result;
    if (c.bad()) result = pacs::networkFailure(node, "query", c);
    for (QRResponse* r : responses) {
        if (result && r->m_dataset) {
            r->m_dataset->convertToUTF8();
            read(*r->m_dataset);
        }
        const bool pending = r->m_status == 0xFF00 || r->m_status == 0xFF01;
        if (result && r->m_status != 0x0000 && !pending)
            result = fail(ErrorCode::Unreadable, pacs::nodeName(node),
                          "the query failed with status " + pacs::statusText(r->m_status));
        delete r;
    }
    session.close();
    return result;
}

void putKeys(DcmDataset& keys, const PacsQuery& q, const char* level) {
    keys.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    keys.putAndInsertString(DCM_QueryRetrieveLevel, level);
    keys.putAndInsertString(DCM_PatientID, q.patient_id.c_str());
    keys.putAndInsertString(DCM_PatientName, q.patient_name.c_str());
    keys.putAndInsertString(DCM_PatientBirthDate, "");
    keys.putAndInsertString(DCM_PatientSex, "");
}

}  // namespace

PacsClient::PacsClient(PacsNode node) : node_(std::move(node)) {}

Result<void> PacsClient::echo() const {
    PacsSession session(node_);
    session.addPresentationContext(UID_VerificationSOPClass, pacs::transferSyntaxes());
    if (auto opened = session.open(); !opened) return opened;
    auto context = session.context(UID_VerificationSOPClass, "verification (C-ECHO)");
    if (!context) return tl::unexpected(context.error());
    if (OFCondition c = session.sendECHORequest(*context); c.bad())
        return pacs::networkFailure(node_, "verify (C-ECHO)", c);
    session.close();
    return {};
}

Result<std::vector<PacsPatient>> PacsClient::findPatients(const PacsQuery& query) const {
    DcmDataset keys;
    putKeys(keys, query, "PATIENT");
    keys.putAndInsertString(DCM_NumberOfPatientRelatedStudies, "");
    std::vector<PacsPatient> found;
    auto done =
        find(node_, UID_FINDPatientRootQueryRetrieveInformationModel, keys, [&](DcmItem& d) {
            found.push_back({text(d, DCM_PatientID), text(d, DCM_PatientName),
                             text(d, DCM_PatientBirthDate), text(d, DCM_PatientSex),
                             number(d, DCM_NumberOfPatientRelatedStudies)});
        });
    if (!done) return tl::unexpected(done.error());
    return found;
}

Result<std::vector<PacsStudy>> PacsClient::findStudies(const PacsQuery& query) const {
    DcmDataset keys;
    putKeys(keys, query, "STUDY");
    keys.putAndInsertString(DCM_StudyInstanceUID, query.study_uid.c_str());
    keys.putAndInsertString(DCM_StudyDate, query.study_date.c_str());
    keys.putAndInsertString(DCM_AccessionNumber, query.accession_number.c_str());
    for (const DcmTagKey& tag : {DCM_StudyTime, DCM_StudyDescription, DCM_ModalitiesInStudy,
                                 DCM_NumberOfStudyRelatedSeries, DCM_NumberOfStudyRelatedInstances})
        keys.putAndInsertString(DcmTag(tag), "");
    std::vector<PacsStudy> found;
    auto done = find(node_, UID_FINDStudyRootQueryRetrieveInformationModel, keys, [&](DcmItem& d) {
        found.push_back({text(d, DCM_StudyInstanceUID), text(d, DCM_PatientID),
                         text(d, DCM_PatientName), text(d, DCM_StudyDate),
                         text(d, DCM_StudyDescription), text(d, DCM_AccessionNumber),
                         text(d, DCM_ModalitiesInStudy), number(d, DCM_NumberOfStudyRelatedSeries),
                         number(d, DCM_NumberOfStudyRelatedInstances)});
    });
    if (!done) return tl::unexpected(done.error());
    return found;
}

}  // namespace dermalens
