#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class spapr_rtas_event_log_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "spapr.h"
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * What the RTAS call check-exception writes into the guest's buffer when an
 * event is pending: an 8-byte header (a summary word and the length of the
 * rest), then the version 6 extended log: a 16-byte header and a list of
 * sections, each with an 8-byte section header (two-letter id, length
 * including the header, version, subtype, creator). QEMU's hotplug events
 * carry three sections: Main-A ("PH", with the creation time), Main-B
 * ("UH") and the hotplug section ("HP"), which says what kind of resource
 * to add or remove and names it by DRC index, by count, by count and first
 * index, or by DRC name. Its power-down events carry an EPOW section ("EP")
 * instead. Every number is big-endian.
 * 
 * Guests that did not ask for the modern hotplug format (option vector 5,
 * byte 6, bit 5) get hotplug events through the EPOW event source
 * (check-exception mask bit 0x40000000); QEMU then names memory by count
 * and CPUs and PCI devices by index.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

class spapr_rtas_event_log_t : public kaitai::kstruct {

public:
    class drc_count_t;
    class drc_count_indexed_t;
    class drc_name_t;
    class epow_t;
    class extended_log_t;
    class extended_log_flags_t;
    class hotplug_t;
    class main_a_t;
    class main_b_t;
    class section_t;
    class summary_t;

    enum disposition_t {
        DISPOSITION_FULLY_RECOVERED = 0,
        DISPOSITION_LIMITED_RECOVERY = 1,
        DISPOSITION_NOT_RECOVERED = 2
    };
    static bool _is_defined_disposition_t(disposition_t v);

private:
    static const std::set<disposition_t> _values_disposition_t;

public:

    enum initiator_t {
        INITIATOR_UNKNOWN = 0,
        INITIATOR_CPU = 1,
        INITIATOR_PCI = 2,
        INITIATOR_MEMORY = 4,
        INITIATOR_HOTPLUG = 6
    };
    static bool _is_defined_initiator_t(initiator_t v);

private:
    static const std::set<initiator_t> _values_initiator_t;

public:

    enum log_type_t {
        LOG_TYPE_OTHER = 0,
        LOG_TYPE_RETRY = 1,
        LOG_TYPE_TCE_ERROR = 2,
        LOG_TYPE_INTERNAL_DEVICE_FAILURE = 3,
        LOG_TYPE_TIMEOUT = 4,
        LOG_TYPE_DATA_PARITY = 5,
        LOG_TYPE_ADDRESS_PARITY = 6,
        LOG_TYPE_CACHE_PARITY = 7,
        LOG_TYPE_ADDRESS_INVALID = 8,
        LOG_TYPE_ECC_UNCORRECTED = 9,
        LOG_TYPE_ECC_CORRECTED = 10,
        LOG_TYPE_EPOW = 64,
        LOG_TYPE_HOTPLUG = 229
    };
    static bool _is_defined_log_type_t(log_type_t v);

private:
    static const std::set<log_type_t> _values_log_type_t;

public:

    enum section_id_t {
        SECTION_ID_EPOW = 17744,
        SECTION_ID_HOTPLUG = 18512,
        SECTION_ID_MACHINE_CHECK = 19779,
        SECTION_ID_MAIN_A = 20552,
        SECTION_ID_MAIN_B = 21832
    };
    static bool _is_defined_section_id_t(section_id_t v);

private:
    static const std::set<section_id_t> _values_section_id_t;

public:

    enum severity_t {
        SEVERITY_NO_ERROR = 0,
        SEVERITY_EVENT = 1,
        SEVERITY_WARNING = 2,
        SEVERITY_ERROR_SYNC = 3,
        SEVERITY_ERROR = 4,
        SEVERITY_FATAL = 5,
        SEVERITY_ALREADY_REPORTED = 6
    };
    static bool _is_defined_severity_t(severity_t v);

private:
    static const std::set<severity_t> _values_severity_t;

public:

    spapr_rtas_event_log_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~spapr_rtas_event_log_t();

    /**
     * A number of resources of the type; the guest chooses which.
     */

    class drc_count_t : public kaitai::kstruct {

    public:

        drc_count_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~drc_count_t();

    private:
        uint32_t m_count;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::hotplug_t* m__parent;

    public:

        /**
         * How many resources to add or remove.
         */
        uint32_t count() const { return m_count; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::hotplug_t* _parent() const { return m__parent; }
    };

    /**
     * A run of connectors, from `index` to `index` + `count` - 1 (modern format).
     */

    class drc_count_indexed_t : public kaitai::kstruct {

    public:

        drc_count_indexed_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~drc_count_indexed_t();

