#include "output/Deidentifier.h"

#include <array>
#include <random>
#include <vector>

#include "audit/Sha256Text.h"
#include "dermalens/output/DicomUid.h"

namespace dermalens::output {
namespace {

std::uint32_t key(const DcmTagKey& tag) {
    return (static_cast<std::uint32_t>(tag.getGroup()) << 16) | tag.getElement();
}

std::string randomSecret() {
    std::random_device device;
    std::string seed;
    for (int i = 0; i < 8; ++i) seed += std::to_string(device());
    return detail::sha256Hex(seed);
}

// Repeating groups of retired curves (50xx) and overlays (60xx), and private groups: the
// profile removes them all.
bool removedGroup(Uint16 group) {
    return (group & 1) != 0 || (group >= 0x5000 && group <= 0x50FF) ||
           (group >= 0x6000 && group <= 0x60FF);
}

std::string dummyFor(DcmEVR vr) {
    switch (vr) {
        case EVR_DA:
            return kDummyDate;
        case EVR_TM:
            return kDummyTime;
        case EVR_DT:
            return kDummyDateTime;
        case EVR_PN:
            return "ANONYMOUS";
        case EVR_IS:
        case EVR_DS:
            return "0";
        default:
            return kDummyText;
    }
}

// Text items of the report whose name cannot hold patient data: the algorithm and device
// identification, and the tracking identifier (which the exporter writes as "Lesion <n>"
// when de-identifying).
bool safeTextConcept(const std::string& code) {
    static const std::array<const char*, 7> kSafe{"111001", "111002", "111003", "121013",
                                                  "121014", "121015", "112039"};
    for (const char* s : kSafe)
        if (code == s) return true;
    return false;
}

std::vector<DcmTagKey> tagsOf(DcmItem& item) {
    std::vector<DcmTagKey> tags;
    for (unsigned long i = 0; i < item.card(); ++i) tags.push_back(item.getElement(i)->getTag());
    return tags;
}

}  // namespace

Deidentifier::Deidentifier(DeidentificationOptions options) : options_(std::move(options)) {
    if (options_.uid_secret.empty()) options_.uid_secret = randomSecret();
    if (options_.pseudonym.empty()) options_.pseudonym = "ANONYMOUS";
    for (const DeidRule& rule : deidentificationRules())
        rules_[(static_cast<std::uint32_t>(rule.group) << 16) | rule.element] = &rule;
}

std::string Deidentifier::replaceUid(const std::string& uid) {
    if (uid.empty()) return uid;
    auto [it, inserted] = uids_.try_emplace(uid);
    if (inserted) it->second = uidFromName("deidentified|" + options_.uid_secret + "|" + uid);
    return it->second;
}

DeidAction Deidentifier::effectiveAction(const DeidRule& rule) const {
    return rule.temporal && options_.retain_dates ? DeidAction::Keep : rule.action;
}

void Deidentifier::recurse(DcmElement& element) {
    if (element.ident() != EVR_SQ) return;
    auto& sequence = static_cast<DcmSequenceOfItems&>(element);
    for (unsigned long i = 0; i < sequence.card(); ++i) cleanItem(*sequence.getItem(i));
}

void Deidentifier::replaceUids(DcmElement& element) {
    if (element.ident() == EVR_SQ) return recurse(element);
    OFString value;
    if (element.getOFStringArray(value).bad() || value.empty()) return;
    std::string out;
    bool first = true;
    for (std::size_t start = 0;;) {  // a UI value may be multi-valued (backslash-separated)
        const std::size_t stop = value.find('\\', start);
        const OFString part =
            value.substr(start, stop == OFString_npos ? OFString_npos : stop - start);
        out += (first ? "" : "\\") + replaceUid(part.c_str());
        first = false;
        if (stop == OFString_npos) break;
        start = stop + 1;
    }
    element.putString(out.c_str());
}

void Deidentifier::emptyOrPseudonym(DcmItem& item, DcmElement& element) {
    const DcmTagKey tag = element.getTag();
    if (tag == DCM_PatientName || tag == DCM_PatientID) {
        element.putString(options_.pseudonym.c_str());
    } else if (element.ident() == EVR_SQ) {
        auto& sequence = static_cast<DcmSequenceOfItems&>(element);
        while (sequence.card() > 0) delete sequence.remove(0UL);
    } else {
        item.putAndInsertString(DcmTag(tag), "");
    }
}

void Deidentifier::cleanElement(DcmItem& item, DcmElement& element) {
    const DcmTagKey tag = element.getTag();
    const auto rule = rules_.find(key(tag));
    if (rule == rules_.end()) return recurse(element);
    switch (effectiveAction(*rule->second)) {
        case DeidAction::Remove:
            item.findAndDeleteElement(tag);
            return;
        case DeidAction::Empty:
            return emptyOrPseudonym(item, element);
        case DeidAction::Dummy:
            element.putString(dummyFor(element.ident()).c_str());
            return;
        case DeidAction::Keep:
            return recurse(element);
        case DeidAction::ReplaceUid:
            return replaceUids(element);
        case DeidAction::Clean: {
            if (element.ident() != EVR_SQ) return;
            auto& sequence = static_cast<DcmSequenceOfItems&>(element);
            for (unsigned long i = 0; i < sequence.card(); ++i) {
                cleanContentItem(*sequence.getItem(i));
                cleanItem(*sequence.getItem(i));
            }
            return;
        }
    }
}

// One SR content item: free text is replaced unless its name is known to be safe; dates
// and times follow the temporal option.
void Deidentifier::cleanContentItem(DcmItem& item) {
    OFString type, name;
    item.findAndGetOFString(DCM_ValueType, type);
    item.findAndGetOFString(DCM_CodeValue, name, 0, OFTrue);
    if (type == "TEXT" && !safeTextConcept(name.c_str()))
        item.putAndInsertString(DCM_TextValue, kDummyText);
    if (!options_.retain_dates) {
        if (type == "DATETIME") item.putAndInsertString(DCM_DateTime, kDummyDateTime);
        if (type == "DATE") item.putAndInsertString(DCM_Date, kDummyDate);
        if (type == "TIME") item.putAndInsertString(DCM_Time, kDummyTime);
    }
}

void Deidentifier::cleanItem(DcmItem& item) {
    for (const DcmTagKey& tag : tagsOf(item)) {
        if (removedGroup(tag.getGroup())) {
            item.findAndDeleteElement(tag);
            continue;
        }
        DcmElement* element = nullptr;
        if (item.findAndGetElement(tag, element).good() && element) cleanElement(item, *element);
    }
}

// The method is the export's, the same in every object: these are Patient-level attributes,
// which must agree across all of a patient's objects.
void Deidentifier::markDataset(DcmDataset& dataset) {
    dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    // LO is at most 64 characters a value; the method is multi-valued, one option a value.
    std::string method = "PS3.15 E.1 Basic Application Confidentiality Profile";
    method += "\\Clean Structured Content Option";
    if (options_.retain_dates)
        method += "\\Retain Longitudinal Temporal Information Full Dates Option";
    dataset.putAndInsertString(DCM_DeidentificationMethod, method.c_str());
    std::vector<Code> codes{{"113100", "DCM", "Basic Application Confidentiality Profile"}};
    codes.push_back({"113104", "DCM", "Clean Structured Content Option"});
    if (options_.retain_dates)
        codes.push_back(
            {"113106", "DCM", "Retain Longitudinal Temporal Information Full Dates Option"});
    dataset.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
    for (const Code& code : codes) {
        DcmItem* item = nullptr;
        if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, item, -2)
                .good())
            writeCode(*item, code);
    }
    dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified,
                               options_.retain_dates ? "UNMODIFIED" : "REMOVED");
}

Result<void> Deidentifier::apply(DcmDataset& dataset, const std::string& file) {
    OFString burned;
    dataset.findAndGetOFString(DCM_BurnedInAnnotation, burned);
    if (burned == "YES")
        return fail(ErrorCode::InvalidArgument, file,
                    "its pixels or document carry identifying annotation, which de-identification "
                    "cannot remove");
    cleanItem(dataset);
    markDataset(dataset);
    return {};
}

}  // namespace dermalens::output
