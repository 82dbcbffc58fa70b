#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class ivshmem_pci_config_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The PCI configuration space of an ivshmem device, as a guest reads it
 * with configuration cycles: the standard type-0 header (64 bytes) and the
 * capability list behind it. Nothing in the layout is specific to ivshmem,
 * so it reads any conventional PCI function; the `is_ivshmem` instance
 * says whether this is one.
 * 
 * ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
 * class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
 * 2.6). Its BARs:
 * 
 * | BAR | what | variants |
 * |---|---|---|
 * | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
 * | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
 * | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |
 * 
 * ivshmem-doorbell has one capability, MSI-X with one table entry per
 * vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
 * reads 0 there): the doorbell variant interrupts through MSI-X only. The
 * MSI-X table entries (`msix_table_entry`) live in
 * BAR1, not here; the type is in this spec for the guest-side code that
 * programs them.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface Source
 */

class ivshmem_pci_config_t : public kaitai::kstruct {

public:
    class bar_t;
    class bar_offset_t;
    class capability_t;
    class command_bits_t;
    class msix_capability_t;
    class msix_control_t;
    class msix_table_entry_t;
    class status_bits_t;

    enum capability_id_t {
        CAPABILITY_ID_POWER_MANAGEMENT = 1,
        CAPABILITY_ID_MSI = 5,
        CAPABILITY_ID_VENDOR_SPECIFIC = 9,
        CAPABILITY_ID_PCI_EXPRESS = 16,
        CAPABILITY_ID_MSIX = 17
    };
    static bool _is_defined_capability_id_t(capability_id_t v);

private:
    static const std::set<capability_id_t> _values_capability_id_t;

public:

    enum device_t {
        DEVICE_IVSHMEM = 4368
    };
    static bool _is_defined_device_t(device_t v);

private:
    static const std::set<device_t> _values_device_t;

public:

    enum memory_type_t {
        MEMORY_TYPE_BITS32 = 0,
        MEMORY_TYPE_BELOW_1M = 1,
        MEMORY_TYPE_BITS64 = 2
    };
    static bool _is_defined_memory_type_t(memory_type_t v);

private:
    static const std::set<memory_type_t> _values_memory_type_t;

public:

    enum vendor_t {
        VENDOR_RED_HAT_QUMRANET = 6900
    };
    static bool _is_defined_vendor_t(vendor_t v);

private:
    static const std::set<vendor_t> _values_vendor_t;

public:

    ivshmem_pci_config_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~ivshmem_pci_config_t();

    /**
     * One base address register. Bit 0 tells I/O from memory BARs; for a
     * memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
     * high half is the next BAR) and bit 3 says it is prefetchable. The
     * rest is the address, aligned to the BAR's size.
     */

    class bar_t : public kaitai::kstruct {

    public:

        bar_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bar_t();

    private:
        bool f_address;
        uint32_t m_address;

    public:

        /**
         * The 32-bit address this BAR holds (the low half of a 64-bit one).
         */
        uint32_t address();

    private:
        bool m_is_io;
        memory_type_t m_memory_type;
        bool m_prefetchable;
        uint64_t m_address_bits;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t* m__parent;

    public:

        /**
         * Bit 0, an I/O port BAR (never for ivshmem).
         */
        bool is_io() const { return m_is_io; }

        /**
         * Bits 1..2, the width of a memory BAR.
         */
        memory_type_t memory_type() const { return m_memory_type; }

        /**
         * Bit 3, the memory may be prefetched (BAR2 of ivshmem).
         */
        bool prefetchable() const { return m_prefetchable; }

        /**
         * Bits 4..31, the address divided by 16 (the low half for a 64-bit BAR).
         */
        uint64_t address_bits() const { return m_address_bits; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t* _parent() const { return m__parent; }
    };

    /**
     * A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR.
     */

    class bar_offset_t : public kaitai::kstruct {

    public:

