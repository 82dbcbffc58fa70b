#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class pci_ids_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * Red Hat gives part of its PCI ID space to QEMU's virtual devices: vendor
 * 0x1af4 (the former Qumranet ID; virtio, ivshmem, and the subsystem ID
 * 0x1100 of devices that copy real hardware) and vendor 0x1b36 (QEMU's own
 * devices). This spec names every ID the QEMU PCI ID document assigns, and
 * reads the first 64 bytes of a device's PCI configuration space (type 0 or
 * type 1 header, little-endian) so that a config space dump shows the names.
 * 
 * Virtio devices come in two forms: transitional ones keep the legacy device
 * ID 0x1000..0x103f (and carry the virtio device ID as their subsystem ID);
 * modern ones use 0x1040 plus the virtio device ID. 0x10f0..0x10ff are free
 * for experiments that never leave the lab.
 * \sa https://www.qemu.org/docs/master/specs/pci-ids.html Source
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst Source
 */

class pci_ids_t : public kaitai::kstruct {

public:
    class bridge_header_t;
    class general_header_t;
    class header_type_t;

    enum device_1af4_t {
        DEVICE_1AF4_VIRTIO_NET_LEGACY = 4096,
        DEVICE_1AF4_VIRTIO_BLOCK_LEGACY = 4097,
        DEVICE_1AF4_VIRTIO_BALLOON_LEGACY = 4098,
        DEVICE_1AF4_VIRTIO_CONSOLE_LEGACY = 4099,
        DEVICE_1AF4_VIRTIO_SCSI_LEGACY = 4100,
        DEVICE_1AF4_VIRTIO_RNG_LEGACY = 4101,
        DEVICE_1AF4_VIRTIO_9P_LEGACY = 4105,
        DEVICE_1AF4_VIRTIO_VSOCK_LEGACY = 4114,
        DEVICE_1AF4_VIRTIO_NET = 4161,
        DEVICE_1AF4_VIRTIO_BLOCK = 4162,
        DEVICE_1AF4_VIRTIO_CONSOLE = 4163,
        DEVICE_1AF4_VIRTIO_RNG = 4164,
        DEVICE_1AF4_VIRTIO_BALLOON = 4165,
        DEVICE_1AF4_VIRTIO_IOMEM = 4166,
        DEVICE_1AF4_VIRTIO_RPMSG = 4167,
        DEVICE_1AF4_VIRTIO_SCSI = 4168,
        DEVICE_1AF4_VIRTIO_9P = 4169,
        DEVICE_1AF4_VIRTIO_MAC80211_WLAN = 4170,
        DEVICE_1AF4_VIRTIO_RPROC_SERIAL = 4171,
        DEVICE_1AF4_VIRTIO_CAIF = 4172,
        DEVICE_1AF4_VIRTIO_MEMORY_BALLOON = 4173,
        DEVICE_1AF4_VIRTIO_GPU = 4176,
        DEVICE_1AF4_VIRTIO_CLOCK = 4177,
        DEVICE_1AF4_VIRTIO_INPUT = 4178,
        DEVICE_1AF4_VIRTIO_VSOCK = 4179,
        DEVICE_1AF4_VIRTIO_CRYPTO = 4180,
        DEVICE_1AF4_VIRTIO_SIGNAL_DIST = 4181,
        DEVICE_1AF4_VIRTIO_PSTORE = 4182,
        DEVICE_1AF4_VIRTIO_IOMMU = 4183,
        DEVICE_1AF4_VIRTIO_MEM = 4184,
        DEVICE_1AF4_VIRTIO_SOUND = 4185,
        DEVICE_1AF4_VIRTIO_FS = 4186,
        DEVICE_1AF4_VIRTIO_PMEM = 4187,
        DEVICE_1AF4_VIRTIO_RPMB = 4188,
        DEVICE_1AF4_VIRTIO_MAC80211_HWSIM = 4189,
        DEVICE_1AF4_VIRTIO_VIDEO_ENCODER = 4190,
        DEVICE_1AF4_VIRTIO_VIDEO_DECODER = 4191,
        DEVICE_1AF4_VIRTIO_SCMI = 4192,
        DEVICE_1AF4_VIRTIO_NITRO_SEC_MOD = 4193,
        DEVICE_1AF4_VIRTIO_I2C_ADAPTER = 4194,
        DEVICE_1AF4_VIRTIO_WATCHDOG = 4195,
        DEVICE_1AF4_VIRTIO_CAN = 4196,
        DEVICE_1AF4_VIRTIO_DMABUF = 4197,
        DEVICE_1AF4_VIRTIO_PARAM_SERV = 4198,
        DEVICE_1AF4_VIRTIO_AUDIO_POLICY = 4199,
        DEVICE_1AF4_VIRTIO_BT = 4200,
        DEVICE_1AF4_VIRTIO_GPIO = 4201,
        DEVICE_1AF4_EXPERIMENTAL_0 = 4336,
        DEVICE_1AF4_EXPERIMENTAL_1 = 4337,
        DEVICE_1AF4_EXPERIMENTAL_2 = 4338,
        DEVICE_1AF4_EXPERIMENTAL_3 = 4339,
        DEVICE_1AF4_EXPERIMENTAL_4 = 4340,
        DEVICE_1AF4_EXPERIMENTAL_5 = 4341,
        DEVICE_1AF4_EXPERIMENTAL_6 = 4342,
        DEVICE_1AF4_EXPERIMENTAL_7 = 4343,
        DEVICE_1AF4_EXPERIMENTAL_8 = 4344,
        DEVICE_1AF4_EXPERIMENTAL_9 = 4345,
        DEVICE_1AF4_EXPERIMENTAL_A = 4346,
        DEVICE_1AF4_EXPERIMENTAL_B = 4347,
        DEVICE_1AF4_EXPERIMENTAL_C = 4348,
        DEVICE_1AF4_EXPERIMENTAL_D = 4349,
        DEVICE_1AF4_EXPERIMENTAL_E = 4350,
        DEVICE_1AF4_EXPERIMENTAL_F = 4351,
        DEVICE_1AF4_QEMU_SUBSYSTEM = 4352,
        DEVICE_1AF4_IVSHMEM = 4368
    };
    static bool _is_defined_device_1af4_t(device_1af4_t v);

private:
    static const std::set<device_1af4_t> _values_device_1af4_t;

public:

