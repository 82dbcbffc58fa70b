meta:
  id: fw_cfg_file_dir
  title: QEMU fw_cfg file directory (item 0x0019)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The directory of named fw_cfg items, itself the item at key 0x0019. A
  big-endian count is followed by one 64-byte entry per file, giving the
  file's size, the selector key to read it with, and its name. Every number
  in it is big-endian, unlike the rest of fw_cfg.

  Read it by selecting key 0x0019 and reading 4 bytes for the count, then
  64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir
seq:
  - id: num_files
    type: u4
    doc: Number of entries that follow.
    -orig-id: count
  - id: files
    type: file_entry
    repeat: expr
    repeat-expr: num_files
    doc: One entry per named item, in the order the device lists them.
    -orig-id: f
types:
  file_entry:
    doc: One named item (64 bytes).
    -orig-id: FWCfgFile
    seq:
      - id: len_file
        type: u4
        doc: Size of the item in bytes.
        -orig-id: size
      - id: select
        type: u2
        doc: Selector key that reads the item (0x0020 or above).
      - id: reserved
        type: u2
        doc: Unused; zero.
      - id: name
        type: strz
        size: 56
        encoding: ASCII
        doc: |
          Item name, NUL-terminated inside the 56 bytes. Names starting
          with "opt/" belong to users; QEMU's own items use other names.
