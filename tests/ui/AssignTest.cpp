// Manual "Assign to Patient / Lesion…": moves lesions between patients of the demo study
// through MainWindow::assignLesions, the code path the menu and context-menu action use.
#include <gtest/gtest.h>

#include <QSettings>

#include "services/AnalysisService.h"
#include "dialogs/AssignDialog.h"
#include "widgets/LesionTileModel.h"
#include "MainWindow.h"
#include "pages/PatientPage.h"
#include "support/QtConvert.h"
#include "services/Settings.h"
#include "UiTestSupport.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

class AssignTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        const test::ModelChoice model = test::chooseModel();
        if (!model.directory.isEmpty()) settings_.overrideModelDirectory(model.directory);
        settings_.setDevice(Device::Cpu);
        window_ = std::make_unique<MainWindow>(&settings_);
        bool opened = false;
        QObject::connect(window_.get(), &MainWindow::studyOpened, [&opened] { opened = true; });
        window_->openDemo();
        ASSERT_TRUE(test::waitFor([&] { return opened; }, 120'000)) << "demo study did not open";
    }

    // Index of the patient whose id contains `part`, or -1.
    int patientIndex(const QString& part) const {
        const Study& s = window_->study();
        for (int i = 0; i < static_cast<int>(s.patients.size()); ++i)
            if (qs(s.patients[i].id).contains(part)) return i;
        return -1;
    }

    std::size_t lesionCount(const QString& part) const {
        const int i = patientIndex(part);
        return i < 0 ? 0 : window_->study().patients[i].lesions.size();
    }

    Settings settings_;
    std::unique_ptr<MainWindow> window_;
};

}  // namespace

TEST_F(AssignTest, MovesALesionToAnotherPatient) {
    ASSERT_EQ(lesionCount(QStringLiteral("Patient-A")), 8u);
    ASSERT_EQ(lesionCount(QStringLiteral("Patient-B")), 5u);
    const QString patientB = qs(window_->study().patients[patientIndex("Patient-B")].id);
    window_->showPatient(patientIndex(QStringLiteral("Patient-A")));
    const std::size_t images = window_->study().imageCount();

    EXPECT_TRUE(window_->assignLesions({0}, patientB, QStringLiteral("moved-from-A")).isEmpty());

    EXPECT_EQ(lesionCount(QStringLiteral("Patient-A")), 7u);
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-B")), 6u);
    EXPECT_EQ(window_->study().imageCount(), images);
    // The page still shows patient A, refreshed.
    EXPECT_EQ(window_->currentPage(), window_->patientPage());
    EXPECT_TRUE(qs(window_->patientPage()->patient().id).contains(QStringLiteral("Patient-A")));
    EXPECT_EQ(window_->patientPage()->tileModel()->rowCount(), 7);
}

TEST_F(AssignTest, ANewPatientNameCreatesAPatient) {
    const std::size_t patients = window_->study().patients.size();
    window_->showPatient(patientIndex(QStringLiteral("Patient-B")));
    EXPECT_TRUE(
        window_->assignLesions({0, 1}, QStringLiteral("  Patient-New "), QString()).isEmpty());
    ASSERT_EQ(window_->study().patients.size(), patients + 1);
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-New")), 2u);  // lesion ids kept
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-B")), 3u);
    // Demo images stay marked SYNTHETIC wherever they go.
    EXPECT_TRUE(window_->study().patients[patientIndex(QStringLiteral("Patient-New"))].synthetic);
}

TEST_F(AssignTest, MovingEveryLesionFollowsTheImagesToTheTarget) {
    window_->showPatient(patientIndex(QStringLiteral("Patient-B")));
    EXPECT_TRUE(
        window_->assignLesions({0, 1, 2, 3, 4}, QStringLiteral("Patient-Z"), QStringLiteral("L1"))
            .isEmpty());
    EXPECT_EQ(patientIndex(QStringLiteral("Patient-B")), -1);  // emptied patient pruned
    EXPECT_EQ(lesionCount(QStringLiteral("Patient-Z")), 1u);   // merged into one lesion
    EXPECT_EQ(window_->patientPage()->patient().id, "Patient-Z");
}

TEST_F(AssignTest, RejectsAnEmptyPatientOrSelection) {
    window_->showPatient(0);
    const std::size_t patients = window_->study().patients.size();
    EXPECT_FALSE(window_->assignLesions({0}, QStringLiteral("  "), QString()).isEmpty());
    EXPECT_FALSE(window_->assignLesions({}, QStringLiteral("X"), QString()).isEmpty());
    EXPECT_FALSE(window_->assignLesions({99}, QStringLiteral("X"), QString()).isEmpty());
    EXPECT_EQ(window_->study().patients.size(), patients);
}

TEST_F(AssignTest, RanksAgainAfterAMove) {
    AnalysisService* service = window_->service();
    ASSERT_TRUE(test::waitFor([service] { return !service->modelLoading(); }, 180'000));
    if (!service->modelReady()) GTEST_SKIP() << "no model available: model-free parts tested";
    ASSERT_TRUE(test::waitFor([service] { return !service->analysing(); }, 600'000));
    const QString patientB = qs(window_->study().patients[patientIndex("Patient-B")].id);
    window_->showPatient(patientIndex(QStringLiteral("Patient-A")));
    ASSERT_TRUE(window_->assignLesions({0}, patientB, QStringLiteral("moved")).isEmpty());
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    EXPECT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
    window_->showPatient(patientIndex(QStringLiteral("Patient-B")));
    EXPECT_EQ(tiles->rowCount(), 6);
    EXPECT_TRUE(test::waitFor([tiles] { return tiles->ranked(); }, 10'000));
}

TEST_F(AssignTest, DialogOffersPatientsAndLesions) {
    const Patient& b = window_->study().patients[patientIndex("Patient-B")];
    AssignDialog dialog(window_->study(), qs(b.id), qs(b.lesions[1].id));
    EXPECT_EQ(dialog.patientId(), qs(b.id));
    EXPECT_EQ(dialog.lesionId(), qs(b.lesions[1].id));
}
