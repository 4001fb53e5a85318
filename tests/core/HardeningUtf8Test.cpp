// Every string that leaves the core is valid UTF-8, whatever the bytes of the file or its name:
// Error texts (file names, bytes a damaged file made a library quote), metadata, import keys.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "DicomFixtures.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/importing/CsvTable.h"
#include "dermalens/model/ModelCard.h"
#include "dermalens/text/Utf8.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

// Not UTF-8: a lone continuation byte, an invalid lead byte, a truncated sequence.
const std::string kBadBytes = "\x80\xff\xe2\x82";

void expectValidError(const Error& error) {
    EXPECT_TRUE(isValidUtf8(error.file)) << error.file;
    EXPECT_TRUE(isValidUtf8(error.reason)) << error.reason;
    EXPECT_TRUE(isValidUtf8(error.message()));
}

class HardeningUtf8Test : public ::testing::Test {
protected:
    test::TempDir dir_{"dermalens-utf8"};
};

TEST_F(HardeningUtf8Test, FailRepairsFileAndReason) {
    const auto error =
        fail(ErrorCode::Corrupt, "M\xFCller.png", "says '" + kBadBytes + "'").value();
    expectValidError(error);
    EXPECT_EQ(error.file, "M\u00FCller.png");              // a name: read as Latin-1
    EXPECT_EQ(error.reason, "says '\uFFFD\uFFFD\uFFFD'");  // quoted bytes: U+FFFD
    EXPECT_EQ(fail(ErrorCode::Corrupt, "plain.png", "ok").value().message(), "plain.png: ok");
}

TEST_F(HardeningUtf8Test, Latin1FallbackKeepsNamesApart) {
    EXPECT_EQ(utf8OrLatin1("M\xFCller"), "M\u00FCller");
    EXPECT_NE(utf8OrLatin1("M\xFCller"), utf8OrLatin1("M\xE4ller"));
    EXPECT_EQ(utf8OrLatin1("\u00FC \u4E2D \xFF"), "\u00FC \u4E2D \u00FF");  // valid parts kept
    EXPECT_EQ(utf8OrLatin1("plain"), "plain");
    EXPECT_TRUE(isValidUtf8(utf8OrLatin1(kBadBytes)));
}

TEST_F(HardeningUtf8Test, UnknownTransferSyntaxQuotedFromTheFileIsRepaired) {
    const auto path = dir_ / "uid.dcm";
    test::writeDicom(path, test::makeLesionImage(16, 12),
                     {.claimed_transfer_syntax_uid = "1.2.3." + kBadBytes});
    const auto image = loadImage(path);
    ASSERT_FALSE(image);
    expectValidError(image.error());
    EXPECT_NE(image.error().reason.find("1.2.3."), std::string::npos) << image.error().reason;
}

TEST_F(HardeningUtf8Test, FileNamesThatAreNotUtf8) {
    const auto good = dir_ / ("lesion" + kBadBytes + ".png");
    test::writeRaster(good, test::makeLesionImage(32, 24), test::RasterFormat::Png);
    const auto image = loadImage(good);
    ASSERT_TRUE(image) << image.error().message();
    EXPECT_TRUE(isValidUtf8(image->meta.source_path));
    const auto dicom = dir_ / ("dicom" + kBadBytes + ".dcm");
    test::writeDicom(dicom, test::makeLesionImage(16, 12));
    const auto meta = readMetadata(dicom);
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_TRUE(isValidUtf8(meta->source_path));
    const auto broken = dir_ / ("broken" + kBadBytes + ".jpg");
    test::writeBytes(broken, {0xFF, 0xD8, 0xFF, 0xE0, 0x00});
    const auto error = loadImage(broken);
    ASSERT_FALSE(error);
    expectValidError(error.error());
}

