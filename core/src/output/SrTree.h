// A thin cursor over DCMTK's SR document tree: add a child, set its value, go back up.
#pragma once

#include <string>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include "output/DicomWrite.h"

namespace dermalens::output {

class SrTree {
public:
    explicit SrTree(DSRDocumentTree& tree) : tree_(tree) {}

    // The root CONTAINER with its name name and template identification.
    void root(const Code& name, const std::string& template_id);
    // Adds a child of the current item and makes it current (call up() when its own children
    // are done). An empty name adds the item without a name name.
    void open(DSRTypes::E_RelationshipType relation, DSRTypes::E_ValueType type, const Code& name);
    void up();
    // Leaves: add a child, set its value, stay on the parent.
    void text(DSRTypes::E_RelationshipType relation, const Code& name, const std::string& value);
    void code(DSRTypes::E_RelationshipType relation, const Code& name, const Code& value);
    void uidref(DSRTypes::E_RelationshipType relation, const Code& name, const std::string& uid);
    void image(DSRTypes::E_RelationshipType relation, const Code& name,
               const std::string& sop_class, const std::string& sop_instance);
    // A NUM that stays current, so its modifiers and source can be added below it.
    void openNumber(DSRTypes::E_RelationshipType relation, const Code& name,
                    const std::string& value, const Code& units);

    [[nodiscard]] const std::string& failure() const { return failure_; }

private:
    void check(const OFCondition& condition, const std::string& what);
    DSRDocumentTree& tree_;
    std::string failure_;
};

[[nodiscard]] DSRCodedEntryValue coded(const Code& code);

}  // namespace dermalens::output
