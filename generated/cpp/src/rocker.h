#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
 * BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
 * 64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
 * at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
 * (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
 * ring registers per descriptor ring: ring 0 carries commands, ring 1
 * events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
 * MSI-X table (0x0) and pending bits (0x1000).
 * 
 * The top level of this spec reads a dump of BAR0 made by reading every
 * 32-bit word. Its types are the values the other Rocker specs share: TLV
 * values in little-endian, network (big-endian) order, MAC and IP
 * addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
 * ring's CTRL) read as zero, as do unused rings.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html Source
 */

class rocker_t : public kaitai::kstruct {

public:
    class be_uint_t;
    class ipv4_address_t;
    class ipv6_address_t;
    class le_uint_t;
    class mac_address_t;
    class port_bitmap_t;
    class ring_registers_t;
    class rx_flags_t;
    class text_t;
    class tlv_t;
    class u4_list_t;

    enum msix_vector_t {
        MSIX_VECTOR_CMD = 0,
        MSIX_VECTOR_EVENT = 1,
        MSIX_VECTOR_TEST = 2,
        MSIX_VECTOR_RESERVED = 3
    };
    static bool _is_defined_msix_vector_t(msix_vector_t v);

private:
    static const std::set<msix_vector_t> _values_msix_vector_t;

public:

    enum of_dpa_group_type_t {
        OF_DPA_GROUP_TYPE_L2_INTERFACE = 0,
        OF_DPA_GROUP_TYPE_L2_REWRITE = 1,
        OF_DPA_GROUP_TYPE_L3_UNICAST = 2,
        OF_DPA_GROUP_TYPE_L2_MULTICAST = 3,
        OF_DPA_GROUP_TYPE_L2_FLOOD = 4,
        OF_DPA_GROUP_TYPE_L3_INTERFACE = 5,
        OF_DPA_GROUP_TYPE_L3_MULTICAST = 6,
        OF_DPA_GROUP_TYPE_L3_ECMP = 7,
        OF_DPA_GROUP_TYPE_L2_OVERLAY = 8
    };
    static bool _is_defined_of_dpa_group_type_t(of_dpa_group_type_t v);

private:
    static const std::set<of_dpa_group_type_t> _values_of_dpa_group_type_t;

public:

    enum of_dpa_overlay_type_t {
        OF_DPA_OVERLAY_TYPE_FLOOD_UNICAST = 0,
        OF_DPA_OVERLAY_TYPE_FLOOD_MULTICAST = 1,
        OF_DPA_OVERLAY_TYPE_MULTICAST_UNICAST = 2,
        OF_DPA_OVERLAY_TYPE_MULTICAST_MULTICAST = 3
    };
    static bool _is_defined_of_dpa_overlay_type_t(of_dpa_overlay_type_t v);

private:
    static const std::set<of_dpa_overlay_type_t> _values_of_dpa_overlay_type_t;

public:

    enum of_dpa_table_t {
        OF_DPA_TABLE_INGRESS_PORT = 0,
        OF_DPA_TABLE_VLAN = 10,
        OF_DPA_TABLE_TERMINATION_MAC = 20,
        OF_DPA_TABLE_UNICAST_ROUTING = 30,
        OF_DPA_TABLE_MULTICAST_ROUTING = 40,
        OF_DPA_TABLE_BRIDGING = 50,
        OF_DPA_TABLE_ACL_POLICY = 60
    };
    static bool _is_defined_of_dpa_table_t(of_dpa_table_t v);

private:
    static const std::set<of_dpa_table_t> _values_of_dpa_table_t;

public:

    enum port_mode_t {
        PORT_MODE_OF_DPA = 0
    };
    static bool _is_defined_port_mode_t(port_mode_t v);

private:
    static const std::set<port_mode_t> _values_port_mode_t;

public:

    enum register_t {
        REGISTER_BOGUS_REG0 = 0,
        REGISTER_BOGUS_REG1 = 4,
        REGISTER_BOGUS_REG2 = 8,
        REGISTER_BOGUS_REG3 = 12,
        REGISTER_TEST_REG = 16,
        REGISTER_TEST_REG64 = 24,
        REGISTER_TEST_IRQ = 32,
        REGISTER_TEST_DMA_ADDR = 40,
        REGISTER_TEST_DMA_SIZE = 48,
        REGISTER_TEST_DMA_CTRL = 52,
        REGISTER_CONTROL = 768,
        REGISTER_PORT_PHYS_COUNT = 772,
        REGISTER_PORT_PHYS_LINK_STATUS = 784,
        REGISTER_PORT_PHYS_ENABLE = 792,
        REGISTER_SWITCH_ID = 800,
        REGISTER_DMA_DESC_BASE = 4096
    };
    static bool _is_defined_register_t(register_t v);

private:
    static const std::set<register_t> _values_register_t;

public:

    enum return_code_t {
        RETURN_CODE_OK = 0,
        RETURN_CODE_ENOENT = 2,
        RETURN_CODE_ENXIO = 6,
        RETURN_CODE_ENOMEM = 12,
        RETURN_CODE_EEXIST = 17,
        RETURN_CODE_EINVAL = 22,
        RETURN_CODE_EMSGSIZE = 90,
        RETURN_CODE_ENOTSUP = 95,
        RETURN_CODE_ENOBUFS = 105
    };
    static bool _is_defined_return_code_t(return_code_t v);

private:
    static const std::set<return_code_t> _values_return_code_t;

public:

    enum ring_t {
        RING_CMD = 0,
        RING_EVENT = 1
    };
    static bool _is_defined_ring_t(ring_t v);

private:
    static const std::set<ring_t> _values_ring_t;

public:

    enum ring_register_t {
        RING_REGISTER_BASE_ADDR = 0,
        RING_REGISTER_SIZE = 8,
        RING_REGISTER_HEAD = 12,
        RING_REGISTER_TAIL = 16,
        RING_REGISTER_CTRL = 20,
        RING_REGISTER_CREDITS = 24
    };
    static bool _is_defined_ring_register_t(ring_register_t v);

private:
    static const std::set<ring_register_t> _values_ring_register_t;

public:

    enum test_dma_op_t {
        TEST_DMA_OP_CLEAR = 1,
        TEST_DMA_OP_FILL = 2,
        TEST_DMA_OP_INVERT = 4
    };
    static bool _is_defined_test_dma_op_t(test_dma_op_t v);

private:
    static const std::set<test_dma_op_t> _values_test_dma_op_t;

public:

    enum tx_offload_t {
        TX_OFFLOAD_NONE = 0,
        TX_OFFLOAD_IP_CSUM = 1,
        TX_OFFLOAD_TCP_UDP_CSUM = 2,
        TX_OFFLOAD_L3_CSUM = 3,
        TX_OFFLOAD_TSO = 4
    };
    static bool _is_defined_tx_offload_t(tx_offload_t v);

private:
    static const std::set<tx_offload_t> _values_tx_offload_t;

public:

    rocker_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_t();

    /**
     * A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec.
     */

    class be_uint_t : public kaitai::kstruct {

    public:

        be_uint_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~be_uint_t();

    private:
        uint32_t m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The number.
         */
        uint32_t value() const { return m_value; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * An IPv4 address or mask (4 bytes, network order).
     */

    class ipv4_address_t : public kaitai::kstruct {

    public:

        ipv4_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~ipv4_address_t();

    private:
        std::string m_octets;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The four bytes as on the wire.
         */
        std::string octets() const { return m_octets; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * An IPv6 address or mask (16 bytes, network order).
     */

    class ipv6_address_t : public kaitai::kstruct {

    public:

        ipv6_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~ipv6_address_t();

    private:
        std::string m_octets;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The sixteen bytes as on the wire.
         */
        std::string octets() const { return m_octets; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
     * length the TLV has (QEMU sends the event type as 4 bytes where the
     * header says 2).
     */

    class le_uint_t : public kaitai::kstruct {

    public:

        le_uint_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~le_uint_t();

    private:
        bool f_value;
        uint64_t m_value;

    public:

        /**
         * The number.
         */
        uint64_t value();

    private:
        std::string m_length_check;
        uint32_t m_low;
        bool n_low;

    public:
        bool _is_null_low() { low(); return n_low; };

    private:
        uint32_t m_high;
        bool n_high;

    public:
        bool _is_null_high() { high(); return n_high; };

    private:
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * No bytes; refuses a value of any other length (it has no number to read).
         */
        std::string length_check() const { return m_length_check; }

        /**
         * The value, or its low 32 bits for an 8-byte value.
         */
        uint32_t low() const { return m_low; }

        /**
         * The high 32 bits of an 8-byte value.
         */
        uint32_t high() const { return m_high; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A MAC address (6 bytes, network order).
     */

    class mac_address_t : public kaitai::kstruct {

    public:

        mac_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~mac_address_t();

    private:
        std::string m_octets;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The six bytes as on the wire.
         */
        std::string octets() const { return m_octets; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A 64-bit port bitmap read as two halves (bit n is port n).
     */

    class port_bitmap_t : public kaitai::kstruct {

    public:

        port_bitmap_t(kaitai::kstream* p__io, rocker_t* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~port_bitmap_t();

    private:
        uint32_t m_lo;
        uint32_t m_hi;
        rocker_t* m__root;
        rocker_t* m__parent;

    public:

        /**
         * Ports 0..31 (port 0, the CPU port, always clear).
         */
        uint32_t lo() const { return m_lo; }

        /**
         * Ports 32..63 (port 63, loopback, always clear).
         */
        uint32_t hi() const { return m_hi; }
        rocker_t* _root() const { return m__root; }
        rocker_t* _parent() const { return m__parent; }
    };

    /**
     * The 32 bytes of registers of one descriptor ring.
     */

    class ring_registers_t : public kaitai::kstruct {

    public:

        ring_registers_t(kaitai::kstream* p__io, rocker_t* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~ring_registers_t();

    private:
        bool f_base_addr;
        uint64_t m_base_addr;

    public:

        /**
         * The ring's guest physical address.
         */
        uint64_t base_addr();

    private:
        uint32_t m_base_addr_lo;
        uint32_t m_base_addr_hi;
        uint32_t m_size;
        uint32_t m_head;
        uint32_t m_tail;
        uint32_t m_ctrl;
        uint32_t m_credits;
        uint32_t m_reserved;
        rocker_t* m__root;
        rocker_t* m__parent;

    public:

        /**
         * +0x00 DMA_DESC_BASE_ADDR low half; the ring's guest address, 8-byte aligned. Writing it resets head and tail.
         */
        uint32_t base_addr_lo() const { return m_base_addr_lo; }

        /**
         * +0x04 DMA_DESC_BASE_ADDR high half.
         */
        uint32_t base_addr_hi() const { return m_base_addr_hi; }

        /**
         * +0x08 DMA_DESC_SIZE, number of descriptors (a power of two, 2..65536).
         */
        uint32_t size() const { return m_size; }

        /**
         * +0x0c DMA_DESC_HEAD, written by the driver; writing it makes the device consume descriptors up to it.
         */
        uint32_t head() const { return m_head; }

        /**
         * +0x10 DMA_DESC_TAIL, advanced by the device as it completes descriptors.
         */
        uint32_t tail() const { return m_tail; }

        /**
         * +0x14 DMA_DESC_CTRL (write-only); bit 0 resets the ring.
         */
        uint32_t ctrl() const { return m_ctrl; }

        /**
         * +0x18 DMA_DESC_CREDITS, completed descriptors not yet returned; writing returns that many.
         */
        uint32_t credits() const { return m_credits; }

        /**
         * +0x1c, reserved.
         */
        uint32_t reserved() const { return m_reserved; }
        rocker_t* _root() const { return m__root; }
        rocker_t* _parent() const { return m__parent; }
    };

    /**
     * RX_FLAGS, how the device parsed a received packet (16 bits, little-endian).
     */

    class rx_flags_t : public kaitai::kstruct {

    public:

        rx_flags_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~rx_flags_t();

    private:
        bool m_ipv4;
        bool m_ipv6;
        bool m_csum_calc;
        bool m_ipv4_csum_good;
        bool m_ip_frag;
        bool m_tcp;
        bool m_udp;
        bool m_tcp_udp_csum_good;
        bool m_fwd_offload;
        uint64_t m_reserved;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Bit 0, an IPv4 packet.
         */
        bool ipv4() const { return m_ipv4; }

        /**
         * Bit 1, an IPv6 packet.
         */
        bool ipv6() const { return m_ipv6; }

        /**
         * Bit 2, the checksum was calculated (RX_CSUM is valid).
         */
        bool csum_calc() const { return m_csum_calc; }

        /**
         * Bit 3, the IPv4 header checksum is good.
         */
        bool ipv4_csum_good() const { return m_ipv4_csum_good; }

        /**
         * Bit 4, an IP fragment.
         */
        bool ip_frag() const { return m_ip_frag; }

        /**
         * Bit 5, a TCP packet.
         */
        bool tcp() const { return m_tcp; }

        /**
         * Bit 6, a UDP packet.
         */
        bool udp() const { return m_udp; }

        /**
         * Bit 7, the TCP/UDP checksum is good.
         */
        bool tcp_udp_csum_good() const { return m_tcp_udp_csum_good; }

        /**
         * Bit 8, the device already forwarded the packet (the host must not).
         */
        bool fwd_offload() const { return m_fwd_offload; }

        /**
         * Bits 9..15, not defined.
         */
        uint64_t reserved() const { return m_reserved; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * A string without a terminating NUL, the whole TLV value.
     */

    class text_t : public kaitai::kstruct {

    public:

        text_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~text_t();

    private:
        std::string m_value;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The text.
         */
        std::string value() const { return m_value; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
     * length that counts the 8-byte header, 2 bytes of padding, the value
     * and zeros up to an 8-byte boundary. The context-specific TLV types of
     * the other Rocker specs have this layout with a decoded value.
     */

    class tlv_t : public kaitai::kstruct {

    public:

        tlv_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~tlv_t();

    private:
        uint32_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::string m_value;
        std::string m_padding;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The type; its meaning depends on where the TLV is.
         */
        uint32_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The value, raw.
         */
        std::string value() const { return m_value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * An array of little-endian 32-bit numbers.
     */

    class u4_list_t : public kaitai::kstruct {

    public:

        u4_list_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~u4_list_t();

    private:
        std::unique_ptr<std::vector<uint32_t>> m_values;
        rocker_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The numbers.
         */
        std::vector<uint32_t>* values() const { return m_values.get(); }
        rocker_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

private:
    bool f_switch_id;
    uint64_t m_switch_id;

public:

    /**
     * The 64-bit switch ID.
     */
    uint64_t switch_id();

private:
    std::unique_ptr<std::vector<uint32_t>> m_bogus_registers;
    uint32_t m_test_reg;
    std::string m_reserved1;
    uint32_t m_test_reg64_lo;
    uint32_t m_test_reg64_hi;
    uint32_t m_test_irq;
    std::string m_reserved2;
    uint32_t m_test_dma_addr_lo;
    uint32_t m_test_dma_addr_hi;
    uint32_t m_test_dma_size;
    uint32_t m_test_dma_ctrl;
    std::string m_reserved3;
    uint32_t m_control;
    uint32_t m_port_phys_count;
    std::string m_reserved4;
    std::unique_ptr<port_bitmap_t> m_port_phys_link_status;
    std::unique_ptr<port_bitmap_t> m_port_phys_enable;
    uint32_t m_switch_id_lo;
    uint32_t m_switch_id_hi;
    std::string m_reserved5;
    std::unique_ptr<std::vector<std::unique_ptr<ring_registers_t>>> m_rings;
    std::string m_reserved6;
    rocker_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * 0x0000..0x000f, read 0xdeadbabe; writes do nothing (they catch misbehaving drivers).
     */
    std::vector<uint32_t>* bogus_registers() const { return m_bogus_registers.get(); }

    /**
     * 0x0010 TEST_REG, reads twice the last value written.
     */
    uint32_t test_reg() const { return m_test_reg; }

    /**
     * 0x0014, not a register.
     */
    std::string reserved1() const { return m_reserved1; }

    /**
     * 0x0018 TEST_REG64 low half; the register reads twice the last 64-bit value written.
     */
    uint32_t test_reg64_lo() const { return m_test_reg64_lo; }

    /**
     * 0x001c TEST_REG64 high half.
     */
    uint32_t test_reg64_hi() const { return m_test_reg64_hi; }

    /**
     * 0x0020 TEST_IRQ; writing a vector number fires that MSI-X vector (reads zero).
     */
    uint32_t test_irq() const { return m_test_irq; }

    /**
     * 0x0024, not a register.
     */
    std::string reserved2() const { return m_reserved2; }

    /**
     * 0x0028 TEST_DMA_ADDR low half, the test buffer's address.
     */
    uint32_t test_dma_addr_lo() const { return m_test_dma_addr_lo; }

    /**
     * 0x002c TEST_DMA_ADDR high half.
     */
    uint32_t test_dma_addr_hi() const { return m_test_dma_addr_hi; }

    /**
     * 0x0030 TEST_DMA_SIZE, the test buffer's size (16 bits kept).
     */
    uint32_t test_dma_size() const { return m_test_dma_size; }

    /**
     * 0x0034 TEST_DMA_CTRL (write-only; `test_dma_op`).
     */
    uint32_t test_dma_ctrl() const { return m_test_dma_ctrl; }

    /**
     * 0x0038..0x02ff, not registers.
     */
    std::string reserved3() const { return m_reserved3; }

    /**
     * 0x0300 CONTROL (write-only); bit 0 resets the switch.
     */
    uint32_t control() const { return m_control; }

    /**
     * 0x0304 PORT_PHYS_COUNT, number of front-panel ports (the -device rocker ports array).
     */
    uint32_t port_phys_count() const { return m_port_phys_count; }

    /**
     * 0x0308..0x030f, not registers.
     */
    std::string reserved4() const { return m_reserved4; }

    /**
     * 0x0310 PORT_PHYS_LINK_STATUS, bit n set when port n has link (bits 0 and 63 always clear).
     */
    port_bitmap_t* port_phys_link_status() const { return m_port_phys_link_status.get(); }

    /**
     * 0x0318 PORT_PHYS_ENABLE, bit n enables port n (all clear after reset).
     */
    port_bitmap_t* port_phys_enable() const { return m_port_phys_enable.get(); }

    /**
     * 0x0320 SWITCH_ID low half. QEMU's default is the first port's MAC address read as a little-endian number.
     */
    uint32_t switch_id_lo() const { return m_switch_id_lo; }

    /**
     * 0x0324 SWITCH_ID high half.
     */
    uint32_t switch_id_hi() const { return m_switch_id_hi; }

    /**
     * 0x0328..0x0fff, not registers.
     */
    std::string reserved5() const { return m_reserved5; }

    /**
     * 0x1000 + 32 * n, the registers of ring n (command, event, then Tx/Rx per port; 128 slots, 64 listed).
     */
    std::vector<std::unique_ptr<ring_registers_t>>* rings() const { return m_rings.get(); }

    /**
     * 0x1800..0x1fff, ring slots no port count can reach.
     */
    std::string reserved6() const { return m_reserved6; }
    rocker_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