    enum device_1b36_t {
        DEVICE_1B36_PCI_BRIDGE = 1,
        DEVICE_1B36_PCI_SERIAL = 2,
        DEVICE_1B36_PCI_SERIAL_2X = 3,
        DEVICE_1B36_PCI_SERIAL_4X = 4,
        DEVICE_1B36_PCI_TESTDEV = 5,
        DEVICE_1B36_ROCKER = 6,
        DEVICE_1B36_SDHCI = 7,
        DEVICE_1B36_PCIE_HOST_BRIDGE = 8,
        DEVICE_1B36_PXB = 9,
        DEVICE_1B36_PCI_BRIDGE_SEAT = 10,
        DEVICE_1B36_PXB_PCIE = 11,
        DEVICE_1B36_PCIE_ROOT_PORT = 12,
        DEVICE_1B36_XHCI = 13,
        DEVICE_1B36_PCIE_PCI_BRIDGE = 14,
        DEVICE_1B36_MDPY = 15,
        DEVICE_1B36_NVME = 16,
        DEVICE_1B36_PVPANIC = 17,
        DEVICE_1B36_ACPI_ERST = 18,
        DEVICE_1B36_UFS = 19,
        DEVICE_1B36_RISCV_IOMMU = 20,
        DEVICE_1B36_QXL = 256
    };
    static bool _is_defined_device_1b36_t(device_1b36_t v);

private:
    static const std::set<device_1b36_t> _values_device_1b36_t;

public:

    enum vendor_t {
        VENDOR_RED_HAT_QUMRANET = 6900,
        VENDOR_RED_HAT = 6966
    };
    static bool _is_defined_vendor_t(vendor_t v);

private:
    static const std::set<vendor_t> _values_vendor_t;

public:

