#include "dermalens/synthetic/DemoStudyGenerator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestPaths.h"
#include "dermalens/study/StudyCatalog.h"

namespace dermalens {
namespace {

namespace fs = std::filesystem;

// Simple lesion statistics: pixels clearly darker than the surrounding skin, inside the
// dermoscope field, with thin structures (hairs) removed by an opening.
struct LesionStats {
    double area = 0;
    double mean_grey = 0;
};

LesionStats lesionStats(const cv::Mat& bgr) {
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    cv::Mat field = cv::Mat::zeros(grey.size(), CV_8U);
    cv::circle(field, {grey.cols / 2, grey.rows / 2}, 140, cv::Scalar(255), cv::FILLED);
    std::vector<uchar> values;
    for (int y = 0; y < grey.rows; ++y)
        for (int x = 0; x < grey.cols; ++x)
            if (field.at<uchar>(y, x)) values.push_back(grey.at<uchar>(y, x));
    std::nth_element(values.begin(), values.begin() + values.size() * 9 / 10, values.end());
    const double skin = values[values.size() * 9 / 10];
    cv::Mat lesion = (grey < 0.8 * skin) & field;
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {7, 7});
    cv::morphologyEx(lesion, lesion, cv::MORPH_OPEN, kernel);
    return {static_cast<double>(cv::countNonZero(lesion)), cv::mean(grey, lesion)[0]};
}

DemoLesionStyle atypical() {
    DemoLesionStyle style;
    style.radius_fraction = 0.3f;
    style.irregularity = 0.6f;
    style.darkness = 0.85f;
    style.colour_count = 4;
    return style;
}

TEST(DemoStudyGenerator, RenderIsDeterministicForASeed) {
    const DemoStudyGenerator a(7), b(7), c(8);
    const cv::Mat first = a.renderLesion(atypical(), 3);
    const cv::Mat again = b.renderLesion(atypical(), 3);
    EXPECT_EQ(cv::norm(first, again, cv::NORM_INF), 0.0);
    EXPECT_GT(cv::norm(first, c.renderLesion(atypical(), 3), cv::NORM_L1), 0.0);
    EXPECT_GT(cv::norm(first, a.renderLesion(atypical(), 4), cv::NORM_L1), 0.0);
}

TEST(DemoStudyGenerator, RenderSizeAndType) {
    const DemoStudyGenerator generator;
    const cv::Mat image = generator.renderLesion({}, 0);
    EXPECT_EQ(image.cols, 400);
    EXPECT_EQ(image.rows, 300);
    EXPECT_EQ(image.type(), CV_8UC3);
    const cv::Mat small = generator.renderLesion({}, 0, 200, 150);
    EXPECT_EQ(small.size(), cv::Size(200, 150));
    EXPECT_EQ(small.type(), CV_8UC3);
}

TEST(DemoStudyGenerator, LesionIsDarkerThanSkinAndStyleMatters) {
    const DemoStudyGenerator generator;
    DemoLesionStyle regular;
    regular.radius_fraction = 0.15f;
    regular.darkness = 0.3f;
    regular.hairs = 0;
    DemoLesionStyle big = atypical();
    big.hairs = 0;
    cv::Mat small_bgr, big_bgr;
    cv::cvtColor(generator.renderLesion(regular, 1), small_bgr, cv::COLOR_RGB2BGR);
    cv::cvtColor(generator.renderLesion(big, 1), big_bgr, cv::COLOR_RGB2BGR);
    const LesionStats s = lesionStats(small_bgr), b = lesionStats(big_bgr);
    EXPECT_GT(s.area, 1000.0);  // a visible lesion, not an empty skin patch
    EXPECT_GT(b.area, 2.0 * s.area);
    EXPECT_LT(b.mean_grey, s.mean_grey);
}

class DemoStudyWritten : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir("dermalens-demo");
        auto info = DemoStudyGenerator().write(dir_->path() / "demo");
        ASSERT_TRUE(info.has_value()) << info.error().message();
        info_ = *info;
        auto scanned = StudyCatalog::scan({info_.root});
        ASSERT_TRUE(scanned.has_value()) << scanned.error().message();
        scan_ = *scanned;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static const Patient& patient(const std::string& id) {
        for (const auto& p : scan_.study.patients)
            if (p.id == id) return p;
        throw std::runtime_error("no patient " + id);
    }

