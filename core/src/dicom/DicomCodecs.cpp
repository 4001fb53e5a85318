#include "dicom/DicomCodecs.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace dermalens::detail {

void ensureDicomCodecsRegistered() {
    static std::once_flag once;
    std::call_once(once, [] {
        // YBR JPEG data is converted to RGB while decompressing (the default), which is what
        // DicomImage then renders.
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
        // Hostile files are reported through Result; DCMTK's own warnings would only add noise.
        OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    });
}

}  // namespace dermalens::detail
