#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_drc_types_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The type of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
 * memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
 * the type nibble of the connector's index.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_drc_types_t : public kaitai::kstruct {

public:

    spapr_drc_types_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_drc_types_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_drc_types_t();

private:
    uint32_t m_num_drc_types;
    std::unique_ptr<std::vector<std::string>> m_drc_types;
    spapr_drc_types_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of type strings (equal to the number of indexes).
     */
    uint32_t num_drc_types() const { return m_num_drc_types; }

    /**
     * One NUL-terminated type string per connector.
     */
    std::vector<std::string>* drc_types() const { return m_drc_types.get(); }
    spapr_drc_types_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
