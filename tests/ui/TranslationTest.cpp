// With the Russian translation installed, class names, the disclaimer (panel and exported PNG)
// and the SYNTHETIC marker appear in Russian: guards against tr() contexts lupdate cannot see.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLabel>
#include <QTranslator>

#include "support/ClassNames.h"
#include "services/LanguageLoader.h"
#include "widgets/LesionTile.h"
#include "widgets/PredictionPanel.h"
#include "services/ViewExporter.h"

using namespace dermalens;
using ui::ClassNames;

namespace {

const QString kRussianDisclaimer =
    QStringLiteral("Только поддержка принятия решений — не диагноз.");

class RussianTranslationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(translator_.load(ui::LanguageLoader::qmPath(QStringLiteral("ru"))));
        QCoreApplication::installTranslator(&translator_);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator_); }

    QTranslator translator_;
};

ModelCard twoClassCard() {
    ModelCard card;
    card.name = "test-model";
    card.version = "1.0";
    card.classes = {{"mel", "Melanoma", true}, {"nv", "Melanocytic nevus", false}};
    return card;
}

}  // namespace

TEST_F(RussianTranslationTest, KnownClassCodesGetRussianNames) {
    EXPECT_EQ(ClassNames::displayName(QStringLiteral("mel"), QStringLiteral("Melanoma")),
              QStringLiteral("Меланома"));
    EXPECT_EQ(ClassNames::displayName(ClassInfo{"nv", "Melanocytic nevus", false}),
              QStringLiteral("Меланоцитарный невус"));
    EXPECT_EQ(ClassNames::displayName(ClassInfo{"akiec", "whatever the card says", true}),
              QStringLiteral("Актинический кератоз / интраэпителиальная карцинома"));
}

TEST_F(RussianTranslationTest, UnknownCodesKeepTheCardName) {
    EXPECT_EQ(ClassNames::displayName(ClassInfo{"xyz", "Something else", false}),
              QStringLiteral("Something else"));
    EXPECT_EQ(ClassNames::displayName(QStringLiteral("xyz"), QString()), QStringLiteral("xyz"));
}

TEST_F(RussianTranslationTest, PredictionPanelShowsRussianClassAndDisclaimer) {
    ui::PredictionPanel panel;
    Prediction p;
    p.probabilities = {0.8f, 0.2f};
    p.top_class = 0;
    p.malignant_probability = 0.8f;
    p.device = "cpu";
    panel.setPrediction(p, twoClassCard());
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("Меланома")))
        << panel.summaryText().toStdString();
    EXPECT_FALSE(panel.summaryText().contains(QStringLiteral("Melanoma")));
    const auto* disclaimer = panel.findChild<QLabel*>(QStringLiteral("disclaimer"));
    ASSERT_NE(disclaimer, nullptr);
    EXPECT_EQ(disclaimer->text(), kRussianDisclaimer);
}

TEST_F(RussianTranslationTest, ExportedDisclaimerAndSyntheticMarkerAreRussian) {
    // ViewExporter looks its strings up under the context lupdate filed them in.
    EXPECT_EQ(ui::ViewExporter::tr("Decision support only — not a diagnosis."), kRussianDisclaimer);
    EXPECT_EQ(ui::LesionTile::tr("SYNTHETIC"), QStringLiteral("СИНТЕТИЧЕСКИЕ"));
}

TEST(ClassNamesTest, EnglishUsesTheSourceNames) {
    EXPECT_EQ(ClassNames::displayName(ClassInfo{"mel", "Melanoma", true}),
              QStringLiteral("Melanoma"));
    EXPECT_EQ(ClassNames::displayName(ClassInfo{"BCC", "", true}),
              QStringLiteral("Basal cell carcinoma"));
}
