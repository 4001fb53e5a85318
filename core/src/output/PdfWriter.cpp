#include "output/PdfWriter.h"

#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace dermalens::output {
namespace {

// A DICOM element holds at most 4 GiB; a report is far smaller, and the whole file is read.
constexpr std::uintmax_t kMaxPdfBytes = 1ULL << 30;

Result<std::vector<Uint8>> readPdf(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return fail(ErrorCode::NotFound, path.string(), "no such PDF file");
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return fail(ErrorCode::Unreadable, path.string(), "cannot read: " + ec.message());
    if (size > kMaxPdfBytes)
        return fail(ErrorCode::TooLarge, path.string(), "the PDF is over 1 GiB");
    std::ifstream in(path, std::ios::binary);
    std::vector<Uint8> bytes((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return fail(ErrorCode::Unreadable, path.string(), "read error");
    static const std::string kMagic = "%PDF-";
    if (bytes.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), bytes.begin()))
        return fail(ErrorCode::UnsupportedFormat, path.string(), "not a PDF (no %PDF- header)");
    return bytes;
}

}  // namespace

Result<DicomObject> writeEncapsulatedPdf(const ObjectContext& context, const PdfInput& in) {
    auto bytes = readPdf(in.pdf);
    if (!bytes) return tl::unexpected(bytes.error());
    DicomObject object{std::make_unique<DcmFileFormat>(), EXS_LittleEndianExplicit};
    DatasetWriter out(*object.file->getDataset(), in.pdf.string());
    writeCommonModules(out, context);
    writeConversionType(out);
    writeSoftwareEquipment(out);
    out.put(DCM_AcquisitionDateTime, "");
    for (const DcmTagKey& tag : {DCM_ContentDate, DCM_ContentTime})  // Type 2 here
        if (!out.item().tagExists(tag)) out.put(tag, "");
    out.put(DCM_BurnedInAnnotation, in.contains_identity ? "YES" : "NO");
    out.put(DCM_DocumentTitle, in.title).emptySequence(DCM_ConceptNameCodeSequence);
    out.put(DCM_MIMETypeOfEncapsulatedDocument, "application/pdf");
    const std::size_t length = bytes->size();
    out.put(DCM_EncapsulatedDocumentLength, std::to_string(length));
    if (length % 2 != 0) bytes->push_back(0);  // OB values have even length: pad with NUL
    out.check(out.item().putAndInsertUint8Array(DCM_EncapsulatedDocument, bytes->data(),
                                                static_cast<unsigned long>(bytes->size())),
              "EncapsulatedDocument");
    if (auto ok = out.result(); !ok) return tl::unexpected(ok.error());
    return object;
}

}  // namespace dermalens::output
