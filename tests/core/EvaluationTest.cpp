#include "dermalens/evaluation/Evaluation.h"

#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include "TestPaths.h"

namespace dermalens {
namespace {

// Three classes: mel (malignant), nv, bcc (malignant).
ModelCard threeClassCard() {
    ModelCard card;
    card.classes = {{"mel", "Melanoma", true}, {"nv", "Naevus", false}, {"bcc", "BCC", true}};
    return card;
}

// Probabilities with `conf` on `top` and the rest shared equally.
std::vector<float> peaked(int top, float conf, int classes = 3) {
    std::vector<float> p(classes, (1.0f - conf) / static_cast<float>(classes - 1));
    p[top] = conf;
    return p;
}

TEST(Evaluation, PerfectClassifier) {
    const std::vector<int> labels{0, 1, 2, 0, 1, 2};
    std::vector<std::vector<float>> probs;
    for (int l : labels) probs.push_back(peaked(l, 0.98f));
    const auto r = evaluate(threeClassCard(), labels, probs);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->n, 6);
    EXPECT_DOUBLE_EQ(r->accuracy, 1.0);
    EXPECT_DOUBLE_EQ(r->balanced_accuracy, 1.0);
    EXPECT_DOUBLE_EQ(r->melanoma_roc.auc, 1.0);
    EXPECT_DOUBLE_EQ(r->malignant_roc.auc, 1.0);
    EXPECT_NEAR(r->ece, 0.02, 1e-6);
    EXPECT_EQ(r->class_codes, (std::vector<std::string>{"mel", "nv", "bcc"}));
}

TEST(Evaluation, KnownConfusionMatrix) {
    // true mel: mel, mel, nv | true nv: nv, nv, nv, bcc | true bcc: mel
    const std::vector<int> labels{0, 0, 0, 1, 1, 1, 1, 2};
    const std::vector<int> predicted{0, 0, 1, 1, 1, 1, 2, 0};
    std::vector<std::vector<float>> probs;
    for (int p : predicted) probs.push_back(peaked(p, 0.7f));
    const auto r = evaluate(threeClassCard(), labels, probs);
    ASSERT_TRUE(r) << r.error().message();
    const std::vector<std::vector<int>> expected{{2, 1, 0}, {0, 3, 1}, {1, 0, 0}};
    EXPECT_EQ(r->confusion, expected);
    EXPECT_DOUBLE_EQ(r->accuracy, 5.0 / 8.0);
    EXPECT_DOUBLE_EQ(r->recall[0], 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(r->recall[1], 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(r->recall[2], 0.0);
    EXPECT_DOUBLE_EQ(r->precision[0], 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(r->precision[1], 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(r->precision[2], 0.0);
    EXPECT_DOUBLE_EQ(r->balanced_accuracy, (2.0 / 3.0 + 3.0 / 4.0 + 0.0) / 3.0);
}

TEST(Evaluation, UndefinedRecallAndPrecisionAreNaN) {
    // bcc never occurs and is never predicted: balanced accuracy averages mel and nv only.
    const std::vector<int> labels{0, 1, 1};
    const std::vector<std::vector<float>> probs{peaked(0, 0.9f), peaked(1, 0.9f), peaked(0, 0.9f)};
    const auto r = evaluate(threeClassCard(), labels, probs);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_TRUE(std::isnan(r->recall[2]));
    EXPECT_TRUE(std::isnan(r->precision[2]));
    EXPECT_DOUBLE_EQ(r->balanced_accuracy, (1.0 + 0.5) / 2.0);
}

TEST(Evaluation, AucOfKnownRanking) {
    // Positives 0.8, 0.4; negatives 0.6, 0.2: 3 of 4 pairs ordered correctly.
    const auto roc = rocCurve({0.8f, 0.6f, 0.4f, 0.2f}, {true, false, true, false});
    EXPECT_DOUBLE_EQ(roc.auc, 0.75);
    ASSERT_EQ(roc.fpr.size(), 5u);
    EXPECT_FLOAT_EQ(roc.fpr.front(), 0.0f);
    EXPECT_FLOAT_EQ(roc.tpr.front(), 0.0f);
    EXPECT_FLOAT_EQ(roc.fpr.back(), 1.0f);
    EXPECT_FLOAT_EQ(roc.tpr.back(), 1.0f);
    EXPECT_FLOAT_EQ(roc.tpr[1], 0.5f);  // threshold 0.8 catches one positive
    EXPECT_FLOAT_EQ(roc.thresholds[1], 0.8f);
}

TEST(Evaluation, TiedScoresCountHalf) {
    EXPECT_DOUBLE_EQ(rocCurve({0.5f, 0.5f}, {true, false}).auc, 0.5);
    EXPECT_DOUBLE_EQ(rocCurve({0.1f, 0.9f}, {true, false}).auc, 0.0);
}

TEST(Evaluation, AucIsNaNWhenOneClassIsAbsent) {
    EXPECT_TRUE(std::isnan(rocCurve({0.1f, 0.7f}, {false, false}).auc));
    EXPECT_TRUE(std::isnan(rocCurve({0.1f, 0.7f}, {true, true}).auc));
    // No melanoma among the labels: the melanoma ROC is undefined, the malignant one is not.
    const auto r = evaluate(threeClassCard(), {1, 2}, {peaked(1, 0.6f), peaked(2, 0.6f)});
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_TRUE(std::isnan(r->melanoma_roc.auc));
    EXPECT_DOUBLE_EQ(r->malignant_roc.auc, 1.0);
}

TEST(Evaluation, ExpectedCalibrationErrorOfConstructedCase) {
    // Four at confidence 0.85 with 3 right (gap 0.1), two at 0.55 both right (gap 0.45):
    // ECE = (4 * 0.1 + 2 * 0.45) / 6. Confidences sit mid-bin, away from float-rounded edges.
    const std::vector<int> labels{0, 0, 0, 1, 1, 2};
    const std::vector<std::vector<float>> probs{peaked(0, 0.85f), peaked(0, 0.85f),
                                                peaked(0, 0.85f), peaked(0, 0.85f),
                                                peaked(1, 0.55f), peaked(2, 0.55f)};
    const auto r = evaluate(threeClassCard(), labels, probs, 10);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_NEAR(r->ece, (4 * 0.1 + 2 * 0.45) / 6.0, 1e-6);
    ASSERT_EQ(r->reliability.size(), 10u);
    const auto& high = r->reliability[8];  // (0.8, 0.9]
    EXPECT_EQ(high.count, 4);
    EXPECT_NEAR(high.mean_confidence, 0.85, 1e-6);
    EXPECT_DOUBLE_EQ(high.accuracy, 0.75);
    EXPECT_EQ(r->reliability[5].count, 2);  // (0.5, 0.6]
    EXPECT_DOUBLE_EQ(r->reliability[5].lower, 0.5);
    EXPECT_DOUBLE_EQ(r->reliability[5].accuracy, 1.0);
    EXPECT_EQ(r->reliability[0].count, 0);
}

TEST(Evaluation, RejectsInvalidInput) {
    const auto card = threeClassCard();
    EXPECT_FALSE(evaluate(card, {}, {}));
    EXPECT_FALSE(evaluate(card, {0, 1}, {peaked(0, 0.9f)}));
    const auto out_of_range = evaluate(card, {3}, {peaked(0, 0.9f)});
    ASSERT_FALSE(out_of_range);
    EXPECT_EQ(out_of_range.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(evaluate(card, {0}, {{0.5f, 0.5f}}));
    EXPECT_FALSE(evaluate(card, {0}, {{NAN, 0.5f, 0.5f}}));
    EXPECT_FALSE(evaluate(card, {0}, {peaked(0, 0.9f)}, 0));
}

void expectReadablePng(const std::filesystem::path& file) {
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    EXPECT_GT(std::filesystem::file_size(file), 1000u) << file;
    const auto img = cv::imread(file.string());
    EXPECT_FALSE(img.empty()) << file;
    EXPECT_GT(img.cols, 400);
}

TEST(Evaluation, WritesReadablePlots) {
    const std::vector<int> labels{0, 0, 1, 1, 1, 2, 2, 0};
    std::vector<std::vector<float>> probs{peaked(0, 0.8f), peaked(1, 0.6f), peaked(1, 0.9f),
                                          peaked(1, 0.7f), peaked(2, 0.5f), peaked(2, 0.95f),
                                          peaked(0, 0.4f), peaked(0, 0.99f)};
    const auto r = evaluate(threeClassCard(), labels, probs);
    ASSERT_TRUE(r) << r.error().message();
    test::TempDir dir("dermalens-plots");
    const auto out = dir / "nested/plots";
    const auto written = writeEvaluationPlots(*r, out.string());
    ASSERT_TRUE(written) << written.error().message();
    for (const char* name : {"confusion_matrix.png", "roc.png", "reliability.png"})
        expectReadablePng(out / name);
}

TEST(Evaluation, PlotsWithUndefinedAucStillWritten) {
    const auto r = evaluate(threeClassCard(), {1, 1}, {peaked(1, 0.6f), peaked(0, 0.6f)});
    ASSERT_TRUE(r);
    test::TempDir dir("dermalens-plots");
    ASSERT_TRUE(writeEvaluationPlots(*r, dir.path().string()));
    expectReadablePng(dir / "roc.png");
}

TEST(Evaluation, PlotsFailOnUnwritableDirectory) {
    test::TempDir dir("dermalens-plots");
    const auto blocker = dir / "file";
    {
        std::FILE* f = std::fopen(blocker.string().c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fclose(f);
    }
    const auto r = evaluate(threeClassCard(), {0}, {peaked(0, 0.9f)});
    ASSERT_TRUE(r);
    const auto written = writeEvaluationPlots(*r, (blocker / "sub").string());
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message().find("sub"), std::string::npos);
}

}  // namespace
}  // namespace dermalens
