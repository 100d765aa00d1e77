#pragma once

#include "ui/featurepage.h"

namespace cxone {

class TranscriptsWorkspace;

// Transcript extraction: search a period's interactions, choose some, extract them (the tenant's
// job, downloads, local masking, written to a folder or JSONL, pushed to a data lake), follow
// each artifact, and read a masked transcript with every mask shown as a chip naming its type.
// A layout of panels over the feature's workspace.
class TranscriptsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit TranscriptsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~TranscriptsPage() override;

    TranscriptsWorkspace *workspace() const { return m_workspace; }

private:
    TranscriptsWorkspace *m_workspace;
};

} // namespace cxone
