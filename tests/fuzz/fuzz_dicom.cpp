// libFuzzer target: the DICOM loader (DCMTK parse, transfer syntaxes and codecs, geometry checks,
// metadata and character sets). The input is the part after the 128-byte preamble and "DICM",
// which are added here so that mutations are spent on the data set, not on the magic.
#include <string>

#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dermalens::fuzz;
    static const auto path = scratchDir() / "input.dcm";
    static const std::string preamble = std::string(128, '\0') + "DICM";
    writeFile(path, data, size, preamble);
    loadEveryWay(path);
    return 0;
}