    enum virtio_device_t {
        VIRTIO_DEVICE_NET = 1,
        VIRTIO_DEVICE_BLOCK = 2,
        VIRTIO_DEVICE_CONSOLE = 3,
        VIRTIO_DEVICE_RNG = 4,
        VIRTIO_DEVICE_BALLOON = 5,
        VIRTIO_DEVICE_IOMEM = 6,
        VIRTIO_DEVICE_RPMSG = 7,
        VIRTIO_DEVICE_SCSI = 8,
        VIRTIO_DEVICE_TRANSPORT_9P = 9,
        VIRTIO_DEVICE_MAC80211_WLAN = 10,
        VIRTIO_DEVICE_RPROC_SERIAL = 11,
        VIRTIO_DEVICE_CAIF = 12,
        VIRTIO_DEVICE_MEMORY_BALLOON = 13,
        VIRTIO_DEVICE_GPU = 16,
        VIRTIO_DEVICE_CLOCK = 17,
        VIRTIO_DEVICE_INPUT = 18,
        VIRTIO_DEVICE_VSOCK = 19,
        VIRTIO_DEVICE_CRYPTO = 20,
        VIRTIO_DEVICE_SIGNAL_DIST = 21,
        VIRTIO_DEVICE_PSTORE = 22,
        VIRTIO_DEVICE_IOMMU = 23,
        VIRTIO_DEVICE_MEM = 24,
        VIRTIO_DEVICE_SOUND = 25,
        VIRTIO_DEVICE_FS = 26,
        VIRTIO_DEVICE_PMEM = 27,
        VIRTIO_DEVICE_RPMB = 28,
        VIRTIO_DEVICE_MAC80211_HWSIM = 29,
        VIRTIO_DEVICE_VIDEO_ENCODER = 30,
        VIRTIO_DEVICE_VIDEO_DECODER = 31,
        VIRTIO_DEVICE_SCMI = 32,
        VIRTIO_DEVICE_NITRO_SEC_MOD = 33,
        VIRTIO_DEVICE_I2C_ADAPTER = 34,
        VIRTIO_DEVICE_WATCHDOG = 35,
        VIRTIO_DEVICE_CAN = 36,
        VIRTIO_DEVICE_DMABUF = 37,
        VIRTIO_DEVICE_PARAM_SERV = 38,
        VIRTIO_DEVICE_AUDIO_POLICY = 39,
        VIRTIO_DEVICE_BT = 40,
        VIRTIO_DEVICE_GPIO = 41
    };
    static bool _is_defined_virtio_device_t(virtio_device_t v);

private:
    static const std::set<virtio_device_t> _values_virtio_device_t;

public:

    pci_ids_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, pci_ids_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~pci_ids_t();

    /**
     * Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header.
     */

    class bridge_header_t : public kaitai::kstruct {

    public:

        bridge_header_t(kaitai::kstream* p__io, pci_ids_t* p__parent = nullptr, pci_ids_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~bridge_header_t();

    private:
        std::unique_ptr<std::vector<uint32_t>> m_bars;
        uint8_t m_primary_bus;
        uint8_t m_secondary_bus;
        uint8_t m_subordinate_bus;
        uint8_t m_secondary_latency_timer;
        uint8_t m_io_base;
        uint8_t m_io_limit;
        uint16_t m_secondary_status;
        uint16_t m_memory_base;
        uint16_t m_memory_limit;
        uint16_t m_prefetchable_base;
        uint16_t m_prefetchable_limit;
        uint32_t m_prefetchable_base_upper;
        uint32_t m_prefetchable_limit_upper;
        uint16_t m_io_base_upper;
        uint16_t m_io_limit_upper;
        uint8_t m_ofs_capabilities;
        std::string m_reserved;
        uint32_t m_expansion_rom;
        uint8_t m_interrupt_line;
        uint8_t m_interrupt_pin;
        uint16_t m_bridge_control;
        pci_ids_t* m__root;
        pci_ids_t* m__parent;

    public:

        /**
         * Base address registers 0 and 1.
         */
        std::vector<uint32_t>* bars() const { return m_bars.get(); }

        /**
         * Bus number of the bus the bridge sits on.
         */
        uint8_t primary_bus() const { return m_primary_bus; }

        /**
         * Bus number behind the bridge.
         */
        uint8_t secondary_bus() const { return m_secondary_bus; }

        /**
         * Highest bus number behind the bridge.
         */
        uint8_t subordinate_bus() const { return m_subordinate_bus; }

        /**
         * Latency timer of the secondary bus.
         */
        uint8_t secondary_latency_timer() const { return m_secondary_latency_timer; }

        /**
         * I/O window base (bits 15..12 of the address).
         */
        uint8_t io_base() const { return m_io_base; }

        /**
         * I/O window limit.
         */
        uint8_t io_limit() const { return m_io_limit; }

        /**
         * Status of the secondary bus.
         */
        uint16_t secondary_status() const { return m_secondary_status; }

        /**
         * Memory window base (bits 31..20).
         */
        uint16_t memory_base() const { return m_memory_base; }

        /**
         * Memory window limit.
         */
        uint16_t memory_limit() const { return m_memory_limit; }

        /**
         * Prefetchable memory window base.
         */
        uint16_t prefetchable_base() const { return m_prefetchable_base; }

        /**
         * Prefetchable memory window limit.
         */
        uint16_t prefetchable_limit() const { return m_prefetchable_limit; }

        /**
         * Upper 32 bits of the prefetchable base.
         */
        uint32_t prefetchable_base_upper() const { return m_prefetchable_base_upper; }

        /**
         * Upper 32 bits of the prefetchable limit.
         */
        uint32_t prefetchable_limit_upper() const { return m_prefetchable_limit_upper; }

        /**
         * Upper 16 bits of the I/O base.
         */
        uint16_t io_base_upper() const { return m_io_base_upper; }

        /**
         * Upper 16 bits of the I/O limit.
         */
        uint16_t io_limit_upper() const { return m_io_limit_upper; }

        /**
         * Offset of the first capability.
         */
        uint8_t ofs_capabilities() const { return m_ofs_capabilities; }

        /**
         * Reserved.
         */
        std::string reserved() const { return m_reserved; }

        /**
         * Expansion ROM base address.
         */
        uint32_t expansion_rom() const { return m_expansion_rom; }

        /**
         * Interrupt line.
         */
        uint8_t interrupt_line() const { return m_interrupt_line; }

        /**
         * Interrupt pin.
         */
        uint8_t interrupt_pin() const { return m_interrupt_pin; }

        /**
         * Bridge control register.
         */
        uint16_t bridge_control() const { return m_bridge_control; }
        pci_ids_t* _root() const { return m__root; }
        pci_ids_t* _parent() const { return m__parent; }
    };

