// One-time, thread-safe registration of DCMTK's decompression codecs (private to the core).
#pragma once

namespace dermalens::detail {

// Registers JPEG (baseline, extended, lossless), JPEG-LS and RLE decoders exactly once.
void ensureDicomCodecsRegistered();

}  // namespace dermalens::detail
