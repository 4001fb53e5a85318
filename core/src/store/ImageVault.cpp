#include "dermalens/store/ImageVault.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace dermalens {
namespace fs = std::filesystem;
namespace {

std::string lowerExtension(const fs::path& source) {
    std::string ext = source.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const bool plain = std::all_of(ext.begin(), ext.end(), [](unsigned char c) {
        return c == '.' || std::isalnum(c);
    });
    return plain && ext.size() <= 8 ? ext : std::string();
}

std::string errnoText(int err) {
    if (err == ENOSPC) return "the disk is full";
    if (err == EROFS) return "the store is on a read-only file system";
    if (err == EACCES || err == EPERM) return "permission denied";
    return std::strerror(err);
}

// Copies with POSIX calls so the data can be fsync'ed before the rename makes it visible.
Result<void> copyFile(const fs::path& from, const fs::path& to, bool durable) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return fail(ErrorCode::Unreadable, from.string(), errnoText(errno));
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return fail(ErrorCode::Unreadable, to.string(), "cannot write: " + errnoText(err));
    }
    std::vector<char> buffer(1 << 20);
    Result<void> result;
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n == 0) break;
        if (n < 0) {
            result = fail(ErrorCode::Unreadable, from.string(), errnoText(errno));
            break;
        }
        if (::write(out, buffer.data(), static_cast<std::size_t>(n)) != n) {
            result = fail(ErrorCode::Unreadable, to.string(), "cannot write: " + errnoText(errno));
            break;
        }
    }
    if (result && durable && ::fsync(out) != 0)
        result = fail(ErrorCode::Unreadable, to.string(), "cannot flush: " + errnoText(errno));
    ::close(in);
    if (::close(out) != 0 && result)
        result = fail(ErrorCode::Unreadable, to.string(), "cannot close: " + errnoText(errno));
    return result;
}

void syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

ImageVault::ImageVault(fs::path store_directory) : root_(std::move(store_directory)) {}

std::string ImageVault::managedPath(const ImageId& id, const fs::path& source) {
    return "images/" + id.hex().substr(0, 2) + "/" + id.hex() + lowerExtension(source);
}

fs::path ImageVault::absolute(const std::string& managed_path) const {
    return root_ / managed_path;
}

Result<std::string> ImageVault::put(const ImageId& id, const fs::path& source,
                                    bool durable) const {
    const std::string relative = managedPath(id, source);
    const fs::path target = absolute(relative);
    std::error_code ec;
    if (fs::exists(target, ec) && verify(id, relative))
        return relative;  // already there, complete (a power cut may have left it truncated)
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return fail(ErrorCode::Unreadable, target.parent_path().string(),
                    "cannot create the image folder: " + ec.message());
    const fs::path temporary = target.string() + ".part";
    if (auto copied = copyFile(source, temporary, durable); !copied) {
        fs::remove(temporary, ec);
        return tl::unexpected(copied.error());
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return fail(ErrorCode::Unreadable, target.string(), "cannot rename into place");
    }
    if (durable) syncDirectory(target.parent_path());
    return relative;
}

Result<void> ImageVault::flush() const {
    const int fd = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return fail(ErrorCode::Unreadable, root_.string(), errnoText(errno));
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) return fail(ErrorCode::Unreadable, root_.string(), "cannot flush: " + errnoText(err));
    return {};
}

Result<void> ImageVault::remove(const std::string& managed_path) const {
    std::error_code ec;
    fs::remove(absolute(managed_path), ec);
    if (ec) return fail(ErrorCode::Unreadable, absolute(managed_path).string(), ec.message());
    return {};
}

bool ImageVault::verify(const ImageId& id, const std::string& managed_path) const {
    const auto actual = ImageId::ofFile(absolute(managed_path).string());
    return actual && *actual == id;
}

}  // namespace dermalens
