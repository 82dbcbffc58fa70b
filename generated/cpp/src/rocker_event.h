#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_event_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "rocker.h"
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The buffer the device fills for a descriptor on the event ring: an
 * EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
 * with the details. TLV headers are as in `rocker_cmd` (the length counts
 * the 8-byte header; values are padded to 8 bytes). QEMU writes the event
 * type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
 * QEMU sends LINK_CHANGED when a port is enabled or disabled through
 * PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
 * packet arrives from an unknown source on a port that learns.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#events Source
 */

class rocker_event_t : public kaitai::kstruct {

public:
    class event_info_t;
    class event_tlv_t;
    class link_changed_tlv_t;
    class mac_vlan_tlv_t;

    enum event_attr_t {
        EVENT_ATTR_TYPE = 1,
        EVENT_ATTR_INFO = 2
    };
    static bool _is_defined_event_attr_t(event_attr_t v);

private:
    static const std::set<event_attr_t> _values_event_attr_t;

public:

    enum event_type_t {
        EVENT_TYPE_LINK_CHANGED = 1,
        EVENT_TYPE_MAC_VLAN_SEEN = 2
    };
    static bool _is_defined_event_type_t(event_type_t v);

private:
    static const std::set<event_type_t> _values_event_type_t;

public:

    enum link_changed_attr_t {
        LINK_CHANGED_ATTR_PPORT = 1,
        LINK_CHANGED_ATTR_LINKUP = 2
    };
    static bool _is_defined_link_changed_attr_t(link_changed_attr_t v);

private:
    static const std::set<link_changed_attr_t> _values_link_changed_attr_t;

public:

    enum mac_vlan_attr_t {
        MAC_VLAN_ATTR_PPORT = 1,
        MAC_VLAN_ATTR_MAC = 2,
        MAC_VLAN_ATTR_VLAN_ID = 3
    };
    static bool _is_defined_mac_vlan_attr_t(mac_vlan_attr_t v);

private:
    static const std::set<mac_vlan_attr_t> _values_mac_vlan_attr_t;

public:

    rocker_event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_event_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_event_t();

    /**
     * The EVENT_INFO nest, decoded by the event type.
     */

    class event_info_t : public kaitai::kstruct {

    public:

        event_info_t(kaitai::kstream* p__io, rocker_event_t::event_tlv_t* p__parent = nullptr, rocker_event_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~event_info_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<link_changed_tlv_t>>> m_link_changed;
        bool n_link_changed;

    public:
        bool _is_null_link_changed() { link_changed(); return n_link_changed; };

    private:
        std::unique_ptr<std::vector<std::unique_ptr<mac_vlan_tlv_t>>> m_mac_vlan_seen;
        bool n_mac_vlan_seen;

    public:
        bool _is_null_mac_vlan_seen() { mac_vlan_seen(); return n_mac_vlan_seen; };

    private:
        std::string m_raw;
        bool n_raw;

    public:
        bool _is_null_raw() { raw(); return n_raw; };

    private:
        rocker_event_t* m__root;
        rocker_event_t::event_tlv_t* m__parent;

    public:

        /**
         * Details of a link change.
         */
        std::vector<std::unique_ptr<link_changed_tlv_t>>* link_changed() const { return m_link_changed.get(); }

        /**
         * Details of a newly seen MAC/VLAN.
         */
        std::vector<std::unique_ptr<mac_vlan_tlv_t>>* mac_vlan_seen() const { return m_mac_vlan_seen.get(); }

        /**
         * The nest of an unknown event, undecoded.
         */
        std::string raw() const { return m_raw; }
        rocker_event_t* _root() const { return m__root; }
        rocker_event_t::event_tlv_t* _parent() const { return m__parent; }
    };

    /**
     * A top-level TLV of an event buffer.
     */

    class event_tlv_t : public kaitai::kstruct {

    public:

        event_tlv_t(kaitai::kstream* p__io, rocker_event_t* p__parent = nullptr, rocker_event_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~event_tlv_t();

    private:
        event_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_event_t* m__root;
        rocker_event_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * EVENT_TYPE or EVENT_INFO.
         */
        event_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The event number or the nested details.
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_event_t* _root() const { return m__root; }
        rocker_event_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * One attribute of a LINK_CHANGED event.
     */

    class link_changed_tlv_t : public kaitai::kstruct {

    public:

        link_changed_tlv_t(kaitai::kstream* p__io, rocker_event_t::event_info_t* p__parent = nullptr, rocker_event_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~link_changed_tlv_t();

    private:
        link_changed_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<rocker_t::le_uint_t> m_value;
        std::string m_padding;
        rocker_event_t* m__root;
        rocker_event_t::event_info_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which attribute.
         */
        link_changed_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The port or the link state.
         */
        rocker_t::le_uint_t* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_event_t* _root() const { return m__root; }
        rocker_event_t::event_info_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * One attribute of a MAC_VLAN_SEEN event.
     */

    class mac_vlan_tlv_t : public kaitai::kstruct {

    public:

        mac_vlan_tlv_t(kaitai::kstream* p__io, rocker_event_t::event_info_t* p__parent = nullptr, rocker_event_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~mac_vlan_tlv_t();

    private:
        mac_vlan_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_event_t* m__root;
        rocker_event_t::event_info_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which attribute.
         */
        mac_vlan_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The port, the source MAC address, or the VLAN ID (network order).
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_event_t* _root() const { return m__root; }
        rocker_event_t::event_info_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

private:
    bool f_event_type;
    uint64_t m_event_type;

public:

    /**
     * The event, from an EVENT_TYPE TLV that comes first (0 if there is none).
     */
    uint64_t event_type();

private:
    std::unique_ptr<std::vector<std::unique_ptr<event_tlv_t>>> m_tlvs;
    rocker_event_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The event's TLVs.
     */
    std::vector<std::unique_ptr<event_tlv_t>>* tlvs() const { return m_tlvs.get(); }
    rocker_event_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
