#include "audit/AuditChain.h"

#include <pwd.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "audit/Sha256Text.h"

namespace dermalens::detail {
namespace {

void appendField(std::string& out, const std::string& value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += ';';
}

std::string loginName() {
    std::array<char, 256> name{};
    if (getlogin_r(name.data(), name.size()) == 0 && name[0] != '\0') return name.data();
    // No controlling terminal (services, tests, the GUI started from a desktop menu).
    if (const char* user = std::getenv("USER"); user && *user) return user;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    return "uid:" + std::to_string(geteuid());
}

std::string hostName() {
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) == 0 && host[0] != '\0') return host.data();
    return "unknown";
}

}  // namespace

std::string canonicalAuditFields(const AuditEntry& entry) {
    std::string out = "dermalens-audit-v1;";
    appendField(out, std::to_string(entry.seq));
    appendField(out, entry.at);
    appendField(out, entry.user);
    appendField(out, entry.workstation);
    appendField(out, entry.action);
    appendField(out, entry.object);
    appendField(out, entry.details);
    return out;
}

std::string auditEntryHash(const std::string& prev_hash, const AuditEntry& entry) {
    return sha256Hex(prev_hash + canonicalAuditFields(entry));
}

std::string auditChainProblem(const std::string& expected_prev, const AuditEntry& entry) {
    if (entry.prev_hash != expected_prev)
        return "its link to the entry before it is broken (an entry was removed, inserted or "
               "altered before it)";
    if (entry.hash != auditEntryHash(entry.prev_hash, entry))
        return "its content does not match its hash (the entry was altered)";
    return {};
}

AuditIdentity currentAuditIdentity() { return {loginName(), hostName()}; }

std::string utcNowIso8601() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                  utc.tm_sec, static_cast<int>(millis));
    return text.data();
}

}  // namespace dermalens::detail
