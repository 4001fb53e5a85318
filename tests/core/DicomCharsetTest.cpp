// DICOM text under Specific Character Set (0008,0005): every supported set comes back as
// UTF-8, and an unknown set or bytes a set does not define still give valid UTF-8, never a
// failed load. Byte strings were checked with iconv (glibc 2.36); the multi-valued examples
// are those of DICOM PS3.5 Annexes H and I.
#include <gtest/gtest.h>

#include <string>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/text/Utf8.h"

namespace dermalens {
namespace {

struct CharsetCase {
    const char* label;
    std::string charset;
    std::string name_bytes;  // PatientName as stored in the file
    std::string expected;    // UTF-8, '^' and '=' separators kept
};

void PrintTo(const CharsetCase& c, std::ostream* os) { *os << c.label; }

const CharsetCase kCases[] = {
    {"DefaultRepertoire", "", "Doe^Jane", "Doe^Jane"},
    {"Latin1", "ISO_IR 100",
     "M\xfc"
     "ller^J\xfc"
     "rgen",
     "Müller^Jürgen"},
    {"Latin2", "ISO_IR 101", "Dvo\xf8\xe1k^Anton\xedn", "Dvořák^Antonín"},
    {"Cyrillic", "ISO_IR 144", "\xb8\xd2\xd0\xdd\xde\xd2^\xb8\xd2\xd0\xdd", "Иванов^Иван"},
    {"Latin5", "ISO_IR 148",
     "Y\xfdlmaz^Ay\xfe"
     "e G\xfc"
     "l",
     "Yılmaz^Ayşe Gül"},
    {"Utf8", "ISO_IR 192", "Wang^XiaoDong=王^小东", "Wang^XiaoDong=王^小东"},
    {"Gb18030", "GB18030", "Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab", "Wang^XiaoDong=王^小东"},
    {"Iso2022Ir6", "ISO 2022 IR 6", "Smith^John", "Smith^John"},
    {"Iso2022Ir100Alone", "ISO 2022 IR 100",
     "M\xfc"
     "ller",
     "Müller"},
    {"Iso2022Cyrillic", "\\ISO 2022 IR 144",
     "Ivanov^Ivan=\x1b-L\xb8\xd2\xd0\xdd\xde\xd2^\x1b-L\xb8\xd2\xd0\xdd",
     "Ivanov^Ivan=Иванов^Иван"},
    {"Iso2022Korean", "\\ISO 2022 IR 149",  // PS3.5 I.2
     "Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^\x1b$)C\xb1\xe6\xb5\xbf",
     "Hong^Gildong=洪^吉洞=홍^길동"},
    {"Iso2022KoreanAlone", "ISO 2022 IR 149",
     "Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7", "Hong^Gildong=洪^吉洞"},
    {"Iso2022Japanese", "\\ISO 2022 IR 87",  // PS3.5 H.3.1; "$^" is one kanji, not a '^'
     "Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B",
     "Yamada^Tarou=山田^太郎=やまだ^たろう"},
    {"Iso2022JapaneseKatakana", "ISO 2022 IR 13\\ISO 2022 IR 87",  // PS3.5 H.3.2
     "\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J=\x1b$B$d$^$@\x1b(J^"
     "\x1b$B$?$m$&\x1b(J",
     "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"},
    {"Iso2022JapaneseJisX0212", "\\ISO 2022 IR 87\\ISO 2022 IR 159",
     "Yamada^Tarou=\x1b$(D0!\x1b(B^\x1b$B;3\x1b(B", "Yamada^Tarou=丂^山"},
};

class DicomCharsetFixture : public ::testing::Test {
protected:
    std::filesystem::path write(const test::DicomSpec& spec) {
        const auto path = dir_ / "charset.dcm";
        test::writeDicom(path, test::makeLesionImage(8, 8), spec);
        return path;
    }

    // Reads the name stored as `bytes` under `charset`: the load succeeds, the text is UTF-8.
    void expectName(const std::string& charset, const std::string& bytes,
                    const std::string& expected) {
        SCOPED_TRACE(charset + " / " + bytes);
        const auto meta = readMetadata(
            write({.specific_character_set = charset, .patient_name_raw_bytes = bytes}));
        ASSERT_TRUE(meta) << meta.error().message();
        EXPECT_TRUE(isValidUtf8(meta->patient_name)) << meta->patient_name;
        EXPECT_EQ(meta->patient_name, expected);
    }

    test::TempDir dir_{"dermalens-dicom-charset"};
};

class DicomCharsetTest : public DicomCharsetFixture,
                         public ::testing::WithParamInterface<CharsetCase> {};

TEST_P(DicomCharsetTest, PatientNameComesBackAsUtf8) {
    const auto& c = GetParam();
    const auto path =
        write({.specific_character_set = c.charset, .patient_name_raw_bytes = c.name_bytes});
    const auto meta = readMetadata(path);
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->patient_name, c.expected);
    EXPECT_EQ(meta->specific_character_set, c.charset);
    // The full decode path reads the same dataset before rendering its pixels.
    const auto image = loadImage(path);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_EQ(image->meta.patient_name, c.expected);
    EXPECT_FALSE(image->empty());
}

INSTANTIATE_TEST_SUITE_P(DicomCharsets, DicomCharsetTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.label); });

