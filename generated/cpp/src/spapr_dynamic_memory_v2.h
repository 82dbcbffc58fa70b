#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_dynamic_memory_v2_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The compact form of `spapr_dynamic_memory`: runs of consecutive logical
 * memory blocks that share associativity and flags are described once. A
 * big-endian count of sets, then one 24-byte entry per set: the number of
 * LMBs, the first one's address and DRC index (the following LMBs take the
 * next addresses and indexes), the associativity list index and the flags.
 * QEMU uses it for guests that asked for it (option vector 5, byte 22,
 * bit 0).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_dynamic_memory_v2_t : public kaitai::kstruct {

public:
    class lmb_set_t;

    spapr_dynamic_memory_v2_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_dynamic_memory_v2_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_dynamic_memory_v2_t();

    /**
     * A run of LMBs with common attributes (24 bytes).
     */

    class lmb_set_t : public kaitai::kstruct {

    public:

        lmb_set_t(kaitai::kstream* p__io, spapr_dynamic_memory_v2_t* p__parent = nullptr, spapr_dynamic_memory_v2_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~lmb_set_t();

    private:
        bool f_address;
        uint64_t m_address;

    public:

        /**
         * The first LMB's logical start address in bytes.
         */
        uint64_t address();

    private:
        uint32_t m_num_lmbs;
        uint32_t m_address_hi;
        uint32_t m_address_lo;
        std::unique_ptr<spapr_t::drc_index_t> m_drc_index;
        uint32_t m_associativity_index;
        std::unique_ptr<spapr_t::lmb_flags_t> m_flags;
        spapr_dynamic_memory_v2_t* m__root;
        spapr_dynamic_memory_v2_t* m__parent;

    public:

        /**
         * Number of consecutive LMBs in the set.
         */
        uint32_t num_lmbs() const { return m_num_lmbs; }

        /**
         * High 32 bits of the first LMB's logical address.
         */
        uint32_t address_hi() const { return m_address_hi; }

        /**
         * Low 32 bits of the first LMB's logical address.
         */
        uint32_t address_lo() const { return m_address_lo; }

        /**
         * DRC index of the first LMB; the others follow it one by one.
         */
        spapr_t::drc_index_t* drc_index() const { return m_drc_index.get(); }

        /**
         * Which list of ibm,associativity-lookup-arrays applies to the whole set.
         */
        uint32_t associativity_index() const { return m_associativity_index; }

        /**
         * Flags of every LMB in the set.
         */
        spapr_t::lmb_flags_t* flags() const { return m_flags.get(); }
        spapr_dynamic_memory_v2_t* _root() const { return m__root; }
        spapr_dynamic_memory_v2_t* _parent() const { return m__parent; }
    };

private:
    uint32_t m_num_sets;
    std::unique_ptr<std::vector<std::unique_ptr<lmb_set_t>>> m_sets;
    spapr_dynamic_memory_v2_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of LMB sets.
     */
    uint32_t num_sets() const { return m_num_sets; }

    /**
     * One entry per run of LMBs, in address order.
     */
    std::vector<std::unique_ptr<lmb_set_t>>* sets() const { return m_sets.get(); }
    spapr_dynamic_memory_v2_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
