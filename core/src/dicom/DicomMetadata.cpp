#include "dicom/DicomMetadata.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcspchrs.h>
#include <dcmtk/dcmdata/dcvr.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/ofstd/ofchrenc.h>

#include <optional>
#include <string_view>
#include <vector>

#include "dermalens/text/Utf8.h"

namespace dermalens::detail {
namespace {

constexpr char kEscape = '\x1B';

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(' ') - first + 1));
}

// The values of Specific Character Set, trimmed; an empty first value means ISO 2022 IR 6.
std::vector<std::string> charsetValues(const std::string& declared) {
    std::vector<std::string> values;
    std::size_t start = 0;
    for (std::size_t end; (end = declared.find('\\', start)) != std::string::npos; start = end + 1)
        values.push_back(trimmed(std::string_view(declared).substr(start, end - start)));
    values.push_back(trimmed(std::string_view(declared).substr(start)));
    if (values.front().empty() && values.size() > 1) values.front() = "ISO 2022 IR 6";
    return values;
}

bool isJapaneseMultiByte(const std::string& value) {
    return value == "ISO 2022 IR 87" || value == "ISO 2022 IR 159";
}

bool isIr13(const std::string& value) { return value == "ISO 2022 IR 13" || value == "ISO_IR 13"; }

// glibc's iconv, which Debian's DCMTK uses, has no ISO-IR-87 / ISO-IR-159 encoding, so DCMTK
// cannot convert Japanese kanji at all; those character sets are decoded here instead.
bool isJapanese2022(const std::vector<std::string>& values) {
    bool multiByte = false;
    for (const auto& v : values) {
        if (isJapaneseMultiByte(v))
            multiByte = true;
        else if (v != "ISO 2022 IR 6" && !isIr13(v))
            return false;
    }
    return multiByte;
}

// DCMTK 3.6.7 accepts "ISO 2022 IR n" only as part of a multi-valued term, yet a single
// "ISO 2022 IR 6" or "ISO 2022 IR 100" is valid DICOM; spell those the way DCMTK accepts.
std::string dcmtkCharset(const std::vector<std::string>& values, const std::string& declared) {
    if (values.size() != 1 || values.front().rfind("ISO 2022 IR ", 0) != 0) return declared;
    const std::string& value = values.front();
    if (value == "ISO 2022 IR 6") return {};
    // Multi-byte sets may not be the first value: they extend the ASCII default.
    if (value == "ISO 2022 IR 149" || value == "ISO 2022 IR 58") return "\\" + value;
    return value + "\\ISO 2022 IR 6";
}

bool isPlainAscii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80 || c == kEscape) return false;
    return true;
}

enum class JisG0 { Ascii, Jis0208, Jis0212 };

// Applies the ISO 2022 escape sequence at s[pos]; returns its length, 0 when not Japanese.
std::size_t designateJis(std::string_view s, std::size_t pos, JisG0& g0, bool& katakana) {
    const auto rest = s.substr(pos + 1);
    const auto is = [&](std::string_view seq) { return rest.substr(0, seq.size()) == seq; };
    if (is("(B") || is("(J")) {  // ASCII, JIS X 0201 Roman
        g0 = JisG0::Ascii;
        return 3;
    }
    if (is("$B") || is("$@")) {
        g0 = JisG0::Jis0208;
        return 3;
    }
    if (is("$(D")) {
        g0 = JisG0::Jis0212;
        return 4;
    }
    if (is(")I")) {  // JIS X 0201 katakana in G1
        katakana = true;
        return 3;
    }
    return 0;
}

// Rewrites DICOM's ISO 2022 Japanese (PS3.5 6.1.2.5, Annex H) as EUC-JP, which holds the same
// three sets (JIS X 0208, JIS X 0212, half-width katakana) and which iconv can convert.
bool jisToEucJp(std::string_view s, bool ir13Default, std::string_view delimiters,
                std::string& out) {
    JisG0 g0 = JisG0::Ascii;
    bool katakana = ir13Default;
    for (std::size_t pos = 0; pos < s.size();) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b == 0x1B) {
            const std::size_t length = designateJis(s, pos, g0, katakana);
            if (length == 0) return false;
            pos += length;
        } else if (g0 != JisG0::Ascii && b > 0x20 && b < 0x7F) {
            const auto b2 = pos + 1 < s.size() ? static_cast<unsigned char>(s[pos + 1]) : 0;
            if (b2 <= 0x20 || b2 >= 0x7F) return false;
            if (g0 == JisG0::Jis0212) out += '\x8F';
            out += {static_cast<char>(b | 0x80), static_cast<char>(b2 | 0x80)};
            pos += 2;
        } else if (b >= 0x80) {
            if (!katakana || b < 0xA1 || b > 0xDF) return false;
            out += {'\x8E', static_cast<char>(b)};
            ++pos;
        } else {
            // Control characters and the VR's delimiters return to the initial sets
            // (PS3.5 6.1.2.5.3).
            if (b < 0x20 ||
                (g0 == JisG0::Ascii && delimiters.find(s[pos]) != std::string_view::npos)) {
                g0 = JisG0::Ascii;
                katakana = ir13Default;
            }
            out += s[pos++];
        }
    }
    return true;
}

