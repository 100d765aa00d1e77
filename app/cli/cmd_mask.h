#pragma once

#include "app/cli/cliio.h"
#include "models/transcripts/piimasker.h"

#include <QCommandLineOption>
#include <QList>

namespace cxone {

// `transcripts mask`: standard input masked to standard output, or the masker scored against a
// labelled file (--eval). It needs Qt Core and the masker alone, so it is the one command the
// small launcher (launcher.cpp) runs itself; the full runner registers the same function.
int transcriptsMask(CliIo &io, const QCommandLineParser &args, const QStringList &positional);

// What `transcripts mask` is called and how it is described, for both programs.
QStringList transcriptsMaskWords();
QString transcriptsMaskSummary();
QList<QCommandLineOption> transcriptsMaskOptions();

// Options `transcripts extract` shares with it.
QCommandLineOption maskPolicyOption();
QCommandLineOption entitiesOption();
// --entities and --mask-policy read; false after printing the problem, with *code set.
bool readEntities(CliIo &io, const QCommandLineParser &args, quint32 *entities, int *code);
bool readMaskPolicy(CliIo &io, const QCommandLineParser &args, MaskPolicy *policy, int *code);

} // namespace cxone
