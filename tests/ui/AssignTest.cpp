// Manual "Assign to Patient / Lesion…": moves lesions between patients of the demo study
// through MainWindow::assignLesions (the code path of the menu and context-menu action), which
// writes the moves into the record store.
#include <gtest/gtest.h>

#include <QSettings>

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "dialogs/AssignDialog.h"
#include "pages/PatientPage.h"
#include "services/AnalysisService.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/LesionTileModel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

class AssignTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        window_ = std::make_unique<MainWindow>(&settings_);
        ASSERT_TRUE(test::openDemo(*window_)) << "demo study did not open";
    }

    PatientId patient(const QString& part) const { return test::findPatient(*window_, part); }

    std::size_t lesionCount(const QString& part) const {
        const PatientId id = patient(part);
        return id.valid() ? test::storedPatient(*window_, id).lesions.size() : 0;
    }

    std::size_t patientCount() const {
        return window_->store()->workspace()->patients().value().size();
    }

    QString assign(const QList<int>& lesions, const AssignTarget& target) {
        return test::await(window_->assignLesions(lesions, target))
            .value_or(QStringLiteral("timed out"));
    }

    Settings settings_;
    test::TestStore store_{settings_};
    std::unique_ptr<MainWindow> window_;
};

AssignTarget toPatient(PatientId id, const QString& newLesion = {}) {
    AssignTarget target;
    target.patient = id;
    target.newLesionLabel = newLesion;
    return target;
}

AssignTarget toNewPatient(const QString& name, const QString& newLesion = {}) {
    AssignTarget target;
    target.newPatientName = name;
    target.newLesionLabel = newLesion;
    return target;
}

}  // namespace

TEST_F(AssignTest, MovesALesionToAnotherPatient) {
    ASSERT_EQ(lesionCount(QStringLiteral("Patient-A")), 8u);
    ASSERT_EQ(lesionCount(QStringLiteral("Patient-B")), 5u);
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-A"))));

    EXPECT_TRUE(assign({0}, toPatient(patient("Patient-B"), "moved-from-A")).isEmpty());

    EXPECT_EQ(lesionCount(QStringLiteral("Patient-A")), 7u);
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-B")), 6u);
    // The page still shows patient A, read again from the store.
    EXPECT_EQ(window_->currentPage(), window_->patientPage());
    EXPECT_EQ(window_->currentPatient().patient_id, patient(QStringLiteral("Patient-A")));
    EXPECT_EQ(window_->patientPage()->tileModel()->rowCount(), 7);
}

TEST_F(AssignTest, ANewPatientNameCreatesAPatient) {
    const std::size_t patients = patientCount();
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-B"))));
    EXPECT_TRUE(assign({0, 1}, toNewPatient(QStringLiteral("  Patient-New "))).isEmpty());
    ASSERT_EQ(patientCount(), patients + 1);
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-New")), 2u);  // each lesion kept as a lesion
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-B")), 3u);
    // Demo images stay marked SYNTHETIC wherever they go.
    EXPECT_TRUE(test::storedPatient(*window_, patient("Patient-New")).synthetic);
}

TEST_F(AssignTest, MovingEveryLesionFollowsTheImagesToTheTarget) {
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-B"))));
    EXPECT_TRUE(assign({0, 1, 2, 3, 4}, toNewPatient("Patient-Z", "L1")).isEmpty());
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-B")), 0u);  // its record stays, empty
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-Z")), 1u);  // merged into one lesion
    EXPECT_EQ(window_->currentPatient().patient_id, patient(QStringLiteral("Patient-Z")));
}

TEST_F(AssignTest, RejectsAnEmptyPatientOrSelection) {
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-C"))));
    const std::size_t patients = patientCount();
    EXPECT_FALSE(assign({0}, toNewPatient(QStringLiteral("  "))).isEmpty());
    EXPECT_FALSE(assign({}, toNewPatient(QStringLiteral("X"))).isEmpty());
    EXPECT_FALSE(assign({99}, toNewPatient(QStringLiteral("X"))).isEmpty());
    EXPECT_EQ(patientCount(), patients);
}

TEST_F(AssignTest, RanksAgainAfterAMove) {
    if (!test::waitForAnalysis(*window_))
        GTEST_SKIP() << "no model available: model-free parts tested";
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-A"))));
    ASSERT_TRUE(assign({0}, toPatient(patient("Patient-B"), "moved")).isEmpty());
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    EXPECT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
    ASSERT_TRUE(test::showPatient(*window_, patient(QStringLiteral("Patient-B"))));
    EXPECT_EQ(tiles->rowCount(), 6);
    EXPECT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
}

TEST_F(AssignTest, DialogOffersPatientsAndLesions) {
    auto ws = window_->store()->workspace();
    const Patient b = test::storedPatient(*window_, patient(QStringLiteral("Patient-B")));
    ASSERT_GE(b.lesions.size(), 2u);
    AssignDialog dialog(
        ws->patients().value(),
        [&b](PatientId) {
            std::vector<std::pair<LesionId, QString>> lesions;
            for (const Lesion& l : b.lesions) lesions.emplace_back(l.lesion_id, lesionName(l));
            return lesions;
        },
        b.patient_id, b.lesions[1].lesion_id);
    EXPECT_EQ(dialog.target().patient, b.patient_id);
    EXPECT_EQ(dialog.target().lesion, b.lesions[1].lesion_id);
    EXPECT_TRUE(dialog.target().newPatientName.isEmpty());
}
