#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_cc_work_area_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr_drc_power_domains.h"
#include "spapr_dynamic_memory.h"
#include "spapr.h"
#include "spapr_drc_types.h"
#include "spapr_drc_indexes.h"
#include "spapr_lrdr_capacity.h"
#include "spapr_dynamic_memory_v2.h"
#include "spapr_drc_names.h"
#include "spapr_associativity_lookup_arrays.h"

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The 4096-byte buffer through which ibm,configure-connector hands the
 * device tree of a newly plugged resource to the guest, one step per call.
 * The guest writes the connector's DRC index into the first word and calls
 * again and again; each answer (`spapr::cc_status`) says what the work area
 * now holds: the name of a child node (next-child), or the name, length
 * and value of a property (next-property); previous-parent closes a node,
 * complete ends the fragment. Offsets are counted in bytes from the start of
 * the work area; QEMU puts the name at offset 20 and a property's value right
 * after the name's NUL. Words 3 and 4 are only meaningful after next-property
 * (QEMU leaves older values there otherwise).
 * 
 * The value is decoded for the sPAPR properties that `dtb` decodes (the
 * same table of names).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_cc_work_area_t : public kaitai::kstruct {

public:

    spapr_cc_work_area_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_cc_work_area_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_cc_work_area_t();

private:
    bool f_name;
    std::string m_name;
    bool n_name;

public:
    bool _is_null_name() { name(); return n_name; };

private:

public:

    /**
     * The node or property name the last call gave.
     */
    std::string name();

private:
    bool f_value;
    std::unique_ptr<kaitai::kstruct> m_value;
    bool n_value;

public:
    bool _is_null_value() { value(); return n_value; };

private:

public:

    /**
     * The property value the last call gave (after next-property; decoded for the sPAPR properties).
     */
    kaitai::kstruct* value();

private:
    std::unique_ptr<spapr_t::drc_index_t> m_drc_index;
    uint32_t m_reserved;
    uint32_t m_ofs_name;
    uint32_t m_len_value;
    uint32_t m_ofs_value;
    spapr_cc_work_area_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_value;
    bool n__raw_value;

public:
    bool _is_null__raw_value() { _raw_value(); return n__raw_value; };

private:
    std::unique_ptr<kaitai::kstream> m__io__raw_value;

public:

    /**
     * Word 0, the connector being configured (written by the guest).
     */
    spapr_t::drc_index_t* drc_index() const { return m_drc_index.get(); }

    /**
     * Word 1, zero.
     */
    uint32_t reserved() const { return m_reserved; }

    /**
     * Word 2, offset of the NUL-terminated node or property name.
     */
    uint32_t ofs_name() const { return m_ofs_name; }

    /**
     * Word 3, length of the property value (next-property only).
     */
    uint32_t len_value() const { return m_len_value; }

    /**
     * Word 4, offset of the property value (next-property only).
     */
    uint32_t ofs_value() const { return m_ofs_value; }
    spapr_cc_work_area_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_value() const { return m__raw_value; }
    kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
};
