#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * What the sPAPR specs share: the DRC index (a connector's type in the top
 * 4 bits, its id below), the flags word of a logical memory block, the
 * registers of a hypercall, and the numbers of the sPAPR hotplug and
 * hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
 * and 9003 with their values, configure-connector answers, RTAS and
 * hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
 * H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
 * hotplug event's type, action and identifier kinds.
 * 
 * This spec has no top-level structure of its own; the property specs
 * (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
 * `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
 * Everything is big-endian, as the guest (Power) sees it.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html Source
 */

class spapr_t : public kaitai::kstruct {

public:
    class cas_vectors_t;
    class drc_index_t;
    class hcall_registers_t;
    class lmb_flags_t;
    class logical_memop_args_t;
    class option_vector_t;
    class pvr_entry_t;

    enum allocation_state_t {
        ALLOCATION_STATE_UNUSABLE = 0,
        ALLOCATION_STATE_USABLE = 1,
        ALLOCATION_STATE_EXCHANGE = 2,
        ALLOCATION_STATE_RECOVER = 3
    };
    static bool _is_defined_allocation_state_t(allocation_state_t v);

private:
    static const std::set<allocation_state_t> _values_allocation_state_t;

public:

    enum cc_status_t {
        CC_STATUS_NOT_CONFIGURABLE = -9003,
        CC_STATUS_HARDWARE_ERROR = -1,
        CC_STATUS_COMPLETE = 0,
        CC_STATUS_NEXT_SIBLING = 1,
        CC_STATUS_NEXT_CHILD = 2,
        CC_STATUS_NEXT_PROPERTY = 3,
        CC_STATUS_PREVIOUS_PARENT = 4,
        CC_STATUS_MORE_MEMORY = 5,
        CC_STATUS_CALL_AGAIN = 9900
    };
    static bool _is_defined_cc_status_t(cc_status_t v);

private:
    static const std::set<cc_status_t> _values_cc_status_t;

public:

    enum dr_indicator_state_t {
        DR_INDICATOR_STATE_INACTIVE = 0,
        DR_INDICATOR_STATE_ACTIVE = 1,
        DR_INDICATOR_STATE_IDENTIFY = 2,
        DR_INDICATOR_STATE_ACTION = 3
    };
    static bool _is_defined_dr_indicator_state_t(dr_indicator_state_t v);

private:
    static const std::set<dr_indicator_state_t> _values_dr_indicator_state_t;

public:

    enum drc_type_t {
        DRC_TYPE_CPU = 1,
        DRC_TYPE_PHB = 2,
        DRC_TYPE_VIO = 3,
        DRC_TYPE_PCI = 4,
        DRC_TYPE_LMB = 8,
        DRC_TYPE_PMEM = 9
    };
    static bool _is_defined_drc_type_t(drc_type_t v);

private:
    static const std::set<drc_type_t> _values_drc_type_t;

public:

    enum entity_sense_t {
        ENTITY_SENSE_EMPTY = 0,
        ENTITY_SENSE_PRESENT = 1,
        ENTITY_SENSE_UNUSABLE = 2,
        ENTITY_SENSE_EXCHANGE = 3,
        ENTITY_SENSE_RECOVERY = 4
    };
    static bool _is_defined_entity_sense_t(entity_sense_t v);

private:
    static const std::set<entity_sense_t> _values_entity_sense_t;

public:

    enum event_class_t {
        EVENT_CLASS_INTERNAL_ERRORS = 0,
        EVENT_CLASS_EPOW = 1,
        EVENT_CLASS_RESERVED = 2,
        EVENT_CLASS_HOT_PLUG = 3,
        EVENT_CLASS_IO = 4
    };
    static bool _is_defined_event_class_t(event_class_t v);

private:
    static const std::set<event_class_t> _values_event_class_t;

public:

    enum hcall_t {
        HCALL_H_RTAS = 61440,
        HCALL_H_LOGICAL_MEMOP = 61441,
        HCALL_H_CAS = 61442,
        HCALL_H_UPDATE_DT = 61443,
        HCALL_H_VOF_CLIENT = 61445
    };
    static bool _is_defined_hcall_t(hcall_t v);

private:
    static const std::set<hcall_t> _values_hcall_t;

public:

    enum hcall_status_t {
        HCALL_STATUS_PARAMETER = -4,
        HCALL_STATUS_PRIVILEGE = -3,
        HCALL_STATUS_FUNCTION = -2,
        HCALL_STATUS_HARDWARE = -1,
        HCALL_STATUS_SUCCESS = 0,
        HCALL_STATUS_BUSY = 1
    };
    static bool _is_defined_hcall_status_t(hcall_status_t v);

private:
    static const std::set<hcall_status_t> _values_hcall_status_t;

public:

    enum hotplug_action_t {
        HOTPLUG_ACTION_ADD = 1,
        HOTPLUG_ACTION_REMOVE = 2
    };
    static bool _is_defined_hotplug_action_t(hotplug_action_t v);

private:
    static const std::set<hotplug_action_t> _values_hotplug_action_t;

public:

    enum hotplug_identifier_t {
        HOTPLUG_IDENTIFIER_DRC_NAME = 1,
        HOTPLUG_IDENTIFIER_DRC_INDEX = 2,
        HOTPLUG_IDENTIFIER_DRC_COUNT = 3,
        HOTPLUG_IDENTIFIER_DRC_COUNT_INDEXED = 4
    };
    static bool _is_defined_hotplug_identifier_t(hotplug_identifier_t v);

private:
    static const std::set<hotplug_identifier_t> _values_hotplug_identifier_t;

public:

    enum hotplug_type_t {
        HOTPLUG_TYPE_CPU = 1,
        HOTPLUG_TYPE_MEMORY = 2,
        HOTPLUG_TYPE_SLOT = 3,
        HOTPLUG_TYPE_PHB = 4,
        HOTPLUG_TYPE_PCI = 5,
        HOTPLUG_TYPE_PMEM = 6
    };
    static bool _is_defined_hotplug_type_t(hotplug_type_t v);

private:
    static const std::set<hotplug_type_t> _values_hotplug_type_t;

public:

    enum indicator_t {
        INDICATOR_ISOLATION_STATE = 9001,
        INDICATOR_DR_INDICATOR = 9002,
        INDICATOR_ALLOCATION_STATE = 9003
    };
    static bool _is_defined_indicator_t(indicator_t v);

private:
    static const std::set<indicator_t> _values_indicator_t;

public:

    enum isolation_state_t {
        ISOLATION_STATE_ISOLATE = 0,
        ISOLATION_STATE_UNISOLATE = 1
    };
    static bool _is_defined_isolation_state_t(isolation_state_t v);

private:
    static const std::set<isolation_state_t> _values_isolation_state_t;

public:

    enum memop_element_size_t {
        MEMOP_ELEMENT_SIZE_ONE_BYTE = 0,
        MEMOP_ELEMENT_SIZE_TWO_BYTES = 1,
        MEMOP_ELEMENT_SIZE_FOUR_BYTES = 2,
        MEMOP_ELEMENT_SIZE_EIGHT_BYTES = 3
    };
    static bool _is_defined_memop_element_size_t(memop_element_size_t v);

private:
    static const std::set<memop_element_size_t> _values_memop_element_size_t;

public:

    enum memop_operation_t {
        MEMOP_OPERATION_COPY = 0,
        MEMOP_OPERATION_INVERT = 1
    };
    static bool _is_defined_memop_operation_t(memop_operation_t v);

private:
    static const std::set<memop_operation_t> _values_memop_operation_t;

public:

    enum rtas_status_t {
        RTAS_STATUS_SYSTEM_PARAMETER_ERROR = -9999,
        RTAS_STATUS_NOT_AUTHORIZED = -9002,
        RTAS_STATUS_PARAMETER_ERROR = -3,
        RTAS_STATUS_BUSY = -2,
        RTAS_STATUS_HARDWARE_ERROR = -1,
        RTAS_STATUS_SUCCESS = 0,
        RTAS_STATUS_NO_ERRORS_FOUND = 1
    };
    static bool _is_defined_rtas_status_t(rtas_status_t v);

private:
    static const std::set<rtas_status_t> _values_rtas_status_t;

public:

    enum sensor_t {
        SENSOR_DR_ENTITY_SENSE = 9003
    };
    static bool _is_defined_sensor_t(sensor_t v);

private:
    static const std::set<sensor_t> _values_sensor_t;

public:

    spapr_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_t();

    /**
     * The argument of client-architecture-support (H_CAS for SLOF, a client
     * interface call otherwise): the processor versions the guest supports,
     * as (mask, value) pairs ended by a pair whose value has a bit outside
     * its mask (such as 0 / 0xffffffff), then the option vectors, each a
     * length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
     * for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
     * ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
     * (bytes counted from 1 after the length byte).
     * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
     */

    class cas_vectors_t : public kaitai::kstruct {

    public:

        cas_vectors_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~cas_vectors_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<pvr_entry_t>>> m_pvrs;
        uint8_t m_num_vectors_minus_one;
        std::unique_ptr<std::vector<std::unique_ptr<option_vector_t>>> m_vectors;
        spapr_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Supported processor versions, ended by the pair 0 / 0xffffffff (kept in the list).
         */
        std::vector<std::unique_ptr<pvr_entry_t>>* pvrs() const { return m_pvrs.get(); }

        /**
         * Number of option vectors minus one.
         */
        uint8_t num_vectors_minus_one() const { return m_num_vectors_minus_one; }

        /**
         * Option vectors 1, 2, ... in order.
         */
        std::vector<std::unique_ptr<option_vector_t>>* vectors() const { return m_vectors.get(); }
        spapr_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A dynamic reconfiguration connector index (32 bits). QEMU follows the
     * PowerVM convention: the resource type in bits 31..28 and a number
     * unique among connectors of that type in bits 27..0 (for memory, the
     * LMB's address divided by the LMB size; for CPUs, the core id; for PCI
     * slots, the PHB and slot).
     * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
     */

    class drc_index_t : public kaitai::kstruct {

    public:

        drc_index_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~drc_index_t();

    private:
        bool f_value;
        uint32_t m_value;

    public:

        /**
         * The whole index as one number.
         */
        uint32_t value();

    private:
        drc_type_t m_drc_type;
        uint64_t m_id;
        spapr_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Bits 31..28, the kind of resource behind the connector.
         */
        drc_type_t drc_type() const { return m_drc_type; }

        /**
         * Bits 27..0, the connector's number among those of its type.
         */
        uint64_t id() const { return m_id; }
        spapr_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
     * words: r3 holds the hypercall number on entry and the status on
     * return; r4..r12 hold the arguments on entry and any outputs on
     * return. qemuspec's guest-side hypercall agent keeps this image in
     * guest memory.
     * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html Source
     */

    class hcall_registers_t : public kaitai::kstruct {

    public:

        hcall_registers_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~hcall_registers_t();

    private:
        int64_t m_r3;
        std::unique_ptr<std::vector<uint64_t>> m_args;
        spapr_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * On entry the hypercall number (`hcall`), on return the status (`hcall_status`).
         */
        int64_t r3() const { return m_r3; }

        /**
         * r4..r12, arguments on entry and outputs on return.
         */
        std::vector<uint64_t>* args() const { return m_args.get(); }
        spapr_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
     * spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
     * not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
     * that may be unplugged.
     * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
     */

    class lmb_flags_t : public kaitai::kstruct {

    public:

        lmb_flags_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~lmb_flags_t();

    private:
        uint64_t m_reserved_high;
        bool m_hot_removable;
        bool m_reserved_lmb;
        bool m_unused_upper;
        bool m_drc_invalid;
        bool m_unused_lower;
        bool m_assigned;
        uint64_t m_reserved_bottom;
        spapr_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Bits 31..9, not defined; zero.
         */
        uint64_t reserved_high() const { return m_reserved_high; }

        /**
         * Bit 0x100, the LMB may be hot-unplugged (QEMU, since 5.1, for hotplugged DIMMs).
         */
        bool hot_removable() const { return m_hot_removable; }

        /**
         * Bit 0x80, the LMB is reserved and not for the guest's dynamic use (QEMU sets it for boot memory).
         */
        bool reserved_lmb() const { return m_reserved_lmb; }

        /**
         * Bit 0x40, not used by QEMU.
         */
        bool unused_upper() const { return m_unused_upper; }

        /**
         * Bit 0x20, the entry's DRC index does not name a connector (boot memory).
         */
        bool drc_invalid() const { return m_drc_invalid; }

        /**
         * Bit 0x10, not used by QEMU.
         */
        bool unused_lower() const { return m_unused_lower; }

        /**
         * Bit 0x8, the LMB belongs to the partition at boot (plugged).
         */
        bool assigned() const { return m_assigned; }

        /**
         * Bits 2..0, not used by QEMU.
         */
        uint64_t reserved_bottom() const { return m_reserved_bottom; }
        spapr_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
     * QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
     * elements, and addresses not aligned to the element size; overlapping
     * ranges are copied as with memmove.
     * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001 Source
     */

    class logical_memop_args_t : public kaitai::kstruct {

    public:

        logical_memop_args_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~logical_memop_args_t();

    private:
        uint64_t m_destination;
        uint64_t m_source;
        memop_element_size_t m_element_size;
        uint64_t m_num_elements;
        memop_operation_t m_operation;
        spapr_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * r4, guest physical address of the destination.
         */
        uint64_t destination() const { return m_destination; }

        /**
         * r5, guest physical address of the source.
         */
        uint64_t source() const { return m_source; }

        /**
         * r6, log2 of the element size (0..3 for 1, 2, 4, 8 bytes).
         */
        memop_element_size_t element_size() const { return m_element_size; }

        /**
         * r7, number of elements.
         */
        uint64_t num_elements() const { return m_num_elements; }

        /**
         * r8, what to do with each element.
         */
        memop_operation_t operation() const { return m_operation; }
        spapr_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * One option vector.
     */

    class option_vector_t : public kaitai::kstruct {

    public:

        option_vector_t(kaitai::kstream* p__io, spapr_t::cas_vectors_t* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~option_vector_t();

    private:
        uint8_t m_len_data_minus_one;
        std::string m_data;
        spapr_t* m__root;
        spapr_t::cas_vectors_t* m__parent;

    public:

        /**
         * Number of bytes that follow, minus one.
         */
        uint8_t len_data_minus_one() const { return m_len_data_minus_one; }

        /**
         * The vector's bytes (byte 1 first); bit 0 of a byte is its most significant bit.
         */
        std::string data() const { return m_data; }
        spapr_t* _root() const { return m__root; }
        spapr_t::cas_vectors_t* _parent() const { return m__parent; }
    };

    /**
     * One processor version the guest supports.
     */

    class pvr_entry_t : public kaitai::kstruct {

    public:

        pvr_entry_t(kaitai::kstream* p__io, spapr_t::cas_vectors_t* p__parent = nullptr, spapr_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~pvr_entry_t();

    private:
        uint32_t m_mask;
        uint32_t m_pvr;
        spapr_t* m__root;
        spapr_t::cas_vectors_t* m__parent;

    public:

        /**
         * Which bits of the processor version register to compare.
         */
        uint32_t mask() const { return m_mask; }

        /**
         * The value those bits must have.
         */
        uint32_t pvr() const { return m_pvr; }
        spapr_t* _root() const { return m__root; }
        spapr_t::cas_vectors_t* _parent() const { return m__parent; }
    };

private:
    spapr_t* m__root;
    kaitai::kstruct* m__parent;

public:
    spapr_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
