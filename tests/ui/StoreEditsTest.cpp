// Editing the record store from the window: deleting a patient, a lesion or an image, and
// File > Backup Store / Restore Store (the restore goes into a new store the window switches to).
#include <gtest/gtest.h>

#include <QLineEdit>
#include <QSettings>

#include "ImportFlow.h"
#include "MainWindow.h"
#include "StoreMaintenance.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "pages/LesionPage.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/PatientListPanel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

class StoreEditsTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        settings_.overrideModelDirectory(QStringLiteral("/nonexistent/model-dir"));  // not needed
        unsigned seed = 40;  // a different image each: equal files would be duplicates
        for (const char* file : {"P1/L1-back/a.png", "P1/L2-arm/2024-01-02.png",
                                 "P1/L2-arm/2024-06-02.png", "P2/L1-leg/d.png"}) {
            std::filesystem::create_directories((images_ / file).parent_path());
            test::writeRaster(images_ / file, test::makeLesionImage(80, 60, ++seed),
                              test::RasterFormat::Png);
        }
        window_ = std::make_unique<MainWindow>(&settings_);
        ASSERT_TRUE(test::importPaths(*window_, {fromPath(images_.path())}));
        p1_ = test::findPatient(*window_, QStringLiteral("P1"));
        p2_ = test::findPatient(*window_, QStringLiteral("P2"));
        ASSERT_TRUE(p1_.valid() && p2_.valid());
    }

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir images_{"dermalens-ui-edits"};
    std::unique_ptr<MainWindow> window_;
    PatientId p1_, p2_;
};

}  // namespace

TEST_F(StoreEditsTest, DeletingAPatientRemovesItFromTheList) {
    ASSERT_TRUE(test::showPatient(*window_, p2_));
    EXPECT_EQ(test::await(window_->deletePatient(p2_)), QString());
    EXPECT_FALSE(test::findPatient(*window_, QStringLiteral("P2")).valid());
    EXPECT_FALSE(window_->patientList()->shownPatients().contains(p2_));
    EXPECT_FALSE(window_->hasPatient());  // the deleted patient was on screen
}

TEST_F(StoreEditsTest, DeletingALesionAndAnImage) {
    ASSERT_TRUE(test::showPatient(*window_, p1_));
    ASSERT_EQ(window_->currentPatient().lesions.size(), 2u);
    EXPECT_EQ(test::await(window_->deleteLesions({0})), QString());  // "L1 (back)"
    ASSERT_EQ(window_->currentPatient().lesions.size(), 1u);
    const Lesion arm = window_->currentPatient().lesions[0];
    ASSERT_EQ(arm.images.size(), 2u);
    EXPECT_EQ(test::await(window_->deleteImage(arm.images[0].image_id)), QString());
    EXPECT_EQ(window_->currentPatient().lesions[0].images.size(), 1u);
    EXPECT_FALSE(window_->store()->workspace()->image(arm.images[0].image_id).has_value());
}

TEST_F(StoreEditsTest, BackupAndRestoreIntoANewStore) {
    test::TempDir elsewhere("dermalens-ui-backup");
    const QString backup = StoreMaintenance::backupFolderIn(fromPath(elsewhere.path()));
    EXPECT_EQ(test::await(window_->maintenance()->backup(backup)), QString());
    ASSERT_EQ(test::await(window_->deletePatient(p2_)), QString());  // after the backup

    const QString restored = fromPath(elsewhere / "restored-store");
    EXPECT_EQ(test::await(window_->maintenance()->restore(backup, restored)), QString());
    EXPECT_EQ(window_->store()->directory(), restored);  // the window switched to it
    EXPECT_EQ(settings_.storeDirectory(), restored);
    EXPECT_TRUE(test::findPatient(*window_, QStringLiteral("P2")).valid());  // as backed up
    EXPECT_EQ(window_->patientList()->shownPatients().size(), 2);
    EXPECT_EQ(test::await(window_->maintenance()->backup(backup)).value_or(QString()).isEmpty(),
              false);  // a backup never overwrites a folder that is not empty
}

TEST_F(StoreEditsTest, SettingsCanPointAtAnotherStore) {
    test::TempDir other("dermalens-ui-other-store");
    SettingsDialog dialog(&settings_);
    dialog.storeField()->setText(fromPath(other / "store"));
    dialog.apply();
    EXPECT_TRUE(dialog.storeChanged());
    EXPECT_EQ(window_->openStore(settings_.storeDirectory()), QString());
    EXPECT_TRUE(window_->patientList()->shownPatients().isEmpty());  // a new, empty store
}

TEST_F(StoreEditsTest, ACancelledImportCommitsNothing) {
    // Enough files that the planner is still reading when Cancel arrives.
    const auto more = images_ / "P3";
    std::filesystem::create_directories(more);
    for (unsigned i = 0; i < 300; ++i)
        test::writeRaster(more / ("e" + std::to_string(i) + ".png"),
                          test::makeLesionImage(24, 18, 100 + i), test::RasterFormat::Png);
    QObject scope;  // ends the connection below with this test
    QString message;
    QObject::connect(window_.get(), &MainWindow::studyFailed, &scope,
                     [&](const QString& text) { message = text; });
    window_->openPaths({fromPath(more)});
    window_->imports()->cancel();
    ASSERT_TRUE(test::waitFor([&] { return !message.isEmpty(); }, 30'000));
    EXPECT_TRUE(message.contains(QStringLiteral("cancelled"))) << message.toStdString();
    EXPECT_FALSE(test::findPatient(*window_, QStringLiteral("P3")).valid());
    EXPECT_FALSE(window_->imports()->busy());
}