TEST_F(HardeningUtf8Test, PatientNameBytesWithoutCharsetArriveRepaired) {
    const auto path = dir_ / "name.dcm";
    test::writeDicom(path, test::makeLesionImage(16, 12),
                     {.patient_name_raw_bytes = "Doe" + kBadBytes + "^Jane"});
    const auto meta = readMetadata(path);
    ASSERT_TRUE(meta) << meta.error().message();
    EXPECT_TRUE(isValidUtf8(meta->patient_name)) << meta->patient_name;
    EXPECT_EQ(meta->patient_name.substr(0, 3), "Doe");
}

TEST_F(HardeningUtf8Test, ParserErrorsThatQuoteTheInputAreRepaired) {
    const auto card = parseModelCard("{\"name\": " + kBadBytes + "}", dir_ / "model.json");
    ASSERT_FALSE(card);
    expectValidError(card.error());
    const auto csv = parseCsv("image,lesion\n\"" + kBadBytes + ",x\n", "meta" + kBadBytes + ".csv");
    ASSERT_FALSE(csv);
    expectValidError(csv.error());
}

// Folder and file names become patient ids and lesion labels: they are repaired on the way in,
// and a file that cannot be read is reported with a valid reason.
TEST_F(HardeningUtf8Test, ImportOfFoldersWhoseNamesAreNotUtf8) {
    const auto file = dir_ / "src" / ("P" + kBadBytes) / ("L" + kBadBytes) / "a.png";
    fs::create_directories(file.parent_path());
    test::writeRaster(file, test::makeLesionImage(40, 30), test::RasterFormat::Png);
    std::ofstream(file.parent_path() / ("junk" + kBadBytes + ".jpg")) << "not a jpeg";
    auto ws = Workspace::open(dir_ / "store");
    ASSERT_TRUE(ws) << ws.error().message();
    auto plan = ws->planImport({dir_ / "src"});
    ASSERT_TRUE(plan) << plan.error().message();
    ASSERT_EQ(plan->items.size(), 1u);
    ASSERT_EQ(plan->problems.size(), 1u);
    EXPECT_TRUE(isValidUtf8(plan->problems[0].reason));
    const ImportItem& item = plan->items[0];
    for (const std::string* s : {&item.patient.external_id, &item.patient.name,
                                 &item.lesion.external_key, &item.lesion.label})
        EXPECT_TRUE(isValidUtf8(*s)) << *s;
    auto summary = ws->commitImport(*plan);
    ASSERT_TRUE(summary) << summary.error().message();
    EXPECT_EQ(summary->imported, 1u);
    auto patients = ws->patients();
    ASSERT_TRUE(patients);
    ASSERT_EQ(patients->size(), 1u);
    const auto& record = patients->front().record;
    EXPECT_TRUE(isValidUtf8(record.name) && isValidUtf8(record.external_id)) << record.name;
    auto stored = ws->image(item.id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(isValidUtf8(stored->source_path)) << stored->source_path;
}

// Two patients whose folder names differ only in Latin-1 letters must not merge into one.
TEST_F(HardeningUtf8Test, Latin1FolderNamesStayTwoPatients) {
    unsigned seed = 1;
    for (const char* name : {"M\xFCller", "M\xE4ller"}) {
        const auto file = dir_ / "src" / name / "back" / "a.png";
        fs::create_directories(file.parent_path());
        test::writeRaster(file, test::makeLesionImage(40, 30, seed++),
                          test::RasterFormat::Png);
    }
    auto ws = Workspace::open(dir_ / "store");
    ASSERT_TRUE(ws) << ws.error().message();
    auto plan = ws->planImport({dir_ / "src"});
    ASSERT_TRUE(plan) << plan.error().message();
    ASSERT_EQ(ws->commitImport(*plan)->imported, 2u);
    auto patients = ws->patients();
    ASSERT_TRUE(patients);
    ASSERT_EQ(patients->size(), 2u);
    std::set<std::string> ids;
    for (const auto& p : *patients) ids.insert(p.record.external_id);
    EXPECT_EQ(ids, (std::set<std::string>{"M\u00E4ller", "M\u00FCller"}));
}

}  // namespace
}  // namespace dermalens