    /**
     * Bytes 0x10..0x3f of a type 0 header.
     */

    class general_header_t : public kaitai::kstruct {

    public:

        general_header_t(kaitai::kstream* p__io, pci_ids_t* p__parent = nullptr, pci_ids_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~general_header_t();

    private:
        bool f_qemu_subsystem;
        device_1af4_t m_qemu_subsystem;
        bool n_qemu_subsystem;

    public:
        bool _is_null_qemu_subsystem() { qemu_subsystem(); return n_qemu_subsystem; };

    private:

    public:

        /**
         * The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware).
         */
        device_1af4_t qemu_subsystem();

    private:
        bool f_virtio_subsystem;
        virtio_device_t m_virtio_subsystem;
        bool n_virtio_subsystem;

    public:
        bool _is_null_virtio_subsystem() { virtio_subsystem(); return n_virtio_subsystem; };

    private:

    public:

        /**
         * A transitional virtio device's subsystem ID, its virtio device ID.
         */
        virtio_device_t virtio_subsystem();

    private:
        std::unique_ptr<std::vector<uint32_t>> m_bars;
        uint32_t m_cardbus_cis;
        vendor_t m_subsystem_vendor_id;
        uint16_t m_subsystem_id;
        uint32_t m_expansion_rom;
        uint8_t m_ofs_capabilities;
        std::string m_reserved;
        uint8_t m_interrupt_line;
        uint8_t m_interrupt_pin;
        uint8_t m_min_grant;
        uint8_t m_max_latency;
        pci_ids_t* m__root;
        pci_ids_t* m__parent;

    public:

        /**
         * Base address registers 0..5.
         */
        std::vector<uint32_t>* bars() const { return m_bars.get(); }

        /**
         * CardBus CIS pointer.
         */
        uint32_t cardbus_cis() const { return m_cardbus_cis; }

        /**
         * Vendor of the subsystem; 0x1af4 for QEMU's devices.
         */
        vendor_t subsystem_vendor_id() const { return m_subsystem_vendor_id; }

        /**
         * Subsystem; the virtio device ID for transitional virtio devices, 0x1100 for most others.
         */
        uint16_t subsystem_id() const { return m_subsystem_id; }

        /**
         * Expansion ROM base address.
         */
        uint32_t expansion_rom() const { return m_expansion_rom; }

        /**
         * Offset of the first capability.
         */
        uint8_t ofs_capabilities() const { return m_ofs_capabilities; }

        /**
         * Reserved.
         */
        std::string reserved() const { return m_reserved; }

        /**
         * Interrupt line (written by firmware).
         */
        uint8_t interrupt_line() const { return m_interrupt_line; }

        /**
         * Interrupt pin, 1..4 for INTA..INTD, 0 for none.
         */
        uint8_t interrupt_pin() const { return m_interrupt_pin; }

        /**
         * Minimum grant.
         */
        uint8_t min_grant() const { return m_min_grant; }

        /**
         * Maximum latency.
         */
        uint8_t max_latency() const { return m_max_latency; }
        pci_ids_t* _root() const { return m__root; }
        pci_ids_t* _parent() const { return m__parent; }
    };

