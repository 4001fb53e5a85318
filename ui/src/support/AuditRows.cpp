#include "support/AuditRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

QString csvField(const std::string& value) {
    QString text = qs(value);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

bool contains(const std::string& haystack, const QString& needle) {
    return qs(haystack).contains(needle, Qt::CaseInsensitive);
}

}  // namespace

AuditFilter storeFilter(const AuditViewFilter& filter) {
    AuditFilter out;
    out.action = filter.action.toStdString();
    if (filter.since.isValid()) out.since = filter.since.toString(Qt::ISODate).toStdString();
    if (filter.until.isValid())
        out.until = filter.until.addDays(1).toString(Qt::ISODate).toStdString();
    return out;
}

std::vector<AuditEntry> matching(const std::vector<AuditEntry>& entries,
                                 const AuditViewFilter& filter) {
    std::vector<AuditEntry> out;
    for (const AuditEntry& e : entries) {
        if (!filter.user.isEmpty() && !contains(e.user, filter.user)) continue;
        if (!filter.text.isEmpty() && !contains(e.object, filter.text) &&
            !contains(e.details, filter.text) && !contains(e.workstation, filter.text))
            continue;
        out.push_back(e);
    }
    return out;
}

QByteArray auditCsv(const std::vector<AuditEntry>& entries) {
    QString out = QStringLiteral("seq,at,user,workstation,action,object,details,prev_hash,hash\r\n");
    for (const AuditEntry& e : entries) {
        const QStringList fields{QString::number(e.seq), csvField(e.at),     csvField(e.user),
                                 csvField(e.workstation), csvField(e.action), csvField(e.object),
                                 csvField(e.details),     csvField(e.prev_hash), csvField(e.hash)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray auditJson(const std::vector<AuditEntry>& entries) {
    QJsonArray array;
    for (const AuditEntry& e : entries) {
        // details is itself a JSON object: kept as one, not as a string.
        const QJsonDocument details = QJsonDocument::fromJson(QByteArray::fromStdString(e.details));
        array.append(QJsonObject{
            {"seq", static_cast<qint64>(e.seq)},
            {"at", qs(e.at)},
            {"user", qs(e.user)},
            {"workstation", qs(e.workstation)},
            {"action", qs(e.action)},
            {"object", qs(e.object)},
            {"details", details.isObject() ? QJsonValue(details.object()) : QJsonValue(qs(e.details))},
            {"prev_hash", qs(e.prev_hash)},
            {"hash", qs(e.hash)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

}  // namespace dermalens::ui
