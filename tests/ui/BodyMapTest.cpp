// The body map beside the patient grid: a pin opens its lesion, a click on the figure places a
// lesion there (the store then codes the region's site and laterality), a lesion first imaged
// at the latest visit carries the "new" flag on its tile and on its pin. The last test shows
// the SYNTHETIC demo patient with its lesions placed (docs screenshot 10).
#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <algorithm>
#include <fstream>

#include "FollowUpScene.h"
#include "MainWindow.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "pages/BodyMapPanel.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "widgets/BodyMapView.h"
#include "widgets/LesionTileModel.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

namespace fs = std::filesystem;

const BodyMapPosition kChest{BodyView::Front, 0.50, 0.25};
const BodyMapPosition kLeftForearm{BodyView::Front, 0.745, 0.38};  // the patient's left: viewer's right

class BodyMapViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        window_.resize(1600, 1000);
        window_.show();
    }

    // GROW imaged at both visits, FRESH and ARM only at the second: FRESH and ARM are new.
    PatientId importPatient() {
        const fs::path src = dir_.path() / "src";
        fs::create_directories(src);
        auto write = [&](const std::string& name, const cv::Mat& rgb) {
            test::writeRaster(src / (name + ".png"), rgb, test::RasterFormat::Png);
        };
        write("grow_1", test::firstVisit(test::followUpScene(6, 1.0)));
        write("grow_2", test::photograph(test::followUpScene(6, 1.3), 12));
        write("fresh_2", test::firstVisit(test::followUpScene(23, 1.0)));
        write("arm_2", test::firstVisit(test::followUpScene(11, 1.0)));
        std::ofstream(dir_.path() / "meta.csv") << "image_id,lesion_id,patient_id,date\n"
                                                   "grow_1,GROW,SYNTHETIC-BODYMAP,2023-01-10\n"
                                                   "grow_2,GROW,SYNTHETIC-BODYMAP,2024-01-15\n"
                                                   "fresh_2,FRESH,SYNTHETIC-BODYMAP,2024-01-15\n"
                                                   "arm_2,ARM,SYNTHETIC-BODYMAP,2024-01-15\n";
        ImportOptions options;
        options.metadata_csv = dir_.path() / "meta.csv";
        auto plan = ws()->planImport({src}, options);
        EXPECT_TRUE(plan) << plan.error().message();
        if (!plan) return {};
        auto summary = ws()->commitImport(*plan);
        EXPECT_TRUE(summary && summary->imported == 4u);
        window_.store()->announceRecordsChanged();
        return test::findPatient(window_, QStringLiteral("BODYMAP"));
    }

    std::shared_ptr<Workspace> ws() const { return window_.store()->workspace(); }

    LesionId lesionOf(PatientId patient, const std::string& key) const {
        for (const Lesion& lesion : test::storedPatient(window_, patient).lesions)
            if (lesion.id.find(key) != std::string::npos) return lesion.lesion_id;
        return {};
    }

    // Shows the patient with the map and waits until the map has read the positions.
    BodyMapPanel* showMap(PatientId patient) {
        EXPECT_TRUE(test::showPatient(window_, patient));
        window_.showBodyMap(true);
        BodyMapPanel* panel = window_.patientPage()->bodyMap();
        EXPECT_TRUE(panel->isVisible());
        EXPECT_TRUE(test::waitFor([panel] { return panel->ready(); }, 30'000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // final geometry
        return panel;
    }

    // A popup menu takes the next click: tests close it as a click elsewhere would.
    static void closeMenu(BodyMapPanel* panel) {
        if (panel->placementMenu()) panel->placementMenu()->close();
        EXPECT_EQ(panel->placementMenu(), nullptr);
    }

    static const BodyMapPin* pinOf(const BodyMapView* view, LesionId lesion) {
        for (const BodyMapPin& pin : view->pins())
            if (pin.lesion == lesion) return &pin;
        return nullptr;
    }

    std::optional<BodyMapEntry> entryOf(PatientId patient, LesionId lesion) const {
        auto map = ws()->bodyMap(patient);
        if (map)
            for (const BodyMapEntry& entry : *map)
                if (entry.lesion.id == lesion) return entry;
        return std::nullopt;
    }

    Settings settings_;
    test::TestStore store_{settings_};
    test::TempDir dir_{"dermalens-ui-bodymap"};
    MainWindow window_{&settings_};
};

TEST_F(BodyMapViewTest, ClickingAPinOpensItsLesion) {
    const PatientId patient = importPatient();
    ASSERT_TRUE(patient.valid());
    const LesionId grow = lesionOf(patient, "GROW");
    ASSERT_TRUE(ws()->placeOnBodyMap(grow, kChest));
    BodyMapView* view = showMap(patient)->view();
    ASSERT_EQ(view->pins().size(), 1u);
    EXPECT_EQ(view->pins()[0].lesion, grow);

    // Beside the pin, on the figure: no lesion opens (a placement is offered instead).
    BodyMapPanel* panel = window_.patientPage()->bodyMap();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointOf({BodyView::Front, 0.5, 0.42}).toPoint());
    EXPECT_EQ(window_.currentPage(), window_.patientPage());
    ASSERT_NE(panel->placementMenu(), nullptr);
    closeMenu(panel);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointOf(kChest).toPoint());
    EXPECT_EQ(window_.currentPage(), window_.lesionPage());
    EXPECT_EQ(window_.lesionPage()->lesion().lesion_id, grow);
}

