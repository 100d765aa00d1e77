#pragma once

// What a test does to a journal the way someone tampering with it, or a killed run, would:
// forge it (edit lines and chain them again without the key) or cut it after a line.
// Header-only.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace cxone::testsupport {

// A file's lines, without the empty one after the last line end.
inline QList<QByteArray> fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// Writes each line with its line end.
inline bool writeFileLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QByteArray &line : lines) {
        if (f.write(line) != line.size() || !f.putChar('\n'))
            return false;
    }
    return true;
}

// What a forger without the key can do: edit every line, then compute each sum again the way
// a journal without a key (version 3) was chained: SHA-256 over the previous sum and the line.
inline bool forgeJournal(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QByteArray prev;
    QList<QByteArray> out;
    for (const QByteArray &raw : fileLines(path)) {
        QJsonObject o = QJsonDocument::fromJson(raw).object();
        o.remove(QStringLiteral("sum"));
        edit(o);
        const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(prev);
        h.addData("\n");
        h.addData(body);
        prev = h.result().left(16).toHex();
        out << body.chopped(1) + ",\"sum\":\"" + prev + "\"}";
    }
    return writeFileLines(path, out);
}

// Keeps the lines up to the first that contains `marker`, as a run killed right after writing
// it leaves the journal. False when no line has it.
inline bool cutJournalAfter(const QString &path, const QByteArray &marker)
{
    QList<QByteArray> lines = fileLines(path);
    const auto at = std::find_if(lines.begin(), lines.end(),
                                 [&marker](const QByteArray &l) { return l.contains(marker); });
    if (at == lines.end())
        return false;
    lines.erase(at + 1, lines.end());
    return writeFileLines(path, lines);
}

} // namespace cxone::testsupport
