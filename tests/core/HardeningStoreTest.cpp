// The store when the disk says no: read-only, locked by another process, full. Each is a clear
// error through Workspace::commitImport / analyse / setCalibration, and nothing committed before
// is lost (integrity check ok, the rows and managed files still there).
//
// The read-only and full-disk cases mount a small tmpfs under the test's folder (needs root, as
// in CI's container); elsewhere they skip with the reason. The lock is held by a Python process.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/records/Ids.h"
#include "dermalens/store/Store.h"
#include "dermalens/workspace/Workspace.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

// A tmpfs of `megabytes` at `dir`, unmounted (lazily, so a failed test cannot leave it busy)
// when it goes away.
class Tmpfs {
public:
    Tmpfs(fs::path dir, int megabytes) : dir_(std::move(dir)) {
        fs::create_directories(dir_);
        const std::string options = "size=" + std::to_string(megabytes) + "m";
        if (::mount("tmpfs", dir_.c_str(), "tmpfs", 0, options.c_str()) != 0)
            error_ = std::strerror(errno);
    }
    ~Tmpfs() {
        if (error_.empty()) ::umount2(dir_.c_str(), MNT_DETACH);
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] bool setReadOnly(bool read_only) const {
        const unsigned long flags = MS_REMOUNT | (read_only ? MS_RDONLY : 0);
        return ::mount("tmpfs", dir_.c_str(), "tmpfs", flags, nullptr) == 0;
    }

private:
    fs::path dir_;
    std::string error_;
};

// What was committed before the trouble, to be found intact after it.
struct Committed {
    std::vector<ImageId> images;
    bool analysed = false;  // images[0] has an analysis; images[1] is left for the trouble
};

class HardeningStoreTest : public ::testing::Test {
protected:
    fs::path writeImages(const std::string& patient, int count, unsigned seed) {
        const fs::path root = dir_ / ("src-" + patient);
        for (int i = 0; i < count; ++i) {
            const fs::path file = root / patient / ("L" + std::to_string(i)) / "a.png";
            fs::create_directories(file.parent_path());
            test::writeRaster(file, test::makeLesionImage(64, 48, seed + i),
                              test::RasterFormat::Png);
        }
        return root;
    }
    static bool loadTinyModel(Workspace& ws) {
        const auto model = test::tinyModelsDir() / "tiny";
        if (!fs::exists(model / "model.json")) return false;
        ClassifierConfig config;
        config.device = Device::Cpu;
        config.threads = 1;
        config.batch_size = 2;
        return ws.loadModel(model, config).has_value();
    }
    // Imports two images of "Alice", calibrates the first and analyses it (with the model).
    Committed commitSome(const fs::path& store) {
        auto ws = Workspace::open(store);
        EXPECT_TRUE(ws) << ws.error().message();
        if (!ws) return {};
        auto plan = ws->planImport({writeImages("Alice", 2, 1)});
        auto summary = ws->commitImport(*plan);
        EXPECT_EQ(summary->imported, 2u);
        Committed c{summary->imported_ids, false};
        EXPECT_TRUE(ws->setCalibration(c.images[0], 0.05, "ruler"));
        if (loadTinyModel(*ws)) c.analysed = ws->analyse({c.images[0]})->analysed == 1;
        return c;
    }
    // The store after the trouble: integrity ok, every committed image with its file and hash,
    // its calibration and its analysis.
    void expectIntact(const fs::path& store, const Committed& c, std::size_t images) {
        {
            auto s = Store::open(store);
            ASSERT_TRUE(s) << s.error().message();
            EXPECT_EQ(*s->integrityCheck(), std::vector<std::string>{"ok"});
            EXPECT_EQ(*s->imageCount(), images);
        }
        auto ws = Workspace::open(store);
        ASSERT_TRUE(ws) << ws.error().message();
        for (const ImageId& id : c.images) {
            auto path = ws->imagePath(id);
            ASSERT_TRUE(path) << path.error().message();
            EXPECT_EQ(*ImageId::ofFile(path->string()), id) << path->string();
        }
        auto calibration = ws->calibration(c.images.at(0));
        ASSERT_TRUE(calibration && *calibration);
        EXPECT_DOUBLE_EQ((*calibration)->mm_per_pixel, 0.05);
        if (!c.analysed || !loadTinyModel(*ws)) return;
        EXPECT_TRUE(*ws->currentAnalysis(c.images[0]));
    }
    // The three writes (import, calibration, analysis of images[1]), each expected to fail with
    // `reason` or, where `may_succeed`, to work; returns how many failed.
    int tryWrites(Workspace& ws, const Committed& c, const std::string& reason, bool may_succeed) {
        int failed = 0;
        auto check = [&](bool ok, const std::string& message, const char* what) {
            if (ok) {
                EXPECT_TRUE(may_succeed) << what << " worked, expected: " << reason;
                return;
            }
            ++failed;
            EXPECT_NE(message.find(reason), std::string::npos) << what << ": " << message;
        };
        auto plan = ws.planImport({writeImages("Bob", 1, 7)});
        EXPECT_TRUE(plan) << plan.error().message();
        if (!plan) return -1;
        auto summary = ws.commitImport(*plan);
        if (!summary)
            check(false, summary.error().message(), "import");
        else
            check(summary->imported == 1,
                  summary->skipped.empty() ? "" : summary->skipped.back().reason, "import");
        auto calibrated = ws.setCalibration(c.images[0], 0.05, "again");
        check(calibrated.has_value(), calibrated ? "" : calibrated.error().message(),
              "calibration");
        if (!ws.modelLoaded() && !loadTinyModel(ws)) return failed;
        auto ids = ws.needingAnalysis();  // images[1], and Bob's if he came in
        EXPECT_TRUE(ids) << ids.error().message();
        if (!ids) return -1;
        auto analysed = ws.analyse(*ids);
        if (!analysed) check(false, analysed.error().message(), "analyse");
        for (const auto& f : analysed ? analysed->failed : std::vector<ImportProblem>{})
            check(false, f.reason, "analyse");
        return failed;
    }
    test::TempDir dir_{"dermalens-hardening-store"};
};