// Decodes the string values of one dataset (or of an item with its own Specific Character
// Set) to UTF-8. Values are converted one at a time and the dataset is left untouched, so a
// bad byte in one attribute costs only that attribute, never the load.
class TextDecoder {
public:
    explicit TextDecoder(const std::string& declared) {
        const auto values = charsetValues(declared);
        japanese_ = isJapanese2022(values);
        ir13Default_ = isIr13(values.front());
        charset_ = dcmtkCharset(values, declared);
        // UTF-8 needs no conversion; undeclared non-ASCII text is most often UTF-8 as well.
        passThrough_ =
            charset_.empty() || values.front() == "ISO_IR 192" || values.front() == "ISO_IR 6";
    }

    // `raw` as stored in the file; `delimiters` those of its VR ("\^=" for PN, "\" for LO...).
    std::string decode(std::string_view raw, std::string_view delimiters) {
        if (passThrough_ || isPlainAscii(raw)) return toValidUtf8(raw);
        std::string out;
        const bool ok = japanese_ ? convertJapanese(raw, delimiters, out)
                                  : convertWithDcmtk(raw, delimiters, out);
        // Unknown character set or bytes it does not define: keep what is readable.
        return toValidUtf8(ok ? std::string_view(out) : raw);
    }

private:
    bool convertWithDcmtk(std::string_view raw, std::string_view delimiters, std::string& out) {
        if (!selected_) selected_ = dcmtk_.selectCharacterSet(charset_.c_str()).good();
        if (!*selected_) return false;
        OFString result;
        const OFString vrDelimiters(delimiters.data(), delimiters.size());
        if (dcmtk_.convertString(raw.data(), raw.size(), result, vrDelimiters).bad()) return false;
        out.assign(result.c_str(), result.length());
        return true;
    }

    bool convertJapanese(std::string_view raw, std::string_view delimiters, std::string& out) {
        std::string eucJp;
        if (!jisToEucJp(raw, ir13Default_, delimiters, eucJp)) return false;
        if (!selected_) selected_ = eucJp_.selectEncoding("EUC-JP", "UTF-8").good();
        OFString result;
        if (!*selected_ || eucJp_.convertString(eucJp.data(), eucJp.size(), result).bad())
            return false;
        out.assign(result.c_str(), result.length());
        return true;
    }

    std::string charset_;  // as DCMTK spells it
    bool japanese_ = false;
    bool ir13Default_ = false;
    bool passThrough_ = false;
    std::optional<bool> selected_;  // converter chosen on first non-ASCII value
    DcmSpecificCharacterSet dcmtk_;
    OFCharacterEncoding eucJp_;
};

std::string declaredCharset(DcmItem& item) {
    OFString value;
    if (item.findAndGetOFStringArray(DCM_SpecificCharacterSet, value).good()) return value.c_str();
    return {};
}

std::string text(DcmItem& item, const DcmTagKey& key, TextDecoder& decoder) {
    DcmElement* element = nullptr;
    OFString value;
    if (item.findAndGetElement(key, element).bad() || !element ||
        element->getOFStringArray(value).bad())
        return {};
    const std::string_view raw(value.c_str(), value.length());
    if (!element->isAffectedBySpecificCharacterSet()) return toValidUtf8(raw);
    const OFString& delimiters = DcmVR(element->ident()).getDelimiterChars();
    return decoder.decode(raw, std::string_view(delimiters.c_str(), delimiters.length()));
}

std::string firstOf(DcmItem& item, std::initializer_list<DcmTagKey> keys, TextDecoder& decoder) {
    for (const auto& key : keys) {
        auto value = text(item, key, decoder);
        if (!value.empty()) return value;
    }
    return {};
}

// Body site from the first Anatomic Region Sequence item, else Body Part Examined.
void bodySite(DcmItem& ds, TextDecoder& decoder, ImageMetadata& m) {
    DcmItem* region = nullptr;
    if (ds.findAndGetSequenceItem(DCM_AnatomicRegionSequence, region, 0).good() && region) {
        // An item may declare its own character set (PS3.5 6.1.2.5.1); it inherits otherwise.
        std::optional<TextDecoder> own;
        if (const auto charset = declaredCharset(*region); !charset.empty()) own.emplace(charset);
        TextDecoder& d = own ? *own : decoder;
        m.body_site = text(*region, DCM_CodeMeaning, d);
        m.body_site_code =
            firstOf(*region, {DCM_CodeValue, DCM_LongCodeValue, DCM_URNCodeValue}, d);
        m.body_site_scheme = text(*region, DCM_CodingSchemeDesignator, d);
    }
    if (m.body_site.empty()) m.body_site = text(ds, DCM_BodyPartExamined, decoder);
}

void pixelSpacing(DcmItem& ds, ImageMetadata& m) {
    for (const auto& key : {DCM_PixelSpacing, DCM_ImagerPixelSpacing}) {
        Float64 row = 0, col = 0;
        if (ds.findAndGetFloat64(key, row, 0).good() && ds.findAndGetFloat64(key, col, 1).good() &&
            row > 0 && col > 0) {
            m.pixel_spacing_row_mm = row;
            m.pixel_spacing_col_mm = col;
            return;
        }
    }
}

