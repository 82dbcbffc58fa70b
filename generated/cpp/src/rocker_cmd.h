#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_cmd_t;

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
 * The buffer of a descriptor on the command ring: TLVs. Each TLV has an
 * 8-byte header (a 32-bit type, a 16-bit length, 2 bytes of padding) and a
 * value padded to 8 bytes. The length counts the header too (QEMU and the
 * Linux driver do it this way; the spec text calls it the value length), so
 * the value has length - 8 bytes and the next TLV starts at the length
 * rounded up to 8. A TLV can hold other TLVs (a nest).
 * 
 * A command is a CMD_TYPE TLV (16-bit command number) and a CMD_INFO nest
 * whose TLVs depend on the command: port settings for GET/SET_PORT_SETTINGS,
 * OF-DPA attributes for the flow and group commands. The nest is decoded by
 * the CMD_TYPE that comes before it. For GET_PORT_SETTINGS the device writes
 * its answer over the buffer: a CMD_INFO nest of port settings alone, which
 * this spec decodes as port settings too. (The answer to
 * OF_DPA_FLOW_GET_STATS, top-level `flow_stat_attr` TLVs, is a different
 * buffer: see `flow_stats`.)
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#port-settings Source
 */

class rocker_cmd_t : public kaitai::kstruct {

public:
    class cmd_info_t;
    class cmd_tlv_t;
    class flow_stat_tlv_t;
    class flow_stats_t;
    class of_dpa_tlv_t;
    class port_settings_tlv_t;

    enum cmd_attr_t {
        CMD_ATTR_TYPE = 1,
        CMD_ATTR_INFO = 2
    };
    static bool _is_defined_cmd_attr_t(cmd_attr_t v);

private:
    static const std::set<cmd_attr_t> _values_cmd_attr_t;

public:

    enum cmd_type_t {
        CMD_TYPE_GET_PORT_SETTINGS = 1,
        CMD_TYPE_SET_PORT_SETTINGS = 2,
        CMD_TYPE_OF_DPA_FLOW_ADD = 3,
        CMD_TYPE_OF_DPA_FLOW_MOD = 4,
        CMD_TYPE_OF_DPA_FLOW_DEL = 5,
        CMD_TYPE_OF_DPA_FLOW_GET_STATS = 6,
        CMD_TYPE_OF_DPA_GROUP_ADD = 7,
        CMD_TYPE_OF_DPA_GROUP_MOD = 8,
        CMD_TYPE_OF_DPA_GROUP_DEL = 9,
        CMD_TYPE_OF_DPA_GROUP_GET_STATS = 10
    };
    static bool _is_defined_cmd_type_t(cmd_type_t v);

private:
    static const std::set<cmd_type_t> _values_cmd_type_t;

public:

    enum flow_stat_attr_t {
        FLOW_STAT_ATTR_DURATION = 1,
        FLOW_STAT_ATTR_RX_PKTS = 2,
        FLOW_STAT_ATTR_TX_PKTS = 3
    };
    static bool _is_defined_flow_stat_attr_t(flow_stat_attr_t v);

private:
    static const std::set<flow_stat_attr_t> _values_flow_stat_attr_t;

public:

    enum of_dpa_attr_t {
        OF_DPA_ATTR_TABLE_ID = 1,
        OF_DPA_ATTR_PRIORITY = 2,
        OF_DPA_ATTR_HARDTIME = 3,
        OF_DPA_ATTR_IDLETIME = 4,
        OF_DPA_ATTR_COOKIE = 5,
        OF_DPA_ATTR_IN_PPORT = 6,
        OF_DPA_ATTR_IN_PPORT_MASK = 7,
        OF_DPA_ATTR_OUT_PPORT = 8,
        OF_DPA_ATTR_GOTO_TABLE_ID = 9,
        OF_DPA_ATTR_GROUP_ID = 10,
        OF_DPA_ATTR_GROUP_ID_LOWER = 11,
        OF_DPA_ATTR_GROUP_COUNT = 12,
        OF_DPA_ATTR_GROUP_IDS = 13,
        OF_DPA_ATTR_VLAN_ID = 14,
        OF_DPA_ATTR_VLAN_ID_MASK = 15,
        OF_DPA_ATTR_VLAN_PCP = 16,
        OF_DPA_ATTR_VLAN_PCP_MASK = 17,
        OF_DPA_ATTR_VLAN_PCP_ACTION = 18,
        OF_DPA_ATTR_NEW_VLAN_ID = 19,
        OF_DPA_ATTR_NEW_VLAN_PCP = 20,
        OF_DPA_ATTR_TUNNEL_ID = 21,
        OF_DPA_ATTR_TUNNEL_LPORT = 22,
        OF_DPA_ATTR_ETHERTYPE = 23,
        OF_DPA_ATTR_DST_MAC = 24,
        OF_DPA_ATTR_DST_MAC_MASK = 25,
        OF_DPA_ATTR_SRC_MAC = 26,
        OF_DPA_ATTR_SRC_MAC_MASK = 27,
        OF_DPA_ATTR_IP_PROTO = 28,
        OF_DPA_ATTR_IP_PROTO_MASK = 29,
        OF_DPA_ATTR_IP_DSCP = 30,
        OF_DPA_ATTR_IP_DSCP_MASK = 31,
        OF_DPA_ATTR_IP_DSCP_ACTION = 32,
        OF_DPA_ATTR_NEW_IP_DSCP = 33,
        OF_DPA_ATTR_IP_ECN = 34,
        OF_DPA_ATTR_IP_ECN_MASK = 35,
        OF_DPA_ATTR_DST_IP = 36,
        OF_DPA_ATTR_DST_IP_MASK = 37,
        OF_DPA_ATTR_SRC_IP = 38,
        OF_DPA_ATTR_SRC_IP_MASK = 39,
        OF_DPA_ATTR_DST_IPV6 = 40,
        OF_DPA_ATTR_DST_IPV6_MASK = 41,
        OF_DPA_ATTR_SRC_IPV6 = 42,
        OF_DPA_ATTR_SRC_IPV6_MASK = 43,
        OF_DPA_ATTR_SRC_ARP_IP = 44,
        OF_DPA_ATTR_SRC_ARP_IP_MASK = 45,
        OF_DPA_ATTR_L4_DST_PORT = 46,
        OF_DPA_ATTR_L4_DST_PORT_MASK = 47,
        OF_DPA_ATTR_L4_SRC_PORT = 48,
        OF_DPA_ATTR_L4_SRC_PORT_MASK = 49,
        OF_DPA_ATTR_ICMP_TYPE = 50,
        OF_DPA_ATTR_ICMP_TYPE_MASK = 51,
        OF_DPA_ATTR_ICMP_CODE = 52,
        OF_DPA_ATTR_ICMP_CODE_MASK = 53,
        OF_DPA_ATTR_IPV6_LABEL = 54,
        OF_DPA_ATTR_IPV6_LABEL_MASK = 55,
        OF_DPA_ATTR_QUEUE_ID_ACTION = 56,
        OF_DPA_ATTR_NEW_QUEUE_ID = 57,
        OF_DPA_ATTR_CLEAR_ACTIONS = 58,
        OF_DPA_ATTR_POP_VLAN = 59,
        OF_DPA_ATTR_TTL_CHECK = 60,
        OF_DPA_ATTR_COPY_CPU_ACTION = 61
    };
    static bool _is_defined_of_dpa_attr_t(of_dpa_attr_t v);

private:
    static const std::set<of_dpa_attr_t> _values_of_dpa_attr_t;

public:

    enum port_setting_t {
        PORT_SETTING_PPORT = 1,
        PORT_SETTING_SPEED = 2,
        PORT_SETTING_DUPLEX = 3,
        PORT_SETTING_AUTONEG = 4,
        PORT_SETTING_MACADDR = 5,
        PORT_SETTING_MODE = 6,
        PORT_SETTING_LEARNING = 7,
        PORT_SETTING_PHYS_NAME = 8
    };
    static bool _is_defined_port_setting_t(port_setting_t v);

private:
    static const std::set<port_setting_t> _values_port_setting_t;

public:

    rocker_cmd_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_cmd_t();

    /**
     * The CMD_INFO nest, decoded by the command it belongs to.
     */

