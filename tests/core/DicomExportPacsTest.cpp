// The Workspace's PACS operations against a real, throwaway Orthanc: C-ECHO, C-STORE of an
// exported patient, C-FIND at patient and study level, C-GET and C-MOVE into fresh stores,
// progress, cancel and the errors for refused associations, closed ports and timeouts.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <set>

#include "DicomExportFixture.h"
#include "Orthanc.h"

namespace dermalens::test {
namespace {
namespace fs = std::filesystem;

class DicomExportPacsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (OrthancServer::unavailable()) return;
        folder_ = new TempDir("dermalens-orthanc");
        receive_port_ = freeLoopbackPort();
        server_ =
            new OrthancServer(folder_->path(), {"DLTESTPACS", "DERMALENSTEST", receive_port_});
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
    }
    PacsNode node() const {
        PacsNode n;
        n.port = server_->dicomPort();
        n.called_aet = "DLTESTPACS";
        n.calling_aet = "DERMALENSTEST";
        n.timeout_seconds = 10;
        n.receive_port = receive_port_;
        return n;
    }
    // Sends the fixture's patient once per test (Orthanc keeps what earlier tests sent).
    StoreResult send() {
        auto sent = f.workspace->pacsSend(node(), f.patient, f.options());
        EXPECT_TRUE(sent.has_value()) << (sent ? "" : sent.error().message());
        return sent ? *sent : StoreResult{};
    }

    static inline TempDir* folder_ = nullptr;
    static inline OrthancServer* server_ = nullptr;
    static inline int receive_port_ = 0;
    static inline std::string why_;
    ExportFixture f;
};

TEST_F(DicomExportPacsTest, EchoSucceedsAndUnknownAeTitlesAreRefused) {
    EXPECT_TRUE(f.workspace->pacsEcho(node()).has_value());
    PacsNode wrong = node();
    wrong.called_aet = "NOTTHEPACS";
    auto refused = f.workspace->pacsEcho(wrong);
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().reason.find("refused the association"), std::string::npos);
    wrong = node();
    wrong.calling_aet = "STRANGER";
    EXPECT_FALSE(f.workspace->pacsEcho(wrong).has_value());
}

TEST_F(DicomExportPacsTest, StoreSendsEveryObjectWithProgress) {
    std::size_t done = 0, total = 0;
    auto sent = f.workspace->pacsSend(node(), f.patient, f.options(),
                                      [&](std::size_t d, std::size_t t) { done = d, total = t; });
    ASSERT_TRUE(sent.has_value()) << sent.error().message();
    EXPECT_EQ(sent->sent, 7u);  // 3 images, 2 heatmaps, 2 reports
    EXPECT_TRUE(sent->failed.empty());
    EXPECT_EQ(done, 7u);
    EXPECT_EQ(total, 7u);
    EXPECT_EQ(f.workspace->auditLog({"send"}).value().size(), 1u);
}

TEST_F(DicomExportPacsTest, FindsThePatientAndItsStudies) {
    send();
    PacsQuery query;
    query.patient_id = ExportFixture::kPatientId;
    auto patients = f.workspace->pacsFindPatients(node(), query);
    ASSERT_TRUE(patients.has_value()) << patients.error().message();
    ASSERT_EQ(patients->size(), 1u);
    EXPECT_EQ((*patients)[0].name, ExportFixture::kName);
    auto studies = f.workspace->pacsFindStudies(node(), query);
    ASSERT_TRUE(studies.has_value()) << studies.error().message();
    // Both visits' studies (earlier tests may have sent other stores' studies of this patient).
    auto exported = f.workspace->exportDicom(f.patient, f.dir / "uids", f.options()).value();
    std::set<std::string> wanted, found;
    int in_dicom_study = 0;  // what this export put in that study; earlier sends may add more
    for (const auto& o : exported.objects) {
        wanted.insert(o.study_instance_uid);
        in_dicom_study += o.study_instance_uid == ExportFixture::kDicomStudyUid ? 1 : 0;
    }
    EXPECT_GT(in_dicom_study, 0);
    for (const auto& s : *studies) {
        found.insert(s.study_uid);
        if (s.study_uid == ExportFixture::kDicomStudyUid) EXPECT_GE(s.instances, in_dicom_study);
    }
    ASSERT_EQ(wanted.size(), 2u);
    for (const auto& uid : wanted) EXPECT_TRUE(found.count(uid)) << uid;
    query.patient_id = "NOBODY-*";
    EXPECT_TRUE(f.workspace->pacsFindStudies(node(), query)->empty());
}

TEST_F(DicomExportPacsTest, GetAndMoveImportTheStudyIntoAStore) {
    send();
    for (RetrieveMethod method : {RetrieveMethod::Get, RetrieveMethod::Move}) {
        TempDir dir("dermalens-retrieve");
        auto target = Workspace::open(dir / "store").value();
        std::size_t calls = 0;
        auto imported = target.pacsRetrieve(node(), ExportFixture::kDicomStudyUid, method,
                                            [&](std::size_t, std::size_t) { ++calls; });
        ASSERT_TRUE(imported.has_value()) << imported.error().message();
        EXPECT_EQ(imported->imported, 1u) << "the image; its report and heatmap stay in the PACS";
        EXPECT_TRUE(imported->skipped.empty());
        EXPECT_GT(calls, 0u);
        const auto patients = target.patients().value();
        ASSERT_EQ(patients.size(), 1u);
        EXPECT_EQ(patients[0].record.external_id, ExportFixture::kPatientId);
        EXPECT_FALSE(fs::exists(dir / "store" / "tmp") && !fs::is_empty(dir / "store" / "tmp"))
            << "the temporary folder is gone";
        EXPECT_EQ(target.auditLog({"retrieve"}).value().size(), 1u);
    }
}

TEST_F(DicomExportPacsTest, ACancelledRetrieveImportsNothing) {
    send();
    TempDir dir("dermalens-retrieve");
    auto target = Workspace::open(dir / "store").value();
    auto cancelled = target.pacsRetrieve(node(), ExportFixture::kDicomStudyUid, RetrieveMethod::Get,
                                         {}, [] { return true; });
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(target.patients().value().empty());
    auto send_cancelled =
        f.workspace->pacsSend(node(), f.patient, f.options(), {}, [] { return true; });
    ASSERT_FALSE(send_cancelled.has_value());
    EXPECT_EQ(send_cancelled.error().code, ErrorCode::Cancelled);
}

TEST_F(DicomExportPacsTest, ClosedPortsAndSilentNodesGiveClearErrorsInTime) {
    PacsNode closed = node();
    closed.port = freeLoopbackPort();
    auto refused = f.workspace->pacsEcho(closed);
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().reason.find("cannot connect"), std::string::npos)
        << refused.error().reason;
    // A socket that accepts connections (the kernel does) but never says a word.
    const int silent = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof a;
    ASSERT_EQ(bind(silent, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    ASSERT_EQ(listen(silent, 4), 0);
    getsockname(silent, reinterpret_cast<sockaddr*>(&a), &size);
    PacsNode mute = node();
    mute.port = ntohs(a.sin_port);
    mute.timeout_seconds = 2;
    const auto start = std::chrono::steady_clock::now();
    auto timed_out = f.workspace->pacsEcho(mute);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    close(silent);
    ASSERT_FALSE(timed_out.has_value());
    EXPECT_NE(timed_out.error().reason.find("timed out"), std::string::npos)
        << timed_out.error().reason;
    EXPECT_LT(seconds, 8.0);
}

}  // namespace
}  // namespace dermalens::test
