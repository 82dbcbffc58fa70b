#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class fw_cfg_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * fw_cfg is the device through which QEMU hands blobs to guest firmware: boot
 * order, ACPI and SMBIOS tables, kernel and initrd for direct boot, and any
 * item a user adds with `-fw_cfg name=opt/...`.
 * 
 * The guest writes a 16-bit selector key, then reads the selected item's
 * bytes one access at a time from the data register, or has the device copy
 * them into guest memory through the DMA interface (see `fw_cfg_dma_access`).
 * Items at keys 0x0020 and above are named files listed in the file
 * directory (see `fw_cfg_file_dir`).
 * 
 * This spec holds what every fw_cfg structure shares: the selector key with
 * its write and architecture bits, the names of the well-known keys, and the
 * small fixed items (signature, feature bitmap, DMA signature). Its top
 * level reads the signature item; the other types are used by name.
 * 
 * Where the registers are:
 * 
 * | platform | selector | data | DMA address |
 * |---|---|---|---|
 * | x86 (I/O ports) | port 0x510, 16-bit, little-endian | port 0x511, 8-bit | ports 0x514 (high half) and 0x518 (low half, starts the transfer), big-endian |
 * | Arm (MMIO) | base + 8, 16-bit, big-endian | base + 0, 8/16/32/64-bit, byte order of the item kept | base + 16, 64-bit, big-endian |
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html Source
 */

class fw_cfg_t : public kaitai::kstruct {

public:
    class dma_signature_t;
    class id_item_t;
    class selector_key_t;
    class signature_item_t;

    enum features_t {
        FEATURES_TRADITIONAL = 1,
        FEATURES_DMA = 2
    };
    static bool _is_defined_features_t(features_t v);

private:
    static const std::set<features_t> _values_features_t;

public:

    enum key_t {
        KEY_SIGNATURE = 0,
        KEY_ID = 1,
        KEY_UUID = 2,
        KEY_RAM_SIZE = 3,
        KEY_NOGRAPHIC = 4,
        KEY_NB_CPUS = 5,
        KEY_MACHINE_ID = 6,
        KEY_KERNEL_ADDR = 7,
        KEY_KERNEL_SIZE = 8,
        KEY_KERNEL_CMDLINE = 9,
        KEY_INITRD_ADDR = 10,
        KEY_INITRD_SIZE = 11,
        KEY_BOOT_DEVICE = 12,
        KEY_NUMA = 13,
        KEY_BOOT_MENU = 14,
        KEY_MAX_CPUS = 15,
        KEY_KERNEL_ENTRY = 16,
        KEY_KERNEL_DATA = 17,
        KEY_INITRD_DATA = 18,
        KEY_CMDLINE_ADDR = 19,
        KEY_CMDLINE_SIZE = 20,
        KEY_CMDLINE_DATA = 21,
        KEY_SETUP_ADDR = 22,
        KEY_SETUP_SIZE = 23,
        KEY_SETUP_DATA = 24,
        KEY_FILE_DIR = 25,
        KEY_FILE_FIRST = 32,
        KEY_X86_ACPI_TABLES = 32768,
        KEY_X86_SMBIOS_ENTRIES = 32769,
        KEY_X86_IRQ0_OVERRIDE = 32770,
        KEY_X86_E820_TABLE = 32771,
        KEY_X86_HPET = 32772
    };
    static bool _is_defined_key_t(key_t v);

private:
    static const std::set<key_t> _values_key_t;

public:

    fw_cfg_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~fw_cfg_t();

    /**
     * What the guest reads from the 8-byte DMA address register when the
     * DMA interface exists: the big-endian number 0x51454d5520434647, which
     * is the text "QEMU CFG" in memory order.
     * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature Source
     */

    class dma_signature_t : public kaitai::kstruct {

    public:

        dma_signature_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~dma_signature_t();

    private:
        std::string m_magic;
        fw_cfg_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The eight bytes "QEMU CFG".
         */
        std::string magic() const { return m_magic; }
        fw_cfg_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
     * traditional selector/data interface) is always set; bit 1 says the
     * DMA interface is there.
     * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id Source
     */

    class id_item_t : public kaitai::kstruct {

    public:

        id_item_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~id_item_t();

    private:
        bool m_traditional;
        bool m_dma;
        uint64_t m_reserved;
        fw_cfg_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * The selector and data registers work (always set).
         */
        bool traditional() const { return m_traditional; }

        /**
         * The DMA address register works.
         */
        bool dma() const { return m_dma; }

        /**
         * Not defined; zero from QEMU.
         */
        uint64_t reserved() const { return m_reserved; }
        fw_cfg_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * The 16-bit value written to the selector register. The low 14 bits
     * index an item; bit 14 asked for write access in QEMU before 2.4 (it is
     * ignored today: writes go through DMA and each item decides whether it
     * is writable); bit 15 picks the architecture-specific item table.
     * Read as a little-endian 16-bit number (the x86 port's byte order).
     * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register Source
     */

    class selector_key_t : public kaitai::kstruct {

    public:

        selector_key_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~selector_key_t();

    private:
        bool f_arch_key;
        key_t m_arch_key;

    public:

        /**
         * The key as a well-known architecture-specific key (meaningful when `arch_local` is true).
         */
        key_t arch_key();

    private:
        bool f_generic_key;
        key_t m_generic_key;

    public:

        /**
         * The index as a well-known generic key (meaningful when `arch_local` is false).
         */
        key_t generic_key();

    private:
        uint64_t m_index;
        bool m_write;
        bool m_arch_local;
        fw_cfg_t* m__root;
        kaitai::kstruct* m__parent;

    public:

        /**
         * Item number inside its table (0x0000..0x3fff).
         */
        uint64_t index() const { return m_index; }

        /**
         * Historic write-mode bit (0x4000); QEMU ignores it since 2.4.
         */
        bool write() const { return m_write; }

        /**
         * Set (0x8000) for the architecture-specific table, clear for the generic one.
         */
        bool arch_local() const { return m_arch_local; }
        fw_cfg_t* _root() const { return m__root; }
        kaitai::kstruct* _parent() const { return m__parent; }
    };

    /**
     * Item 0x0000. Selecting it and reading four bytes from the data
     * register gives "QEMU" when the device is present.
     * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature Source
     */

    class signature_item_t : public kaitai::kstruct {

    public:

        signature_item_t(kaitai::kstream* p__io, fw_cfg_t* p__parent = nullptr, fw_cfg_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~signature_item_t();

    private:
        std::string m_magic;
        fw_cfg_t* m__root;
        fw_cfg_t* m__parent;

    public:

        /**
         * The four bytes "QEMU".
         */
        std::string magic() const { return m_magic; }
        fw_cfg_t* _root() const { return m__root; }
        fw_cfg_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<signature_item_t> m_signature;
    fw_cfg_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The item at key 0x0000, read to learn whether the device is there.
     */
    signature_item_t* signature() const { return m_signature.get(); }
    fw_cfg_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
