// model.json parsing: a valid card, and each way a card can be wrong (error names the field).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dermalens/model/ModelCard.h"

namespace dermalens {
namespace {

using nlohmann::json;

json validCard() {
    return json::parse(R"({
      "format_version": 1, "name": "tiny", "version": "0.1.0", "architecture": "tiny_cnn",
      "weights_file": "model.pt",
      "weights_sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "classes": [
        {"code": "mel", "name": "Melanoma", "malignant": true},
        {"code": "nv", "name": "Melanocytic nevus", "malignant": false},
        {"code": "bkl", "name": "Benign keratosis-like lesion"}
      ],
      "input": {"width": 160, "height": 120, "resize": "center_crop", "interpolation": "linear",
                "color_order": "BGR", "scale": 255.0,
                "mean": [0.5, 0.4, 0.3], "std": [0.2, 0.25, 0.3]},
      "calibration": {"method": "temperature scaling", "temperature": 1.5},
      "ood": {"max_normalized_entropy": 0.7, "embedding_mean": [0.0, 1.0],
              "embedding_std": [1.0, 2.0], "max_embedding_distance": 3.5, "rule": "z > 3.5"},
      "intended_use": "research", "limitations": ["not a diagnosis", "adults only"],
      "license": "CC BY-NC-SA 4.0"
    })");
}

Result<ModelCard> parse(const json& card) { return parseModelCard(card.dump(), "dir/model.json"); }

// Fails with InvalidModel naming the card file, and the reason contains `word`.
void expectInvalid(const json& card, const std::string& word) {
    const auto result = parse(card);
    ASSERT_FALSE(result) << card.dump();
    EXPECT_EQ(result.error().code, ErrorCode::InvalidModel);
    EXPECT_EQ(result.error().file, "dir/model.json");
    EXPECT_NE(result.error().reason.find(word), std::string::npos) << result.error().reason;
}

TEST(ModelCardTest, ParsesAValidCard) {
    const auto card = parse(validCard());
    ASSERT_TRUE(card) << card.error().message();
    EXPECT_EQ(card->format_version, 1);
    EXPECT_EQ(card->name, "tiny");
    EXPECT_EQ(card->version, "0.1.0");
    EXPECT_EQ(card->architecture, "tiny_cnn");
    EXPECT_EQ(card->weights_file, "model.pt");
    ASSERT_EQ(card->classes.size(), 3u);
    EXPECT_EQ(card->classes[0].code, "mel");
    EXPECT_TRUE(card->classes[0].malignant);
    EXPECT_FALSE(card->classes[2].malignant);  // optional, defaults to false
    EXPECT_EQ(card->classIndex("nv"), 1);
    EXPECT_EQ(card->classIndex("vasc"), -1);
    EXPECT_EQ(card->input.width, 160);
    EXPECT_EQ(card->input.height, 120);
    EXPECT_EQ(card->input.resize, ResizePolicy::CenterCrop);
    EXPECT_EQ(card->input.interpolation, Interpolation::Linear);
    EXPECT_EQ(card->input.color_order, ColorOrder::BGR);
    EXPECT_FLOAT_EQ(card->input.mean[2], 0.3f);
    EXPECT_FLOAT_EQ(card->input.std[1], 0.25f);
    EXPECT_FLOAT_EQ(card->temperature, 1.5f);
    EXPECT_EQ(card->calibration_method, "temperature scaling");
    EXPECT_FLOAT_EQ(card->ood.max_normalized_entropy, 0.7f);
    EXPECT_EQ(card->ood.embedding_mean.size(), 2u);
    EXPECT_FLOAT_EQ(card->ood.max_embedding_distance, 3.5f);
    EXPECT_EQ(card->ood.rule, "z > 3.5");
    EXPECT_EQ(card->intended_use, "research");
    EXPECT_EQ(card->limitations.size(), 2u);
    EXPECT_EQ(card->license, "CC BY-NC-SA 4.0");
    EXPECT_FALSE(card->raw_json.empty());
}

