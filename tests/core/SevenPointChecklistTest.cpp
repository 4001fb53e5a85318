// The 7-point checklist score (Argenziano 1998) against hand-computed cases.
#include <gtest/gtest.h>

#include "dermalens/followup/SevenPointChecklist.h"

namespace dermalens {
namespace {

// Every criterion looked at and absent / typical.
DermoscopicStructures allAssessedBenign() {
    DermoscopicStructures s;
    s.pigment_network = NetworkFinding::Typical;
    s.dots_globules = PatternFinding::Regular;
    s.streaks = PatternFinding::Absent;
    s.blotches = PatternFinding::Regular;
    s.blue_whitish_veil = PresenceFinding::Absent;
    s.regression_structures = PresenceFinding::Absent;
    s.vascular_pattern = VascularFinding::Typical;
    return s;
}

TEST(SevenPointChecklistTest, ABenignPatternScoresZero) {
    const auto score = sevenPointScore(allAssessedBenign());
    EXPECT_EQ(score.total, 0);
    EXPECT_FALSE(score.suggests_melanoma);
    EXPECT_TRUE(score.complete());
    EXPECT_TRUE(score.criteria_present.empty());
}

TEST(SevenPointChecklistTest, OneMajorCriterionAloneIsBelowTheThreshold) {
    auto s = allAssessedBenign();
    s.pigment_network = NetworkFinding::Atypical;  // 2
    const auto score = sevenPointScore(s);
    EXPECT_EQ(score.total, 2);
    EXPECT_EQ(score.major_points, 2);
    EXPECT_FALSE(score.suggests_melanoma);
}

TEST(SevenPointChecklistTest, AMajorAndAMinorCriterionReachThree) {
    auto s = allAssessedBenign();
    s.blue_whitish_veil = PresenceFinding::Present;  // 2
    s.streaks = PatternFinding::Irregular;           // 1
    const auto score = sevenPointScore(s);
    EXPECT_EQ(score.total, 3);
    EXPECT_EQ(score.major_points, 2);
    EXPECT_EQ(score.minor_points, 1);
    EXPECT_TRUE(score.suggests_melanoma);
    EXPECT_EQ(score.criteria_present,
              (std::vector<std::string>{"blue-whitish veil", "irregular streaks"}));
}

TEST(SevenPointChecklistTest, ThreeMinorCriteriaReachThree) {
    auto s = allAssessedBenign();
    s.dots_globules = PatternFinding::Irregular;         // 1
    s.blotches = PatternFinding::Irregular;              // 1
    s.regression_structures = PresenceFinding::Present;  // 1
    const auto score = sevenPointScore(s);
    EXPECT_EQ(score.total, 3);
    EXPECT_EQ(score.major_points, 0);
    EXPECT_TRUE(score.suggests_melanoma);
}

TEST(SevenPointChecklistTest, EveryCriterionPresentScoresTen) {
    DermoscopicStructures s;
    s.pigment_network = NetworkFinding::Atypical;
    s.blue_whitish_veil = PresenceFinding::Present;
    s.vascular_pattern = VascularFinding::Atypical;
    s.streaks = PatternFinding::Irregular;
    s.blotches = PatternFinding::Irregular;
    s.dots_globules = PatternFinding::Irregular;
    s.regression_structures = PresenceFinding::Present;
    const auto score = sevenPointScore(s);
    EXPECT_EQ(score.total, 3 * 2 + 4 * 1);
    EXPECT_EQ(score.criteria_present.size(), 7u);
}

TEST(SevenPointChecklistTest, RegularOrTypicalFindingsAndNonMelanocyticCluesScoreNothing) {
    auto s = allAssessedBenign();
    s.streaks = PatternFinding::Regular;
    s.milia_like_cysts = PresenceFinding::Present;
    s.comedo_like_openings = PresenceFinding::Present;
    s.other = {"fingerprint pattern"};
    EXPECT_EQ(sevenPointScore(s).total, 0);
}

TEST(SevenPointChecklistTest, CriteriaNotAssessedMakeTheScoreIncomplete) {
    DermoscopicStructures s;
    s.pigment_network = NetworkFinding::Atypical;
    const auto score = sevenPointScore(s);
    EXPECT_EQ(score.total, 2);
    EXPECT_FALSE(score.complete());
    EXPECT_EQ(score.criteria_not_assessed.size(), 6u);
}

}  // namespace
}  // namespace dermalens
