// Operating points: interpolation on a constructed ROC, the conservative and Youden points,
// choices and their keys, the card's "roc" section (present, absent, broken), the shipped
// card's ROC, and the section `dermalens-cli evaluate` computes (CardRoc).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "TestPaths.h"
#include "dermalens/evaluation/CardRoc.h"
#include "dermalens/model/ModelCard.h"

namespace dermalens {
namespace {

using nlohmann::json;

ValidationRoc constructed() {
    ValidationRoc roc;
    roc.target = RocTarget::Malignant;
    roc.points = {{0.9, 0.5, 0.95}, {0.5, 0.8, 0.8}, {0.2, 1.0, 0.4}};
    return roc;
}

TEST(OperatingPointTest, InterpolatesThresholdAndSpecificityBetweenTheTwoPointsAround) {
    const OperatingPoint p = interpolateSensitivity(constructed(), 0.9);
    EXPECT_NEAR(p.threshold, 0.35, 1e-12);  // halfway from 0.5 to 0.2
    EXPECT_NEAR(*p.specificity, 0.6, 1e-12);
    EXPECT_NEAR(*p.sensitivity, 0.9, 1e-12);
    EXPECT_NEAR(*p.target_sensitivity, 0.9, 1e-12);
    EXPECT_FALSE(p.isDefault());
    // A quarter of the way from 0.9 to 0.5.
    EXPECT_NEAR(interpolateSensitivity(constructed(), 0.575).threshold, 0.8, 1e-12);
    EXPECT_NEAR(interpolateSensitivity(constructed(), 0.8).threshold, 0.5, 1e-12);  // exact
    EXPECT_NEAR(interpolateSensitivity(constructed(), 0.3).threshold, 0.9, 1e-12);  // below all
    EXPECT_NEAR(interpolateSensitivity(constructed(), 1.0).threshold, 0.2, 1e-12);
    EXPECT_TRUE(interpolateSensitivity(ValidationRoc{}, 0.9).isDefault());
}

TEST(OperatingPointTest, FirstReachingKeepsTheSensitivityAndYoudenMaximisesTheSum) {
    EXPECT_DOUBLE_EQ(firstReaching(constructed(), 0.6)->threshold, 0.5);
    EXPECT_DOUBLE_EQ(firstReaching(constructed(), 0.8)->threshold, 0.5);
    EXPECT_DOUBLE_EQ(firstReaching(constructed(), 0.81)->threshold, 0.2);
    EXPECT_FALSE(firstReaching(ValidationRoc{}, 0.5));
    EXPECT_DOUBLE_EQ(youdenPoint(constructed())->threshold, 0.5);  // 0.8 + 0.8 - 1 = 0.6
}

TEST(OperatingPointTest, SuspiciousMeansAtOrAboveTheThreshold) {
    OperatingPoint p;
    p.threshold = 0.3;
    EXPECT_TRUE(p.suspicious(0.3));
    EXPECT_TRUE(p.suspicious(0.9));
    EXPECT_FALSE(p.suspicious(0.2999));
}

TEST(OperatingPointTest, ChoiceKeysRoundTripAndRejectNonsense) {
    for (const std::string key : {"default", "malignant:0.95", "melanoma:0.9", "name:malignant Youden"})
        EXPECT_EQ(OperatingPointChoice::fromKey(key)->key(), key);
    const auto c = OperatingPointChoice::fromKey("melanoma:0.9");
    EXPECT_EQ(c->kind, OperatingPointChoice::Kind::Sensitivity);
    EXPECT_EQ(c->target, RocTarget::Melanoma);
    EXPECT_DOUBLE_EQ(c->sensitivity, 0.9);
    for (const std::string key : {"", "mel:0.9", "malignant:1.5", "malignant:0", "malignant:x", "name:"})
        EXPECT_FALSE(OperatingPointChoice::fromKey(key)) << key;
}

RocSection section() {
    RocSection roc;
    roc.curves.push_back(constructed());
    OperatingPoint named{"malignant sensitivity 90 %", RocTarget::Malignant, 0.21, 0.9, 0.92, 0.41};
    roc.named.push_back(named);
    roc.named.push_back({"malignant Youden", RocTarget::Malignant, 0.5, std::nullopt, 0.8, 0.8});
    roc.default_name = "malignant Youden";
    return roc;
}

TEST(OperatingPointTest, ResolvingPrefersTheCardsNamedPointAndFallsBackToTheDefault) {
    using Kind = OperatingPointChoice::Kind;
    const RocSection roc = section();
    // The named point (exact on the fold), not the interpolation (0.35).
    EXPECT_DOUBLE_EQ(resolveOperatingPoint(roc, {Kind::Sensitivity, "", RocTarget::Malignant, 0.9})
                         .threshold, 0.21);
    EXPECT_NEAR(resolveOperatingPoint(roc, {Kind::Sensitivity, "", RocTarget::Malignant, 0.65})
                    .threshold, 0.7, 1e-12);
    EXPECT_EQ(resolveOperatingPoint(roc, {}).name, "malignant Youden");
    EXPECT_EQ(resolveOperatingPoint(roc, {Kind::Named, "gone"}).name, "malignant Youden");
    // No melanoma curve: the default.
    EXPECT_EQ(resolveOperatingPoint(roc, {Kind::Sensitivity, "", RocTarget::Melanoma, 0.9}).name,
              "malignant Youden");
    const OperatingPoint none =
        resolveOperatingPoint(RocSection{}, {Kind::Sensitivity, "", RocTarget::Malignant, 0.9}, 0.4);
    EXPECT_TRUE(none.isDefault());
    EXPECT_EQ(none.name, "default");
    EXPECT_DOUBLE_EQ(none.threshold, 0.4);
}

json tinyCard() {
    return json::parse(R"({
      "format_version": 1, "name": "tiny", "version": "0.1.0", "architecture": "tiny_cnn",
      "weights_file": "model.pt",
      "weights_sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "classes": [{"code": "mel", "name": "Melanoma", "malignant": true},
                  {"code": "nv", "name": "Melanocytic nevus"}],
      "input": {"width": 16, "height": 16, "resize": "stretch", "interpolation": "area",
                "color_order": "RGB", "scale": 255.0, "mean": [0, 0, 0], "std": [1, 1, 1]},
      "calibration": {"temperature": 1.0}
    })");
}

