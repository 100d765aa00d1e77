#include "network/processguard.h"

#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

extern char **environ;

namespace cxone {

void protectProcessMemory()
{
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // No core file either way, also where a sandbox keeps the process dumpable: a limit of 0
    // that the process cannot raise again.
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

void scrubEnvironmentVariable(const char *name)
{
    const size_t nameLength = std::strlen(name);
    for (char **e = environ; e && *e; ++e) {
        char *entry = *e;
        if (std::strncmp(entry, name, nameLength) != 0 || entry[nameLength] != '=')
            continue;
        // The strings of the first environment are the ones the kernel shows; one set later
        // is the C library's copy. Both are overwritten where they are. (explicit_bzero: a
        // store the compiler may not drop.)
        ::explicit_bzero(entry + nameLength + 1, std::strlen(entry + nameLength + 1));
    }
    ::unsetenv(name);
}

} // namespace cxone
