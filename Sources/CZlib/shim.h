#ifndef NEWSFACTS_CZLIB_SHIM_H
#define NEWSFACTS_CZLIB_SHIM_H

/* Only zlib's crc32() is used: the checksum of every journal chunk (Run/CRC32.swift). */
#include <zlib.h>

#endif
