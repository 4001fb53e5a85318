// End-to-end tests of `dermalens-cli change BEFORE AFTER`.
#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "CliRunner.h"
#include "SyntheticImages.h"
#include "TestPaths.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::TempDir;
using nlohmann::json;

std::string q(const fs::path& p) { return dermalens::test::shellQuote(p.string()); }

class ChangeCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        before_ = dermalens::test::makeLesionImage(400, 300, 7);
        cv::Mat r = cv::getRotationMatrix2D(cv::Point2f(200, 150), 20, 1.1);
        r.at<double>(0, 2) += 6;
        cv::Mat after;
        cv::warpAffine(before_, after, r, before_.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
        after *= 0.85;  // dimmer light
        write("before.png", before_);
        write("after.png", after);
        write("other.png", dermalens::test::makeLesionImage(400, 300, 2));
    }
    void write(const std::string& name, const cv::Mat& rgb) {
        dermalens::test::writeRaster(dir_ / name, rgb, dermalens::test::RasterFormat::Png);
    }
    json change(const std::string& args, int expected_status = 0) {
        const auto r = dermalens::test::runCli("change " + args, dir_);
        EXPECT_EQ(r.status, expected_status) << args << "\n" << r.err;
        return r.out.empty() ? json() : json::parse(r.out);
    }
    cv::Mat before_;
    TempDir dir_{"dermalens-change-cli"};
};

TEST_F(ChangeCliTest, ReportsTheTransformItsQualityAndTheChange) {
    const json doc =
        change(q(dir_ / "before.png") + " " + q(dir_ / "after.png") +
               " --before-mm-per-pixel 0.05 --after-mm-per-pixel " + std::to_string(0.05 / 1.1));
    const json& reg = doc["registration"];
    EXPECT_TRUE(reg["trusted"].get<bool>()) << reg.dump();
    EXPECT_TRUE(doc["trusted"].get<bool>());
    EXPECT_TRUE(reg["reason"].is_null());
    const json& t = reg["transform"];
    EXPECT_NEAR(t["rotation_degrees"].get<double>(), 20.0, 1.0);
    EXPECT_NEAR(t["scale"].get<double>(), 1.1, 0.02);
    ASSERT_EQ(t["matrix"].size(), 2u);
    ASSERT_EQ(t["matrix"][0].size(), 3u);
    EXPECT_DOUBLE_EQ(t["translation"][0].get<double>(), t["matrix"][0][2].get<double>());
    EXPECT_GE(reg["quality"]["inliers"].get<int>(), 15);
    EXPECT_GE(reg["quality"]["correlation"].get<double>(), 0.8);
    const json& c = doc["change"];
    EXPECT_EQ(c["basis"], "calibrated");
    EXPECT_TRUE(c["comparable"].get<bool>());
    EXPECT_EQ(c["area_unit"], "mm2");
    EXPECT_NEAR(c["area_ratio"].get<double>(), 1.0, 0.06);
    EXPECT_NEAR(c["diameter_change"].get<double>(), 0.0, 0.3);  // mm
    EXPECT_LT(c["colour"]["mean_delta_e"].get<double>(), 5.0) << c.dump();
    EXPECT_EQ(c["colour"]["before_mean_lab"].size(), 3u);
    EXPECT_FALSE(doc["segmentation"].get<std::string>().empty());
}

TEST_F(ChangeCliTest, UnrelatedLesionsAreReportedAsAFailedRegistration) {
    const json doc = change(q(dir_ / "before.png") + " " + q(dir_ / "other.png"));
    EXPECT_FALSE(doc["trusted"].get<bool>());
    EXPECT_FALSE(doc["registration"]["reason"].get<std::string>().empty());
    EXPECT_FALSE(doc["change"]["comparable"].get<bool>());
    EXPECT_TRUE(doc["change"]["area_ratio"].is_null());  // pixels of unknown size
    EXPECT_EQ(doc["change"]["basis"], "none");
}

TEST_F(ChangeCliTest, AnUnreadableImageIsAnInputError) {
    const auto r = dermalens::test::runCli(
        "change " + q(dir_ / "before.png") + " " + q(dir_ / "missing.png"), dir_);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("missing.png"), std::string::npos) << r.err;
    cv::Mat skin(300, 400, CV_8UC3, cv::Scalar(222, 170, 148));
    write("skin.png", skin);
    const auto none = dermalens::test::runCli(
        "change " + q(dir_ / "before.png") + " " + q(dir_ / "skin.png"), dir_);
    EXPECT_EQ(none.status, 1);
    EXPECT_NE(none.err.find("no lesion"), std::string::npos) << none.err;
    EXPECT_EQ(dermalens::test::runCli("change " + q(dir_ / "before.png"), dir_).status, 2);
}

TEST_F(ChangeCliTest, FileNamesThatAreNotUtf8StillGiveValidJson) {
    const fs::path odd = dir_ / "l\xe9sion.png";  // Latin-1 e-acute
    fs::copy_file(dir_ / "after.png", odd);
    const json doc = change(q(dir_ / "before.png") + " " + q(odd));
    EXPECT_NE(doc["after"].get<std::string>().find("\xef\xbf\xbd"), std::string::npos);
}

}  // namespace
