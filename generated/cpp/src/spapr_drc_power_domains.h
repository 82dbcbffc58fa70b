#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_drc_power_domains_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The power domain of every connector listed in the ibm,drc-indexes
 * property of the same node, in the same order: a big-endian count, then
 * one signed 32-bit domain per connector. QEMU puts every connector in the
 * "live insertion" domain -1, whose power the platform manages itself.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_drc_power_domains_t : public kaitai::kstruct {

public:

    spapr_drc_power_domains_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_drc_power_domains_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_drc_power_domains_t();

private:
    uint32_t m_num_power_domains;
    std::unique_ptr<std::vector<int32_t>> m_power_domains;
    spapr_drc_power_domains_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of entries (equal to the number of indexes).
     */
    uint32_t num_power_domains() const { return m_num_power_domains; }

    /**
     * Power domain of each connector; -1 for live insertion (all of QEMU's).
     */
    std::vector<int32_t>* power_domains() const { return m_power_domains.get(); }
    spapr_drc_power_domains_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
