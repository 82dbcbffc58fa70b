#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_drc_indexes_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The DRC index of every dynamic reconfiguration connector under a node: a
 * big-endian count, then one 32-bit index per connector. QEMU puts the
 * connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
 * of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
 * entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
 * the connector of the n-th index here.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_drc_indexes_t : public kaitai::kstruct {

public:

    spapr_drc_indexes_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_drc_indexes_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_drc_indexes_t();

private:
    uint32_t m_num_drc_indexes;
    std::unique_ptr<std::vector<std::unique_ptr<spapr_t::drc_index_t>>> m_drc_indexes;
    spapr_drc_indexes_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of connectors.
     */
    uint32_t num_drc_indexes() const { return m_num_drc_indexes; }

    /**
     * One index per connector, unique in the machine.
     */
    std::vector<std::unique_ptr<spapr_t::drc_index_t>>* drc_indexes() const { return m_drc_indexes.get(); }
    spapr_drc_indexes_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
