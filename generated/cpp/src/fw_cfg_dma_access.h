#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class fw_cfg_dma_access_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "fw_cfg.h"

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
 * DMA transfer. The guest writes the descriptor's guest-physical address to
 * the DMA address register (big-endian; on x86 the high half at port 0x514,
 * then the low half at 0x518, which starts the transfer). The device then
 * optionally selects an item, reads, writes or skips `len_data` bytes at
 * the current offset of the selected item, and writes the control word back:
 * zero on success, the error bit set on failure. All fields are big-endian.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface Source
 */

class fw_cfg_dma_access_t : public kaitai::kstruct {

public:
    class control_word_t;

    fw_cfg_dma_access_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_dma_access_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~fw_cfg_dma_access_t();

    /**
     * The 32-bit control word. Only one operation runs: read wins over
     * write, write over skip. Select may come with any of them and
     * happens first.
     */

    class control_word_t : public kaitai::kstruct {

    public:

        control_word_t(kaitai::kstream* p__io, fw_cfg_dma_access_t* p__parent = nullptr, fw_cfg_dma_access_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~control_word_t();

    private:
        fw_cfg_t::key_t m_selector;
        uint64_t m_reserved;
        bool m_op_write;
        bool m_op_select;
        bool m_op_skip;
        bool m_op_read;
        bool m_error;
        fw_cfg_dma_access_t* m__root;
        fw_cfg_dma_access_t* m__parent;

    public:

        /**
         * Key to select first, when `select` is set (named when it is a well-known key).
         */
        fw_cfg_t::key_t selector() const { return m_selector; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }

        /**
         * Bit 4, copy from guest memory into the item (only writable items, no resizing).
         */
        bool op_write() const { return m_op_write; }

        /**
         * Bit 3, select the item `selector` names (and reset the offset) before the transfer.
         */
        bool op_select() const { return m_op_select; }

        /**
         * Bit 2, advance the offset by `len_data` without copying.
         */
        bool op_skip() const { return m_op_skip; }

        /**
         * Bit 1, copy from the item into guest memory.
         */
        bool op_read() const { return m_op_read; }

        /**
         * Bit 0, set by the device when the transfer failed.
         */
        bool error() const { return m_error; }
        fw_cfg_dma_access_t* _root() const { return m__root; }
        fw_cfg_dma_access_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<control_word_t> m_control;
    uint32_t m_len_data;
    uint64_t m_address;
    fw_cfg_dma_access_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * What to do; the device writes the result back here.
     */
    control_word_t* control() const { return m_control.get(); }

    /**
     * Number of bytes to transfer or skip.
     */
    uint32_t len_data() const { return m_len_data; }

    /**
     * Guest-physical address of the buffer to copy to (read) or from (write).
     */
    uint64_t address() const { return m_address; }
    fw_cfg_dma_access_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