    /**
     * The header type byte.
     */

    class header_type_t : public kaitai::kstruct {

    public:

        header_type_t(kaitai::kstream* p__io, pci_ids_t* p__parent = nullptr, pci_ids_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~header_type_t();

    private:
        bool m_multi_function;
        uint64_t m_layout;
        pci_ids_t* m__root;
        pci_ids_t* m__parent;

    public:

        /**
         * Bit 7, the device has functions other than 0.
         */
        bool multi_function() const { return m_multi_function; }

        /**
         * Bits 6..0, header layout (0 general, 1 PCI-to-PCI bridge, 2 CardBus bridge).
         */
        uint64_t layout() const { return m_layout; }
        pci_ids_t* _root() const { return m__root; }
        pci_ids_t* _parent() const { return m__parent; }
    };

private:
    bool f_qemu_device;
    device_1af4_t m_qemu_device;
    bool n_qemu_device;

public:
    bool _is_null_qemu_device() { qemu_device(); return n_qemu_device; };

private:

public:

    /**
     * The device ID named from vendor 0x1af4's table.
     */
    device_1af4_t qemu_device();

private:
    bool f_qemu_own_device;
    device_1b36_t m_qemu_own_device;
    bool n_qemu_own_device;

public:
    bool _is_null_qemu_own_device() { qemu_own_device(); return n_qemu_own_device; };

private:

public:

    /**
     * The device ID named from vendor 0x1b36's table.
     */
    device_1b36_t qemu_own_device();

private:
    bool f_virtio_device;
    virtio_device_t m_virtio_device;
    bool n_virtio_device;

public:
    bool _is_null_virtio_device() { virtio_device(); return n_virtio_device; };

private:

public:

    /**
     * For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040).
     */
    virtio_device_t virtio_device();

private:
    vendor_t m_vendor_id;
    uint16_t m_device_id;
    uint16_t m_command;
    uint16_t m_status;
    uint8_t m_revision_id;
    uint8_t m_prog_if;
    uint8_t m_subclass;
    uint8_t m_class_code;
    uint8_t m_cache_line_size;
    uint8_t m_latency_timer;
    std::unique_ptr<header_type_t> m_header_type;
    uint8_t m_bist;
    std::unique_ptr<kaitai::kstruct> m_header;
    bool n_header;

public:
    bool _is_null_header() { header(); return n_header; };

private:
    pci_ids_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Who made the device (named when it is one of QEMU's vendors).
     */
    vendor_t vendor_id() const { return m_vendor_id; }

    /**
     * The device, numbered by its vendor (see `qemu_device` and `qemu_own_device`).
     */
    uint16_t device_id() const { return m_device_id; }

    /**
     * Command register (I/O and memory decoding, bus mastering, ...).
     */
    uint16_t command() const { return m_command; }

    /**
     * Status register (bit 4 says a capability list is there).
     */
    uint16_t status() const { return m_status; }

    /**
     * Device revision.
     */
    uint8_t revision_id() const { return m_revision_id; }

    /**
     * Programming interface (class code, low byte).
     */
    uint8_t prog_if() const { return m_prog_if; }

    /**
     * Subclass (class code, middle byte).
     */
    uint8_t subclass() const { return m_subclass; }

    /**
     * Base class (class code, high byte), e.g. 2 network, 6 bridge.
     */
    uint8_t class_code() const { return m_class_code; }

    /**
     * Cache line size in 32-bit words.
     */
    uint8_t cache_line_size() const { return m_cache_line_size; }

    /**
     * Latency timer.
     */
    uint8_t latency_timer() const { return m_latency_timer; }

    /**
     * Layout of the rest of the header, and whether the device has several functions.
     */
    header_type_t* header_type() const { return m_header_type.get(); }

    /**
     * Built-in self test.
     */
    uint8_t bist() const { return m_bist; }

    /**
     * The rest of the 64-byte header (type 0 for devices, type 1 for PCI-to-PCI bridges).
     */
    kaitai::kstruct* header() const { return m_header.get(); }
    pci_ids_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