json rocJson() {
    return json::parse(R"({
      "source": "fold 0",
      "curves": [{"target": "malignant", "auc": 0.8, "positives": 10, "negatives": 20,
                  "points": [{"threshold": 0.9, "sensitivity": 0.5, "specificity": 0.95},
                             {"threshold": 0.5, "sensitivity": 0.8, "specificity": 0.8},
                             {"threshold": 0.2, "sensitivity": 1.0, "specificity": 0.4}]}],
      "operating_points": [{"name": "malignant sensitivity 80 %", "target": "malignant",
                            "target_sensitivity": 0.8, "threshold": 0.5,
                            "sensitivity": 0.8, "specificity": 0.8}],
      "default_operating_point": "malignant sensitivity 80 %"
    })");
}

Result<ModelCard> parse(const json& card) { return parseModelCard(card.dump(), "m/model.json"); }

TEST(OperatingPointTest, TheCardsRocSectionIsParsed) {
    json j = tinyCard();
    j["roc"] = rocJson();
    const auto card = parse(j);
    ASSERT_TRUE(card) << card.error().message();
    ASSERT_EQ(card->roc.curves.size(), 1u);
    EXPECT_EQ(card->roc.source, "fold 0");
    EXPECT_EQ(card->roc.curves[0].points.size(), 3u);
    EXPECT_EQ(card->roc.curves[0].positives, 10);
    EXPECT_DOUBLE_EQ(card->roc.curves[0].auc, 0.8);
    const OperatingPoint p = card->operatingPoint();
    EXPECT_EQ(p.name, "malignant sensitivity 80 %");
    EXPECT_DOUBLE_EQ(p.threshold, 0.5);
    EXPECT_DOUBLE_EQ(*p.target_sensitivity, 0.8);
    EXPECT_NEAR(card->operatingPoint(*OperatingPointChoice::fromKey("malignant:0.9")).threshold,
                0.35, 1e-12);
}

TEST(OperatingPointTest, ACardWithoutRocUsesItsDecisionThresholdOrOneHalf) {
    const auto plain = parse(tinyCard());
    ASSERT_TRUE(plain) << plain.error().message();
    EXPECT_TRUE(plain->roc.empty());
    EXPECT_TRUE(plain->operatingPoint().isDefault());
    EXPECT_DOUBLE_EQ(plain->operatingPoint().threshold, 0.5);
    json j = tinyCard();
    j["decision_threshold"] = 0.3;
    EXPECT_DOUBLE_EQ(parse(j)->operatingPoint(*OperatingPointChoice::fromKey("malignant:0.95"))
                         .threshold, 0.3);
}

void expectInvalid(const json& card, const std::string& word) {
    const auto r = parse(card);
    ASSERT_FALSE(r) << card.dump();
    EXPECT_EQ(r.error().code, ErrorCode::InvalidModel);
    EXPECT_NE(r.error().reason.find(word), std::string::npos) << r.error().reason;
}

