#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace cxone {

// SHA-256 through OpenSSL's libcrypto (which uses the processor's SHA instructions where it has
// them: about 14 times Qt 6.4's QCryptographicHash here). The same digests, so every journal,
// audit chain and digest written before still verifies.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // the 32-byte digest; the object starts again afterwards
    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace cxone
