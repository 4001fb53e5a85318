#include <gtest/gtest.h>

#include <filesystem>

#include "support/QtConvert.h"

using namespace dermalens::ui;

TEST(QtConvertTest, AUtf8PathRoundTrips) {
    const std::filesystem::path path("/tmp/\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2/\xED\x99\x8D.png");
    const QString shown = fromPath(path);
    EXPECT_EQ(shown, QString::fromUtf8("/tmp/Петров/홍.png"));
    EXPECT_EQ(toPath(shown), path);
}

TEST(QtConvertTest, ANonUtf8NameIsShownAsLatin1InsteadOfThrowing) {
    // "M\xFCller" from a disk written in ISO 8859-1: u16string() would throw here.
    const std::filesystem::path path("/data/M\xFCller/img.jpg");
    QString shown;
    ASSERT_NO_THROW(shown = fromPath(path));
    EXPECT_EQ(shown, QString::fromUtf8("/data/Müller/img.jpg"));
    EXPECT_NE(fromPath("/data/M\xE4ller"), fromPath("/data/M\xFCller"));  // still two names
}