TEST(OperatingPointTest, ABrokenRocSectionIsRefusedNamingTheField) {
    json j = tinyCard();
    j["roc"] = rocJson();
    std::swap(j["roc"]["curves"][0]["points"][0], j["roc"]["curves"][0]["points"][1]);
    expectInvalid(j, "roc.curves[0].points");
    j["roc"] = rocJson();
    j["roc"]["curves"][0]["points"][1]["sensitivity"] = 1.2;
    expectInvalid(j, "roc.curves[0].points[1].sensitivity");
    j["roc"] = rocJson();
    j["roc"]["default_operating_point"] = "nowhere";
    expectInvalid(j, "roc.default_operating_point");
    j["roc"] = rocJson();
    j["roc"]["curves"][0]["target"] = "nevus";
    expectInvalid(j, "roc.curves[0].target");
}

// The shipped model's card: both curves monotone, and each named sensitivity point keeps its
// promise on the card's own points.
TEST(OperatingPointTest, TheShippedCardsRocIsMonotoneAndItsSensitivityPointsHold) {
    const auto file = test::sourceDir() / "resources/models/efficientnet_b0_ham10000/model.json";
    std::ifstream in(file);
    ASSERT_TRUE(in) << file;
    std::stringstream text;
    text << in.rdbuf();
    const auto card = parseModelCard(text.str(), file);
    ASSERT_TRUE(card) << card.error().message();
    ASSERT_NE(card->roc.curve(RocTarget::Malignant), nullptr);
    ASSERT_NE(card->roc.curve(RocTarget::Melanoma), nullptr);
    for (const auto& c : card->roc.curves) {
        ASSERT_GT(c.points.size(), 20u);
        for (std::size_t i = 1; i < c.points.size(); ++i) {
            EXPECT_LE(c.points[i].threshold, c.points[i - 1].threshold);
            EXPECT_GE(c.points[i].sensitivity, c.points[i - 1].sensitivity);
            EXPECT_LE(c.points[i].specificity, c.points[i - 1].specificity);
        }
        EXPECT_GT(c.auc, 0.7);  // melanoma vs rest scores the malignant sum: bcc/akiec count against it
    }
    const OperatingPoint* p95 = card->roc.find("malignant sensitivity 95 %");
    ASSERT_NE(p95, nullptr);
    EXPECT_EQ(card->operatingPoint().name, card->roc.default_name);
    for (const auto& named : card->roc.named) {
        if (!named.target_sensitivity) continue;
        const ValidationRoc& curve = *card->roc.curve(named.target);
        const auto on = std::find_if(curve.points.begin(), curve.points.end(),
                                     [&](const RocPoint& q) { return q.threshold == named.threshold; });
        ASSERT_NE(on, curve.points.end()) << named.name << ": not a point of its curve";
        EXPECT_GE(on->sensitivity, *named.target_sensitivity) << named.name;
        EXPECT_DOUBLE_EQ(on->sensitivity, *named.sensitivity) << named.name;
        EXPECT_DOUBLE_EQ(on->specificity, *named.specificity) << named.name;
        // The most specific such point: the one before it misses the target.
        if (on != curve.points.begin()) EXPECT_LT((on - 1)->sensitivity, *named.target_sensitivity);
    }
    EXPECT_GE(*p95->sensitivity, 0.95);
}

TEST(CardRocTest, NamedPointsHoldOnThePredictionsAndTheScoreIsTheMalignantSum) {
    ModelCard card = *parse(tinyCard());
    card.classes.push_back({"bcc", "Basal cell carcinoma", true});
    // 40 samples: melanoma and bcc score high, nevi low, with overlap.
    std::vector<int> labels;
    std::vector<std::vector<float>> probabilities;
    for (int i = 0; i < 40; ++i) {
        const int label = i % 4 == 0 ? 0 : (i % 4 == 1 ? 2 : 1);
        const float m = label == 1 ? 0.05f + 0.02f * i : 0.3f + 0.015f * i;
        labels.push_back(label);
        probabilities.push_back({m * 0.5f, 1 - m, m * 0.5f});  // malignant sum = m
    }
    const auto roc = cardRoc(card, labels, probabilities, {"test", {0.9}, 0.0, "malignant Youden"});
    ASSERT_TRUE(roc) << roc.error().message();
    ASSERT_EQ(roc->curves.size(), 2u);
    EXPECT_EQ(roc->curves[0].positives, 20);
    EXPECT_EQ(roc->curves[1].positives, 10);
    EXPECT_EQ(roc->default_name, "malignant Youden");
    for (const auto& p : roc->named) {
        if (!p.target_sensitivity) continue;
        int reached = 0, positives = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const bool positive = p.target == RocTarget::Melanoma ? labels[i] == 0 : labels[i] != 1;
            const float m = probabilities[i][0] + probabilities[i][2];
            positives += positive;
            reached += positive && p.suspicious(m);
        }
        EXPECT_GE(static_cast<double>(reached) / positives, 0.9) << p.name;
        EXPECT_NEAR(static_cast<double>(reached) / positives, *p.sensitivity, 1e-6) << p.name;
    }
    EXPECT_FALSE(cardRoc(card, {0}, {}, {}));
}

}  // namespace
}  // namespace dermalens
