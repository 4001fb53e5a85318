// "Why this rank?": the explanation dialog on a constructed ranking, and opened from the
// lesion page of the SYNTHETIC demo study (screenshot docs/screenshots/rank-explanation.png).
#include <gtest/gtest.h>

#include <QPushButton>
#include <QSettings>

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "dialogs/RankExplanationDialog.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/Settings.h"
#include "widgets/LesionTileModel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

Patient fourLesions() {
    Patient p;
    p.patient_id = PatientId(1);
    for (int i = 1; i <= 4; ++i) {
        Lesion l;
        l.lesion_id = LesionId(i);
        l.label = "Lesion " + std::to_string(i);
        p.lesions.push_back(l);
    }
    return p;
}

RankedLesion ranked(int id, int rank, int nearest, int farthest, int cluster) {
    RankedLesion r;
    r.lesion = LesionId(id);
    r.rank = rank;
    r.nearest = LesionId(nearest);
    r.farthest = LesionId(farthest);
    r.cluster = cluster;
    return r;
}

LesionRanking constructedRanking() {
    LesionRanking ranking;
    ranking.lesions = {ranked(3, 1, 4, 1, 1), ranked(1, 2, 2, 3, 0), ranked(2, 3, 1, 3, 0),
                       ranked(4, 4, 3, 1, 1)};
    RankedLesion& top = ranking.lesions[0];
    top.outlier = true;
    top.malignant_probability = 0.62f;
    top.evidence_z = 4.2f;
    top.outlier_z = 2.0f;
    top.z_score = 4.7f;
    top.nearest_distance = 0.12f;
    top.farthest_distance = 0.48f;
    return ranking;
}

}  // namespace

TEST(RankExplanationDialogTest, ExplainsTheScoreAndShowsNeighboursAndGroup) {
    RankExplanationDialog dialog(nullptr, nullptr, fourLesions(), LesionId(3));
    dialog.showRanking(constructedRanking());
    EXPECT_EQ(dialog.shownLesions(), (QStringList{"Lesion 3", "Lesion 4", "Lesion 1", "Lesion 4"}))
        << "the lesion, its nearest, its farthest, then its look-alike group";
    const QString text = dialog.explanation();
    EXPECT_TRUE(text.contains(QStringLiteral("62.0 %"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("4.2 robust standard deviations above")));
    EXPECT_TRUE(text.contains(QStringLiteral("2.0 robust standard deviations more")));
    EXPECT_TRUE(text.contains(QStringLiteral("= 4.7")));
    EXPECT_TRUE(text.contains(QStringLiteral("2 lesion")));
}

TEST(RankExplanationDialogTest, SaysSoWhenTheLesionHasNoRank) {
    RankExplanationDialog dialog(nullptr, nullptr, fourLesions(), LesionId(9));
    dialog.showRanking(constructedRanking());
    EXPECT_TRUE(dialog.shownLesions().isEmpty());
    EXPECT_TRUE(dialog.explanation().isEmpty());
}

TEST(RankExplanationDialogTest, OpensFromTheLesionPageOfTheDemoStudy) {
    QSettings().clear();
    Settings settings;
    test::TestStore store{settings};
    test::useTestModel(settings);
    MainWindow window(&settings);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(test::openDemo(window));
    if (!test::waitForAnalysis(window)) GTEST_SKIP() << "no model available";
    LesionTileModel* tiles = window.patientPage()->tileModel();
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 30'000));
    window.showLesion(tiles->topRankedLesion());
    auto* why = window.lesionPage()->findChild<QPushButton*>(QStringLiteral("whyThisRank"));
    ASSERT_NE(why, nullptr);
    why->click();
    auto* dialog = window.lesionPage()->findChild<RankExplanationDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(test::waitFor([dialog] { return !dialog->explanation().isEmpty(); }, 30'000));
    EXPECT_GE(dialog->shownLesions().size(), 3);
    EXPECT_TRUE(dialog->explanation().contains(QStringLiteral("Malignant evidence")));
    test::waitFor([] { return false; }, 1500);  // thumbnails decode on the pool
    test::saveScreenshot(dialog, QStringLiteral("rank-explanation.png"));
    dialog->close();
}
