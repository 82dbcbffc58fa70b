// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "fw_cfg_file_dir.h"

fw_cfg_file_dir_t::fw_cfg_file_dir_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_file_dir_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_files = nullptr;
    _read();
}

void fw_cfg_file_dir_t::_read() {
    m_num_files = m__io->read_u4be();
    m_files = std::unique_ptr<std::vector<std::unique_ptr<file_entry_t>>>(new std::vector<std::unique_ptr<file_entry_t>>());
    const int l_files = num_files();
    for (int i = 0; i < l_files; i++) {
        m_files->push_back(std::move(std::unique_ptr<file_entry_t>(new file_entry_t(m__io, this, m__root))));
    }
}

fw_cfg_file_dir_t::~fw_cfg_file_dir_t() {
    _clean_up();
}

void fw_cfg_file_dir_t::_clean_up() {
}

fw_cfg_file_dir_t::file_entry_t::file_entry_t(kaitai::kstream* p__io, fw_cfg_file_dir_t* p__parent, fw_cfg_file_dir_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void fw_cfg_file_dir_t::file_entry_t::_read() {
    m_len_file = m__io->read_u4be();
    m_select = m__io->read_u2be();
    m_reserved = m__io->read_u2be();
    m_name = kaitai::kstream::bytes_to_str(kaitai::kstream::bytes_terminate(m__io->read_bytes(56), 0, false), "ASCII");
}

fw_cfg_file_dir_t::file_entry_t::~file_entry_t() {
    _clean_up();
}

void fw_cfg_file_dir_t::file_entry_t::_clean_up() {
}
