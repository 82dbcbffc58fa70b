#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class fw_cfg_file_dir_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The directory of named fw_cfg items, itself the item at key 0x0019. A
 * big-endian count is followed by one 64-byte entry per file, giving the
 * file's size, the selector key to read it with, and its name. Every number
 * in it is big-endian, unlike the rest of fw_cfg.
 * 
 * Read it by selecting key 0x0019 and reading 4 bytes for the count, then
 * 64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir Source
 */

class fw_cfg_file_dir_t : public kaitai::kstruct {

public:
    class file_entry_t;

    fw_cfg_file_dir_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, fw_cfg_file_dir_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~fw_cfg_file_dir_t();

    /**
     * One named item (64 bytes).
     */

    class file_entry_t : public kaitai::kstruct {

    public:

        file_entry_t(kaitai::kstream* p__io, fw_cfg_file_dir_t* p__parent = nullptr, fw_cfg_file_dir_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~file_entry_t();

    private:
        uint32_t m_len_file;
        uint16_t m_select;
        uint16_t m_reserved;
        std::string m_name;
        fw_cfg_file_dir_t* m__root;
        fw_cfg_file_dir_t* m__parent;

    public:

        /**
         * Size of the item in bytes.
         */
        uint32_t len_file() const { return m_len_file; }

        /**
         * Selector key that reads the item (0x0020 or above).
         */
        uint16_t select() const { return m_select; }

        /**
         * Unused; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * Item name, NUL-terminated inside the 56 bytes. Names starting
         * with "opt/" belong to users; QEMU's own items use other names.
         */
        std::string name() const { return m_name; }
        fw_cfg_file_dir_t* _root() const { return m__root; }
        fw_cfg_file_dir_t* _parent() const { return m__parent; }
    };

private:
    uint32_t m_num_files;
    std::unique_ptr<std::vector<std::unique_ptr<file_entry_t>>> m_files;
    fw_cfg_file_dir_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Number of entries that follow.
     */
    uint32_t num_files() const { return m_num_files; }

    /**
     * One entry per named item, in the order the device lists them.
     */
    std::vector<std::unique_ptr<file_entry_t>>* files() const { return m_files.get(); }
    fw_cfg_file_dir_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
