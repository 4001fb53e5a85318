#include "output/DicomWrite.h"

#include <system_error>

namespace dermalens::output {
namespace fs = std::filesystem;

DatasetWriter& DatasetWriter::check(const OFCondition& condition, const std::string& what) {
    if (condition.bad() && failure_.empty())
        failure_ = "cannot write " + what + ": " + condition.text();
    return *this;
}

DatasetWriter& DatasetWriter::put(const DcmTagKey& tag, const std::string& value) {
    return check(item_.putAndInsertString(DcmTag(tag), value.c_str()), DcmTag(tag).getTagName());
}

DatasetWriter& DatasetWriter::putIfAny(const DcmTagKey& tag, const std::string& value) {
    return value.empty() ? *this : put(tag, value);
}

DatasetWriter& DatasetWriter::putUint16(const DcmTagKey& tag, Uint16 value) {
    return check(item_.putAndInsertUint16(DcmTag(tag), value), DcmTag(tag).getTagName());
}

DatasetWriter& DatasetWriter::putCode(const DcmTagKey& sequence, const Code& code) {
    DcmItem* item = newItem(sequence);
    if (item) check(writeCode(*item, code), DcmTag(sequence).getTagName());
    return *this;
}

DatasetWriter& DatasetWriter::emptySequence(const DcmTagKey& sequence) {
    return check(item_.insertEmptyElement(DcmTag(sequence)), DcmTag(sequence).getTagName());
}

DcmItem* DatasetWriter::newItem(const DcmTagKey& sequence) {
    DcmItem* item = nullptr;
    check(item_.findOrCreateSequenceItem(DcmTag(sequence), item, -2),
          DcmTag(sequence).getTagName());
    return failure_.empty() ? item : nullptr;
}

Result<void> DatasetWriter::result() const {
    if (failure_.empty()) return {};
    return fail(ErrorCode::Internal, file_, failure_);
}

OFCondition writeCode(DcmItem& item, const Code& code) {
    OFCondition c = item.putAndInsertString(DCM_CodeValue, code.value.c_str());
    if (c.good()) c = item.putAndInsertString(DCM_CodingSchemeDesignator, code.scheme.c_str());
    if (c.good()) c = item.putAndInsertString(DCM_CodeMeaning, code.meaning.c_str());
    return c;
}

std::string dicomDate(const std::string& text) {
    auto digits = [](const std::string& s) {
        return s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (text.size() == 8 && digits(text)) return text;
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
        std::string d = text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
        if (digits(d)) return d;
    }
    return {};
}

DicomDateTime dicomDateTime(const std::string& iso) {
    DicomDateTime out{dicomDate(iso), {}};
    if (iso.size() >= 19 && iso[10] == 'T' && iso[13] == ':' && iso[16] == ':') {
        out.time = iso.substr(11, 2) + iso.substr(14, 2) + iso.substr(17, 2);
        if (iso.size() >= 23 && iso[19] == '.') out.time += iso.substr(19, 4);
    }
    return out;
}

tl::unexpected<Error> dicomFailure(const std::string& file, const std::string& what,
                                   const OFCondition& condition) {
    return fail(ErrorCode::Internal, file, "cannot " + what + ": " + condition.text());
}

Result<void> saveDicom(DcmFileFormat& file, const fs::path& path,
                       E_TransferSyntax transfer_syntax) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    if (ec)
        return fail(ErrorCode::Unreadable, path.parent_path().string(),
                    "cannot create the folder: " + ec.message());
    const fs::path partial = path.string() + ".part";
    const OFCondition saved = file.saveFile(partial.c_str(), transfer_syntax, EET_ExplicitLength,
                                            EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta);
    if (saved.bad()) {
        fs::remove(partial, ec);
        return fail(ErrorCode::Unreadable, path.string(),
                    std::string("cannot write the DICOM file: ") + saved.text());
    }
    fs::rename(partial, path, ec);
    if (ec)
        return fail(ErrorCode::Unreadable, path.string(),
                    "cannot rename into place: " + ec.message());
    return {};
}

}  // namespace dermalens::output
