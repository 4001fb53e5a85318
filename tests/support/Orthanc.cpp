#include "Orthanc.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

namespace dermalens::test {
namespace fs = std::filesystem;
namespace {

sockaddr_in loopback(int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

bool accepts(int port) {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) return false;
    sockaddr_in a = loopback(port);
    const bool ok = connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    close(s);
    return ok;
}

std::string tail(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

std::string errorLines(const std::string& command) {
    std::string errors;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return "cannot run: " + command;
    std::array<char, 4096> line{};
    while (std::fgets(line.data(), line.size(), pipe))
        if (std::string(line.data()).rfind("Error", 0) == 0) errors += line.data();
    pclose(pipe);
    return errors;
}

}  // namespace

int freeLoopbackPort() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t size = sizeof a;
    int port = 0;
    if (s >= 0 && bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        getsockname(s, reinterpret_cast<sockaddr*>(&a), &size) == 0)
        port = ntohs(a.sin_port);
    if (s >= 0) close(s);
    return port;
}

std::optional<std::string> OrthancServer::unavailable() {
    if (access(kOrthancBinary, X_OK) != 0)
        return std::string("Orthanc is not installed (") + kOrthancBinary +
               "; Debian package `orthanc`)";
    return std::nullopt;
}

OrthancServer::OrthancServer(const fs::path& folder, Config config)
    : folder_(folder), config_(std::move(config)) {}

OrthancServer::~OrthancServer() { stop(); }

bool OrthancServer::start(std::string& why) {
    dicom_port_ = freeLoopbackPort();
    http_port_ = freeLoopbackPort();
    fs::create_directories(folder_ / "storage");
    fs::create_directories(folder_ / "index");
    const fs::path config = folder_ / "orthanc.json";
    std::ofstream(config) << "{\n"
                          << "  \"Name\": \"dermalens-test\",\n"
                          << "  \"StorageDirectory\": \"" << (folder_ / "storage").string()
                          << "\",\n"
                          << "  \"IndexDirectory\": \"" << (folder_ / "index").string() << "\",\n"
                          << "  \"DicomAet\": \"" << config_.aet << "\",\n"
                          << "  \"DicomPort\": " << dicom_port_ << ",\n"
                          << "  \"HttpPort\": " << http_port_ << ",\n"
                          << "  \"RemoteAccessAllowed\": false,\n"
                          << "  \"DicomCheckCalledAet\": true,\n"
                          << "  \"DicomAlwaysAllowEcho\": false,\n"
                          << "  \"DicomAlwaysAllowStore\": false,\n"
                          << "  \"DicomCheckModalityHost\": true,\n"
                          << "  \"DicomScuTimeout\": 10,\n"
                          << "  \"Plugins\": [],\n"
                          << "  \"DicomModalities\": { \"dermalens\": [\"" << config_.our_aet
                          << "\", \"127.0.0.1\", " << (config_.our_port > 0 ? config_.our_port : 1)
                          << "] }\n"
                          << "}\n";
    const fs::path log = folder_ / "orthanc.log";
    pid_ = fork();
    if (pid_ == 0) {
        const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, STDOUT_FILENO);
        dup2(out, STDERR_FILENO);
        execl(kOrthancBinary, kOrthancBinary, config.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    if (pid_ < 0) return why = "cannot fork", false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        if (accepts(dicom_port_)) return true;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return why = "Orthanc exited at start:\n" + tail(log), false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    why = "Orthanc did not accept connections within 30 s:\n" + tail(log);
    stop();
    return false;
}

void OrthancServer::stop() {
    if (pid_ <= 0) return;
    // Only the process this object started. Its storage is thrown away, so a server that
    // takes its time over a clean shutdown (Orthanc needs seconds) is killed after 2 s.
    kill(pid_, SIGTERM);
    for (int i = 0; i < 40; ++i) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

std::optional<std::string> dciodvfyErrors(const fs::path& file) {
    if (access("/usr/bin/dciodvfy", X_OK) != 0) return std::nullopt;
    return errorLines("/usr/bin/dciodvfy -new '" + file.string() + "' 2>&1");
}

std::optional<std::string> dcentvfyErrors(const std::string& quoted_files) {
    if (access("/usr/bin/dcentvfy", X_OK) != 0) return std::nullopt;
    return errorLines("/usr/bin/dcentvfy " + quoted_files + " 2>&1");
}

}  // namespace dermalens::test
