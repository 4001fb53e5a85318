#include "output/SrTree.h"

namespace dermalens::output {

DSRCodedEntryValue coded(const Code& code) {
    return DSRCodedEntryValue(code.value.c_str(), code.scheme.c_str(), code.meaning.c_str());
}

void SrTree::check(const OFCondition& condition, const std::string& what) {
    if (condition.bad() && failure_.empty())
        failure_ = "cannot add " + what + " to the structured report: " + condition.text();
}

void SrTree::root(const Code& name, const std::string& template_id) {
    if (tree_.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container) == 0)
        return check(EC_IllegalCall, "the root container");
    check(tree_.getCurrentContentItem().setConceptName(coded(name)), name.meaning);
    check(tree_.setTemplateIdentification(template_id.c_str(), "DCMR"), "the template id");
}

void SrTree::open(DSRTypes::E_RelationshipType relation, DSRTypes::E_ValueType type,
                  const Code& name) {
    if (!failure_.empty()) return;
    if (!name.value.empty())
        return check(tree_.addChildContentItem(relation, type, coded(name)), name.meaning);
    // Image library entries have no name name (TID 1601).
    if (tree_.addContentItem(relation, type, DSRTypes::AM_belowCurrent) == 0)
        check(EC_IllegalCall, "an item without name name");
}

void SrTree::up() {
    if (failure_.empty() && tree_.goUp() == 0) check(EC_IllegalCall, "a closing level");
}

void SrTree::text(DSRTypes::E_RelationshipType relation, const Code& name,
                  const std::string& value) {
    open(relation, DSRTypes::VT_Text, name);
    if (failure_.empty())
        check(tree_.getCurrentContentItem().setStringValue(value.c_str()), name.meaning);
    up();
}

void SrTree::code(DSRTypes::E_RelationshipType relation, const Code& name, const Code& value) {
    open(relation, DSRTypes::VT_Code, name);
    if (failure_.empty())
        check(tree_.getCurrentContentItem().setCodeValue(coded(value)), name.meaning);
    up();
}

void SrTree::uidref(DSRTypes::E_RelationshipType relation, const Code& name,
                    const std::string& uid) {
    open(relation, DSRTypes::VT_UIDRef, name);
    if (failure_.empty())
        check(tree_.getCurrentContentItem().setStringValue(uid.c_str()), name.meaning);
    up();
}

void SrTree::image(DSRTypes::E_RelationshipType relation, const Code& name,
                   const std::string& sop_class, const std::string& sop_instance) {
    open(relation, DSRTypes::VT_Image, name);
    if (failure_.empty())
        check(tree_.getCurrentContentItem().setImageReference(
                  DSRImageReferenceValue(sop_class.c_str(), sop_instance.c_str())),
              name.meaning);
    up();
}

void SrTree::openNumber(DSRTypes::E_RelationshipType relation, const Code& name,
                        const std::string& value, const Code& units) {
    open(relation, DSRTypes::VT_Num, name);
    if (failure_.empty())
        check(tree_.getCurrentContentItem().setNumericValue(
                  DSRNumericMeasurementValue(value.c_str(), coded(units))),
              name.meaning);
}

}  // namespace dermalens::output
