#ifndef NEWSFACTS_COPENSSL_SHIM_H
#define NEWSFACTS_COPENSSL_SHIM_H

/* Only the SHA-256 digest of OpenSSL's libcrypto is used (through the EVP interface, incremental). */
#include <openssl/evp.h>

#endif
