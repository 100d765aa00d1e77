#pragma once

#include "ui/featurepage.h"

namespace cxone {

class ContactListsWorkspace;
class EntityPicker;
class RunBar;

// Contact lists: pick a list, load it (which also counts the regions its numbers belong to and
// proposes them), set the directive, preview what sanitizing would do, override rows, export the
// preview, and only then apply (journaled; a large purge asks for its count to be typed). Every
// run on the list stays in its history with "Undo this run". A layout of panels over the
// feature's workspace.
class ContactListsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit ContactListsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~ContactListsPage() override;

    ContactListsWorkspace *workspace() const { return m_workspace; }

private:
    EntityPicker *buildPicker();
    void apply();

    ContactListsWorkspace *m_workspace;
    RunBar *m_runBar;
};

} // namespace cxone
