// The output dialogs on a small SYNTHETIC patient (two lesions, one imaged at two visits,
// analysed by the test model): the report dialog previews and writes a PDF whose text has the
// clinic name from Settings and the patient (and, de-identified, not the name); the audit
// viewer lists the export and its filters narrow the list; the DICOM export dialog writes
// files; the PACS dialog says clearly when nothing listens, and talks to a real Orthanc when
// the Debian package is installed.
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <algorithm>
#include <fstream>

#include "FollowUpScene.h"
#include "Orthanc.h"
#include "SyntheticImages.h"
#include "UiTestSupport.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/DicomExportDialog.h"
#include "dialogs/PacsDialog.h"
#include "dialogs/ReportExportDialog.h"
#include "services/Settings.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/PacsNodeEditor.h"

using namespace dermalens;
using namespace dermalens::ui;

namespace {

namespace fs = std::filesystem;

constexpr auto kClinic = "Sonnenhof Skin Clinic";
constexpr auto kSurname = "Kowalczyk";

// The PDF's text (pdftotext from poppler-utils), empty when it cannot be run.
QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePdfToText() { return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(); }

// Share of pixels that are not (nearly) white: a rendered page has text and photos.
double inked(const QImage& page) {
    const QImage rgb = page.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); y += 2)
        for (int x = 0; x < rgb.width(); x += 2)
            if (qGray(rgb.pixel(x, y)) < 200) ++n;
    return 4.0 * n / (rgb.width() * rgb.height());
}

class ExportDialogsTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        test::useTestModel(settings_);
        settings_.setClinicName(QString::fromUtf8(kClinic));
        QImage logo(240, 120, QImage::Format_RGB32);  // the clinic's logo: a blue disc
        logo.fill(Qt::white);
        QPainter(&logo).fillRect(QRect(60, 0, 120, 120), QColor(0x1f, 0x4e, 0x79));
        const QString logoFile = fromPath(dir_.path() / "logo.png");
        ASSERT_TRUE(logo.save(logoFile));
        settings_.setClinicLogo(logoFile);
        ASSERT_TRUE(service_.open(settings_.storeDirectory()).isEmpty());
        patient_ = importPatient();
        ASSERT_TRUE(patient_.valid());
    }

    // Two lesions of "Marta Kowalczyk", one of them at two visits; analysed when a model loads.
    PatientId importPatient() {
        const fs::path src = dir_.path() / "src";
        fs::create_directories(src);
        const auto write = [&](const std::string& name, const cv::Mat& rgb) {
            test::writeRaster(src / (name + ".png"), rgb, test::RasterFormat::Png);
        };
        write("back_1", test::firstVisit(test::followUpScene(6, 1.0)));
        write("back_2", test::photograph(test::followUpScene(6, 1.3), 12));
        write("arm_1", test::firstVisit(test::followUpScene(23, 1.0)));
        std::ofstream(dir_.path() / "meta.csv")
            << "image_id,lesion_id,patient_id,name,birth_date,sex,site,date\n"
               "back_1,BACK,SYNTHETIC-EXPORT,Marta Kowalczyk,19710304,F,back,2023-01-10\n"
               "back_2,BACK,SYNTHETIC-EXPORT,Marta Kowalczyk,19710304,F,back,2024-01-15\n"
               "arm_1,ARM,SYNTHETIC-EXPORT,Marta Kowalczyk,19710304,F,upper extremity,"
               "2024-01-15\n";
        auto ws = service_.workspace();
        ImportOptions options;
        options.metadata_csv = dir_.path() / "meta.csv";
        auto plan = ws->planImport({src}, options);
        if (!plan) return {};
        auto summary = ws->commitImport(*plan);
        if (!summary || summary->imported != 3u) return {};
        const test::ModelChoice model = test::chooseModel();
        if (!model.directory.isEmpty() &&
            ws->loadModel(toPath(model.directory), ClassifierConfig{Device::Cpu, 2, 4}))
            (void)ws->analyse(ws->needingAnalysis().value_or(std::vector<ImageId>{}));
        for (const auto& p : ws->patients().value_or(std::vector<PatientSummary>{}))
            if (p.record.external_id == "SYNTHETIC-EXPORT") return p.record.id;
        return {};
    }

    // Opens the report dialog, waits for its preview and saves it; returns the PDF's text.
    QString exportReport(bool deidentify, const QString& language = QStringLiteral("en")) {
        ReportExportDialog dialog(&service_, &settings_, patient_,
                                  QStringLiteral("Marta Kowalczyk"), std::nullopt);
        dialog.show();
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(language));
        dialog.deidentifyBox()->setChecked(deidentify);
        EXPECT_TRUE(test::waitFor([&] { return dialog.ready(); }, 180'000));
        EXPECT_GE(dialog.previewPages().size(), 1u) << dialog.statusText().toStdString();
        if (dialog.previewPages().empty()) return {};
        EXPECT_GT(inked(dialog.previewPages().front()), 0.02);
        EXPECT_FALSE(dialog.statusText().contains(QStringLiteral("logo")))  // it was read
            << dialog.statusText().toStdString();
        test::saveScreenshot(&dialog, QStringLiteral("12-report-preview.png"));
        const QString pdf = fromPath(dir_.path() / "report.pdf");
        const auto error = test::await(dialog.saveTo(pdf), 120'000);
        EXPECT_TRUE(error && error->isEmpty()) << (error ? error->toStdString() : "timeout");
        EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Saved")))
            << dialog.statusText().toStdString();
        return pdfText(pdf);
    }

    Settings settings_;
    test::TestStore store_{settings_, "dermalens-ui-export"};
    test::TempDir dir_{"dermalens-ui-export-files"};
    WorkspaceService service_;
    PatientId patient_;
};

TEST_F(ExportDialogsTest, TheReportHasTheClinicFromSettingsAndThePatient) {
    if (!havePdfToText()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = exportReport(false);
    EXPECT_TRUE(text.contains(QString::fromUtf8(kClinic))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8(kSurname))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SYNTHETIC-EXPORT"))) << text.left(2000).toStdString();
}

TEST_F(ExportDialogsTest, ADeidentifiedReportDoesNotNameThePatient) {
    if (!havePdfToText()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = exportReport(true);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QString::fromUtf8(kClinic)));
    EXPECT_FALSE(text.contains(QString::fromUtf8(kSurname), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("Marta"), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("SYNTHETIC-EXPORT")));
    EXPECT_FALSE(text.contains(QStringLiteral("2023-01-10")));
}

TEST_F(ExportDialogsTest, TheReportIsInTheChosenLanguageWhileTheViewerKeepsItsOwn) {
    if (!havePdfToText()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString text = exportReport(false, QStringLiteral("ru"));
    EXPECT_TRUE(text.contains(QStringLiteral("страница 1 из"))) << text.left(2000).toStdString();
    // The viewer's own text is still English.
    EXPECT_EQ(QCoreApplication::translate("dermalens::report::ReportText", "page %1 of %2"),
              QStringLiteral("page %1 of %2"));
}

TEST_F(ExportDialogsTest, TheAuditViewerListsTheExportAndItsFiltersNarrowIt) {
    {
        ReportExportDialog dialog(&service_, &settings_, patient_, QStringLiteral("Marta"),
                                  std::nullopt);
        ASSERT_TRUE(test::waitFor([&] { return dialog.ready(); }, 180'000));
        const auto error = test::await(dialog.saveTo(fromPath(dir_.path() / "a.pdf")));
        ASSERT_TRUE(error && error->isEmpty());
    }
    AuditDialog audit(&service_);
    const auto loaded = test::await(audit.reload());
    ASSERT_TRUE(loaded && loaded->isEmpty());
    const std::size_t all = audit.shown().size();
    const std::string object = "patient:" + std::to_string(patient_.value());
    const auto exports = [&] {
        return std::count_if(audit.shown().begin(), audit.shown().end(), [&](const AuditEntry& e) {
            return e.action == "export" && e.object == object;
        });
    };
    EXPECT_EQ(exports(), 1);
    EXPECT_EQ(audit.table()->rowCount(), static_cast<int>(all));

    audit.actionBox()->setCurrentIndex(audit.actionBox()->findData(QStringLiteral("export")));
    ASSERT_TRUE(test::await(audit.reload()));
    EXPECT_EQ(audit.shown().size(), 1u);
    EXPECT_LT(audit.shown().size(), all);  // imports and analyses are filtered out
    EXPECT_EQ(exports(), 1);
    audit.textField()->setText(QStringLiteral("no-such-object"));
    ASSERT_TRUE(test::await(audit.reload()));
    EXPECT_EQ(audit.table()->rowCount(), 0);
    audit.textField()->setText(QStringLiteral("a.pdf"));
    ASSERT_TRUE(test::await(audit.reload()));
    EXPECT_EQ(audit.table()->rowCount(), 1);

    const auto verdict = test::await(audit.verify());
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->startsWith(QStringLiteral("Chain intact"))) << verdict->toStdString();
    const QString csv = fromPath(dir_.path() / "audit.csv");
    ASSERT_TRUE(audit.exportTo(csv, false).isEmpty());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_TRUE(lines.front().startsWith("seq,at,user"));
    EXPECT_TRUE(lines.at(1).contains(",export,")) << lines.at(1).toStdString();
}

TEST_F(ExportDialogsTest, TheDicomExportDialogWritesTheFilesDeidentified) {
    DicomExportDialog dialog(&service_, &settings_, patient_, QStringLiteral("Marta"));
    const fs::path out = dir_.path() / "dicom";
    dialog.folderField()->setText(fromPath(out));
    dialog.deidentifyBox()->setChecked(true);
    dialog.retainDatesBox()->setChecked(true);
    EXPECT_TRUE(dialog.options().deidentify && dialog.options().retain_dates);
    const auto error = test::await(dialog.exportNow(), 120'000);
    ASSERT_TRUE(error && error->isEmpty()) << (error ? error->toStdString() : "timeout");
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("de-identified")))
        << dialog.statusText().toStdString();
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(out))
        if (e.is_regular_file() && e.path().extension() == ".dcm") ++files;
    EXPECT_GE(files, 3u);  // the three photos at least
    // A second export into the same (now full) folder is refused in words.
    const auto again = test::await(dialog.exportNow(), 60'000);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->isEmpty());
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Export failed")));
}

TEST_F(ExportDialogsTest, ThePacsDialogSaysWhenNothingListens) {
    PacsDialog dialog(&service_, &settings_, patient_, QStringLiteral("Marta"));
    PacsNodeEditor* node = dialog.editor();
    node->hostField()->setText(QStringLiteral("127.0.0.1"));
    node->portBox()->setValue(test::freeLoopbackPort());
    node->calledAetField()->setText(QStringLiteral("NOBODY"));
    node->callingAetField()->setText(QStringLiteral("DERMALENSTEST"));
    const auto error = test::await(dialog.echo(), 60'000);
    ASSERT_TRUE(error);
    EXPECT_FALSE(error->isEmpty());
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Echo failed:")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("nothing accepts connections")))
        << dialog.statusText().toStdString();
    const auto find = test::await(dialog.findStudies(), 60'000);
    ASSERT_TRUE(find);
    EXPECT_TRUE(dialog.statusText().startsWith(QStringLiteral("Find failed:")));
}

TEST_F(ExportDialogsTest, ThePacsNodesAreKeptInSettings) {
    {
        PacsDialog dialog(&service_, &settings_, patient_, QStringLiteral("Marta"));
        PacsNodeEditor* node = dialog.editor();
        ConfiguredNode c{QStringLiteral("Radiology"), PacsNode{}, RetrieveMethod::Move};
        c.node.host = "10.1.2.3";
        c.node.port = 11112;
        c.node.called_aet = "RADPACS";
        c.node.receive_port = 11113;
        node->setCurrent(c);
        node->saveCurrent();
    }
    const QList<ConfiguredNode> nodes = settings_.pacsNodes();
    ASSERT_EQ(nodes.size(), 1);
    EXPECT_EQ(nodes[0].name, QStringLiteral("Radiology"));
    EXPECT_EQ(nodes[0].node.host, "10.1.2.3");
    EXPECT_EQ(nodes[0].node.port, 11112);
    EXPECT_EQ(nodes[0].node.called_aet, "RADPACS");
    EXPECT_EQ(nodes[0].retrieve, RetrieveMethod::Move);
    EXPECT_EQ(nodes[0].node.receive_port, 11113);
    PacsDialog again(&service_, &settings_, patient_, QStringLiteral("Marta"));
    EXPECT_EQ(again.editor()->current().node.called_aet, "RADPACS");  // the first node is chosen
}

TEST_F(ExportDialogsTest, ThePacsDialogEchoesSendsAndFindsOnARealOrthanc) {
    if (auto why = test::OrthancServer::unavailable()) GTEST_SKIP() << *why;
    test::OrthancServer orthanc(dir_.path() / "orthanc", {});
    std::string why;
    ASSERT_TRUE(orthanc.start(why)) << why;
    PacsDialog dialog(&service_, &settings_, patient_, QStringLiteral("Marta"));
    PacsNodeEditor* node = dialog.editor();
    node->hostField()->setText(QStringLiteral("127.0.0.1"));
    node->portBox()->setValue(orthanc.dicomPort());
    node->calledAetField()->setText(qs(orthanc.config().aet));
    node->callingAetField()->setText(qs(orthanc.config().our_aet));
    const auto echo = test::await(dialog.echo(), 60'000);
    ASSERT_TRUE(echo && echo->isEmpty()) << dialog.statusText().toStdString();
    const auto sent = test::await(dialog.sendPatient(), 120'000);
    ASSERT_TRUE(sent && sent->isEmpty()) << dialog.statusText().toStdString();
    const auto found = test::await(dialog.findStudies(), 60'000);
    ASSERT_TRUE(found && found->isEmpty()) << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.table()->rowCount(), 2);  // one study per visit
    bool ours = false;
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        ours = ours || dialog.table()->item(r, 1)->text() == QStringLiteral("SYNTHETIC-EXPORT");
    EXPECT_TRUE(ours);
}

}  // namespace
