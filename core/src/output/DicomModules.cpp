#include "output/DicomModules.h"

#include <algorithm>

#ifndef DERMALENS_VERSION
#define DERMALENS_VERSION "0"
#endif

namespace dermalens::output {
namespace {

bool ascii(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool allAscii(const ObjectContext& c) {
    return ascii(c.patient.name) && ascii(c.patient.id) && ascii(c.patient.issuer) &&
           ascii(c.study.description) && ascii(c.study.id) && ascii(c.series.description);
}

}  // namespace

void writeCommonModules(DatasetWriter& out, const ObjectContext& c) {
    if (!allAscii(c)) out.put(DCM_SpecificCharacterSet, "ISO_IR 192");
    out.put(DCM_SOPClassUID, c.instance.sop_class).put(DCM_SOPInstanceUID, c.instance.sop_instance);
    out.putIfAny(DCM_InstanceCreationDate, c.instance.content_date);
    out.putIfAny(DCM_InstanceCreationTime, c.instance.content_time);
    // Patient
    out.put(DCM_PatientName, c.patient.name).put(DCM_PatientID, c.patient.id);
    out.putIfAny(DCM_IssuerOfPatientID, c.patient.issuer);
    out.put(DCM_PatientBirthDate, c.patient.birth_date).put(DCM_PatientSex, c.patient.sex);
    // General Study
    out.put(DCM_StudyInstanceUID, c.study.uid).put(DCM_StudyDate, c.study.date);
    out.put(DCM_StudyTime, c.study.time).put(DCM_ReferringPhysicianName, "");
    out.put(DCM_StudyID, c.study.id).put(DCM_AccessionNumber, "");
    out.putIfAny(DCM_StudyDescription, c.study.description);
    // General Series
    out.put(DCM_Modality, c.series.modality).put(DCM_SeriesInstanceUID, c.series.uid);
    out.put(DCM_SeriesNumber, std::to_string(c.series.number));
    out.putIfAny(DCM_SeriesDescription, c.series.description);
    // General Equipment (Type 2 manufacturer)
    out.put(DCM_Manufacturer, "Dermalens");
    // General Image / instance
    out.put(DCM_InstanceNumber, std::to_string(c.instance.number));
    // Absent rather than empty when unknown: several IODs make them Type 1C.
    out.putIfAny(DCM_ContentDate, c.instance.content_date);
    out.putIfAny(DCM_ContentTime, c.instance.content_time);
}

void writeSoftwareEquipment(DatasetWriter& out) {
    out.put(DCM_ManufacturerModelName, "Dermalens workstation");
    // The software has no hardware serial; its version identifies what produced the object.
    out.put(DCM_DeviceSerialNumber, "DERMALENS-" DERMALENS_VERSION);
    out.put(DCM_SoftwareVersions, DERMALENS_VERSION);
}

void writeConversionType(DatasetWriter& out) { out.put(DCM_ConversionType, "WSD"); }

void writeRgbPixels(DatasetWriter& out, const cv::Mat& rgb) {
    out.putUint16(DCM_SamplesPerPixel, 3).put(DCM_PhotometricInterpretation, "RGB");
    out.putUint16(DCM_PlanarConfiguration, 0);
    out.putUint16(DCM_Rows, static_cast<Uint16>(rgb.rows));
    out.putUint16(DCM_Columns, static_cast<Uint16>(rgb.cols));
    out.putUint16(DCM_BitsAllocated, 8).putUint16(DCM_BitsStored, 8).putUint16(DCM_HighBit, 7);
    out.putUint16(DCM_PixelRepresentation, 0);
    const cv::Mat packed = rgb.isContinuous() ? rgb : rgb.clone();
    out.check(out.item().putAndInsertUint8Array(DCM_PixelData, packed.ptr<Uint8>(),
                                                static_cast<unsigned long>(packed.total() * 3)),
              "PixelData");
}

std::string dicomLaterality(const std::string& laterality) {
    if (laterality == "L" || laterality == "R" || laterality == "B") return laterality;
    return {};
}

}  // namespace dermalens::output