TEST(ModelCardTest, OptionalSectionsMayBeAbsent) {
    json card = validCard();
    for (const char* key : {"ood", "intended_use", "limitations", "license"}) card.erase(key);
    card["calibration"].erase("method");
    const auto parsed = parse(card);
    ASSERT_TRUE(parsed) << parsed.error().message();
    EXPECT_TRUE(parsed->ood.embedding_mean.empty());
    EXPECT_FLOAT_EQ(parsed->ood.max_embedding_distance, 0.0f);
}

TEST(ModelCardTest, UppercaseShaIsNormalised) {
    json card = validCard();
    card["weights_sha256"] = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";
    const auto parsed = parse(card);
    ASSERT_TRUE(parsed) << parsed.error().message();
    EXPECT_EQ(parsed->weights_sha256,
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

class ModelCardMissingFieldTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ModelCardMissingFieldTest, NamesTheMissingField) {
    json card = validCard();
    const json::json_pointer pointer(GetParam());
    card[pointer.parent_pointer()].erase(pointer.back());
    std::string dotted = GetParam().substr(1);  // "/input/width" -> "input.width"
    std::replace(dotted.begin(), dotted.end(), '/', '.');
    expectInvalid(card, "'" + dotted + "'");
}

INSTANTIATE_TEST_SUITE_P(ModelCardRequiredFields, ModelCardMissingFieldTest,
                         ::testing::Values("/format_version", "/name", "/version", "/architecture",
                                           "/weights_file", "/weights_sha256", "/classes", "/input",
                                           "/input/width", "/input/height", "/input/resize",
                                           "/input/interpolation", "/input/color_order",
                                           "/input/scale", "/input/mean", "/input/std",
                                           "/calibration", "/calibration/temperature"),
                         [](const auto& info) {
                             std::string name = info.param.substr(1);
                             std::replace(name.begin(), name.end(), '/', '_');
                             return name;
                         });

TEST(ModelCardTest, MissingClassFields) {
    json card = validCard();
    card["classes"][1].erase("code");
    expectInvalid(card, "'classes[1].code'");
    card = validCard();
    card["classes"][0].erase("name");
    expectInvalid(card, "'classes[0].name'");
}

TEST(ModelCardTest, WrongTypes) {
    const std::pair<const char*, json> cases[] = {
        {"/format_version", "1"},
        {"/name", 42},
        {"/classes", "mel,nv"},
        {"/input/width", 160.5},
        {"/input/height", "120"},
        {"/input/scale", "255"},
        {"/input/mean", json::array({0.5, 0.4})},
        {"/input/std", json::array({0.2, "x", 0.3})},
        {"/classes/0/malignant", "yes"},
        {"/calibration/temperature", "1.0"},
        {"/ood/embedding_mean", "none"},
    };
    for (const auto& [pointer, value] : cases) {
        json card = validCard();
        card[json::json_pointer(pointer)] = value;
        const auto result = parse(card);
        ASSERT_FALSE(result) << pointer;
        EXPECT_EQ(result.error().code, ErrorCode::InvalidModel);
        EXPECT_FALSE(result.error().reason.empty());
    }
}

TEST(ModelCardTest, BadEnumValuesListTheAllowedOnes) {
    json card = validCard();
    card["input"]["resize"] = "squash";
    expectInvalid(card, "stretch or center_crop");
    card = validCard();
    card["input"]["interpolation"] = "cubic";
    expectInvalid(card, "'input.interpolation'");
    card = validCard();
    card["input"]["color_order"] = "RGBA";
    expectInvalid(card, "'input.color_order'");
}

TEST(ModelCardTest, DuplicateClassCodes) {
    json card = validCard();
    card["classes"][2]["code"] = "mel";
    expectInvalid(card, "duplicate class code 'mel'");
}

TEST(ModelCardTest, FewerThanTwoClasses) {
    json card = validCard();
    card["classes"] = json::array({card["classes"][0]});
    expectInvalid(card, "at least 2");
}

TEST(ModelCardTest, BadTemperature) {
    for (double t : {0.0, -1.0}) {
        json card = validCard();
        card["calibration"]["temperature"] = t;
        expectInvalid(card, "'calibration.temperature'");
    }
}

TEST(ModelCardTest, BadShaAndVersion) {
    json card = validCard();
    card["weights_sha256"] = "abc123";
    expectInvalid(card, "64 hexadecimal");
    card["weights_sha256"] = std::string(64, 'g');
    expectInvalid(card, "64 hexadecimal");
    card = validCard();
    card["format_version"] = 2;
    expectInvalid(card, "reads 1");
}

TEST(ModelCardTest, NonPositiveInputAndStd) {
    json card = validCard();
    card["input"]["width"] = 0;
    expectInvalid(card, "'input.width'");
    card = validCard();
    card["input"]["std"] = json::array({0.2, 0.0, 0.3});
    expectInvalid(card, "'input.std'");
}

TEST(ModelCardTest, MismatchedOodStatistics) {
    json card = validCard();
    card["ood"]["embedding_std"] = json::array({1.0});
    expectInvalid(card, "embedding_std");
}

TEST(ModelCardTest, NotJsonOrNotAnObject) {
    expectInvalid(json(), "JSON object");
    const auto broken = parseModelCard("{\"name\": ", "dir/model.json");
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, ErrorCode::InvalidModel);
    EXPECT_NE(broken.error().reason.find("not valid JSON"), std::string::npos);
    EXPECT_FALSE(parseModelCard("", "dir/model.json"));
}

