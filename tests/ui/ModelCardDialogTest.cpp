#include <gtest/gtest.h>

#include "dialogs/ModelCardDialog.h"

using namespace dermalens;

TEST(ModelCardDialogTest, RendersSectionsNotRawJson) {
    ModelCard card;
    card.name = "test-model";
    card.version = "1.2.3";
    card.intended_use = "Research on dermoscopic images.";
    card.limitations = {"Not validated on darker skin types."};
    card.license = "CC BY-NC-SA 4.0";
    card.classes = {{"mel", "Melanoma", true}, {"nv", "Melanocytic nevus", false}};
    card.raw_json = R"({"name":"test-model","metrics":{"validation":{"balanced_accuracy":0.81,
                       "thresholds":[1,2,3,4,5,6,7,8,9,10,11,12,13,14]}},
                       "ood":{"embedding_mean":[0.123456,2],"rule":"z > 3"}})";
    const QString html = ui::ModelCardDialog::toHtml(card);
    EXPECT_TRUE(html.contains(QStringLiteral("Intended use")));
    EXPECT_TRUE(html.contains(QStringLiteral("Not validated on darker skin types.")));
    EXPECT_TRUE(html.contains(QStringLiteral("Melanoma")));
    EXPECT_TRUE(html.contains(QStringLiteral("Balanced accuracy")));
    EXPECT_TRUE(html.contains(QStringLiteral("0.81")));
    EXPECT_TRUE(html.contains(QStringLiteral("14 values")));  // long vectors are summarised
    EXPECT_FALSE(html.contains(QStringLiteral("{\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("0.123456")));  // raw OOD statistics are not shown
    EXPECT_TRUE(html.contains(QStringLiteral("z &gt; 3")));
}

TEST(ModelCardDialogTest, ShowsHeatmapFaithfulnessAgainstRandomMaps) {
    ModelCard card;
    card.name = "test-model";
    card.raw_json = R"({"name":"test-model"})";
    EXPECT_FALSE(ui::ModelCardDialog::toHtml(card).contains(QStringLiteral("faithfulness")));
    card.faithfulness.present = true;
    card.faithfulness.deletion_auc = 0.4123;
    card.faithfulness.insertion_auc = 0.6789;
    card.faithfulness.random_deletion_auc = 0.5011;
    card.faithfulness.random_insertion_auc = 0.6002;
    card.faithfulness.images = 300;
    card.faithfulness.steps = 16;
    card.faithfulness.cells = "16x12";
    card.faithfulness.data = "labels.csv where fold=0";
    const QString html = ui::ModelCardDialog::toHtml(card);
    EXPECT_TRUE(html.contains(QStringLiteral("Heatmap faithfulness")));
    EXPECT_TRUE(html.contains(QStringLiteral("Deletion AUC (lower is better)")));
    EXPECT_TRUE(html.contains(QStringLiteral("0.412")));
    EXPECT_TRUE(html.contains(QStringLiteral("0.501")));
    EXPECT_TRUE(html.contains(QStringLiteral("0.679")));
    EXPECT_TRUE(html.contains(QStringLiteral("0.600")));
    EXPECT_TRUE(html.contains(QStringLiteral("Random map")));
    EXPECT_TRUE(html.contains(QStringLiteral("300 images (labels.csv where fold=0)")));
    EXPECT_TRUE(html.contains(QStringLiteral("16x12")));
}
