meta:
  id: luks
  title: LUKS1 encryption header (as QEMU writes it in qcow2 and luks images)
  application: QEMU
  file-extension: luks
  xref:
    justsolve: LUKS
    wikidata: Q550864
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  LUKS version 1 keeps a disk's master key encrypted under up to eight
  passphrases. The header (592 bytes, every number big-endian) names the
  cipher, its mode and IV generator, and the hash used for PBKDF2 and the
  anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
  candidate key can be checked, and eight key slots. An active slot points
  at its key material: the master key split into `stripes` copies by the
  anti-forensic splitter, encrypted with a key derived from the passphrase
  by PBKDF2 with the slot's salt and iteration count.

  QEMU uses this header for its `luks` image format and inside qcow2 images
  with `encrypt.format=luks`: there the qcow2 "full disk encryption header
  pointer" extension says where the header lies, offsets in it count from
  its first byte, and the payload offset is not used (guest data lives in
  qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
  as the IV's sector number). Offsets of key material and payload are in
  512-byte sectors.
doc-ref:
  - https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf
  - https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer
seq:
  - id: magic
    contents: [0x4c, 0x55, 0x4b, 0x53, 0xba, 0xbe]
    doc: '"LUKS" followed by 0xBA 0xBE.'
  - id: version
    type: u2
    valid: 1
    doc: Header version; this layout is version 1 (QEMU refuses others).
  - id: cipher_name
    type: strz
    size: 32
    encoding: ASCII
    doc: Cipher algorithm, NUL-padded, for example "aes", "serpent", "twofish", "cast5".
  - id: cipher_mode
    type: strz
    size: 32
    encoding: ASCII
    doc: |
      Block mode and IV generator joined by a dash, for example
      "xts-plain64" (QEMU's default), "cbc-essiv:sha256", "cbc-plain".
  - id: hash_spec
    type: strz
    size: 32
    encoding: ASCII
    doc: Hash for PBKDF2 and the anti-forensic splitter, for example "sha256" (QEMU's default) or "sha1".
  - id: ofs_payload
    type: u4
    doc: Where the encrypted payload starts, in 512-byte sectors from the header (unused inside qcow2).
    -orig-id: payload-offset
  - id: len_key
    type: u4
    doc: Length of the master key in bytes (64 for aes-256 in XTS mode, which takes two keys).
    -orig-id: key-bytes
  - id: master_key_digest
    size: 20
    doc: The first 20 bytes of PBKDF2(master key, master_key_salt, master_key_iterations).
    -orig-id: mk-digest
  - id: master_key_salt
    size: 32
    doc: Salt of the master key digest.
    -orig-id: mk-digest-salt
  - id: master_key_iterations
    type: u4
    doc: PBKDF2 iterations of the master key digest.
    -orig-id: mk-digest-iter
  - id: uuid
    type: strz
    size: 40
    encoding: ASCII
    doc: The volume's UUID as text (36 characters), NUL-padded.
  - id: key_slots
    type: key_slot
    repeat: expr
    repeat-expr: 8
    doc: The eight key slots.
    -orig-id: keyblock
types:
  key_slot:
    doc: One passphrase's way to the master key (48 bytes).
    seq:
      - id: active
        type: u4
        enum: key_slot_state
        doc: Whether the slot holds key material (0x00AC71F3) or not (0x0000DEAD).
      - id: iterations
        type: u4
        doc: PBKDF2 iterations that turn the passphrase into this slot's key (0 in an inactive slot).
      - id: salt
        size: 32
        doc: PBKDF2 salt of this slot.
      - id: ofs_key_material
        type: u4
        doc: Where this slot's key material starts, in 512-byte sectors from the header.
        -orig-id: key-material-offset
      - id: stripes
        type: u4
        doc: Anti-forensic stripes the master key is split into (4000 as QEMU and cryptsetup write it).
    instances:
      is_active:
        value: active == key_slot_state::enabled
        doc: The slot holds key material.
      len_key_material:
        value: _root.len_key.as<s8> * stripes.as<s8>  # casts: no 32-bit overflow in Go
        doc: Bytes of key material (the split key, encrypted), before rounding up to a sector.
      key_material:
        io: _root._io
        pos: ofs_key_material.as<s8> * 512
        size: len_key_material
        if: is_active
        doc: |
          The anti-forensically split master key, encrypted with the cipher
          and mode of the header under the key PBKDF2 derives from the
          passphrase; the IV counts 512-byte sectors from 0 at its start.
enums:
  key_slot_state:
    0x00ac71f3: enabled
    0x0000dead: disabled