    static inline test::TempDir* dir_ = nullptr;
    static inline DemoStudyInfo info_;
    static inline ScanResult scan_;
};

TEST_F(DemoStudyWritten, ScansIntoThreeSyntheticPatients) {
    EXPECT_TRUE(scan_.problems.empty());
    ASSERT_EQ(scan_.study.patients.size(), 3u);
    EXPECT_EQ(patient("SYNTHETIC-Patient-A").lesions.size(), 8u);
    EXPECT_EQ(patient("SYNTHETIC-Patient-B").lesions.size(), 5u);
    EXPECT_EQ(patient("SYNTHETIC-Patient-C").lesions.size(), 3u);
    EXPECT_EQ(info_.patient_folders.size(), 3u);
    EXPECT_EQ(static_cast<std::size_t>(info_.image_count), scan_.study.imageCount());
    for (const auto& p : scan_.study.patients) {
        EXPECT_NE(p.label.find("SYNTHETIC"), std::string::npos) << p.label;
        EXPECT_TRUE(p.synthetic) << p.label;
        for (const auto& lesion : p.lesions) {
            EXPECT_FALSE(lesion.body_site.empty()) << lesion.id;
            for (const auto& image : lesion.images) {
                EXPECT_NE(image.path.filename().string().find("SYNTHETIC"), std::string::npos);
                EXPECT_EQ(image.meta.original_width, 400);
                EXPECT_EQ(image.meta.original_height, 300);
                EXPECT_EQ(image.date.size(), 8u);
            }
        }
    }
}

TEST_F(DemoStudyWritten, ReadmeSaysSynthetic) {
    std::ifstream in(info_.root / "README-SYNTHETIC.txt");
    ASSERT_TRUE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("NOT PATIENT DATA"), std::string::npos);
}

TEST_F(DemoStudyWritten, TwoLesionsOfAHaveAFollowUpThatChanged) {
    int follow_ups = 0;
    for (const auto& lesion : patient("SYNTHETIC-Patient-A").lesions) {
        if (lesion.images.size() != 2) continue;
        ++follow_ups;
        EXPECT_LT(lesion.images[0].date, lesion.images[1].date);
        const LesionStats before = lesionStats(cv::imread(lesion.images[0].path.string()));
        const LesionStats after = lesionStats(cv::imread(lesion.images[1].path.string()));
        EXPECT_GT(after.area, before.area) << lesion.id;
    }
    EXPECT_EQ(follow_ups, 2);
}

TEST_F(DemoStudyWritten, PlantedOutlierIsLargerAndDarker) {
    EXPECT_EQ(info_.ugly_duckling_patient, "SYNTHETIC-Patient-A");
    LesionStats outlier;
    std::vector<LesionStats> others;
    for (const auto& lesion : patient(info_.ugly_duckling_patient).lesions) {
        const LesionStats s = lesionStats(cv::imread(lesion.images.back().path.string()));
        if (lesion.id == info_.ugly_duckling_lesion) {
            outlier = s;
        } else {
            others.push_back(s);
        }
    }
    ASSERT_EQ(others.size(), 7u);  // the outlier lesion was found
    for (const auto& s : others) {
        EXPECT_GT(outlier.area, 1.5 * s.area);
        EXPECT_LT(outlier.mean_grey, s.mean_grey - 5.0);
    }
}

TEST(DemoStudyGenerator, WriteFailsNamingTheFolder) {
    test::TempDir dir("dermalens-demo-fail");
    std::ofstream(dir / "a-file") << "blocks folder creation";
    auto info = DemoStudyGenerator().write(dir / "a-file" / "demo");
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(info.error().code, ErrorCode::Unreadable);
    EXPECT_NE(info.error().file.find("a-file"), std::string::npos);
}

}  // namespace
}  // namespace dermalens
