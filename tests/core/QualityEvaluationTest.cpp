// The evaluation split by image quality (dev/evaluation/QualityEvaluation).
#include "dermalens/evaluation/QualityEvaluation.h"

#include <cmath>

#include <gtest/gtest.h>

namespace dermalens {
namespace {

ModelCard twoClassCard() {
    ModelCard card;
    card.classes = {{"mel", "Melanoma", true}, {"nv", "Naevus", false}};
    return card;
}

ImageQualityReport report(bool blurred) {
    ImageQualityReport r;
    for (int c = 0; c <= static_cast<int>(QualityCheck::Hair); ++c) {
        QualityFinding f;
        f.check = static_cast<QualityCheck>(c);
        f.flagged = blurred && f.check == QualityCheck::Blur;
        r.findings.push_back(f);
    }
    return r;
}

// 40 sharp images classified right, `blurred` blurred ones classified wrong.
struct Sample {
    std::vector<int> labels;
    std::vector<std::vector<float>> probabilities;
    std::vector<ImageQualityReport> reports;
};

Sample makeSample(int blurred) {
    Sample s;
    for (int i = 0; i < 40 + blurred; ++i) {
        const int label = i % 2;
        const bool wrong = i >= 40;
        const float mel = (label == 0) != wrong ? 0.9f : 0.1f;
        s.labels.push_back(label);
        s.probabilities.push_back({mel, 1.0f - mel});
        s.reports.push_back(report(wrong));
    }
    return s;
}

TEST(QualityEvaluation, CountsFlaggedImagesAndComparesTheSubsets) {
    const auto s = makeSample(30);
    auto e = evaluateByQuality(twoClassCard(), s.labels, s.probabilities, s.reports, 30);
    ASSERT_TRUE(e) << e.error().message();
    ASSERT_EQ(e->splits.size(), 7u);
    const auto& blur = e->splits[0];
    EXPECT_EQ(blur.check, "blur");
    EXPECT_EQ(blur.flagged, 30);
    ASSERT_TRUE(blur.on_flagged && blur.on_unflagged);
    EXPECT_EQ(blur.on_flagged->n, 30);
    EXPECT_EQ(blur.on_flagged->melanomas, 15);
    EXPECT_DOUBLE_EQ(blur.on_flagged->balanced_accuracy, 0.0);
    EXPECT_DOUBLE_EQ(blur.on_flagged->melanoma_auc, 0.0);
    EXPECT_DOUBLE_EQ(blur.on_unflagged->balanced_accuracy, 1.0);
    EXPECT_DOUBLE_EQ(blur.on_unflagged->melanoma_auc, 1.0);
    EXPECT_EQ(e->splits.back().check, "any");
    EXPECT_EQ(e->splits.back().flagged, 30);
    const auto& ink = e->splits[3];
    EXPECT_EQ(ink.flagged, 0);
    EXPECT_FALSE(ink.on_flagged);  // no image to measure on
    ASSERT_TRUE(ink.on_unflagged);
    EXPECT_EQ(ink.on_unflagged->n, 70);
}

TEST(QualityEvaluation, TooFewFlaggedImagesGiveNoFigures) {
    const auto s = makeSample(5);
    auto e = evaluateByQuality(twoClassCard(), s.labels, s.probabilities, s.reports, 30);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->splits[0].flagged, 5);
    EXPECT_FALSE(e->splits[0].on_flagged);
    EXPECT_TRUE(e->splits[0].on_unflagged);
}

TEST(QualityEvaluation, RefusesReportsThatDoNotMatchTheLabels) {
    auto s = makeSample(2);
    s.reports.pop_back();
    EXPECT_FALSE(evaluateByQuality(twoClassCard(), s.labels, s.probabilities, s.reports));
}

}  // namespace
}  // namespace dermalens
