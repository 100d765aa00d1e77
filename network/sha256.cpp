#include "network/sha256.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <new>

namespace cxone {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    if (!d->ctx || EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_DigestUpdate(d->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &length);
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
    return out;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 h;
    h.addData(bytes);
    return h.result();
}

namespace {

// The HMAC algorithm is looked up once: fetching it is a search of libcrypto's providers.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
    return mac;
}

} // namespace

struct HmacSha256::Context
{
    EVP_MAC_CTX *keyed = nullptr; // initialised with the key, never fed: copied for each MAC
    EVP_MAC_CTX *ctx = nullptr;
    ~Context()
    {
        EVP_MAC_CTX_free(ctx);
        EVP_MAC_CTX_free(keyed);
    }
};

HmacSha256::HmacSha256(QByteArrayView key)
    : d(std::make_unique<Context>())
{
    EVP_MAC *mac = hmacAlgorithm();
    d->keyed = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end(),
    };
    if (!d->keyed
        || EVP_MAC_init(d->keyed, reinterpret_cast<const unsigned char *>(key.data()),
                        size_t(key.size()), params)
                   != 1)
        throw std::bad_alloc();
    d->ctx = EVP_MAC_CTX_dup(d->keyed);
    if (!d->ctx)
        throw std::bad_alloc();
}

HmacSha256::~HmacSha256() = default;

void HmacSha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        EVP_MAC_update(d->ctx, reinterpret_cast<const unsigned char *>(bytes.data()),
                       size_t(bytes.size()));
}

QByteArray HmacSha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    size_t length = 0;
    EVP_MAC_final(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &length,
                  size_t(out.size()));
    EVP_MAC_CTX_free(d->ctx);
    d->ctx = EVP_MAC_CTX_dup(d->keyed);
    if (!d->ctx)
        throw std::bad_alloc();
    return out;
}

QByteArray HmacSha256::mac(QByteArrayView key, QByteArrayView bytes)
{
    HmacSha256 h(key);
    h.addData(bytes);
    return h.result();
}

bool sameDigest(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArray secureRandomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return {};
    return out;
}

} // namespace cxone
