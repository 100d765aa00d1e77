// The masker's training run: masks labelled call sets as the command line and the pages do, so
// that the compiler can lay out the masker's code by the paths real text takes (see
// CMakeLists.txt beside this file). Reads every *.jsonl file in the folders it is given; prints
// how many texts it masked; a line that is not a labelled line stops it with its file and line
// (the labelled files are read by piieval's reader, as `transcripts mask --eval` reads them).
// Nothing is written but the compiler's profile.
#include "models/engine/io/boundedinput.h"
#include "models/transcripts/masktext.h"
#include "models/transcripts/piieval.h"
#include "models/transcripts/piimasker.h"

#include <QCoreApplication>
#include <QDir>

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
            // (read as `--eval` reads a labelled file, piieval's readGold: a line that is
            // neither labelled nor a comment stops the run with its file and line; a broken file
            // must not shrink the profile unseen)
            const QString path = dir.filePath(name);
            QByteArray bytes;
            QString error;
            std::vector<GoldLine> lines;
            if (!readBounded(path, qint64(256) * 1024 * 1024, &bytes, &error,
                             QStringLiteral("the labelled file '%1'").arg(path))) {
                std::fprintf(stderr, "masktrain: %s\n", qPrintable(error));
                return 1;
            }
            if (!readGold(bytes, &lines, &error)) {
                std::fprintf(stderr, "masktrain: %s, %s\n", qPrintable(path), qPrintable(error));
                return 1;
            }
            jsonl += bytes;
            if (!bytes.endsWith('\n'))
                jsonl += '\n';
            for (const GoldLine &line : lines) {
                const QByteArray text = line.text.toUtf8();
                if (text.isEmpty())
                    continue;
                plain += text;
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
