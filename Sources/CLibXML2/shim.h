#ifndef NEWSFACTS_CLIBXML2_SHIM_H
#define NEWSFACTS_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>

/// xmlFree is a global function-pointer variable; Swift 6 rejects it as shared mutable state.
static inline void nf_xmlFree(void *p) { xmlFree(p); }

#endif
