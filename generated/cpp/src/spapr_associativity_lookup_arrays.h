#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_associativity_lookup_arrays_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The NUMA associativity lists of dynamically reconfigurable memory, a
 * property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
 * the number of 32-bit entries per list N, then M lists of N entries. An
 * LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_associativity_lookup_arrays_t : public kaitai::kstruct {

public:
    class associativity_list_t;

    spapr_associativity_lookup_arrays_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_associativity_lookup_arrays_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_associativity_lookup_arrays_t();

    /**
     * One associativity list (N 32-bit domain numbers, most general first).
     */

    class associativity_list_t : public kaitai::kstruct {

    public:

        associativity_list_t(kaitai::kstream* p__io, spapr_associativity_lookup_arrays_t* p__parent = nullptr, spapr_associativity_lookup_arrays_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~associativity_list_t();

    private:
        std::unique_ptr<std::vector<uint32_t>> m_domains;
        spapr_associativity_lookup_arrays_t* m__root;
        spapr_associativity_lookup_arrays_t* m__parent;

    public:

        /**
         * The associativity domain at each level.
         */
        std::vector<uint32_t>* domains() const { return m_domains.get(); }
        spapr_associativity_lookup_arrays_t* _root() const { return m__root; }
        spapr_associativity_lookup_arrays_t* _parent() const { return m__parent; }
    };

private:
    uint32_t m_num_lists;
    uint32_t m_len_list;
    std::unique_ptr<std::vector<std::unique_ptr<associativity_list_t>>> m_lists;
    spapr_associativity_lookup_arrays_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of associativity lists (M).
     */
    uint32_t num_lists() const { return m_num_lists; }

    /**
     * Number of 32-bit entries in each list (N). The lists must fit in
     * what follows (and there are at most 65536 of them), so that a bad
     * count is refused before anything is read.
     */
    uint32_t len_list() const { return m_len_list; }

    /**
     * The M lists.
     */
    std::vector<std::unique_ptr<associativity_list_t>>* lists() const { return m_lists.get(); }
    spapr_associativity_lookup_arrays_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