    private:
        uint32_t m_count;
        std::unique_ptr<spapr_t::drc_index_t> m_index;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::hotplug_t* m__parent;

    public:

        /**
         * How many consecutive connectors.
         */
        uint32_t count() const { return m_count; }

        /**
         * The first connector's index.
         */
        spapr_t::drc_index_t* index() const { return m_index.get(); }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::hotplug_t* _parent() const { return m__parent; }
    };

    /**
     * A connector named by its DRC name (as in ibm,drc-names).
     */

    class drc_name_t : public kaitai::kstruct {

    public:

        drc_name_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::hotplug_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~drc_name_t();

    private:
        std::string m_name;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::hotplug_t* m__parent;

    public:

        /**
         * The name, NUL-terminated.
         */
        std::string name() const { return m_name; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::hotplug_t* _parent() const { return m__parent; }
    };

    /**
     * The EPOW section ("EP"), an environmental or power warning such as a power-down request.
     */

    class epow_t : public kaitai::kstruct {

    public:

        epow_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~epow_t();

    private:
        uint8_t m_sensor_value;
        uint8_t m_event_modifier;
        uint8_t m_extended_modifier;
        uint8_t m_reserved;
        std::string m_reason_code;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::section_t* m__parent;

    public:

        /**
         * Action asked for; 3 is system shutdown.
         */
        uint8_t sensor_value() const { return m_sensor_value; }

        /**
         * How; 1 is normal.
         */
        uint8_t event_modifier() const { return m_event_modifier; }

        /**
         * Scope; 1 is this partition only.
         */
        uint8_t extended_modifier() const { return m_extended_modifier; }

        /**
         * Not defined.
         */
        uint8_t reserved() const { return m_reserved; }

        /**
         * Platform specific reason.
         */
        std::string reason_code() const { return m_reason_code; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::section_t* _parent() const { return m__parent; }
    };

    /**
     * The version 6 extended log header and its sections.
     */

    class extended_log_t : public kaitai::kstruct {

    public:

        extended_log_t(kaitai::kstream* p__io, spapr_rtas_event_log_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~extended_log_t();

    private:
        std::unique_ptr<extended_log_flags_t> m_flags;
        uint8_t m_reserved1;
        bool m_powerpc_format;
        uint64_t m_reserved2;
        uint64_t m_log_format;
        std::string m_reserved3;
        std::string m_company;
        std::unique_ptr<std::vector<std::unique_ptr<section_t>>> m_sections;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t* m__parent;

    public:

        /**
         * Validity and format flags (byte 0).
         */
        extended_log_flags_t* flags() const { return m_flags.get(); }

        /**
         * Not defined.
         */
        uint8_t reserved1() const { return m_reserved1; }

        /**
         * The log is in PowerPC format (set by QEMU).
         */
        bool powerpc_format() const { return m_powerpc_format; }

        /**
         * Not defined.
         */
        uint64_t reserved2() const { return m_reserved2; }

        /**
         * Log format; 0xe (platform event) from QEMU.
         */
        uint64_t log_format() const { return m_log_format; }

        /**
         * Not defined; zero.
         */
        std::string reserved3() const { return m_reserved3; }

        /**
         * Company id, "IBM" followed by a NUL.
         */
        std::string company() const { return m_company; }

        /**
         * The sections, each with its own header.
         */
        std::vector<std::unique_ptr<section_t>>* sections() const { return m_sections.get(); }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t* _parent() const { return m__parent; }
    };

    /**
     * Byte 0 of the extended log header.
     */

    class extended_log_flags_t : public kaitai::kstruct {

    public:

        extended_log_flags_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::extended_log_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~extended_log_flags_t();

    private:
        bool m_valid;
        bool m_unrecoverable_error;
        bool m_recoverable_error;
        bool m_degraded_operation;
        bool m_predictive_error;
        bool m_new_log;
        bool m_big_endian;
        bool m_reserved;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::extended_log_t* m__parent;

    public:

        /**
         * 0x80, the log is valid.
         */
        bool valid() const { return m_valid; }

        /**
         * 0x40, an unrecoverable error.
         */
        bool unrecoverable_error() const { return m_unrecoverable_error; }

        /**
         * 0x20, a recoverable error.
         */
        bool recoverable_error() const { return m_recoverable_error; }

        /**
         * 0x10, the platform runs degraded.
         */
        bool degraded_operation() const { return m_degraded_operation; }

        /**
         * 0x08, a predicted failure.
         */
        bool predictive_error() const { return m_predictive_error; }

        /**
         * 0x04, not reported before.
         */
        bool new_log() const { return m_new_log; }

