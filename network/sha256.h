#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace cxone {

// SHA-256 and HMAC-SHA-256 through OpenSSL's libcrypto, the one SHA-256 API of the console and
// the command line (journals, the audit trail and its anchor, the enrichment plan's digest, the
// export's and the extraction's keys; the simulator, which plays the tenant, has its own). It uses
// the processor's SHA instructions where it has them: about 14 times Qt 6.4's QCryptographicHash
// here. The digests are the same, so every journal, audit chain and digest written before still
// verifies.
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

// HMAC-SHA-256 (RFC 2104) under one key, for what must show that it was written with a key this
// machine keeps: journals and the audit trail's anchor.
class HmacSha256 final
{
public:
    explicit HmacSha256(QByteArrayView key);
    ~HmacSha256();
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // the 32-byte MAC; the object starts again (same key) afterwards
    static QByteArray mac(QByteArrayView key, QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

// Compares two digests or MACs in time that does not depend on where they differ.
bool sameDigest(QByteArrayView a, QByteArrayView b);

// Bytes from the operating system's cryptographically secure generator (libcrypto's RAND_bytes).
QByteArray secureRandomBytes(int count);

} // namespace cxone
