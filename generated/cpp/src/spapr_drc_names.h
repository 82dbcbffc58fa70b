#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_drc_names_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The name of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings. Logical resources are named by type and number ("CPU 3",
 * "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
 * ("C<n>").
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_drc_names_t : public kaitai::kstruct {

public:

    spapr_drc_names_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_drc_names_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_drc_names_t();

private:
    uint32_t m_num_names;
    std::unique_ptr<std::vector<std::string>> m_names;
    spapr_drc_names_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of names (equal to the number of indexes).
     */
    uint32_t num_names() const { return m_num_names; }

    /**
     * One NUL-terminated name per connector.
     */
    std::vector<std::string>* names() const { return m_names.get(); }
    spapr_drc_names_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