        /**
         * 0x02, the log is big-endian.
         */
        bool big_endian() const { return m_big_endian; }

        /**
         * 0x01, not defined.
         */
        bool reserved() const { return m_reserved; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::extended_log_t* _parent() const { return m__parent; }
    };

    /**
     * The hotplug section ("HP"): what to plug or unplug and how it is
     * identified. QEMU writes 12 bytes after the header (the identifier
     * union is 8 bytes long); with a DRC name the section grows by the
     * name's length.
     */

    class hotplug_t : public kaitai::kstruct {

    public:

        hotplug_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~hotplug_t();

    private:
        spapr_t::hotplug_type_t m_hotplug_type;
        spapr_t::hotplug_action_t m_action;
        spapr_t::hotplug_identifier_t m_identifier;
        uint8_t m_capabilities;
        std::unique_ptr<kaitai::kstruct> m_drc;
        bool n_drc;

    public:
        bool _is_null_drc() { drc(); return n_drc; };

    private:
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::section_t* m__parent;

    public:

        /**
         * Kind of resource.
         */
        spapr_t::hotplug_type_t hotplug_type() const { return m_hotplug_type; }

        /**
         * Add or remove.
         */
        spapr_t::hotplug_action_t action() const { return m_action; }

        /**
         * Which member of the union below names the resource.
         */
        spapr_t::hotplug_identifier_t identifier() const { return m_identifier; }

        /**
         * Capability flags (modern format; the reserved byte of the legacy format); zero from QEMU.
         */
        uint8_t capabilities() const { return m_capabilities; }

        /**
         * The resource(s) to act on.
         */
        kaitai::kstruct* drc() const { return m_drc.get(); }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::section_t* _parent() const { return m__parent; }
    };

    /**
     * Main-A ("PH", 40 bytes after the header), the primary header of a platform event.
     */

    class main_a_t : public kaitai::kstruct {

    public:

        main_a_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~main_a_t();

    private:
        uint32_t m_creation_date;
        uint32_t m_creation_time;
        std::string m_platform1;
        std::string m_creator_id;
        std::string m_reserved1;
        uint8_t m_num_sections;
        std::string m_reserved2;
        std::string m_platform2;
        uint32_t m_plid;
        std::string m_platform3;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::section_t* m__parent;

    public:

        /**
         * Date the event was made, BCD YYYYMMDD (read as hex digits).
         */
        uint32_t creation_date() const { return m_creation_date; }

        /**
         * Time the event was made, BCD HHMMSS00.
         */
        uint32_t creation_time() const { return m_creation_time; }

        /**
         * Platform specific; zero from QEMU.
         */
        std::string platform1() const { return m_platform1; }

        /**
         * Who made the event; "H" (hypervisor) from QEMU.
         */
        std::string creator_id() const { return m_creator_id; }

        /**
         * Not defined.
         */
        std::string reserved1() const { return m_reserved1; }

        /**
         * Number of sections in the log (3 from QEMU).
         */
        uint8_t num_sections() const { return m_num_sections; }

        /**
         * Not defined.
         */
        std::string reserved2() const { return m_reserved2; }

        /**
         * Platform specific.
         */
        std::string platform2() const { return m_platform2; }

        /**
         * Platform log id; QEMU counts up from 0 in host byte order.
         */
        uint32_t plid() const { return m_plid; }

        /**
         * Platform specific.
         */
        std::string platform3() const { return m_platform3; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::section_t* _parent() const { return m__parent; }
    };

    /**
     * Main-B ("UH", 16 bytes after the header), the user header.
     */

    class main_b_t : public kaitai::kstruct {

    public:

        main_b_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::section_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~main_b_t();

    private:
        uint8_t m_subsystem_id;
        uint8_t m_platform1;
        uint8_t m_event_severity;
        uint8_t m_event_subtype;
        std::string m_platform2;
        std::string m_reserved1;
        uint16_t m_action_flags;
        std::string m_reserved2;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::section_t* m__parent;

    public:

        /**
         * Subsystem; 0x80 for QEMU's hotplug events, 0xa0 (external environment) for power-down.
         */
        uint8_t subsystem_id() const { return m_subsystem_id; }

        /**
         * Platform specific.
         */
        uint8_t platform1() const { return m_platform1; }

        /**
         * Severity; 0 (informational) from QEMU.
         */
        uint8_t event_severity() const { return m_event_severity; }

        /**
         * Subtype; 0 for hotplug, 0xd0 (normal shutdown) for power-down.
         */
        uint8_t event_subtype() const { return m_event_subtype; }

