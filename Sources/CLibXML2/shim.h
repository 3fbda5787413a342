#ifndef NEWSFACTS_CLIBXML2_SHIM_H
#define NEWSFACTS_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, so <libxml/encoding.h> includes the system's <unicode/ucnv.h>, whose
 * UErrorCode clashes with the copy of ICU inside swift-corelibs-foundation (_FoundationICU) in any
 * module that also imports Foundation. NewsFacts never hands libxml2 an encoding handler (output is
 * always UTF-8, and the ICU members of xmlCharEncodingHandler are its last ones), so the ICU part of the
 * headers is switched off here: the functions used are the same, only the clashing types go. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>

/// xmlFree is a global function-pointer variable; Swift 6 rejects it as shared mutable state.
static inline void nf_xmlFree(void *p) { xmlFree(p); }

#endif
