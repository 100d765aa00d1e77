#pragma once

namespace cxone {

// A process that holds a tenant's secret and tokens, or a caller's transcripts: no core dump (a
// core size limit of 0, soft and hard), and no other process of the same user may read its
// memory (PR_SET_DUMPABLE 0). The console and the command line call it first thing; the
// simulator does not (it holds nothing of a tenant's).
void protectProcessMemory();

// Overwrites an environment variable's text with zeros where the process keeps it (what
// /proc/PID/environ shows and a core dump would hold), then unsets it, so that nothing started
// later inherits it. A process that needs the value takes it first (takeSecretFromEnvironment).
void scrubEnvironmentVariable(const char *name);

} // namespace cxone
