#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_dynamic_memory_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * Every dynamically reconfigurable logical memory block (LMB) of the guest,
 * a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
 * count, then one 24-byte entry per LMB with its address, DRC index,
 * associativity list index and flags. The LMB size is in that node's
 * ibm,lmb-size property (256 MiB from QEMU).
 * 
 * QEMU builds the node only for a guest that asked for it through
 * client-architecture-support (option vector 5, byte 2, bit 2) and did not
 * ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
 * address 0 to the end of its hotplug memory region: boot memory with the
 * reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
 * LMB connector's index, assigned when a DIMM is plugged there, and the
 * associativity index 0xffffffff when it is not.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_dynamic_memory_t : public kaitai::kstruct {

public:
    class lmb_t;

    spapr_dynamic_memory_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_dynamic_memory_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_dynamic_memory_t();

    /**
     * One logical memory block (24 bytes).
     */

    class lmb_t : public kaitai::kstruct {

    public:

        lmb_t(kaitai::kstream* p__io, spapr_dynamic_memory_t* p__parent = nullptr, spapr_dynamic_memory_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~lmb_t();

    private:
        bool f_address;
        uint64_t m_address;

    public:

        /**
         * The LMB's logical start address in bytes.
         */
        uint64_t address();

    private:
        uint32_t m_address_hi;
        uint32_t m_address_lo;
        std::unique_ptr<spapr_t::drc_index_t> m_drc_index;
        uint32_t m_reserved;
        uint32_t m_associativity_index;
        std::unique_ptr<spapr_t::lmb_flags_t> m_flags;
        spapr_dynamic_memory_t* m__root;
        spapr_dynamic_memory_t* m__parent;

    public:

        /**
         * High 32 bits of the LMB's logical start address (its /memory node's reg).
         */
        uint32_t address_hi() const { return m_address_hi; }

        /**
         * Low 32 bits of the start address.
         */
        uint32_t address_lo() const { return m_address_lo; }

        /**
         * Index of the LMB's connector (its ibm,my-drc-index); 0 for boot memory in QEMU.
         */
        spapr_t::drc_index_t* drc_index() const { return m_drc_index.get(); }

        /**
         * Reserved for expansion; zero.
         */
        uint32_t reserved() const { return m_reserved; }

        /**
         * Which list of ibm,associativity-lookup-arrays applies; 0xffffffff when unassigned (QEMU).
         */
        uint32_t associativity_index() const { return m_associativity_index; }

        /**
         * Flags; `assigned` tells whether the LMB is the partition's at boot.
         */
        spapr_t::lmb_flags_t* flags() const { return m_flags.get(); }
        spapr_dynamic_memory_t* _root() const { return m__root; }
        spapr_dynamic_memory_t* _parent() const { return m__parent; }
    };

private:
    uint32_t m_num_lmbs;
    std::unique_ptr<std::vector<std::unique_ptr<lmb_t>>> m_lmbs;
    spapr_dynamic_memory_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of LMB entries.
     */
    uint32_t num_lmbs() const { return m_num_lmbs; }

    /**
     * One entry per LMB, in address order.
     */
    std::vector<std::unique_ptr<lmb_t>>* lmbs() const { return m_lmbs.get(); }
    spapr_dynamic_memory_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
