#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cxone {

// The bytes of a secret, kept in one place: never shared (Qt's containers share their data on
// copy and leave the old bytes behind when they grow), moved but never copied by accident, and
// overwritten with zeros before their memory is given back.
class SecretBytes final
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    void clear();

private:
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Overwrites the bytes with zeros and empties the array, when it is the only holder of them;
// false when they are shared (the other holder's copy cannot be reached from here).
bool wipe(QByteArray &bytes);

// Takes a secret from an environment variable and removes it from the process
// (scrubEnvironmentVariable, network/processguard.h).
SecretBytes takeSecretFromEnvironment(const char *name);

} // namespace cxone