long number(DcmItem& ds, const DcmTagKey& key, long fallback) {
    Sint32 value = 0;
    if (ds.findAndGetSint32(key, value).good()) return value;
    Uint16 u = 0;
    if (ds.findAndGetUint16(key, u).good()) return u;
    return fallback;
}

void identity(DcmItem& ds, TextDecoder& d, ImageMetadata& m) {
    m.patient_id = text(ds, DCM_PatientID, d);
    m.issuer_of_patient_id = text(ds, DCM_IssuerOfPatientID, d);
    m.patient_name = text(ds, DCM_PatientName, d);
    m.patient_sex = text(ds, DCM_PatientSex, d);
    m.patient_birth_date = text(ds, DCM_PatientBirthDate, d);
    m.study_instance_uid = text(ds, DCM_StudyInstanceUID, d);
    m.series_instance_uid = text(ds, DCM_SeriesInstanceUID, d);
    m.sop_instance_uid = text(ds, DCM_SOPInstanceUID, d);
    m.sop_class_uid = text(ds, DCM_SOPClassUID, d);
    m.modality = text(ds, DCM_Modality, d);
    m.study_date = text(ds, DCM_StudyDate, d);
    m.study_description = text(ds, DCM_StudyDescription, d);
    m.series_description = text(ds, DCM_SeriesDescription, d);
    m.acquisition_date = firstOf(ds, {DCM_AcquisitionDate, DCM_ContentDate, DCM_StudyDate}, d);
    m.lesion_number = text(ds, DCM_LesionNumber, d);
    m.laterality = firstOf(ds, {DCM_ImageLaterality, DCM_Laterality}, d);
    m.photometric = text(ds, DCM_PhotometricInterpretation, d);
}

}  // namespace

ImageMetadata readDicomMetadata(DcmDataset& ds, DcmMetaInfo* metaInfo, const std::string& file) {
    ImageMetadata m;
    m.source_path = utf8OrLatin1(file);  // a name from a foreign disk may not be UTF-8
    m.format = "DICOM";
    const std::string charset = declaredCharset(ds);
    m.specific_character_set = toValidUtf8(charset);
    TextDecoder decoder(charset);
    identity(ds, decoder, m);
    bodySite(ds, decoder, m);
    std::string uid = metaInfo ? text(*metaInfo, DCM_TransferSyntaxUID, decoder) : std::string();
    const DcmXfer xfer = uid.empty() ? DcmXfer(ds.getOriginalXfer()) : DcmXfer(uid.c_str());
    m.transfer_syntax = xfer.getXfer() == EXS_Unknown ? uid : xfer.getXferName();
    pixelSpacing(ds, m);
    m.original_width = static_cast<int>(number(ds, DCM_Columns, 0));
    m.original_height = static_cast<int>(number(ds, DCM_Rows, 0));
    m.original_bits = static_cast<int>(number(ds, DCM_BitsAllocated, 8));
    m.original_channels = static_cast<int>(number(ds, DCM_SamplesPerPixel, 1));
    m.frame_count = static_cast<int>(number(ds, DCM_NumberOfFrames, 1));
    return m;
}

Result<DicomGeometry> readDicomGeometry(DcmDataset& ds, const std::string& file) {
    DicomGeometry g;
    g.rows = number(ds, DCM_Rows, 0);
    g.columns = number(ds, DCM_Columns, 0);
    g.frames = number(ds, DCM_NumberOfFrames, 1);
    g.samples = number(ds, DCM_SamplesPerPixel, 0);
    g.bits_allocated = number(ds, DCM_BitsAllocated, 0);
    g.bits_stored = number(ds, DCM_BitsStored, g.bits_allocated);
    TextDecoder decoder(declaredCharset(ds));
    g.photometric = text(ds, DCM_PhotometricInterpretation, decoder);
    if (g.rows <= 0 || g.columns <= 0)
        return fail(ErrorCode::Corrupt, file, "Rows/Columns missing or zero");
    if (g.frames <= 0) return fail(ErrorCode::Corrupt, file, "Number of Frames is not positive");
    if (g.samples != 1 && g.samples != 3)
        return fail(ErrorCode::UnsupportedFormat, file,
                    "Samples per Pixel is " + std::to_string(g.samples) + " (1 or 3 supported)");
    if (g.bits_allocated != 8 && g.bits_allocated != 16)
        return fail(
            ErrorCode::UnsupportedFormat, file,
            "Bits Allocated is " + std::to_string(g.bits_allocated) + " (8 or 16 supported)");
    if (g.bits_stored < 1 || g.bits_stored > g.bits_allocated)
        return fail(ErrorCode::Corrupt, file,
                    "Bits Stored is " + std::to_string(g.bits_stored) + " for " +
                        std::to_string(g.bits_allocated) + " bits allocated");
    if (g.photometric.empty())
        return fail(ErrorCode::Corrupt, file, "Photometric Interpretation is missing");
    return g;
}

}  // namespace dermalens::detail
