#include "dermalens/records/ImageEntry.h"
#include "dermalens/records/Ids.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <fstream>

#include "TestPaths.h"

namespace dermalens {
namespace {

constexpr const char* kAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// Reference digest computed in one call, to check the chunked reader across chunk borders.
std::string oneShotSha256(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    static const char* const kHex = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += {kHex[digest[i] >> 4], kHex[digest[i] & 15]};
    return hex;
}

TEST(ImageIdTest, FromHexAcceptsBothCasesAndStoresLowerCase) {
    std::string upper = kAbc;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto id = ImageId::fromHex(upper);
    ASSERT_TRUE(id) << id.error().message();
    EXPECT_EQ(id->hex(), kAbc);
    EXPECT_EQ(id->shortHex(), "ba7816bf8f01");
    EXPECT_TRUE(id->valid());
    EXPECT_EQ(*id, *ImageId::fromHex(kAbc));
}

TEST(ImageIdTest, FromHexRejectsWrongLengthAndNonHex) {
    const std::string good = kAbc;
    for (const std::string& bad : {std::string(), good.substr(1), good + "0",
                                   "g" + good.substr(1), " " + good.substr(1)}) {
        const auto id = ImageId::fromHex(bad);
        ASSERT_FALSE(id) << bad;
        EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_FALSE(ImageId().valid());
}

TEST(ImageIdTest, OfFileHashesTheBytes) {
    test::TempDir dir("dermalens-imageid");
    writeBytes(dir / "abc.jpg", "abc");
    EXPECT_EQ(ImageId::ofFile((dir / "abc.jpg").string())->hex(), kAbc);
    writeBytes(dir / "empty", "");
    EXPECT_EQ(ImageId::ofFile((dir / "empty").string())->hex(),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ImageIdTest, OfFileReadsLargeFilesInChunks) {
    test::TempDir dir("dermalens-imageid");
    std::string bytes(3 * (1 << 20) + 17, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131) >> 3);
    writeBytes(dir / "big.dcm", bytes);
    EXPECT_EQ(ImageId::ofFile((dir / "big.dcm").string())->hex(), oneShotSha256(bytes));
}

TEST(ImageIdTest, OfFileNamesAMissingFile) {
    test::TempDir dir("dermalens-imageid");
    const auto missing = ImageId::ofFile((dir / "absent.png").string());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(missing.error().file, (dir / "absent.png").string());
    const auto directory = ImageId::ofFile(dir.path().string());
    ASSERT_FALSE(directory);
    EXPECT_EQ(directory.error().code, ErrorCode::Unreadable);
}

TEST(ImageIdTest, ImageKindRoundTrips) {
    for (auto kind : {ImageKind::Dermoscopic, ImageKind::ClinicalCloseUp, ImageKind::Overview})
        EXPECT_EQ(parseImageKind(toString(kind)), kind);
    EXPECT_EQ(toString(ImageKind::ClinicalCloseUp), "clinical");
    EXPECT_EQ(parseImageKind("Dermoscopic"), std::nullopt);
    EXPECT_EQ(parseImageKind(""), std::nullopt);
}

}  // namespace
}  // namespace dermalens