TEST_F(BodyMapViewTest, AClickOnTheLeftForearmPlacesALesionThere) {
    const PatientId patient = importPatient();
    ASSERT_TRUE(patient.valid());
    const LesionId arm = lesionOf(patient, "ARM");
    BodyMapPanel* panel = showMap(patient);
    BodyMapView* view = panel->view();
    EXPECT_TRUE(view->pins().empty());
    const QPoint forearm = view->pointOf(kLeftForearm).toPoint();
    QTest::mouseMove(view, forearm);
    EXPECT_TRUE(test::waitFor([view] { return !view->hoverText().isEmpty(); }, 2'000));
    EXPECT_TRUE(view->hoverText().contains(QStringLiteral("left forearm")))
        << view->hoverText().toStdString();

    QTest::mouseClick(view, Qt::LeftButton, {}, forearm);
    QMenu* menu = panel->placementMenu();
    ASSERT_NE(menu, nullptr);
    QAction* placeArm = nullptr;
    for (QAction* action : menu->actions())
        if (action->text().contains(QStringLiteral("ARM"))) placeArm = action;
    ASSERT_NE(placeArm, nullptr);
    placeArm->trigger();
    closeMenu(panel);
    ASSERT_TRUE(test::waitFor([&] {
        const auto entry = entryOf(patient, arm);
        return entry && entry->position;
    }));
    const LesionRecord stored = entryOf(patient, arm)->lesion;
    EXPECT_EQ(stored.body_site, "left forearm");
    EXPECT_EQ(stored.body_site_code, "14975008");
    EXPECT_EQ(stored.laterality, "L");
    // The page reads the patient again and the pin appears where the click was.
    ASSERT_TRUE(test::waitFor([&] { return pinOf(view, arm) != nullptr; }, 30'000));
    EXPECT_EQ(view->pinAt(forearm), 0);

    // A new lesion at the other forearm: created, placed and coded by the store.
    const QPoint right = view->pointOf({BodyView::Front, 0.25, 0.40}).toPoint();
    QTest::mouseClick(view, Qt::LeftButton, {}, right);
    ASSERT_NE(panel->placementMenu(), nullptr);
    const auto actions = panel->placementMenu()->actions();
    const auto create = std::find_if(actions.begin(), actions.end(), [](QAction* a) {
        return a->text().contains(QStringLiteral("New lesion"));
    });
    ASSERT_NE(create, actions.end());
    (*create)->trigger();
    closeMenu(panel);
    ASSERT_TRUE(test::waitFor([&] { return view->pins().size() == 2; }, 30'000));
    const auto map = ws()->bodyMap(patient);
    ASSERT_TRUE(map);
    EXPECT_EQ(map->size(), 4u);  // GROW, FRESH, ARM and the new one
    EXPECT_EQ(map->back().lesion.body_site, "right forearm");
    EXPECT_EQ(map->back().lesion.laterality, "R");
    EXPECT_EQ(map->back().lesion.label, "L04 (right forearm)");

    // Beside the figure nothing is offered.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->pointOf({BodyView::Front, 0.03, 0.5}).toPoint());
    EXPECT_EQ(panel->placementMenu(), nullptr);
}

TEST_F(BodyMapViewTest, ANewLesionIsFlaggedOnItsTileAndItsPin) {
    const PatientId patient = importPatient();
    ASSERT_TRUE(patient.valid());
    const LesionId fresh = lesionOf(patient, "FRESH"), grow = lesionOf(patient, "GROW");
    ASSERT_TRUE(ws()->placeOnBodyMap(fresh, {BodyView::Back, 0.45, 0.30}));
    ASSERT_TRUE(ws()->placeOnBodyMap(grow, kChest));
    BodyMapView* view = showMap(patient)->view();
    LesionTileModel* tiles = window_.patientPage()->tileModel();
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->changesKnown(); }, 60'000));

    using R = LesionTileModel::Role;
    const QModelIndex freshTile = tiles->index(tiles->rowOf(fresh));
    const QModelIndex growTile = tiles->index(tiles->rowOf(grow));
    EXPECT_EQ(freshTile.data(R::FlagRole).toInt(), static_cast<int>(LesionFlag::New));
    EXPECT_NE(growTile.data(R::FlagRole).toInt(), static_cast<int>(LesionFlag::New));
    EXPECT_GE(growTile.data(R::FlagRole).toInt(), 0);
    EXPECT_TRUE(freshTile.data(Qt::ToolTipRole).toString().contains(QStringLiteral("New since")));

    const BodyMapPin* freshPin = pinOf(view, fresh);
    const BodyMapPin* growPin = pinOf(view, grow);
    ASSERT_NE(freshPin, nullptr);
    ASSERT_NE(growPin, nullptr);
    EXPECT_EQ(freshPin->flag, LesionFlag::New);
    EXPECT_NE(growPin->flag, LesionFlag::New);
    EXPECT_TRUE(view->pinToolTip(*freshPin).contains(QStringLiteral("New since the previous visit")));
    EXPECT_FALSE(view->pinToolTip(*growPin).contains(QStringLiteral("New since")));
}

// Patient A of the demo (two lesions seen at an earlier visit, the rest new) with its lesions
// placed where their folder names say.
TEST_F(BodyMapViewTest, TheDemoPatientOnTheBodyMap) {
    ASSERT_TRUE(test::openDemo(window_));
    const PatientId patient = window_.currentPatient().patient_id;
    const std::vector<std::pair<std::string, BodyMapPosition>> sites = {
        {"L01-back", {BodyView::Back, 0.43, 0.38}},
        {"L02-left-arm", {BodyView::Front, 0.74, 0.26}},
        {"L03-chest", {BodyView::Front, 0.42, 0.24}},
        {"L04-right-arm", {BodyView::Front, 0.25, 0.40}},
        {"L05-upper-back", {BodyView::Back, 0.56, 0.22}},
        {"L06-abdomen", {BodyView::Front, 0.55, 0.41}},
        {"L07-left-thigh", {BodyView::Front, 0.58, 0.63}},
        {"L08-right-shoulder", {BodyView::Back, 0.70, 0.19}}};
    for (const auto& [key, position] : sites) {
        const LesionId lesion = lesionOf(patient, key);
        ASSERT_TRUE(lesion.valid()) << key;
        ASSERT_TRUE(ws()->placeOnBodyMap(lesion, position)) << key;
    }
    BodyMapView* view = showMap(patient)->view();
    EXPECT_EQ(view->pins().size(), sites.size());
    LesionTileModel* tiles = window_.patientPage()->tileModel();
    ASSERT_TRUE(test::waitForAnalysis(window_));
    ASSERT_TRUE(test::waitFor([tiles] { return tiles->changesKnown() && tiles->ranked(); }, 120'000));
    const auto newPins = std::count_if(view->pins().begin(), view->pins().end(),
                                       [](const BodyMapPin& p) { return p.flag == LesionFlag::New; });
    EXPECT_EQ(newPins, 6);  // all but L02 and L07, imaged a year before
    test::saveScreenshot(&window_, QStringLiteral("10-body-map.png"));
}

}  // namespace
