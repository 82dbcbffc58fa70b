#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class dtb_t;

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
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The flattened device tree is how a machine description reaches an
 * operating system: a header, a memory reservation block, a structure block
 * and a strings block. The structure block is a stream of big-endian 32-bit
 * tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
 * (length, offset of the property's name in the strings block, value) and
 * child nodes, and closes with END_NODE; END closes the block. NOP tokens may
 * appear anywhere and mean nothing. Names and values are padded to 4 bytes.
 * 
 * QEMU's pseries machine hands the guest such a tree (and writes it to a file
 * with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
 * reconfiguration properties of the sPAPR hotplug specification wherever
 * they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
 * `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
 * `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
 * `ibm,my-drc-index`. Other property values stay raw bytes.
 * 
 * Only version 17 blobs (the only version written today; its last
 * compatible version is 16) are read.
 * \sa https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html Source
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class dtb_t : public kaitai::kstruct {

public:
    class item_t;
    class memory_reservation_t;
    class node_t;
    class property_t;
    class strings_block_t;
    class structure_block_t;

    enum token_t {
        TOKEN_BEGIN_NODE = 1,
        TOKEN_END_NODE = 2,
        TOKEN_PROP = 3,
        TOKEN_NOP = 4,
        TOKEN_END = 9
    };
    static bool _is_defined_token_t(token_t v);

private:
    static const std::set<token_t> _values_token_t;

public:

    dtb_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, dtb_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~dtb_t();

    /**
     * One token and what follows it. BEGIN_NODE is followed by a whole
     * node (its name, its properties and children, up to its END_NODE
     * token); PROP by a property; the other tokens by nothing.
     */

    class item_t : public kaitai::kstruct {

    public:

        item_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~item_t();

    private:
        token_t m_token;
        std::unique_ptr<kaitai::kstruct> m_body;
        bool n_body;

    public:
        bool _is_null_body() { body(); return n_body; };

    private:
        dtb_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * What comes next; any other number is an error.
         */
        token_t token() const { return m_token; }

        /**
         * The node or property the token opens (absent for END_NODE, NOP and END).
         */
        kaitai::kstruct* body() const { return m_body.get(); }
        dtb_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * One reserved range (16 bytes).
     */

    class memory_reservation_t : public kaitai::kstruct {

    public:

        memory_reservation_t(kaitai::kstream* p__io, dtb_t* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~memory_reservation_t();

    private:
        uint64_t m_address;
        uint64_t m_size;
        dtb_t* m__root;
        dtb_t* m__parent;

    public:

        /**
         * First physical address of the range.
         */
        uint64_t address() const { return m_address; }

        /**
         * Length of the range in bytes; zero with a zero address ends the list.
         */
        uint64_t size() const { return m_size; }
        dtb_t* _root() const { return m__root; }
        dtb_t* _parent() const { return m__parent; }
    };

    /**
     * A node: its name (the root's is empty; others are `name@unit-address`),
     * then its properties and child nodes in any order, up to the END_NODE
     * token that closes it.
     */

    class node_t : public kaitai::kstruct {

    public:

        node_t(kaitai::kstream* p__io, dtb_t::item_t* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~node_t();

    private:
        std::string m_name;
        std::string m_name_padding;
        std::unique_ptr<std::vector<std::unique_ptr<item_t>>> m_items;
        dtb_t* m__root;
        dtb_t::item_t* m__parent;

    public:

        /**
         * Node name, NUL-terminated.
         */
        std::string name() const { return m_name; }

        /**
         * Zeros up to the next 4-byte boundary.
         */
        std::string name_padding() const { return m_name_padding; }

        /**
         * Properties, child nodes and NOPs of this node, ended by END_NODE (kept in the list).
         */
        std::vector<std::unique_ptr<item_t>>* items() const { return m_items.get(); }
        dtb_t* _root() const { return m__root; }
        dtb_t::item_t* _parent() const { return m__parent; }
    };

    /**
     * A property: the length of its value, where its name is in the
     * strings block, and the value. The sPAPR dynamic reconfiguration
     * properties are decoded by name; other values stay raw bytes.
     */

    class property_t : public kaitai::kstruct {

    public:

        property_t(kaitai::kstream* p__io, dtb_t::item_t* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~property_t();

    private:
        bool f_name;
        std::string m_name;

    public:

        /**
         * The property's name, read from the strings block.
         */
        std::string name();

    private:
        uint32_t m_len_value;
        uint32_t m_ofs_name;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_value_padding;
        dtb_t* m__root;
        dtb_t::item_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Length of the value in bytes (zero for a property that is only a flag).
         */
        uint32_t len_value() const { return m_len_value; }

        /**
         * Offset of the property's name in the strings block.
         */
        uint32_t ofs_name() const { return m_ofs_name; }

        /**
         * The value; decoded for the sPAPR properties named above, raw bytes otherwise.
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to the next 4-byte boundary.
         */
        std::string value_padding() const { return m_value_padding; }
        dtb_t* _root() const { return m__root; }
        dtb_t::item_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * The property names, NUL-terminated, one after another.
     */

    class strings_block_t : public kaitai::kstruct {

    public:

        strings_block_t(kaitai::kstream* p__io, dtb_t* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~strings_block_t();

    private:
        std::string m_data;
        dtb_t* m__root;
        dtb_t* m__parent;

    public:

        /**
         * The raw block; `fdt_property.name` reads from it.
         */
        std::string data() const { return m_data; }
        dtb_t* _root() const { return m__root; }
        dtb_t* _parent() const { return m__parent; }
    };

    /**
     * Top-level tokens of the structure block: usually NOPs, the root
     * node (a BEGIN_NODE token with everything inside it) and END.
     */

    class structure_block_t : public kaitai::kstruct {

    public:

        structure_block_t(kaitai::kstream* p__io, dtb_t* p__parent = nullptr, dtb_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~structure_block_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<item_t>>> m_items;
        dtb_t* m__root;
        dtb_t* m__parent;

    public:

        /**
         * Tokens up to and including END.
         */
        std::vector<std::unique_ptr<item_t>>* items() const { return m_items.get(); }
        dtb_t* _root() const { return m__root; }
        dtb_t* _parent() const { return m__parent; }
    };

private:
    bool f_memory_reservations;
    std::unique_ptr<std::vector<std::unique_ptr<memory_reservation_t>>> m_memory_reservations;

public:

    /**
     * Ranges of physical memory the operating system must not use, ended
     * by an entry whose address and size are both zero (kept in the list).
     */
    std::vector<std::unique_ptr<memory_reservation_t>>* memory_reservations();

private:
    bool f_strings_block;
    std::unique_ptr<strings_block_t> m_strings_block;

public:

    /**
     * The NUL-terminated property names that PROP tokens point into.
     */
    strings_block_t* strings_block();

private:
    bool f_structure_block;
    std::unique_ptr<structure_block_t> m_structure_block;

public:

    /**
     * The tree itself, as a stream of tokens.
     */
    structure_block_t* structure_block();

private:
    std::string m_magic;
    uint32_t m_len_total;
    uint32_t m_ofs_structure_block;
    uint32_t m_ofs_strings_block;
    uint32_t m_ofs_memory_reservation_block;
    uint32_t m_version;
    uint32_t m_min_compatible_version;
    uint32_t m_boot_cpuid_phys;
    uint32_t m_len_strings_block;
    uint32_t m_len_structure_block;
    dtb_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_strings_block;
    std::unique_ptr<kaitai::kstream> m__io__raw_strings_block;
    std::string m__raw_structure_block;
    std::unique_ptr<kaitai::kstream> m__io__raw_structure_block;

public:

    /**
     * The four bytes d0 0d fe ed.
     */
    std::string magic() const { return m_magic; }

    /**
     * Size of the whole blob in bytes, all blocks and gaps included.
     */
    uint32_t len_total() const { return m_len_total; }

    /**
     * Offset of the structure block from the start of the blob.
     */
    uint32_t ofs_structure_block() const { return m_ofs_structure_block; }

    /**
     * Offset of the strings block from the start of the blob.
     */
    uint32_t ofs_strings_block() const { return m_ofs_strings_block; }

    /**
     * Offset of the memory reservation block from the start of the blob.
     */
    uint32_t ofs_memory_reservation_block() const { return m_ofs_memory_reservation_block; }

    /**
     * Version of the format; 17 for every blob written today.
     */
    uint32_t version() const { return m_version; }

    /**
     * Oldest version a reader may know and still read this blob (16 for version 17).
     */
    uint32_t min_compatible_version() const { return m_min_compatible_version; }

    /**
     * Physical id of the CPU that boots (its `reg` value in the /cpus node).
     */
    uint32_t boot_cpuid_phys() const { return m_boot_cpuid_phys; }

    /**
     * Size of the strings block in bytes.
     */
    uint32_t len_strings_block() const { return m_len_strings_block; }

    /**
     * Size of the structure block in bytes.
     */
    uint32_t len_structure_block() const { return m_len_structure_block; }
    dtb_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_strings_block() const { return m__raw_strings_block; }
    kaitai::kstream* _io__raw_strings_block() const { return m__io__raw_strings_block.get(); }
    std::string _raw_structure_block() const { return m__raw_structure_block; }
    kaitai::kstream* _io__raw_structure_block() const { return m__io__raw_structure_block.get(); }
};
