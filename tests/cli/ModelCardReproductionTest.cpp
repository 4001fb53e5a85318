// The shipped model's card must tell the truth: `dermalens-cli evaluate` on the lesion-disjoint
// validation fold (HAM10000 fold 0) reproduces the card's validation metrics.
// Needs ../shared/data/ham10000 and the default model; skips with a reason without them.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "TestPaths.h"

namespace {

namespace fs = std::filesystem;
using dermalens::test::shellQuote;
using nlohmann::json;

// Metrics are recomputed from scratch; small differences come only from float summation order
// and JPEG decoder versions.
constexpr double kTolerance = 0.005;

json readJson(const fs::path& file) {
    std::ifstream in(file);
    return json::parse(in);
}

TEST(ModelCardReproduction, ValidationFoldMetricsMatchTheCard) {
    const auto data = dermalens::test::sharedDir() / "data" / "ham10000";
    const auto model = dermalens::test::defaultModelDir();
    DERMALENS_REQUIRE_DIR(data / "labels.csv", "HAM10000 from ../shared is needed");
    DERMALENS_REQUIRE_DIR(model / "model.json", "the shipped default model is needed");

    dermalens::test::TempDir dir;
    const auto out = dir / "evaluation";
    const auto run =
        dermalens::test::runCli("evaluate --model " + shellQuote(model.string()) + " --csv " +
                                    shellQuote((data / "labels.csv").string()) +
                                    " --where fold=0 --out " + shellQuote(out.string()),
                                dir);
    ASSERT_EQ(run.status, 0) << run.err;

    const json card = readJson(model / "model.json").at("metrics").at("validation");
    const json got = readJson(out / "metrics.json");
    EXPECT_EQ(got.at("n").get<int>(), card.at("n_images").get<int>());
    for (const char* key : {"accuracy", "balanced_accuracy", "melanoma_auc", "malignant_auc"})
        EXPECT_NEAR(got.at(key).get<double>(), card.at(key).get<double>(), kTolerance) << key;
    EXPECT_NEAR(got.at("ece").get<double>(), card.at("ece_after_calibration").get<double>(),
                kTolerance);
    for (const auto& [code, recall] : card.at("per_class_recall").items())
        EXPECT_NEAR(got.at("per_class_recall").at(code).get<double>(), recall.get<double>(),
                    kTolerance)
            << code;
    // The OOD and low-confidence rules flag the share of fold 0 the card says (same thresholds).
    const json ood = readJson(model / "model.json").at("ood").at("evaluation");
    if (ood.contains("flagged_out_of_distribution"))
        EXPECT_NEAR(got.at("flagged").at("out_of_distribution").get<double>(),
                    ood.at("flagged_out_of_distribution").at("validation").get<double>(),
                    kTolerance);
    EXPECT_NEAR(got.at("flagged").at("low_confidence").get<double>(),
                ood.at("flagged_normalized_entropy").at("validation").get<double>(), kTolerance);
    // The card's operating points: the same sensitivity and specificity from the same fold.
    const json roc = readJson(model / "model.json").value("roc", json::object());
    if (roc.contains("operating_points")) {
        const json again = readJson(out / "card_roc.json");
        ASSERT_EQ(again.at("operating_points").size(), roc.at("operating_points").size());
        for (std::size_t i = 0; i < roc.at("operating_points").size(); ++i)
            for (const char* key : {"sensitivity", "specificity", "threshold"})
                EXPECT_NEAR(again["operating_points"][i].at(key).get<double>(),
                            roc["operating_points"][i].at(key).get<double>(), kTolerance)
                    << roc["operating_points"][i].at("name") << " " << key;
    }
    for (const char* png : {"confusion_matrix.png", "roc.png", "reliability.png"})
        EXPECT_GT(fs::file_size(out / png), 1000u) << png;
}

}  // namespace
