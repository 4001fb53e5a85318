// A throwaway Orthanc (Debian package `orthanc`) for the PACS tests, and the dicom3tools
// validators the DICOM output tests run on every file they make.
//
// The server gets a fresh configuration and storage in a temporary folder, DICOM and HTTP
// on free loopback ports (Orthanc has no bind-address option: remote access is off and it
// accepts only the AE titles configured here), and is stopped by the process id it was
// started with.
#pragma once

#include <sys/types.h>
#include <filesystem>
#include <optional>
#include <string>

namespace dermalens::test {

inline constexpr const char* kOrthancBinary = "/usr/sbin/Orthanc";

// A port on 127.0.0.1 that nothing listens on right now.
int freeLoopbackPort();

class OrthancServer {
public:
    struct Config {
        std::string aet = "DLTESTPACS";
        std::string our_aet = "DERMALENSTEST";  // the only modality it talks to
        int our_port = 0;                       // where it sends C-MOVEd objects
    };

    // Why no Orthanc can run here (not installed), or nullopt.
    static std::optional<std::string> unavailable();

    OrthancServer(const std::filesystem::path& folder, Config config);
    ~OrthancServer();  // stops the process it started (SIGTERM, then SIGKILL)
    OrthancServer(const OrthancServer&) = delete;
    OrthancServer& operator=(const OrthancServer&) = delete;

    // Writes the configuration, starts Orthanc and waits until its DICOM port accepts
    // connections; false with the reason (and the end of its log) otherwise.
    bool start(std::string& why);
    void stop();

    [[nodiscard]] int dicomPort() const { return dicom_port_; }
    [[nodiscard]] const Config& config() const { return config_; }

private:
    std::filesystem::path folder_;
    Config config_;
    int dicom_port_ = 0;
    int http_port_ = 0;
    pid_t pid_ = -1;
};

// dicom3tools: the "Error" lines dciodvfy prints for `file` (empty: valid), and the same
// for dcentvfy over a set of files (patient/study/series consistency). nullopt when the
// tool is not installed.
std::optional<std::string> dciodvfyErrors(const std::filesystem::path& file);
std::optional<std::string> dcentvfyErrors(const std::string& quoted_files);

}  // namespace dermalens::test
