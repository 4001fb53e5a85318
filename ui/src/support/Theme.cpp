#include "support/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace dermalens::ui {
namespace {

const char* const kStyleSheet = R"(
#pageHeader { background: #ffffff; border-bottom: 1px solid #dde2e8; }
#pageTitle { font-size: 15pt; font-weight: 600; color: #1b2430; }
#sectionTitle { font-size: 12pt; font-weight: 600; color: #1b2430; }
#secondaryText, #statusNote, #legendNote { color: #5b6572; }
#malignantValue { font-size: 13pt; font-weight: 600; color: #1b2430; }
#disclaimer { color: #8a4b00; font-weight: 600; }
#warningBanner { background: #fff4dc; border: 1px solid #e0a100; border-radius: 6px;
                 padding: 8px; color: #5c3b00; }
#modelBanner { background: #fdecea; border-bottom: 1px solid #e3a29b; padding: 8px 14px;
               color: #6b1b12; }
#sidebar { background: #f7f9fb; }
#lesionGrid { background: #eef1f5; border: none; }
#patientList { background: #f7f9fb; border: none; border-right: 1px solid #dde2e8;
               font-size: 10.5pt; }
#patientList::item, #patientList::item:selected, #patientList::item:!selected {
    padding: 8px 12px; border: none; margin: 0px; }
#patientList::item:selected { background: #d7e6f7; color: #10233a; }
#overlayStrip { background: #ffffff; border-top: 1px solid #dde2e8; }
#welcomePage { background: #f4f6f9; }
#welcomeTitle { font-size: 30pt; font-weight: 300; color: #1b2430; }
#welcomeSubtitle { font-size: 13pt; color: #5b6572; }
QPushButton#welcomeButton { font-size: 11.5pt; padding: 14px 18px; background: #ffffff;
    border: 1px solid #c9d1db; border-radius: 10px; text-align: center; }
QPushButton#welcomeButton:hover { border-color: #266ebe; background: #f2f7fd; }
QPushButton#welcomeButton:focus { border: 2px solid #266ebe; }
#caption { color: #1b2430; padding: 2px 4px; }
)";

}  // namespace

void Theme::apply(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(244, 246, 249));
    palette.setColor(QPalette::Base, QColor(255, 255, 255));
    palette.setColor(QPalette::Highlight, QColor(38, 110, 190));
    palette.setColor(QPalette::WindowText, QColor(27, 36, 48));
    app.setPalette(palette);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

}  // namespace dermalens::ui
