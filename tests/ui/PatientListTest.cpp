// The patient list comes from the record store: UTF-8 names (Cyrillic, Hangul) display, the
// search finds a patient by name, id or birth date, and "Recent" lists the ones last opened.
#include <gtest/gtest.h>

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>

#include "DicomFixtures.h"
#include "ImportFlow.h"
#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "services/DemoStudy.h"
#include "services/Settings.h"
#include "support/QtConvert.h"
#include "widgets/PatientListPanel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

const QString kIvanova = QStringLiteral("Иванова Мария");
const QString kKim = QStringLiteral("김 민준");

class PatientListTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        const std::tuple<const char*, const char*, const char*, unsigned> people[] = {
            {"RU-0001", "Иванова^Мария", "19800214", 21},
            {"KR-0007", "김^민준", "19920503", 22},
            {"US-0042", "Doe^Jane", "19700101", 23}};
        for (const auto& [id, name, born, seed] : people) {
            test::DicomSpec spec;
            spec.patient_id = id;
            spec.patient_name = name;
            spec.patient_birth_date = born;
            spec.study_date = "20240301";
            spec.anatomic_region_meaning = "back";
            test::writeDicom(dir_ / (std::string(id) + ".dcm"),
                             test::makeLesionImage(120, 90, seed), spec);
        }
        window_ = std::make_unique<MainWindow>(&settings_);
        window_->resize(1360, 860);
        window_->show();
        ASSERT_TRUE(test::openDemo(*window_));
        // Fixtures, not people: imported as SYNTHETIC like the demo.
        ASSERT_TRUE(test::waitFor([this] { return !window_->imports()->busy(); }));
        QObject scope;  // ends the connections below with this test
        bool opened = false;
        QObject::connect(window_.get(), &MainWindow::studyOpened, &scope, [&] { opened = true; });
        window_->imports()->start({fromPath(dir_.path())}, DemoStudy::importOptions());
        ASSERT_TRUE(test::waitFor([&] { return opened; }, 60'000));
    }

    QStringList shownText() const {
        QStringList rows;
        const QListWidget* list = window_->patientList()->list();
        for (int i = 0; i < list->count(); ++i) rows << list->item(i)->text();
        return rows;
    }

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir dir_{"dermalens-ui-patients"};
    std::unique_ptr<MainWindow> window_;
};

}  // namespace

TEST_F(PatientListTest, ShowsEveryStoredPatientWithUtf8Names) {
    const QStringList rows = shownText();
    EXPECT_EQ(rows.size(), 6);  // three demo patients and three imported
    EXPECT_TRUE(rows.filter(kIvanova).size() == 1) << rows.join(u'|').toStdString();
    EXPECT_TRUE(rows.filter(kKim).size() == 1) << rows.join(u'|').toStdString();
    EXPECT_EQ(rows.filter(QStringLiteral("SYNTHETIC")).size(), 6);
}

TEST_F(PatientListTest, SearchFindsByNameIdAndBirthDate) {
    PatientListPanel* panel = window_->patientList();
    panel->setSearch(QStringLiteral("Иван"));
    EXPECT_EQ(shownText().size(), 1);
    EXPECT_TRUE(shownText().value(0).contains(kIvanova));
    panel->setSearch(QStringLiteral("민준"));
    EXPECT_EQ(shownText().size(), 1);
    panel->setSearch(QStringLiteral("kr-0007"));
    EXPECT_TRUE(shownText().value(0).contains(kKim));
    panel->setSearch(QStringLiteral("1992-05-03"));
    EXPECT_TRUE(shownText().value(0).contains(kKim));
    panel->setSearch(QStringLiteral("no such patient"));
    EXPECT_TRUE(shownText().isEmpty());
    panel->setSearch(QString());
    EXPECT_EQ(shownText().size(), 6);
}

TEST_F(PatientListTest, RecentListsTheLastOpenedFirst) {
    const PatientId kim = test::findPatient(*window_, QStringLiteral("KR-0007"));
    ASSERT_TRUE(test::showPatient(*window_, kim));
    PatientListPanel* panel = window_->patientList();
    panel->setRecentOnly(true);
    EXPECT_TRUE(test::waitFor(
        [&] {
            panel->refresh();
            return !panel->shownPatients().isEmpty() && panel->shownPatients().first() == kim;
        },
        10'000));
    EXPECT_EQ(panel->selected(), kim);
}

TEST_F(PatientListTest, ClickingAPatientShowsIt) {
    const PatientId ivanova = test::findPatient(*window_, QStringLiteral("RU-0001"));
    PatientListPanel* panel = window_->patientList();
    const int row = static_cast<int>(panel->shownPatients().indexOf(ivanova));
    ASSERT_GE(row, 0);
    panel->list()->setCurrentRow(row);  // as a click does
    EXPECT_TRUE(test::waitFor([&] { return window_->currentPatient().patient_id == ivanova; }));
    EXPECT_TRUE(window_->windowTitle().contains(kIvanova));
    panel->setSearch(QStringLiteral("-00"));  // the ids of the three imported patients
    EXPECT_EQ(panel->shownPatients().size(), 3);
    test::waitForAnalysis(*window_);
    test::saveScreenshot(window_.get(), QStringLiteral("06-patients-store.png"));
}