TEST(ModelCardTest, GradCamAndFaithfulnessAreOptional) {
    const auto card = parse(validCard());
    ASSERT_TRUE(card);
    EXPECT_EQ(card->gradcam.layer, "features");
    EXPECT_EQ(card->heatmapInput().width, 160);  // the card's input
    EXPECT_FALSE(card->faithfulness.present);
}

TEST(ModelCardTest, ParsesGradCamLayerAndHeatmapInput) {
    json c = validCard();
    c["gradcam"] = {{"layer", "body.3"}, {"width", 224}, {"height", 168}};
    const auto card = parse(c);
    ASSERT_TRUE(card) << card.error().message();
    EXPECT_EQ(card->gradcam.layer, "body.3");
    EXPECT_EQ(card->heatmapInput().width, 224);
    EXPECT_EQ(card->heatmapInput().height, 168);
    EXPECT_EQ(card->input.width, 160);  // predictions keep the card's input
    EXPECT_EQ(card->heatmapInput().resize, ResizePolicy::CenterCrop);
    for (const char* bad : {"body.", "body.x", "layer4", ""}) {
        c["gradcam"] = {{"layer", bad}};
        expectInvalid(c, "gradcam.layer");
    }
    c["gradcam"] = {{"layer", "features"}, {"width", 224}};
    expectInvalid(c, "gradcam.height");
}

TEST(ModelCardTest, ParsesFaithfulnessAndIgnoresAnIncompleteOne) {
    json c = validCard();
    c["faithfulness"] = {{"deletion_auc", 0.41},
                         {"insertion_auc", 0.62},
                         {"random_deletion_auc", 0.5},
                         {"random_insertion_auc", 0.55},
                         {"images", 300},
                         {"steps", 16},
                         {"cells", "16x12"},
                         {"data", "fold 0"},
                         {"baseline", "blurred input"}};
    auto card = parse(c);
    ASSERT_TRUE(card) << card.error().message();
    EXPECT_TRUE(card->faithfulness.present);
    EXPECT_DOUBLE_EQ(card->faithfulness.deletion_auc, 0.41);
    EXPECT_DOUBLE_EQ(card->faithfulness.random_insertion_auc, 0.55);
    EXPECT_EQ(card->faithfulness.images, 300);
    EXPECT_EQ(card->faithfulness.cells, "16x12");
    c["faithfulness"].erase("insertion_auc");  // shown to the reader only: not a reason to refuse
    card = parse(c);
    ASSERT_TRUE(card);
    EXPECT_FALSE(card->faithfulness.present);
}

}  // namespace
}  // namespace dermalens
