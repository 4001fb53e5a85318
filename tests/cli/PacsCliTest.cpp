// `dermalens-cli pacs echo|find|get|store` against a real, throwaway Orthanc.
#include <gtest/gtest.h>

#include "CliRunner.h"
#include "Orthanc.h"
#include "SyntheticImages.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

constexpr const char* kPatient = "PACS-CLI-0042";

class PacsCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (OrthancServer::unavailable()) return;
        folder_ = new TempDir("dermalens-cli-orthanc");
        receive_port_ = freeLoopbackPort();
        server_ = new OrthancServer(folder_->path(), {"DLCLIPACS", "DERMALENSCLI", receive_port_});
        if (!server_->start(why_)) {
            delete server_;
            server_ = nullptr;
        }
    }
    static void TearDownTestSuite() {
        delete server_;  // stops Orthanc by its pid
        delete folder_;
        server_ = nullptr;
        folder_ = nullptr;
    }
    void SetUp() override {
        if (auto reason = OrthancServer::unavailable()) GTEST_SKIP() << *reason;
        ASSERT_NE(server_, nullptr) << why_;
        for (int l = 0; l < 2; ++l) {
            const fs::path file = dir / "src" / kPatient / ("L" + std::to_string(l)) / "a.png";
            fs::create_directories(file.parent_path());
            writeRaster(file, makeLesionImage(64, 48, 40 + l), RasterFormat::Png);
        }
        ASSERT_EQ(
            runCli("import --store " + store("store") + " " + shellQuote((dir / "src").string()),
                   dir)
                .status,
            0);
    }
    std::string node(const std::string& called = "DLCLIPACS") const {
        return " --port " + std::to_string(server_->dicomPort()) + " --called-aet " + called +
               " --calling-aet DERMALENSCLI --timeout 10";
    }
    std::string store(const std::string& name) const { return shellQuote((dir / name).string()); }
    // The study the patient's import became in Orthanc.
    std::string studyUid() {
        const auto run = runCli("pacs find --patient-id " + std::string(kPatient) + node(), dir);
        EXPECT_EQ(run.status, 0) << run.err;
        const auto studies = jsonLines(run.out);
        return studies.empty() ? "" : studies[0]["study_uid"].get<std::string>();
    }

    static inline TempDir* folder_ = nullptr;
    static inline OrthancServer* server_ = nullptr;
    static inline int receive_port_ = 0;
    static inline std::string why_;
    TempDir dir{"dermalens-cli-pacs"};
};

TEST_F(PacsCliTest, EchoAnswersAndAWrongAeTitleIsRefused) {
    const auto ok = runCli("pacs echo" + node(), dir);
    EXPECT_EQ(ok.status, 0) << ok.err;
    EXPECT_EQ(nlohmann::json::parse(ok.out)["echo"], "ok");
    const auto refused = runCli("pacs echo" + node("SOMEONEELSE"), dir);
    EXPECT_EQ(refused.status, 1);
    EXPECT_NE(refused.err.find("refused the association"), std::string::npos) << refused.err;
    const auto closed = runCli("pacs echo --port " + std::to_string(freeLoopbackPort()) +
                                   " --called-aet DLCLIPACS --timeout 2",
                               dir);
    EXPECT_EQ(closed.status, 1);
    EXPECT_NE(closed.err.find("cannot connect"), std::string::npos) << closed.err;
}

TEST_F(PacsCliTest, StoreThenFindThePatientAndTheStudy) {
    const auto sent = runCli("pacs store --patient 1 --store " + store("store") + node(), dir);
    ASSERT_EQ(sent.status, 0) << sent.err;
    EXPECT_EQ(nlohmann::json::parse(sent.out)["sent"], 2);
    const auto patients =
        runCli("pacs find --level patient --patient-id " + std::string(kPatient) + node(), dir);
    ASSERT_EQ(patients.status, 0) << patients.err;
    const auto found = jsonLines(patients.out);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]["patient_id"], kPatient);
    EXPECT_FALSE(studyUid().empty());
}

TEST_F(PacsCliTest, GetAndMoveImportTheStudy) {
    ASSERT_EQ(runCli("pacs store --patient 1 --store " + store("store") + node(), dir).status, 0);
    const std::string study = studyUid();
    ASSERT_FALSE(study.empty());
    const auto got =
        runCli("pacs get --study-uid " + study + " --store " + store("viaget") + node(), dir);
    ASSERT_EQ(got.status, 0) << got.err;
    EXPECT_EQ(nlohmann::json::parse(got.out)["imported"], 2);
    const auto moved = runCli("pacs get --move --receive-port " + std::to_string(receive_port_) +
                                  " --study-uid " + study + " --store " + store("viamove") + node(),
                              dir);
    ASSERT_EQ(moved.status, 0) << moved.err;
    EXPECT_EQ(nlohmann::json::parse(moved.out)["imported"], 2);
    const auto audit =
        jsonLines(runCli("audit list --action retrieve --store " + store("viamove"), dir).out);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0]["details"]["method"], "C-MOVE");
}

TEST_F(PacsCliTest, StoreSendsFilesGivenByName) {
    ASSERT_EQ(
        runCli("export-dicom --patient 1 --store " + store("store") + " --out " + store("out"), dir)
            .status,
        0);
    std::string files;
    for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
        if (e.path().extension() == ".dcm") files += " " + shellQuote(e.path().string());
    const auto sent = runCli("pacs store --store " + store("store") + node() + files, dir);
    ASSERT_EQ(sent.status, 0) << sent.err;
    EXPECT_EQ(nlohmann::json::parse(sent.out)["sent"], 2);
    EXPECT_EQ(runCli("pacs store --store " + store("store") + node(), dir).status, 2)
        << "neither files nor a patient";
}

}  // namespace
}  // namespace dermalens::test
