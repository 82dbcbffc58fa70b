#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class ivshmem_regs_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The 256-byte register block of QEMU's inter-VM shared memory device
 * (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
 * hold registers; every register is 32 bits wide, little-endian, and QEMU
 * answers only 4-byte accesses.
 * 
 * | offset | register | access | after reset |
 * |---|---|---|---|
 * | 0 | interrupt mask | read/write | 0 |
 * | 4 | interrupt status | read/write, reading clears it | 0 |
 * | 8 | IVPosition | read-only | 0 or the device's ID |
 * | 12 | doorbell | write-only | - |
 * | 16..255 | reserved | - | - |
 * 
 * Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
 * revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
 * INTx interrupt of a device without MSI-X: a peer's interrupt sets the
 * status bit, INTx is raised while status AND mask is non-zero, and reading
 * status clears it. Revision 1 keeps these bits reserved. In revision 0,
 * IVPosition could read -1 for a short time after reset, until the ivshmem
 * server had sent the shared memory; in revision 1 it is never negative.
 * 
 * A doorbell write is dropped when the device has no interrupts (the
 * ivshmem-plain variant), when its setup by the server is not complete, or
 * when the addressed peer or vector is not connected; the guest cannot tell.
 * 
 * Reads of the write-only doorbell and of the reserved bytes give zero in
 * QEMU, so a dump of a live device shows zeros there.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
 */

class ivshmem_regs_t : public kaitai::kstruct {

public:
    class doorbell_t;
    class interrupt_bits_t;

    enum offsets_t {
        OFFSETS_INTERRUPT_MASK = 0,
        OFFSETS_INTERRUPT_STATUS = 4,
        OFFSETS_IV_POSITION = 8,
        OFFSETS_DOORBELL = 12
    };
    static bool _is_defined_offsets_t(offsets_t v);

private:
    static const std::set<offsets_t> _values_offsets_t;

public:

    ivshmem_regs_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, ivshmem_regs_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~ivshmem_regs_t();

    /**
     * The value written to the doorbell register: which peer to interrupt
     * (high 16 bits) and on which of its interrupt vectors (low 16 bits).
     * The device writes the number 1 to the eventfd it holds for that peer
     * and vector; the peer then raises that MSI-X vector (or, on a
     * revision 0 device without MSI-X, sets its interrupt status).
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
     */

    class doorbell_t : public kaitai::kstruct {

    public:

        doorbell_t(kaitai::kstream* p__io, ivshmem_regs_t* p__parent = nullptr, ivshmem_regs_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~doorbell_t();

    private:
        uint16_t m_vector;
        uint16_t m_peer_id;
        ivshmem_regs_t* m__root;
        ivshmem_regs_t* m__parent;

    public:

        /**
         * Bits 0..15, the interrupt vector of the peer to signal.
         */
        uint16_t vector() const { return m_vector; }

        /**
         * Bits 16..31, the ID of the peer to interrupt.
         */
        uint16_t peer_id() const { return m_peer_id; }
        ivshmem_regs_t* _root() const { return m__root; }
        ivshmem_regs_t* _parent() const { return m__parent; }
    };

    /**
     * The bits of the interrupt mask and interrupt status registers. Only
     * bit 0 is defined, and only in revision 0; software keeps the other
     * bits as it found them.
     * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
     */

    class interrupt_bits_t : public kaitai::kstruct {

    public:

        interrupt_bits_t(kaitai::kstream* p__io, ivshmem_regs_t* p__parent = nullptr, ivshmem_regs_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~interrupt_bits_t();

    private:
        bool m_peer_interrupt;
        uint64_t m_reserved;
        ivshmem_regs_t* m__root;
        ivshmem_regs_t* m__parent;

    public:

        /**
         * Bit 0, an interrupt request from a peer (revision 0).
         */
        bool peer_interrupt() const { return m_peer_interrupt; }

        /**
         * Bits 1..31, not defined.
         */
        uint64_t reserved() const { return m_reserved; }
        ivshmem_regs_t* _root() const { return m__root; }
        ivshmem_regs_t* _parent() const { return m__parent; }
    };

private:
    bool f_has_position;
    bool m_has_position;

public:

    /**
     * True once the device knows its ID (always on revision 1; on
     * revision 0 guests waited for this before touching BAR2).
     */
    bool has_position();

private:
    std::unique_ptr<interrupt_bits_t> m_interrupt_mask;
    std::unique_ptr<interrupt_bits_t> m_interrupt_status;
    int32_t m_iv_position;
    std::unique_ptr<doorbell_t> m_doorbell;
    std::string m_reserved;
    ivshmem_regs_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Which interrupt sources may raise INTx (revision 0 only; reserved in
     * revision 1).
     */
    interrupt_bits_t* interrupt_mask() const { return m_interrupt_mask.get(); }

    /**
     * Interrupt sources that are pending (revision 0 only; reserved in
     * revision 1). Reading the register clears it.
     */
    interrupt_bits_t* interrupt_status() const { return m_interrupt_status.get(); }

    /**
     * The device's peer ID (0..65535), as the ivshmem server assigned it.
     * Zero when the device has no interrupts; -1 on revision 0 devices until
     * the server sent the shared memory.
     */
    int32_t iv_position() const { return m_iv_position; }

    /**
     * Written by the guest to interrupt a peer; reads give zero.
     */
    doorbell_t* doorbell() const { return m_doorbell.get(); }

    /**
     * Bytes 16..255 of the BAR, not defined; QEMU reads them as zero.
     */
    std::string reserved() const { return m_reserved; }
    ivshmem_regs_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
