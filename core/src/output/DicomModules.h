// The modules every object Dermalens writes shares: patient, study, series, equipment, SOP.
#pragma once

#include <string>

#include <opencv2/core/mat.hpp>

#include "output/DicomWrite.h"

namespace dermalens::output {

struct PatientModule {
    std::string name;  // UTF-8
    std::string id;
    std::string issuer;
    std::string birth_date;  // YYYYMMDD
    std::string sex;         // M, F, O or empty
};

struct StudyModule {
    std::string uid;
    std::string date;  // YYYYMMDD
    std::string time;
    std::string id;
    std::string description;
};

struct SeriesModule {
    std::string uid;
    int number = 1;
    std::string modality;
    std::string description;
};

struct InstanceModule {
    std::string sop_class;
    std::string sop_instance;
    int number = 1;
    std::string content_date;  // YYYYMMDD
    std::string content_time;
};

struct ObjectContext {
    PatientModule patient;
    StudyModule study;
    SeriesModule series;
    InstanceModule instance;
};

// SOP Common, Patient, General Study, Patient Study (nothing), General Series and General
// Equipment. Specific Character Set is ISO_IR 192 (UTF-8) when any text is not ASCII.
void writeCommonModules(DatasetWriter& out, const ObjectContext& context);

// Enhanced General Equipment (Type 1 manufacturer, model, serial and software version) and
// the SC Equipment module's conversion type, which every derived object carries.
void writeSoftwareEquipment(DatasetWriter& out);
void writeConversionType(DatasetWriter& out);

// Image Pixel module and Pixel Data for 8-bit RGB pixels (colour-by-pixel).
void writeRgbPixels(DatasetWriter& out, const cv::Mat& rgb);

// DICOM CS for a laterality kept as "L", "R" or "B".
[[nodiscard]] std::string dicomLaterality(const std::string& laterality);

}  // namespace dermalens::output