        bar_offset_t(kaitai::kstream* p__io, ivshmem_pci_config_t::msix_capability_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bar_offset_t();

    private:
        bool f_bar_index;
        int32_t m_bar_index;

    public:

        /**
         * Which BAR (0..5) holds the structure.
         */
        int32_t bar_index();

    private:
        bool f_offset;
        int32_t m_offset;

    public:

        /**
         * Offset inside the BAR.
         */
        int32_t offset();

    private:
        uint32_t m_raw;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t::msix_capability_t* m__parent;

    public:

        /**
         * The register as read; the low 3 bits are the BAR number.
         */
        uint32_t raw() const { return m_raw; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t::msix_capability_t* _parent() const { return m__parent; }
    };

    /**
     * One entry of the capability list: its ID, the offset of the next
     * entry (0 ends the list) and the body. `depth` counts entries, so a
     * list that loops ends after 48 entries (all that fit in 192 bytes).
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
     */

    class capability_t : public kaitai::kstruct {

    public:

        capability_t(uint8_t p_depth, kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~capability_t();

    private:
        bool f_next;
        std::unique_ptr<capability_t> m_next;
        bool n_next;

    public:
        bool _is_null_next() { next(); return n_next; };

    private:

    public:

        /**
         * The next entry of the list.
         */
        capability_t* next();

    private:
        capability_id_t m_capability_id;
        uint8_t m_ofs_next;
        std::unique_ptr<msix_capability_t> m_body;
        bool n_body;

    public:
        bool _is_null_body() { body(); return n_body; };

    private:
        uint8_t m_depth;
        ivshmem_pci_config_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * What kind of capability this is (0x11 for MSI-X).
         */
        capability_id_t capability_id() const { return m_capability_id; }

        /**
         * Offset of the next capability in configuration space; 0 ends the list.
         */
        uint8_t ofs_next() const { return m_ofs_next; }

        /**
         * The MSI-X fields (other capabilities are not described here).
         */
        msix_capability_t* body() const { return m_body.get(); }

        /**
         * Number of entries before this one.
         */
        uint8_t depth() const { return m_depth; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The 16-bit command register; the bits a guest sets to enable the function.
     */

    class command_bits_t : public kaitai::kstruct {

    public:

        command_bits_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~command_bits_t();

    private:
        bool m_io_space;
        bool m_memory_space;
        bool m_bus_master;
        bool m_special_cycles;
        bool m_memory_write_invalidate;
        bool m_vga_palette_snoop;
        bool m_parity_error_response;
        bool m_reserved_bit7;
        bool m_serr_enable;
        bool m_fast_back_to_back;
        bool m_interrupt_disable;
        uint64_t m_reserved;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t* m__parent;

    public:

        /**
         * Bit 0, answer I/O port BARs.
         */
        bool io_space() const { return m_io_space; }

        /**
         * Bit 1, answer memory BARs (BAR0, BAR1, BAR2 of ivshmem).
         */
        bool memory_space() const { return m_memory_space; }

        /**
         * Bit 2, the function may write to memory itself (needed for MSI-X messages).
         */
        bool bus_master() const { return m_bus_master; }

        /**
         * Bit 3, special cycles (not used by PCI Express).
         */
        bool special_cycles() const { return m_special_cycles; }

        /**
         * Bit 4, memory write and invalidate.
         */
        bool memory_write_invalidate() const { return m_memory_write_invalidate; }

        /**
         * Bit 5, VGA palette snooping.
         */
        bool vga_palette_snoop() const { return m_vga_palette_snoop; }

        /**
         * Bit 6, respond to parity errors.
         */
        bool parity_error_response() const { return m_parity_error_response; }

        /**
         * Bit 7, reserved.
         */
        bool reserved_bit7() const { return m_reserved_bit7; }

        /**
         * Bit 8, report system errors.
         */
        bool serr_enable() const { return m_serr_enable; }

        /**
         * Bit 9, fast back-to-back transactions.
         */
        bool fast_back_to_back() const { return m_fast_back_to_back; }

        /**
         * Bit 10, mask the INTx interrupt.
         */
        bool interrupt_disable() const { return m_interrupt_disable; }

        /**
         * Bits 11..15, reserved.
         */
        uint64_t reserved() const { return m_reserved; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t* _parent() const { return m__parent; }
    };

    /**
     * The MSI-X capability of ivshmem-doorbell: how many vectors it has and
     * where its table and pending-bit array are (BAR and offset).
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
     */

    class msix_capability_t : public kaitai::kstruct {

    public:

        msix_capability_t(kaitai::kstream* p__io, ivshmem_pci_config_t::capability_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~msix_capability_t();

    private:
        std::unique_ptr<msix_control_t> m_control;
        std::unique_ptr<bar_offset_t> m_table;
        std::unique_ptr<bar_offset_t> m_pending_bits;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t::capability_t* m__parent;

    public:

        /**
         * The message control register.
         */
        msix_control_t* control() const { return m_control.get(); }

        /**
         * Where the MSI-X table is (BAR1, offset 0 on ivshmem).
         */
        bar_offset_t* table() const { return m_table.get(); }

        /**
         * Where the pending-bit array is (BAR1, offset 0x800 on ivshmem).
         */
        bar_offset_t* pending_bits() const { return m_pending_bits.get(); }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t::capability_t* _parent() const { return m__parent; }
    };

    /**
     * The 16-bit MSI-X message control register.
     */

    class msix_control_t : public kaitai::kstruct {

    public:

        msix_control_t(kaitai::kstream* p__io, ivshmem_pci_config_t::msix_capability_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~msix_control_t();

    private:
        bool f_num_vectors;
        int32_t m_num_vectors;

    public:

        /**
         * Number of MSI-X vectors, one per ivshmem interrupt vector.
         */
        int32_t num_vectors();

    private:
        uint64_t m_table_size_minus_one;
        uint64_t m_reserved;
        bool m_function_mask;
        bool m_enable;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t::msix_capability_t* m__parent;

    public:

        /**
         * Bits 0..10, the number of table entries minus one.
         */
        uint64_t table_size_minus_one() const { return m_table_size_minus_one; }

        /**
         * Bits 11..13, reserved.
         */
        uint64_t reserved() const { return m_reserved; }

        /**
         * Bit 14, masks every vector at once.
         */
        bool function_mask() const { return m_function_mask; }

        /**
         * Bit 15, MSI-X is on (and INTx off).
         */
        bool enable() const { return m_enable; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t::msix_capability_t* _parent() const { return m__parent; }
    };

    /**
     * One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
     * where the device writes, and what, to signal its vector. With the
     * address pointing at guest RAM instead of the interrupt controller,
     * the write lands in memory, which is how the tests see a vector fire.
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
     */

    class msix_table_entry_t : public kaitai::kstruct {

    public:

        msix_table_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~msix_table_entry_t();

    private:
        bool f_address;
        uint64_t m_address;

    public:

        /**
         * The full 64-bit message address.
         */
        uint64_t address();

    private:
        bool f_masked;
        bool m_masked;

    public:

        /**
         * Whether the vector is masked.
         */
        bool masked();

    private:
        uint32_t m_address_low;
        uint32_t m_address_high;
        uint32_t m_data;
        uint32_t m_vector_control;
        ivshmem_pci_config_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Low 32 bits of the message address (4-byte aligned).
         */
        uint32_t address_low() const { return m_address_low; }

        /**
         * High 32 bits of the message address.
         */
        uint32_t address_high() const { return m_address_high; }

        /**
         * The 32-bit value the device writes.
         */
        uint32_t data() const { return m_data; }

        /**
         * Bit 0 masks this vector (the device then only sets its pending bit).
         */
        uint32_t vector_control() const { return m_vector_control; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The 16-bit status register.
     */

    class status_bits_t : public kaitai::kstruct {

    public:

        status_bits_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent = nullptr, ivshmem_pci_config_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~status_bits_t();

    private:
        uint64_t m_reserved_low;
        bool m_interrupt_status;
        bool m_has_capabilities;
        bool m_mhz66_capable;
        bool m_reserved_bit6;
        bool m_fast_back_to_back_capable;
        uint64_t m_errors;
        ivshmem_pci_config_t* m__root;
        ivshmem_pci_config_t* m__parent;

    public:

        /**
         * Bits 0..2, reserved.
         */
        uint64_t reserved_low() const { return m_reserved_low; }

        /**
         * Bit 3, the function asserts INTx.
         */
        bool interrupt_status() const { return m_interrupt_status; }

        /**
         * Bit 4, there is a capability list at `ofs_capabilities`.
         */
        bool has_capabilities() const { return m_has_capabilities; }

        /**
         * Bit 5, 66 MHz capable (conventional PCI).
         */
        bool mhz66_capable() const { return m_mhz66_capable; }

        /**
         * Bit 6, reserved.
         */
        bool reserved_bit6() const { return m_reserved_bit6; }

        /**
         * Bit 7, fast back-to-back capable.
         */
        bool fast_back_to_back_capable() const { return m_fast_back_to_back_capable; }

        /**
         * Bits 8..15, parity, abort, DEVSEL timing and error flags.
         */
        uint64_t errors() const { return m_errors; }
        ivshmem_pci_config_t* _root() const { return m__root; }
        ivshmem_pci_config_t* _parent() const { return m__parent; }
    };

private:
    bool f_first_capability;
    std::unique_ptr<capability_t> m_first_capability;
    bool n_first_capability;

public:
    bool _is_null_first_capability() { first_capability(); return n_first_capability; };

private:

public:

    /**
     * The first entry of the capability list (the others follow from it).
     */
    capability_t* first_capability();

private:
    bool f_is_ivshmem;
    bool m_is_ivshmem;

public:

    /**
     * Whether the function is an ivshmem device.
     */
    bool is_ivshmem();

private:
    vendor_t m_vendor_id;
    device_t m_device_id;
    std::unique_ptr<command_bits_t> m_command;
    std::unique_ptr<status_bits_t> m_status;
    uint8_t m_revision_id;
    uint8_t m_prog_if;
    uint8_t m_subclass;
    uint8_t m_class_code;
    uint8_t m_cache_line_size;
    uint8_t m_latency_timer;
    uint8_t m_header_type;
    uint8_t m_bist;
    std::unique_ptr<std::vector<std::unique_ptr<bar_t>>> m_bars;
    uint32_t m_cardbus_cis;
    uint16_t m_subsystem_vendor_id;
    uint16_t m_subsystem_id;
    uint32_t m_expansion_rom;
    uint8_t m_ofs_capabilities;
    std::string m_reserved;
    uint8_t m_interrupt_line;
    uint8_t m_interrupt_pin;
    uint8_t m_min_grant;
    uint8_t m_max_latency;
    ivshmem_pci_config_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Vendor ID; 0x1af4 for ivshmem.
     */
    vendor_t vendor_id() const { return m_vendor_id; }

    /**
     * Device ID; 0x1110 for ivshmem.
     */
    device_t device_id() const { return m_device_id; }

    /**
     * The command register (which address spaces the function answers in).
     */
    command_bits_t* command() const { return m_command.get(); }

    /**
     * The status register.
     */
    status_bits_t* status() const { return m_status.get(); }

    /**
     * Revision; ivshmem is 1 since QEMU 2.6, 0 before.
     */
    uint8_t revision_id() const { return m_revision_id; }

    /**
     * Programming interface byte of the class code; 0 for ivshmem.
     */
    uint8_t prog_if() const { return m_prog_if; }

    /**
     * Subclass; 0x00 (RAM) for ivshmem.
     */
    uint8_t subclass() const { return m_subclass; }

    /**
     * Base class; 0x05 (memory controller) for ivshmem.
     */
    uint8_t class_code() const { return m_class_code; }

    /**
     * Cache line size in 32-bit words (set by firmware).
     */
    uint8_t cache_line_size() const { return m_cache_line_size; }

    /**
     * Latency timer (conventional PCI bus masters).
     */
    uint8_t latency_timer() const { return m_latency_timer; }

    /**
     * Layout of bytes 0x10..0x3f (0 for a device); bit 7 marks a multi-function device.
     */
    uint8_t header_type() const { return m_header_type; }

    /**
     * Built-in self test control; 0 when not supported.
     */
    uint8_t bist() const { return m_bist; }

    /**
     * The six base address registers, 0x10..0x27. A 64-bit BAR uses two
     * slots: the slot after it holds the high half of its address and is
     * not a BAR of its own (ivshmem's BAR2 takes slot 3 this way).
     */
    std::vector<std::unique_ptr<bar_t>>* bars() const { return m_bars.get(); }

    /**
     * CardBus CIS pointer; unused.
     */
    uint32_t cardbus_cis() const { return m_cardbus_cis; }

    /**
     * Subsystem vendor ID (QEMU gives 0x1af4).
     */
    uint16_t subsystem_vendor_id() const { return m_subsystem_vendor_id; }

    /**
     * Subsystem ID (QEMU gives 0x1100).
     */
    uint16_t subsystem_id() const { return m_subsystem_id; }

    /**
     * Expansion ROM base address; 0 when the function has no ROM.
     */
    uint32_t expansion_rom() const { return m_expansion_rom; }

    /**
     * Offset of the first capability (bits 0 and 1 are reserved), valid when status says there is a list.
     */
    uint8_t ofs_capabilities() const { return m_ofs_capabilities; }

    /**
     * Bytes 0x35..0x3b, reserved.
     */
    std::string reserved() const { return m_reserved; }

    /**
     * Interrupt line routing, written by firmware.
     */
    uint8_t interrupt_line() const { return m_interrupt_line; }

    /**
     * Interrupt pin (1 = INTA#); 0 when the function has no INTx (ivshmem-plain).
     */
    uint8_t interrupt_pin() const { return m_interrupt_pin; }

    /**
     * Minimum burst period (conventional PCI); 0.
     */
    uint8_t min_grant() const { return m_min_grant; }

    /**
     * Maximum latency (conventional PCI); 0.
     */
    uint8_t max_latency() const { return m_max_latency; }
    ivshmem_pci_config_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
