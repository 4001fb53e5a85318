#include "importing/SourceLayout.h"

#include <algorithm>

#include "dermalens/study/StudyCatalog.h"
#include "dermalens/text/Utf8.h"

namespace dermalens::detail {
namespace fs = std::filesystem;
namespace {

std::string folderName(const fs::path& dir) {
    const fs::path abs = fs::absolute(dir).lexically_normal();
    std::string name = abs.filename().string();
    if (name.empty()) name = abs.parent_path().filename().string();  // trailing separator
    return name.empty() ? "unassigned" : utf8OrLatin1(name);
}

std::string sexCode(const std::string& sex) {
    if (sex.empty()) return {};
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(sex[0])));
    return c == 'M' || c == 'F' || c == 'O' ? std::string(1, c) : std::string();
}

std::string dateDigits(const std::string& text) {
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits += c;
    return digits.size() == 8 ? digits : std::string();
}

void fromFolders(const SourceFile& source, ImportItem& item) {
    std::vector<std::string> parts;
    for (const auto& part : source.file.lexically_relative(source.root))
        parts.push_back(utf8OrLatin1(part.string()));  // names become ids and labels: UTF-8
    if (parts.size() >= 3) {
        item.patient.external_id = parts[0];
        item.lesion.external_key = parts[1];
        const std::string site = StudyCatalog::bodySiteFromFolder(parts[1]);
        item.lesion.body_site = site;
        item.lesion.label =
            site.empty() ? parts[1] : parts[1].substr(0, parts[1].find('-')) + " (" + site + ")";
    } else {
        item.patient.external_id = parts.size() == 2 ? parts[0] : folderName(source.root);
        item.lesion.external_key = utf8OrLatin1(source.file.filename().string());
        item.lesion.label = utf8OrLatin1(source.file.stem().string());
    }
    item.visit_date = StudyCatalog::dateFromFileName(source.file.filename().string());
}

void fromDicom(ImportItem& item) {
    const ImageMetadata& m = item.meta;
    if (!m.patient_id.empty()) {
        item.patient.external_id = m.patient_id;
        item.patient.issuer = m.issuer_of_patient_id;
    }
    item.patient.name = personName(m.patient_name);
    item.patient.birth_date = m.patient_birth_date;
    item.patient.sex = sexCode(m.patient_sex);
    LesionKey key;
    key.body_site = m.body_site;
    key.body_site_code = m.body_site_code;
    key.laterality = m.laterality;
    if (!m.lesion_number.empty()) key.external_key = "lesion-number:" + m.lesion_number;
    else if (m.body_site.empty() && !m.series_instance_uid.empty())
        key.external_key = "series:" + m.series_instance_uid;
    key.label = m.lesion_number.empty() ? lesionLabel(key) : "Lesion " + m.lesion_number;
    if (key.label == "lesion") key.label = item.lesion.label;
    item.lesion = key;
    item.study_instance_uid = m.study_instance_uid;
    const std::string date = !m.study_date.empty() ? m.study_date : m.acquisition_date;
    if (!dateDigits(date).empty()) item.visit_date = dateDigits(date);
}

void fromCsv(const ImageMetadataRow& row, ImportItem& item) {
    if (!row.patient.empty()) {
        item.patient.external_id = row.patient;
        item.patient.issuer.clear();
    }
    if (!row.name.empty()) item.patient.name = row.name;
    if (!row.sex.empty()) item.patient.sex = sexCode(row.sex);
    if (!dateDigits(row.birth_date).empty()) item.patient.birth_date = dateDigits(row.birth_date);
    if (!row.lesion.empty()) {
        item.lesion.external_key = row.lesion;
        item.lesion.label = row.lesion;
    }
    if (!row.site.empty()) item.lesion.body_site = row.site;
    if (!row.laterality.empty()) item.lesion.laterality = row.laterality.substr(0, 1);
    if (!dateDigits(row.date).empty()) item.visit_date = dateDigits(row.date);
    item.age = row.age;
}

}  // namespace

std::string personName(std::string name) {
    std::replace(name.begin(), name.end(), '^', ' ');
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return name;
}

std::string lesionLabel(const LesionKey& key) {
    if (!key.label.empty()) return key.label;
    std::string side = key.laterality == "L"   ? "left"
                       : key.laterality == "R" ? "right"
                       : key.laterality == "B" ? "both sides"
                                               : "";
    if (key.body_site.empty()) return side.empty() ? "lesion" : "lesion, " + side;
    return side.empty() ? key.body_site : key.body_site + ", " + side;
}

void describeSource(const SourceFile& source, const ImageMetadataRow* row, bool synthetic,
                    ImportItem& item) {
    fromFolders(source, item);
    if (item.meta.format == "DICOM") fromDicom(item);
    if (row) fromCsv(*row, item);
    if (item.patient.name.empty()) item.patient.name = item.patient.external_id;
    item.patient.synthetic = synthetic;
    if (item.lesion.label.empty()) item.lesion.label = lesionLabel(item.lesion);
}

}  // namespace dermalens::detail