    class cmd_info_t : public kaitai::kstruct {

    public:

        cmd_info_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_tlv_t* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~cmd_info_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<port_settings_tlv_t>>> m_port_settings;
        bool n_port_settings;

    public:
        bool _is_null_port_settings() { port_settings(); return n_port_settings; };

    private:
        std::unique_ptr<std::vector<std::unique_ptr<of_dpa_tlv_t>>> m_of_dpa;
        bool n_of_dpa;

    public:
        bool _is_null_of_dpa() { of_dpa(); return n_of_dpa; };

    private:
        rocker_cmd_t* m__root;
        rocker_cmd_t::cmd_tlv_t* m__parent;

    public:

        /**
         * Port settings (GET/SET_PORT_SETTINGS, or the device's GET answer).
         */
        std::vector<std::unique_ptr<port_settings_tlv_t>>* port_settings() const { return m_port_settings.get(); }

        /**
         * OF-DPA flow or group attributes.
         */
        std::vector<std::unique_ptr<of_dpa_tlv_t>>* of_dpa() const { return m_of_dpa.get(); }
        rocker_cmd_t* _root() const { return m__root; }
        rocker_cmd_t::cmd_tlv_t* _parent() const { return m__parent; }
    };

    /**
     * A top-level TLV of a command buffer.
     */

    class cmd_tlv_t : public kaitai::kstruct {

    public:

        cmd_tlv_t(kaitai::kstream* p__io, rocker_cmd_t* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~cmd_tlv_t();

    private:
        cmd_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_cmd_t* m__root;
        rocker_cmd_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * CMD_TYPE or CMD_INFO.
         */
        cmd_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The command number (CMD_TYPE) or the nested TLVs (CMD_INFO).
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_cmd_t* _root() const { return m__root; }
        rocker_cmd_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * One flow statistic.
     */

    class flow_stat_tlv_t : public kaitai::kstruct {

    public:

        flow_stat_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::flow_stats_t* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~flow_stat_tlv_t();

    private:
        flow_stat_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<rocker_t::le_uint_t> m_value;
        std::string m_padding;
        rocker_cmd_t* m__root;
        rocker_cmd_t::flow_stats_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which statistic.
         */
        flow_stat_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The statistic.
         */
        rocker_t::le_uint_t* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_cmd_t* _root() const { return m__root; }
        rocker_cmd_t::flow_stats_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer.
     */

    class flow_stats_t : public kaitai::kstruct {

    public:

        flow_stats_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~flow_stats_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<flow_stat_tlv_t>>> m_tlvs;
        rocker_cmd_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Duration, received and sent packets.
         */
        std::vector<std::unique_ptr<flow_stat_tlv_t>>* tlvs() const { return m_tlvs.get(); }
        rocker_cmd_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * One OF-DPA attribute of a flow or group command.
     */

    class of_dpa_tlv_t : public kaitai::kstruct {

    public:

        of_dpa_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_info_t* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~of_dpa_tlv_t();

    private:
        of_dpa_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_cmd_t* m__root;
        rocker_cmd_t::cmd_info_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which attribute.
         */
        of_dpa_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The attribute's value; little-endian numbers, network order where the spec says (N).
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_cmd_t* _root() const { return m__root; }
        rocker_cmd_t::cmd_info_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * One port setting.
     */

    class port_settings_tlv_t : public kaitai::kstruct {

    public:

        port_settings_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_info_t* p__parent = nullptr, rocker_cmd_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~port_settings_tlv_t();

    private:
        port_setting_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_cmd_t* m__root;
        rocker_cmd_t::cmd_info_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which setting.
         */
        port_setting_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The setting's value.
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_cmd_t* _root() const { return m__root; }
        rocker_cmd_t::cmd_info_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

private:
    bool f_cmd_type;
    uint64_t m_cmd_type;

public:

    /**
     * The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer).
     */
    uint64_t cmd_type();

private:
    std::unique_ptr<std::vector<std::unique_ptr<cmd_tlv_t>>> m_tlvs;
    rocker_cmd_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The command's TLVs.
     */
    std::vector<std::unique_ptr<cmd_tlv_t>>* tlvs() const { return m_tlvs.get(); }
    rocker_cmd_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