        /**
         * Platform specific.
         */
        std::string platform2() const { return m_platform2; }

        /**
         * Not defined.
         */
        std::string reserved1() const { return m_reserved1; }

        /**
         * Actions asked of the OS; zero from QEMU.
         */
        uint16_t action_flags() const { return m_action_flags; }

        /**
         * Not defined.
         */
        std::string reserved2() const { return m_reserved2; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::section_t* _parent() const { return m__parent; }
    };

    /**
     * One section of the extended log; the header is 8 bytes.
     */

    class section_t : public kaitai::kstruct {

    public:

        section_t(kaitai::kstream* p__io, spapr_rtas_event_log_t::extended_log_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~section_t();

    private:
        section_id_t m_section_id;
        uint16_t m_len_section;
        uint8_t m_version;
        uint8_t m_subtype;
        uint16_t m_creator_component_id;
        std::unique_ptr<kaitai::kstruct> m_body;
        bool n_body;

    public:
        bool _is_null_body() { body(); return n_body; };

    private:
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t::extended_log_t* m__parent;
        std::string m__raw_body;
        std::unique_ptr<kaitai::kstream> m__io__raw_body;

    public:

        /**
         * Two ASCII letters naming the section ("HP" is 0x4850).
         */
        section_id_t section_id() const { return m_section_id; }

        /**
         * Length of the section including this header, in bytes.
         */
        uint16_t len_section() const { return m_len_section; }

        /**
         * Section version; 1 for hotplug sections.
         */
        uint8_t version() const { return m_version; }

        /**
         * Section subtype; unused (zero) in QEMU's sections.
         */
        uint8_t subtype() const { return m_subtype; }

        /**
         * Component that created the section; unused (zero).
         */
        uint16_t creator_component_id() const { return m_creator_component_id; }

        /**
         * The section's contents, decoded for the sections QEMU writes.
         */
        kaitai::kstruct* body() const { return m_body.get(); }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t::extended_log_t* _parent() const { return m__parent; }
        std::string _raw_body() const { return m__raw_body; }
        kaitai::kstream* _io__raw_body() const { return m__io__raw_body.get(); }
    };

    /**
     * The first 32-bit word of an RTAS error log.
     */

    class summary_t : public kaitai::kstruct {

    public:

        summary_t(kaitai::kstream* p__io, spapr_rtas_event_log_t* p__parent = nullptr, spapr_rtas_event_log_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~summary_t();

    private:
        uint64_t m_version;
        severity_t m_severity;
        disposition_t m_disposition;
        bool m_optional_part_present;
        uint64_t m_reserved;
        initiator_t m_initiator;
        initiator_t m_target;
        log_type_t m_log_type;
        spapr_rtas_event_log_t* m__root;
        spapr_rtas_event_log_t* m__parent;

    public:

        /**
         * Log format version; 6.
         */
        uint64_t version() const { return m_version; }

        /**
         * How bad the event is; "event" for hotplug and power-down.
         */
        severity_t severity() const { return m_severity; }

        /**
         * Whether the platform recovered.
         */
        disposition_t disposition() const { return m_disposition; }

        /**
         * An extended log follows (always set by QEMU).
         */
        bool optional_part_present() const { return m_optional_part_present; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }

        /**
         * What started the event.
         */
        initiator_t initiator() const { return m_initiator; }

        /**
         * What the event is about (same numbering as the initiator).
         */
        initiator_t target() const { return m_target; }

        /**
         * Kind of event; 0xe5 for hotplug, 0x40 for EPOW.
         */
        log_type_t log_type() const { return m_log_type; }
        spapr_rtas_event_log_t* _root() const { return m__root; }
        spapr_rtas_event_log_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<summary_t> m_summary;
    uint32_t m_len_extended_log;
    std::unique_ptr<extended_log_t> m_extended_log;
    spapr_rtas_event_log_t* m__root;
    kaitai::kstruct* m__parent;
    std::string m__raw_extended_log;
    std::unique_ptr<kaitai::kstream> m__io__raw_extended_log;

public:

    /**
     * Version, severity, disposition, initiator, target and type of the event.
     */
    summary_t* summary() const { return m_summary.get(); }

    /**
     * Length of the extended log that follows, in bytes.
     */
    uint32_t len_extended_log() const { return m_len_extended_log; }

    /**
     * The version 6 extended log.
     */
    extended_log_t* extended_log() const { return m_extended_log.get(); }
    spapr_rtas_event_log_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
    std::string _raw_extended_log() const { return m__raw_extended_log; }
    kaitai::kstream* _io__raw_extended_log() const { return m__io__raw_extended_log.get(); }
};
