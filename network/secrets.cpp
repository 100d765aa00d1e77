#include "network/secrets.h"
#include "network/processguard.h"

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>
#include <utility>

extern char **environ;

namespace cxone {

SecretBytes::SecretBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_data = static_cast<char *>(std::malloc(size_t(bytes.size())));
    if (!m_data)
        return;
    std::memcpy(m_data, bytes.data(), size_t(bytes.size()));
    m_size = bytes.size();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, size_t(m_size)); // not optimised away, unlike memset
        std::free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool wipe(QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        bytes.clear();
        return true;
    }
    // data() would detach a shared array and wipe only the new copy.
    if (!bytes.isDetached())
        return false;
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
    return true;
}

SecretBytes takeSecretFromEnvironment(const char *name)
{
    const size_t nameLength = std::strlen(name);
    SecretBytes secret;
    for (char **e = environ; e && *e; ++e) {
        const char *entry = *e;
        if (std::strncmp(entry, name, nameLength) == 0 && entry[nameLength] == '=') {
            secret = SecretBytes(QByteArrayView(entry + nameLength + 1));
            break;
        }
    }
    scrubEnvironmentVariable(name);
    return secret;
}

} // namespace cxone
