// UTF-8 validation and repair: well-formed input passes untouched, each maximal ill-formed
// subpart becomes one U+FFFD (expected strings checked against Python's "replace" decoder).
#include <gtest/gtest.h>

#include <string>

#include "dermalens/text/Utf8.h"

namespace dermalens {
namespace {

const std::string kFffd = "\uFFFD";

std::string bytes(std::initializer_list<int> values) {
    std::string s;
    for (const int v : values) s += static_cast<char>(v);
    return s;
}

TEST(Utf8Test, AcceptsWellFormedText) {
    for (const std::string s : {"", "Doe^Jane", "Müller", "Иванов", "洪^吉洞", "😀",
                                "\xED\x9F\xBF",         // U+D7FF, just below the surrogates
                                "\xEE\x80\x80",         // U+E000, just above them
                                "\xF4\x8F\xBF\xBF"}) {  // U+10FFFF, the last code point
        EXPECT_TRUE(isValidUtf8(s)) << s;
        EXPECT_EQ(toValidUtf8(s), s);
    }
    const std::string withNul("a\0b", 3);  // U+0000 is a character like any other
    EXPECT_TRUE(isValidUtf8(withNul));
    EXPECT_EQ(toValidUtf8(withNul), withNul);
}

TEST(Utf8Test, ReplacesForeignSingleBytes) {
    EXPECT_FALSE(
        isValidUtf8("M\xfc"
                    "ller"));  // Latin-1
    EXPECT_EQ(toValidUtf8("M\xfc"
                          "ller"),
              "M" + kFffd + "ller");
    EXPECT_EQ(toValidUtf8("\x80"), kFffd);              // lone continuation byte
    EXPECT_EQ(toValidUtf8("\xBF\x80"), kFffd + kFffd);  // two of them
    EXPECT_EQ(toValidUtf8("\xF5\xFF"), kFffd + kFffd);  // never valid in UTF-8
}

TEST(Utf8Test, ReplacesOverlongForms) {
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));
    EXPECT_EQ(toValidUtf8("\xC0\xAF"), kFffd + kFffd);  // '/' in 2 bytes
    EXPECT_EQ(toValidUtf8("\xC1\xBF"), kFffd + kFffd);
    EXPECT_EQ(toValidUtf8("\xE0\x80\xAF"), kFffd + kFffd + kFffd);              // in 3 bytes
    EXPECT_EQ(toValidUtf8("\xF0\x80\x80\xAF"), kFffd + kFffd + kFffd + kFffd);  // in 4 bytes
}

TEST(Utf8Test, ReplacesSurrogatesAndCodePointsAboveTheRange) {
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));
    EXPECT_EQ(toValidUtf8("\xED\xA0\x80"), kFffd + kFffd + kFffd);  // U+D800
    EXPECT_EQ(toValidUtf8("\xED\xBF\xBF"), kFffd + kFffd + kFffd);  // U+DFFF
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));                  // U+110000
    EXPECT_EQ(toValidUtf8("\xF4\x90\x80\x80"), kFffd + kFffd + kFffd + kFffd);
}

TEST(Utf8Test, ReplacesATruncatedSequenceOnce) {
    EXPECT_FALSE(isValidUtf8("\xE2\x82"));
    EXPECT_EQ(toValidUtf8("\xE2\x82"), kFffd);  // two thirds of a euro sign
    EXPECT_EQ(toValidUtf8("\xE2\x82"
                          "A"),
              kFffd + "A");
    EXPECT_EQ(toValidUtf8("a\xF0\x9F\x98\x80"
                          "b\xF0\x9F"),
              "a😀b" + kFffd);
    // Unicode 15, Table 3-8: four maximal subparts, then the 'A'.
    EXPECT_EQ(toValidUtf8("\xE1\x80\xE2\xF0\x91\x92\xF1\xBF\x41"),
              kFffd + kFffd + kFffd + kFffd + "A");
}

// Every one- and two-byte string: the validator agrees with the definition, and the repair
// always yields valid UTF-8 that repairs to itself.
TEST(Utf8Test, AllTwoByteStrings) {
    for (int a = 0; a < 256; ++a) {
        const std::string one = bytes({a});
        EXPECT_EQ(isValidUtf8(one), a < 0x80) << a;
        for (int b = 0; b < 256; ++b) {
            const std::string two = bytes({a, b});
            const bool expected =
                (a < 0x80 && b < 0x80) || (a >= 0xC2 && a <= 0xDF && b >= 0x80 && b <= 0xBF);
            ASSERT_EQ(isValidUtf8(two), expected) << a << " " << b;
            const std::string repaired = toValidUtf8(two);
            ASSERT_TRUE(isValidUtf8(repaired)) << a << " " << b;
            ASSERT_EQ(toValidUtf8(repaired), repaired);
        }
    }
}

}  // namespace
}  // namespace dermalens
