// The import review: a DICOM follow-up without body site or lesion number cannot be filed
// with confidence, so the window asks; nothing is committed before the user confirms.
#include <gtest/gtest.h>

#include <QFile>
#include <QSettings>
#include <QTableWidget>

#include "DicomFixtures.h"
#include "ImportFlow.h"
#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "dialogs/ImportReviewDialog.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

test::DicomSpec visit(const std::string& date, const std::string& site) {
    test::DicomSpec spec;
    spec.patient_id = "DL-REVIEW-1";
    spec.patient_name = "Petrova^Anna";
    spec.patient_birth_date = "19750312";
    spec.study_date = date;
    spec.acquisition_date = date;
    spec.anatomic_region_meaning = site;
    return spec;
}

class ImportReviewTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        settings_.overrideModelDirectory(QStringLiteral("/nonexistent/model-dir"));  // not needed
        test::writeDicom(dir_ / "first.dcm", test::makeLesionImage(96, 72, 1),
                         visit("20240110", "back"));
        std::filesystem::create_directories(dir_ / "follow-up");
        test::writeDicom(dir_ / "follow-up" / "second.dcm", test::makeLesionImage(96, 72, 2),
                         visit("20240610", ""));  // no body site, no lesion number
        window_ = std::make_unique<MainWindow>(&settings_);
        window_->show();
        ASSERT_TRUE(test::importPaths(*window_, {fromPath(dir_ / "first.dcm")}));
        patient_ = window_->currentPatient().patient_id;
        ASSERT_EQ(window_->currentPatient().lesions.size(), 1u);
    }

    // Starts importing `paths` and waits for the review dialog.
    ImportReviewDialog* review(const QStringList& paths) {
        window_->openPaths(paths);
        ImportFlow* flow = window_->imports();
        test::waitFor([flow] { return flow->reviewDialog() != nullptr; }, 30'000);
        return flow->reviewDialog();
    }

    LesionId firstLesion() const {
        return test::storedPatient(*window_, patient_).lesions[0].lesion_id;
    }

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir dir_{"dermalens-ui-review"};
    std::unique_ptr<MainWindow> window_;
    PatientId patient_;
};

}  // namespace

TEST_F(ImportReviewTest, ChoosingACandidateJoinsThatLesion) {
    ImportReviewDialog* dialog = review({fromPath(dir_ / "follow-up" / "second.dcm")});
    ASSERT_NE(dialog, nullptr) << "the follow-up was imported without review";
    ASSERT_EQ(dialog->reviewItems().size(), 1);
    const int item = dialog->reviewItems().first();
    const ImportItem planned = dialog->decidedPlan().items[item];
    ASSERT_EQ(planned.candidates.size(), 1u);
    EXPECT_EQ(planned.candidates[0], firstLesion());
    EXPECT_EQ(dialog->importCount(), 0);  // skipped until the user decides
    dialog->chooseLesion(item, firstLesion());
    EXPECT_EQ(dialog->importCount(), 1);
    QObject scope;  // ends the connections below with this test
    bool opened = false;
    QObject::connect(window_.get(), &MainWindow::studyOpened, &scope, [&] { opened = true; });
    dialog->accept();
    ASSERT_TRUE(test::waitFor([&] { return opened; }, 30'000));
    const Patient after = test::storedPatient(*window_, patient_);
    ASSERT_EQ(after.lesions.size(), 1u);
    EXPECT_EQ(after.lesions[0].images.size(), 2u);  // the follow-up joined the back lesion
}

TEST_F(ImportReviewTest, ANewLesionIsAlsoAChoice) {
    ImportReviewDialog* dialog = review({fromPath(dir_ / "follow-up")});
    ASSERT_NE(dialog, nullptr);
    dialog->chooseNewLesion(dialog->reviewItems().first());
    QObject scope;  // ends the connections below with this test
    bool opened = false;
    QObject::connect(window_.get(), &MainWindow::studyOpened, &scope, [&] { opened = true; });
    dialog->accept();
    ASSERT_TRUE(test::waitFor([&] { return opened; }, 30'000));
    EXPECT_EQ(test::storedPatient(*window_, patient_).lesions.size(), 2u);
}

TEST_F(ImportReviewTest, CancellingTheReviewCommitsNothing) {
    ImportReviewDialog* dialog = review({fromPath(dir_ / "follow-up")});
    ASSERT_NE(dialog, nullptr);
    const ImageId id = dialog->decidedPlan().items[dialog->reviewItems().first()].id;
    QObject scope;  // ends the connection below with this test
    bool failed = false;
    QObject::connect(window_.get(), &MainWindow::studyFailed, &scope, [&] { failed = true; });
    dialog->reject();
    ASSERT_TRUE(test::waitFor([&] { return failed; }, 10'000));
    EXPECT_FALSE(window_->store()->workspace()->image(id).has_value());
    EXPECT_EQ(test::storedPatient(*window_, patient_).lesions[0].images.size(), 1u);
    EXPECT_FALSE(window_->imports()->busy());
}

TEST_F(ImportReviewTest, ListsEveryItemWithItsStatusAndCounts) {
    // One folder: the follow-up (review), a copy of the first image (duplicate), another
    // patient's image (new) and a broken file (unreadable).
    const auto mixed = dir_ / "mixed";
    std::filesystem::create_directories(mixed);
    std::filesystem::copy_file(dir_ / "follow-up" / "second.dcm", mixed / "follow-up.dcm");
    std::filesystem::copy_file(dir_ / "first.dcm", mixed / "first-again.dcm");
    test::DicomSpec other = visit("20240612", "left forearm");
    other.patient_id = "DL-REVIEW-2";
    other.patient_name = "Kim^Minjun";
    test::writeDicom(mixed / "other-patient.dcm", test::makeLesionImage(96, 72, 3), other);
    QFile broken(fromPath(mixed / "broken.dcm"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a DICOM file");
    broken.close();

    ImportReviewDialog* dialog = review({fromPath(mixed)});
    ASSERT_NE(dialog, nullptr);
    const ImportPlan plan = dialog->decidedPlan();
    EXPECT_EQ(dialog->table()->rowCount(),
              static_cast<int>(plan.items.size() + plan.problems.size()));
    EXPECT_EQ(plan.count(ImportAction::Duplicate), 1u);
    EXPECT_EQ(plan.count(ImportAction::Import), 1u);
    EXPECT_EQ(dialog->reviewItems().size(), 1);
    EXPECT_EQ(plan.problems.size(), 1u);
    // The review item comes first, with the reason.
    EXPECT_EQ(dialog->table()->item(0, ImportReviewDialog::FileColumn)->text(),
              QStringLiteral("follow-up.dcm"));
    EXPECT_FALSE(dialog->table()->item(0, ImportReviewDialog::ReasonColumn)->text().isEmpty());
    dialog->chooseLesion(dialog->reviewItems().first(), firstLesion());
    test::saveScreenshot(dialog, QStringLiteral("07-import-review.png"));
    dialog->reject();
}
