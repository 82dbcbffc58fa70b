#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class luks_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * LUKS version 1 keeps a disk's master key encrypted under up to eight
 * passphrases. The header (592 bytes, every number big-endian) names the
 * cipher, its mode and IV generator, and the hash used for PBKDF2 and the
 * anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
 * candidate key can be checked, and eight key slots. An active slot points
 * at its key material: the master key split into `stripes` copies by the
 * anti-forensic splitter, encrypted with a key derived from the passphrase
 * by PBKDF2 with the slot's salt and iteration count.
 * 
 * QEMU uses this header for its `luks` image format and inside qcow2 images
 * with `encrypt.format=luks`: there the qcow2 "full disk encryption header
 * pointer" extension says where the header lies, offsets in it count from
 * its first byte, and the payload offset is not used (guest data lives in
 * qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
 * as the IV's sector number). Offsets of key material and payload are in
 * 512-byte sectors.
 * \sa https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf Source
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer Source
 */

class luks_t : public kaitai::kstruct {

public:
    class key_slot_t;

    enum key_slot_state_t {
        KEY_SLOT_STATE_DISABLED = 57005,
        KEY_SLOT_STATE_ENABLED = 11301363
    };
    static bool _is_defined_key_slot_state_t(key_slot_state_t v);

private:
    static const std::set<key_slot_state_t> _values_key_slot_state_t;

public:

    luks_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, luks_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~luks_t();

    /**
     * One passphrase's way to the master key (48 bytes).
     */

    class key_slot_t : public kaitai::kstruct {

    public:

        key_slot_t(kaitai::kstream* p__io, luks_t* p__parent = nullptr, luks_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~key_slot_t();

    private:
        bool f_is_active;
        bool m_is_active;

    public:

        /**
         * The slot holds key material.
         */
        bool is_active();

    private:
        bool f_key_material;
        std::string m_key_material;
        bool n_key_material;

    public:
        bool _is_null_key_material() { key_material(); return n_key_material; };

    private:

    public:

        /**
         * The anti-forensically split master key, encrypted with the cipher
         * and mode of the header under the key PBKDF2 derives from the
         * passphrase; the IV counts 512-byte sectors from 0 at its start.
         */
        std::string key_material();

    private:
        bool f_len_key_material;
        int32_t m_len_key_material;

    public:

        /**
         * Bytes of key material (the split key, encrypted), before rounding up to a sector.
         */
        int32_t len_key_material();

    private:
        key_slot_state_t m_active;
        uint32_t m_iterations;
        std::string m_salt;
        uint32_t m_ofs_key_material;
        uint32_t m_stripes;
        luks_t* m__root;
        luks_t* m__parent;

    public:

        /**
         * Whether the slot holds key material (0x00AC71F3) or not (0x0000DEAD).
         */
        key_slot_state_t active() const { return m_active; }

        /**
         * PBKDF2 iterations that turn the passphrase into this slot's key (0 in an inactive slot).
         */
        uint32_t iterations() const { return m_iterations; }

        /**
         * PBKDF2 salt of this slot.
         */
        std::string salt() const { return m_salt; }

        /**
         * Where this slot's key material starts, in 512-byte sectors from the header.
         */
        uint32_t ofs_key_material() const { return m_ofs_key_material; }

        /**
         * Anti-forensic stripes the master key is split into (4000 as QEMU and cryptsetup write it).
         */
        uint32_t stripes() const { return m_stripes; }
        luks_t* _root() const { return m__root; }
        luks_t* _parent() const { return m__parent; }
    };

private:
    std::string m_magic;
    uint16_t m_version;
    std::string m_cipher_name;
    std::string m_cipher_mode;
    std::string m_hash_spec;
    uint32_t m_ofs_payload;
    uint32_t m_len_key;
    std::string m_master_key_digest;
    std::string m_master_key_salt;
    uint32_t m_master_key_iterations;
    std::string m_uuid;
    std::unique_ptr<std::vector<std::unique_ptr<key_slot_t>>> m_key_slots;
    luks_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * "LUKS" followed by 0xBA 0xBE.
     */
    std::string magic() const { return m_magic; }

    /**
     * Header version; this layout is version 1 (QEMU refuses others).
     */
    uint16_t version() const { return m_version; }

    /**
     * Cipher algorithm, NUL-padded, for example "aes", "serpent", "twofish", "cast5".
     */
    std::string cipher_name() const { return m_cipher_name; }

    /**
     * Block mode and IV generator joined by a dash, for example
     * "xts-plain64" (QEMU's default), "cbc-essiv:sha256", "cbc-plain".
     */
    std::string cipher_mode() const { return m_cipher_mode; }

    /**
     * Hash for PBKDF2 and the anti-forensic splitter, for example "sha256" (QEMU's default) or "sha1".
     */
    std::string hash_spec() const { return m_hash_spec; }

    /**
     * Where the encrypted payload starts, in 512-byte sectors from the header (unused inside qcow2).
     */
    uint32_t ofs_payload() const { return m_ofs_payload; }

    /**
     * Length of the master key in bytes (64 for aes-256 in XTS mode, which takes two keys).
     */
    uint32_t len_key() const { return m_len_key; }

    /**
     * The first 20 bytes of PBKDF2(master key, master_key_salt, master_key_iterations).
     */
    std::string master_key_digest() const { return m_master_key_digest; }

    /**
     * Salt of the master key digest.
     */
    std::string master_key_salt() const { return m_master_key_salt; }

    /**
     * PBKDF2 iterations of the master key digest.
     */
    uint32_t master_key_iterations() const { return m_master_key_iterations; }

    /**
     * The volume's UUID as text (36 characters), NUL-padded.
     */
    std::string uuid() const { return m_uuid; }

    /**
     * The eight key slots.
     */
    std::vector<std::unique_ptr<key_slot_t>>* key_slots() const { return m_key_slots.get(); }
    luks_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
