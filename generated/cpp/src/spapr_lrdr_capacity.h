#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_lrdr_capacity_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The dynamic reconfiguration limits of the partition, a property of the
 * /rtas node (20 bytes): the highest memory address the guest may ever
 * have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
 * and the most processors it may have (32 bits). QEMU gives the end of its
 * hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
 * plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
 * threads per core. 64-bit numbers are read as two 32-bit halves so that
 * JavaScript keeps every bit.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_lrdr_capacity_t : public kaitai::kstruct {

public:

    spapr_lrdr_capacity_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_lrdr_capacity_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_lrdr_capacity_t();

private:
    bool f_lmb_size;
    uint64_t m_lmb_size;

public:

    /**
     * The size memory is hotplugged in, in bytes.
     */
    uint64_t lmb_size();

private:
    bool f_max_address;
    uint64_t m_max_address;

public:

    /**
     * The highest memory address the guest may have, in bytes.
     */
    uint64_t max_address();

private:
    uint32_t m_max_address_hi;
    uint32_t m_max_address_lo;
    uint32_t m_lmb_size_hi;
    uint32_t m_lmb_size_lo;
    uint32_t m_max_cpus;
    spapr_lrdr_capacity_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * High 32 bits of the highest address (phys).
     */
    uint32_t max_address_hi() const { return m_max_address_hi; }

    /**
     * Low 32 bits of the highest address.
     */
    uint32_t max_address_lo() const { return m_max_address_lo; }

    /**
     * High 32 bits of the hotplug increment (size).
     */
    uint32_t lmb_size_hi() const { return m_lmb_size_hi; }

    /**
     * Low 32 bits of the hotplug increment.
     */
    uint32_t lmb_size_lo() const { return m_lmb_size_lo; }

    /**
     * Largest number of processors (cores) the guest may have.
     */
    uint32_t max_cpus() const { return m_max_cpus; }
    spapr_lrdr_capacity_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
