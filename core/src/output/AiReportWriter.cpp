#include "output/AiReportWriter.h"

#include <array>
#include <cstdio>

#include "dermalens/output/DicomUid.h"
#include "output/BodySiteCodes.h"
#include "output/SrTree.h"

#ifndef DERMALENS_VERSION
#define DERMALENS_VERSION "0"
#endif

namespace dermalens::output {
namespace {
using R = DSRTypes::E_RelationshipType;
constexpr R kContains = DSRTypes::RT_contains;
constexpr R kConceptMod = DSRTypes::RT_hasConceptMod;
constexpr R kObsContext = DSRTypes::RT_hasObsContext;

const Code kYes{"373066001", "SCT", "Yes"};
const Code kNo{"373067005", "SCT", "No"};
const Code kNoUnits{"1", "UCUM", "no units"};

std::string decimalString(double value) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.6g", value);
    return text.data();
}

// Class codes are the model card's; a code value holds at most 16 characters.
Code classConcept(const ClassResult& c) {
    return {("P-" + c.code).substr(0, 16), kPrivateScheme, "Probability of " + c.name};
}

void observerContext(SrTree& sr) {
    sr.code(kConceptMod, {"121049", "DCM", "Language of Content Item and Descendants"},
            {"en", "RFC5646", "English"});
    sr.code(kObsContext, {"121005", "DCM", "Observer Type"}, {"121007", "DCM", "Device"});
    sr.uidref(kObsContext, {"121012", "DCM", "Device Observer UID"},
              uidFromName("dermalens-device|" DERMALENS_VERSION));
    sr.text(kObsContext, {"121013", "DCM", "Device Observer Name"}, "Dermalens");
    sr.text(kObsContext, {"121014", "DCM", "Device Observer Manufacturer"}, "Dermalens");
    sr.text(kObsContext, {"121015", "DCM", "Device Observer Model Name"},
            "Dermalens " DERMALENS_VERSION);
    sr.code(kConceptMod, {"121058", "DCM", "Procedure reported"},
            {"AI-SKIN", kPrivateScheme, "Automated analysis of skin lesion images"});
}

void imageLibrary(SrTree& sr, const std::vector<AiFinding>& findings) {
    sr.open(kContains, DSRTypes::VT_Container, {"111028", "DCM", "Image Library"});
    sr.open(kContains, DSRTypes::VT_Container, {"126200", "DCM", "Image Library Group"});
    for (const auto& f : findings) sr.image(kContains, {}, f.image.sop_class, f.image.sop_instance);
    sr.up();
    sr.up();
}

// TID 4019 Algorithm Identification and the source image, below each measurement (TID 300).
void measurementContext(SrTree& sr, const AiFinding& f) {
    sr.text(kConceptMod, {"111001", "DCM", "Algorithm Name"}, f.model.name);
    sr.text(kConceptMod, {"111003", "DCM", "Algorithm Version"}, f.model.version);
    sr.text(kConceptMod, {"111002", "DCM", "Algorithm Parameters"},
            "weights sha256 " + f.model.sha256);
    sr.image(DSRTypes::RT_inferredFrom, {"121112", "DCM", "Source of Measurement"},
             f.image.sop_class, f.image.sop_instance);
}

void probability(SrTree& sr, const Code& name, double value, const AiFinding& f) {
    sr.openNumber(kContains, name, decimalString(value), kNoUnits);
    measurementContext(sr, f);
    sr.up();
}

void measurementGroup(SrTree& sr, const AiFinding& f) {
    sr.open(kContains, DSRTypes::VT_Container, {"125007", "DCM", "Measurement Group"});
    sr.text(kObsContext, {"112039", "DCM", "Tracking Identifier"}, f.lesion_label);
    sr.uidref(kObsContext, {"112040", "DCM", "Tracking Unique Identifier"}, f.lesion_uid);
    sr.code(kContains, {"121071", "DCM", "Finding"}, {"95324001", "SCT", "Skin lesion"});
    if (auto site = bodySiteCode(f.body_site, f.body_site_code))
        sr.code(kConceptMod, {"363698007", "SCT", "Finding Site"}, *site);
    if (auto side = lateralityCode(f.laterality))
        sr.code(kConceptMod, {"272741003", "SCT", "Laterality"}, *side);
    for (const auto& c : f.classes) probability(sr, classConcept(c), c.probability, f);
    probability(sr, {"P-MALIGNANT", kPrivateScheme, "Probability of a malignant lesion"},
                f.malignant_probability, f);
    if (f.top_class >= 0 && static_cast<std::size_t>(f.top_class) < f.classes.size()) {
        const auto& top = f.classes[static_cast<std::size_t>(f.top_class)];
        sr.code(kContains, {"TOP-CLASS", kPrivateScheme, "Most likely class"},
                {top.code.substr(0, 16), kPrivateScheme, top.name});
    }
    sr.code(kContains, {"LOW-CONFIDENCE", kPrivateScheme, "Low confidence"},
            f.low_confidence ? kYes : kNo);
    sr.code(kContains, {"OOD", kPrivateScheme, "Out of the training distribution"},
            f.out_of_distribution ? kYes : kNo);
    sr.up();
}

Result<void> buildTree(DSRDocument& doc, const std::vector<AiFinding>& findings) {
    SrTree sr(doc.getTree());
    sr.root({"126000", "DCM", "Imaging Measurement Report"}, "1500");
    observerContext(sr);
    imageLibrary(sr, findings);
    sr.open(kContains, DSRTypes::VT_Container, {"126010", "DCM", "Imaging Measurements"});
    for (const auto& f : findings) measurementGroup(sr, f);
    sr.up();
    if (!sr.failure().empty()) return fail(ErrorCode::Internal, {}, sr.failure());
    for (const auto& f : findings)
        doc.getCurrentRequestedProcedureEvidence().addItem(
            f.image.study_uid.c_str(), f.image.series_uid.c_str(), f.image.sop_class.c_str(),
            f.image.sop_instance.c_str());
    return {};
}

}  // namespace

Result<DicomObject> writeAiReport(const ObjectContext& context,
                                  const std::vector<AiFinding>& findings) {
    DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    if (auto built = buildTree(doc, findings); !built) return tl::unexpected(built.error());
    // The private scheme of the class concepts, identified for whoever reads the report.
    doc.getCodingSchemeIdentification().addItem(kPrivateScheme, "", "Dermalens concepts",
                                                "Dermalens");
    if (OFCondition c = doc.completeDocument(); c.bad())
        return dicomFailure({}, "complete the structured report", c);
    DicomObject object{std::make_unique<DcmFileFormat>(), EXS_LittleEndianExplicit};
    DcmDataset& dataset = *object.file->getDataset();
    if (OFCondition c = doc.write(dataset); c.bad())
        return dicomFailure({}, "write the structured report", c);
    DatasetWriter out(dataset, {});
    writeCommonModules(out, context);
    out.put(DCM_SpecificCharacterSet, "ISO_IR 192");
    writeSoftwareEquipment(out);
    if (auto ok = out.result(); !ok) return tl::unexpected(ok.error());
    return object;
}

}  // namespace dermalens::output
