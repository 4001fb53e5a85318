// A DICOM node (a PACS or another workstation) and what queries to it return.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace dermalens {

struct PacsNode {
    std::string host = "127.0.0.1";
    int port = 104;
    std::string called_aet;                 // the node's AE title
    std::string calling_aet = "DERMALENS";  // ours, as the node has it configured
    // Connecting, negotiating and waiting for each message: no call ever waits longer.
    int timeout_seconds = 15;
    // C-MOVE only: the port our receiver listens on while a move runs (the node sends the
    // objects there, to `calling_aet`, so it must have us configured with this port).
    int receive_port = 0;
};

// Any field may be empty (matches all); DICOM wildcards (* and ?) and date ranges
// (20240101-20241231) are passed through.
struct PacsQuery {
    std::string patient_id;
    std::string patient_name;
    std::string study_date;
    std::string study_uid;
    std::string accession_number;
};

struct PacsPatient {
    std::string patient_id;
    std::string name;  // UTF-8
    std::string birth_date;
    std::string sex;
    int studies = -1;  // -1 when the node does not say
};

struct PacsStudy {
    std::string study_uid;
    std::string patient_id;
    std::string patient_name;
    std::string study_date;
    std::string description;
    std::string accession_number;
    std::string modalities;  // e.g. "DMS\SR"
    int series = -1;
    int instances = -1;
};

enum class RetrieveMethod {
    Get,   // C-GET: the objects come back on our own association (no port to open)
    Move,  // C-MOVE to ourselves: the node connects to PacsNode::receive_port
};

struct RetrieveResult {
    // Complete objects received, one file each: the clinical images, and the rest (structured
    // reports, documents, derived images such as heatmaps), which a store does not import.
    std::vector<std::filesystem::path> images;
    std::vector<std::filesystem::path> others;
    std::size_t failed = 0;  // sub-operations the node reports as failed
};

struct StoreResult {
    std::size_t sent = 0;
    std::vector<std::pair<std::filesystem::path, std::string>> failed;  // file, why
};

}  // namespace dermalens
