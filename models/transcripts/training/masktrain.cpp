// The masker's training run: masks labelled call sets as the command line and the pages do, so
// that the compiler can lay out the masker's code by the paths real text takes (see
// CMakeLists.txt beside this file). Reads every *.jsonl file in the folders it is given; prints
// how many texts it masked; a line that is not a labelled line stops it with its file and line.
// Nothing is written but the compiler's profile.
#include "models/transcripts/masktext.h"
#include "models/transcripts/piimasker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>

using namespace cxone;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QByteArray plain; // every text, one after another, a line end between
    QByteArray jsonl; // the files as they are
    qint64 texts = 0;
    const QStringList folders = app.arguments().mid(1);
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList files
                = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "masktrain: cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray all = f.readAll();
            jsonl += all;
            if (!all.endsWith('\n'))
                jsonl += '\n';
            // (a blank line and a comment, "# …", are no labelled lines; any other line that
            // is not an object with its "text" is an error: the training data is the project's
            // own, and a broken file must not shrink the profile unseen)
            qsizetype number = 0;
            for (const QByteArray &line : all.split('\n')) {
                ++number;
                const QByteArray trimmed = line.trimmed();
                if (trimmed.isEmpty() || trimmed.startsWith('#'))
                    continue;
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
                const QJsonValue text = doc.object().value(QStringLiteral("text"));
                if (error.error != QJsonParseError::NoError || !doc.isObject()
                    || !text.isString()) {
                    std::fprintf(stderr,
                                 "masktrain: %s, line %lld: not a labelled line (a JSON object "
                                 "with its \"text\")\n",
                                 qPrintable(f.fileName()), static_cast<long long>(number));
                    return 1;
                }
                if (text.toString().isEmpty())
                    continue;
                plain += text.toString().toUtf8();
                plain += '\n';
                ++texts;
            }
        }
    }
    if (texts == 0) {
        std::fprintf(stderr, "masktrain: no labelled text found\n");
        return 1;
    }
    qint64 masked = 0;
    for (const MaskPolicy policy : {MaskPolicy::Strict, MaskPolicy::Balanced}) {
        PiiMasker::Options options;
        options.policy = policy;
        const PiiMasker masker(options);
        masked += maskLines(masker, plain, false, 1).lines;
        if (policy == MaskPolicy::Strict)
            masked += maskLines(masker, jsonl, true, 1).lines;
    }
    std::printf("masktrain: %lld texts, %lld lines masked\n", static_cast<long long>(texts),
                static_cast<long long>(masked));
    return 0;
}
