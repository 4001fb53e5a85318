// Result and error types shared by the whole core.
// The core never throws across its public API: every fallible call returns Result<T>,
// which holds either the value or an Error naming the file (when there is one) and the reason.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <tl/expected.hpp>

#include "dermalens/text/Utf8.h"

namespace dermalens {

enum class ErrorCode {
    NotFound,         // file or directory missing
    Unreadable,       // exists but cannot be opened/read
    UnsupportedFormat,  // not an image / unsupported transfer syntax or photometric
    Corrupt,          // truncated or malformed content
    TooLarge,         // dimensions or pixel count beyond the configured limits
    InvalidModel,     // model card or module does not conform to the contract
    InvalidArgument,  // caller passed something meaningless (empty input, bad class index)
    DeviceUnavailable,  // e.g. CUDA requested but not present
    Cancelled,        // a cancel callback asked to stop
    Internal,         // a library failed in an unexpected way (message says how)
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string file;    // the file concerned, empty when none
    std::string reason;  // plain words, no library jargon where avoidable

    // "file: reason" (or just the reason when there is no file).
    [[nodiscard]] std::string message() const {
        return file.empty() ? reason : file + ": " + reason;
    }
};

template <typename T>
using Result = tl::expected<T, Error>;

// File names from a foreign disk and text a damaged file made a library quote need not be UTF-8;
// they are repaired here, once for every caller, so an Error can always be shown or written as
// JSON (the name read as Latin-1 where it is not UTF-8, invalid bytes of the reason as U+FFFD).
inline tl::unexpected<Error> fail(ErrorCode code, std::string file, std::string reason) {
    return tl::unexpected<Error>(Error{code, utf8OrLatin1(file), toValidUtf8(reason)});
}

// Long operations report progress as (done, total) and poll a cancel callback;
// both may be empty.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;
using CancelCallback = std::function<bool()>;

}  // namespace dermalens
