// Test runner: a QApplication on the offscreen platform with test-mode standard paths, so the
// tests never read or write the user's settings or data.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include "support/Theme.h"

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DermalensTests"));
    QApplication::setApplicationName(QStringLiteral("DermalensUiTests"));
    dermalens::ui::Theme::apply(app);  // the widgets as the app shows them (and screenshots)
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
