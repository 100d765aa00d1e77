// The masker's training run: masks labelled call sets as the command line and the pages do, so
// that the compiler can lay out the masker's code by the paths real text takes (see
// CMakeLists.txt beside this file). Reads every *.jsonl file in the folders it is given; prints
// how many texts it masked. Nothing is written but the compiler's profile.
#include "models/transcripts/masktext.h"
#include "models/transcripts/piimasker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
            for (const QByteArray &line : all.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                const QString text = o.value(QStringLiteral("text")).toString();
                if (text.isEmpty())
                    continue;
                plain += text.toUtf8();
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
