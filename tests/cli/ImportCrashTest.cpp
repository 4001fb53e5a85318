// Nothing committed is lost: `dermalens-cli import` of 500 images is killed with SIGKILL at
// random points; after every kill the store passes its integrity check and every committed
// image's managed copy is complete; running the same import again completes it, no duplicates.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include <gtest/gtest.h>

#include "CliRunner.h"
#include "SyntheticImages.h"
#include "TestPaths.h"
#include "dermalens/store/ImageVault.h"
#include "dermalens/store/Store.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using namespace dermalens;

constexpr int kImages = 500;

pid_t spawnImport(const fs::path& store, const fs::path& src) {
    const std::string binary = DERMALENS_CLI_BINARY;
    std::vector<std::string> args{binary, "import", "--store", store.string(), src.string()};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

// Images committed so far, read through a second connection (WAL lets it read while the
// importer writes); 0 while the database does not exist yet.
std::size_t imageCount(const fs::path& dir) {
    if (!fs::exists(dir / Store::kDatabaseFile)) return 0;
    auto store = Store::open(dir, StoreOptions{true, 5000});
    if (!store) return 0;
    auto n = store->imageCount();
    return n ? *n : 0;
}

// Integrity of the store as left by a killed importer; returns the number of images.
std::size_t checkStore(const fs::path& dir) {
    auto store = Store::open(dir, StoreOptions{true, 5000});
    if (!store) {  // killed before the database existed
        EXPECT_FALSE(fs::exists(dir / Store::kDatabaseFile)) << store.error().message();
        return 0;
    }
    auto problems = store->integrityCheck();
    EXPECT_TRUE(problems && problems->size() == 1 && problems->front() == "ok");
    auto images = store->allImages();
    EXPECT_TRUE(images);
    const ImageVault vault(dir);
    for (const auto& e : *images)
        EXPECT_TRUE(vault.verify(e.id, e.managed_path)) << "committed image damaged: " << e.managed_path;
    return images->size();
}

TEST(ImportCrashTest, KilledImportsLoseNothingAndAResumedImportCompletes) {
    test::TempDir dir("dermalens-crash");
    const fs::path src = dir / "src";
    for (int i = 0; i < kImages; ++i) {
        const fs::path file = src / ("P" + std::to_string(i % 25)) /
                              ("L" + std::to_string(i % 7)) / ("img" + std::to_string(i) + ".png");
        fs::create_directories(file.parent_path());
        test::writeRaster(file, test::makeLesionImage(48, 36, 1000 + i), test::RasterFormat::Png);
    }
    // Kill points: once early (while the importer still plans: nothing committed yet), then
    // whenever the store reaches each of 8 random image counts, i.e. in the middle of copying
    // and committing. The seed is fixed, so every run aims at the same points.
    const fs::path store = dir / "store";
    std::mt19937 random(20261202);
    std::vector<int> targets(8);
    std::uniform_int_distribution<int> count(1, kImages - 1);
    for (int& target : targets) target = count(random);
    std::sort(targets.begin(), targets.end());
    targets.insert(targets.begin(), 0);
    std::size_t committed = 0;
    int kills = 0;
    for (int target : targets) {
        const pid_t pid = spawnImport(store, src);
        ASSERT_GT(pid, 0);
        int status = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (::waitpid(pid, &status, WNOHANG) == 0 && std::chrono::steady_clock::now() < deadline) {
            if (target == 0 || imageCount(store) >= static_cast<std::size_t>(target)) {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        kills += WIFSIGNALED(status) ? 1 : 0;
        const std::size_t now = checkStore(store);
        EXPECT_GE(now, committed) << "committed images disappeared";
        committed = now;
    }
    EXPECT_GE(kills, 6) << "the importer finished before most kill points";
    EXPECT_LT(committed, static_cast<std::size_t>(kImages)) << "no kill interrupted the import";
    test::TempDir logs("dermalens-crash-log");
    const auto last = test::runCli("import --store " + test::shellQuote(store.string()) + " " +
                                       test::shellQuote(src.string()), logs);
    EXPECT_EQ(last.status, 0) << last.err;
    EXPECT_EQ(checkStore(store), static_cast<std::size_t>(kImages));
    const auto again = test::runCli("import --store " + test::shellQuote(store.string()) + " " +
                                        test::shellQuote(src.string()), logs);
    EXPECT_NE(again.out.find("\"imported\": 0"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("\"duplicates\": 500"), std::string::npos) << again.out;
}

}  // namespace