TEST_F(HardeningStoreTest, ReadOnlyWorkspaceRefusesEveryWriteAndKeepsTheRows) {
    const Committed c = commitSome(dir_ / "store");
    {
        auto ws = Workspace::open(dir_ / "store", StoreOptions{.read_only = true});
        ASSERT_TRUE(ws) << ws.error().message();
        EXPECT_EQ(tryWrites(*ws, c, "store is read-only", false), c.analysed ? 3 : 2);
    }
    expectIntact(dir_ / "store", c, 2);
}

TEST_F(HardeningStoreTest, ReadOnlyFileSystemIsAClearErrorAndLosesNothing) {
    Tmpfs disk(dir_ / "disk", 16);
    if (!disk.error().empty()) GTEST_SKIP() << "cannot mount a tmpfs: " << disk.error();
    const fs::path store = dir_ / "disk" / "store";
    const Committed c = commitSome(store);
    ASSERT_TRUE(disk.setReadOnly(true)) << std::strerror(errno);
    for (const bool read_only : {false, true}) {
        auto ws = Workspace::open(store, StoreOptions{.read_only = read_only});
        if (!ws) {  // refusing to open is clear too, when it says why
            EXPECT_NE(ws.error().message().find("read-only file system"), std::string::npos)
                << ws.error().message();
        } else {
            EXPECT_EQ(tryWrites(*ws, c, "read-only", false), c.analysed ? 3 : 2);
        }
    }
    ASSERT_TRUE(disk.setReadOnly(false)) << std::strerror(errno);
    expectIntact(store, c, 2);
}

TEST_F(HardeningStoreTest, FullDiskIsAClearErrorAndLosesNothing) {
    Tmpfs disk(dir_ / "disk", 4);
    if (!disk.error().empty()) GTEST_SKIP() << "cannot mount a tmpfs: " << disk.error();
    const fs::path store = dir_ / "disk" / "store";
    const Committed c = commitSome(store);
    {
        auto ws = Workspace::open(store);
        ASSERT_TRUE(ws) << ws.error().message();
        std::ofstream filler(dir_ / "disk" / "filler", std::ios::binary);
        const std::string block(1 << 16, 'x');
        while (filler.write(block.data(), static_cast<std::streamsize>(block.size()))) {
        }
        filler.close();
        // The image copy needs new blocks, so at least the import fails; SQLite may still fit
        // a small write into pages its WAL already has, and then the write must be kept.
        EXPECT_GE(tryWrites(*ws, c, "disk is full", true), 1);
    }  // closed before the space comes back
    fs::remove(dir_ / "disk" / "filler");
    expectIntact(store, c, 2);
}

// Another process (here Python's sqlite3) holds a write transaction beyond our busy timeout.
TEST_F(HardeningStoreTest, StoreLockedByAnotherProcessIsAClearErrorAndLosesNothing) {
    const std::string python = test::pythonExecutable();
    if (python.empty()) GTEST_SKIP() << "no python3 to hold the lock from another process";
    const fs::path store = dir_ / "store";
    const Committed c = commitSome(store);
    const fs::path release = dir_ / "release";
    const std::string holder =
        "import sqlite3, sys, time, os\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "t = time.time()\n"
        "while not os.path.exists(sys.argv[2]) and time.time() < t + 30: time.sleep(0.02)\n"
        "c.execute('ROLLBACK')\n";
    std::ofstream(dir_ / "hold.py") << holder;
    const std::string command = python + " " + (dir_ / "hold.py").string() + " " +
                                (store / Store::kDatabaseFile).string() + " " + release.string();
    FILE* child = popen(command.c_str(), "r");
    ASSERT_NE(child, nullptr);
    char line[32] = {};
    ASSERT_NE(std::fgets(line, sizeof line, child), nullptr);
    ASSERT_EQ(std::string(line), "locked\n");
    {
        auto ws = Workspace::open(store, StoreOptions{.busy_timeout_ms = 200});
        ASSERT_TRUE(ws) << ws.error().message();
        EXPECT_EQ(tryWrites(*ws, c, "store is locked by another process (waited 200 ms)", false),
                  c.analysed ? 3 : 2);
    }
    std::ofstream(release) << "done";
    EXPECT_EQ(pclose(child), 0);
    expectIntact(store, c, 2);
    auto ws = Workspace::open(store);  // and once the lock is gone, the import goes through
    auto plan = ws->planImport({dir_ / "src-Bob"});
    EXPECT_EQ(ws->commitImport(*plan)->imported, 1u);
}

}  // namespace
}  // namespace dermalens