class DicomCharsetFallbackTest : public DicomCharsetFixture {};
class DicomCharsetFieldsTest : public DicomCharsetFixture {};

TEST_F(DicomCharsetFallbackTest, UnknownCharsetKeepsValidBytesAndReplacesTheRest) {
    expectName("ISO_IR 999",
               "M\xfc"
               "ller^Ann",
               "M\uFFFDller^Ann");
    expectName("ISO_IR 999", "Müller^Ann", "Müller^Ann");
    expectName("\\ISO 2022 IR 999", "Doe^Jane", "Doe^Jane");
}

TEST_F(DicomCharsetFallbackTest, BytesTheCharsetDoesNotDefineGiveValidUtf8) {
    expectName("ISO_IR 192", "Ab\xc3(\xff^Z", "Ab\uFFFD(\uFFFD^Z");
    expectName("ISO_IR 192", "\xed\xa0\x80x", "\uFFFD\uFFFD\uFFFDx");  // a surrogate
    expectName("GB18030", "\xcd\xf5\x81", "\uFFFD\uFFFD\uFFFD");       // truncated
    // Undeclared non-ASCII: UTF-8 survives, anything else is replaced.
    expectName("", "Müller", "Müller");
    expectName("",
               "M\xfc"
               "ller",
               "M\uFFFDller");
}

TEST_F(DicomCharsetFallbackTest, BrokenIso2022GivesValidUtf8) {
    // Unknown escape, undeclared designation, half a kanji: the raw bytes minus the bad ones.
    expectName("\\ISO 2022 IR 149", "Hong=\x1b$)Z\xfb\xf3", "Hong=\x1b$)Z\uFFFD\uFFFD");
    expectName("\\ISO 2022 IR 149", "Hong=\x1b$B;3", "Hong=\x1b$B;3");
    expectName("\\ISO 2022 IR 87", "Yamada=\x1b$B;3E\x1b(B", "Yamada=\x1b$B;3E\x1b(B");
    expectName("\\ISO 2022 IR 87", "Yamada=\xb1", "Yamada=\uFFFD");
}

TEST_F(DicomCharsetFallbackTest, ABadAttributeDoesNotSpoilTheOthers) {
    const auto meta = readMetadata(write({.specific_character_set = "ISO_IR 144",
                                          .patient_name_raw_bytes = "\xb8\xd2\xd0\xdd\xde\xd2",
                                          .study_description = "Bad\x1b$)Z\xff"}));
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->patient_name, "Иванов");
    EXPECT_TRUE(isValidUtf8(meta->study_description));
}

TEST_F(DicomCharsetFieldsTest, ReadsTheNewFieldsInTheDeclaredCharset) {
    const auto meta = readMetadata(write({
        .specific_character_set = "ISO_IR 144",
        .patient_id = "P-7",
        .patient_name_raw_bytes = "\xb8\xd2\xd0\xdd\xde\xd2^\xb8\xd2\xd0\xdd",
        .issuer_of_patient_id = "\xb1\xde\xdb\xec\xdd\xd8\xe6\xd0",  // Больница
        .study_date = "20240510",
        .study_description = "\xb4\xd5\xe0\xdc\xd0\xe2\xde\xe1\xda\xde\xdf\xd8\xef",
        .series_description = "Series 2",
        .lesion_number = "3",
        .anatomic_region_meaning = "\xbf\xe0\xd5\xd4\xdf\xdb\xd5\xe7\xec\xd5",
        .anatomic_region_code = std::make_pair("368209003", "SCT"),
    }));
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->patient_name, "Иванов^Иван");
    EXPECT_EQ(meta->patient_id, "P-7");
    EXPECT_EQ(meta->issuer_of_patient_id, "Больница");
    EXPECT_EQ(meta->study_date, "20240510");
    EXPECT_EQ(meta->study_description, "Дерматоскопия");
    EXPECT_EQ(meta->series_description, "Series 2");
    EXPECT_EQ(meta->lesion_number, "3");
    EXPECT_EQ(meta->body_site, "Предплечье");
    EXPECT_EQ(meta->body_site_code, "368209003");
    EXPECT_EQ(meta->body_site_scheme, "SCT");
    EXPECT_EQ(meta->specific_character_set, "ISO_IR 144");
}

TEST_F(DicomCharsetFieldsTest, NewFieldsAreEmptyWhenAbsent) {
    const auto meta = readMetadata(write({}));
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->patient_name, "Doe^Jane");
    for (const auto* field :
         {&meta->issuer_of_patient_id, &meta->study_date, &meta->study_description,
          &meta->series_description, &meta->body_site_code, &meta->body_site_scheme,
          &meta->lesion_number, &meta->specific_character_set})
        EXPECT_EQ(*field, "");
}

TEST_F(DicomCharsetFieldsTest, BodySiteCodeDefaultsOfTheFixture) {
    const auto meta = readMetadata(write({.anatomic_region_meaning = "Back"}));
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_EQ(meta->body_site, "Back");
    EXPECT_EQ(meta->body_site_code, "T-D0000");
    EXPECT_EQ(meta->body_site_scheme, "SRT");
}

}  // namespace
}  // namespace dermalens
