meta:
  id: fw_cfg
  title: QEMU firmware configuration device (fw_cfg) items and selector keys
  application: QEMU
  xref:
    wikidata: Q624699
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  fw_cfg is the device through which QEMU hands blobs to guest firmware: boot
  order, ACPI and SMBIOS tables, kernel and initrd for direct boot, and any
  item a user adds with `-fw_cfg name=opt/...`.

  The guest writes a 16-bit selector key, then reads the selected item's
  bytes one access at a time from the data register, or has the device copy
  them into guest memory through the DMA interface (see `fw_cfg_dma_access`).
  Items at keys 0x0020 and above are named files listed in the file
  directory (see `fw_cfg_file_dir`).

  This spec holds what every fw_cfg structure shares: the selector key with
  its write and architecture bits, the names of the well-known keys, and the
  small fixed items (signature, feature bitmap, DMA signature). Its top
  level reads the signature item; the other types are used by name.

  Where the registers are:

  | platform | selector | data | DMA address |
  |---|---|---|---|
  | x86 (I/O ports) | port 0x510, 16-bit, little-endian | port 0x511, 8-bit | ports 0x514 (high half) and 0x518 (low half, starts the transfer), big-endian |
  | Arm (MMIO) | base + 8, 16-bit, big-endian | base + 0, 8/16/32/64-bit, byte order of the item kept | base + 16, 64-bit, big-endian |
doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html
seq:
  - id: signature
    type: signature_item
    doc: The item at key 0x0000, read to learn whether the device is there.
types:
  selector_key:
    doc: |
      The 16-bit value written to the selector register. The low 14 bits
      index an item; bit 14 asked for write access in QEMU before 2.4 (it is
      ignored today: writes go through DMA and each item decides whether it
      is writable); bit 15 picks the architecture-specific item table.
      Read as a little-endian 16-bit number (the x86 port's byte order).
    doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register
    meta:
      bit-endian: le
    seq:
      - id: index
        type: b14
        doc: Item number inside its table (0x0000..0x3fff).
      - id: write
        type: b1
        doc: Historic write-mode bit (0x4000); QEMU ignores it since 2.4.
      - id: arch_local
        type: b1
        doc: Set (0x8000) for the architecture-specific table, clear for the generic one.
    instances:
      generic_key:
        value: index
        enum: key
        doc: The index as a well-known generic key (meaningful when `arch_local` is false).
      arch_key:
        value: 0x8000 + index
        enum: key
        doc: The key as a well-known architecture-specific key (meaningful when `arch_local` is true).
  signature_item:
    doc: |
      Item 0x0000. Selecting it and reading four bytes from the data
      register gives "QEMU" when the device is present.
    doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature
    seq:
      - id: magic
        contents: QEMU
        doc: The four bytes "QEMU".
  id_item:
    doc: |
      Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
      traditional selector/data interface) is always set; bit 1 says the
      DMA interface is there.
    doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id
    meta:
      bit-endian: le
    seq:
      - id: traditional
        type: b1
        doc: The selector and data registers work (always set).
      - id: dma
        type: b1
        doc: The DMA address register works.
      - id: reserved
        type: b30
        doc: Not defined; zero from QEMU.
  dma_signature:
    doc: |
      What the guest reads from the 8-byte DMA address register when the
      DMA interface exists: the big-endian number 0x51454d5520434647, which
      is the text "QEMU CFG" in memory order.
    doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature
    seq:
      - id: magic
        contents: QEMU CFG
        doc: The eight bytes "QEMU CFG".
enums:
  key:
    0x0000:
      id: signature
      doc: Four bytes "QEMU".
      -orig-id: FW_CFG_SIGNATURE
    0x0001:
      id: id
      doc: Feature bitmap (`id_item`).
      -orig-id: FW_CFG_ID
    0x0002:
      id: uuid
      doc: The VM's UUID, 16 bytes.
      -orig-id: FW_CFG_UUID
    0x0003:
      id: ram_size
      doc: Guest RAM size in bytes, little-endian 64-bit.
      -orig-id: FW_CFG_RAM_SIZE
    0x0004:
      id: nographic
      doc: Non-zero when QEMU runs without a graphical display.
      -orig-id: FW_CFG_NOGRAPHIC
    0x0005:
      id: nb_cpus
      doc: Number of CPUs present at boot, little-endian 16-bit.
      -orig-id: FW_CFG_NB_CPUS
    0x0006:
      id: machine_id
      doc: Machine identifier (used by some non-x86 boards).
      -orig-id: FW_CFG_MACHINE_ID
    0x0007:
      id: kernel_addr
      doc: Load address of a directly booted kernel.
      -orig-id: FW_CFG_KERNEL_ADDR
    0x0008:
      id: kernel_size
      doc: Size of a directly booted kernel.
      -orig-id: FW_CFG_KERNEL_SIZE
    0x0009:
      id: kernel_cmdline
      doc: Address of the kernel command line (legacy boards).
      -orig-id: FW_CFG_KERNEL_CMDLINE
    0x000a:
      id: initrd_addr
      doc: Load address of the initrd.
      -orig-id: FW_CFG_INITRD_ADDR
    0x000b:
      id: initrd_size
      doc: Size of the initrd.
      -orig-id: FW_CFG_INITRD_SIZE
    0x000c:
      id: boot_device
      doc: Legacy boot device letter.
      -orig-id: FW_CFG_BOOT_DEVICE
    0x000d:
      id: numa
      doc: NUMA layout (number of nodes, then per-CPU and per-node data).
      -orig-id: FW_CFG_NUMA
    0x000e:
      id: boot_menu
      doc: Non-zero when the firmware boot menu is wanted.
      -orig-id: FW_CFG_BOOT_MENU
    0x000f:
      id: max_cpus
      doc: Largest number of CPUs the VM may have, little-endian 16-bit.
      -orig-id: FW_CFG_MAX_CPUS
    0x0010:
      id: kernel_entry
      doc: Entry point of a directly booted kernel.
      -orig-id: FW_CFG_KERNEL_ENTRY
    0x0011:
      id: kernel_data
      doc: The kernel image itself.
      -orig-id: FW_CFG_KERNEL_DATA
    0x0012:
      id: initrd_data
      doc: The initrd image itself.
      -orig-id: FW_CFG_INITRD_DATA
    0x0013:
      id: cmdline_addr
      doc: Where the kernel command line is to be placed.
      -orig-id: FW_CFG_CMDLINE_ADDR
    0x0014:
      id: cmdline_size
      doc: Length of the kernel command line including its NUL.
      -orig-id: FW_CFG_CMDLINE_SIZE
    0x0015:
      id: cmdline_data
      doc: The kernel command line text.
      -orig-id: FW_CFG_CMDLINE_DATA
    0x0016:
      id: setup_addr
      doc: Load address of the Linux setup (real-mode) code.
      -orig-id: FW_CFG_SETUP_ADDR
    0x0017:
      id: setup_size
      doc: Size of the Linux setup code.
      -orig-id: FW_CFG_SETUP_SIZE
    0x0018:
      id: setup_data
      doc: The Linux setup code itself.
      -orig-id: FW_CFG_SETUP_DATA
    0x0019:
      id: file_dir
      doc: The file directory (`fw_cfg_file_dir`).
      -orig-id: FW_CFG_FILE_DIR
    0x0020:
      id: file_first
      doc: First key used for named files; files take consecutive keys from here.
      -orig-id: FW_CFG_FILE_FIRST
    0x8000:
      id: x86_acpi_tables
      doc: Legacy ACPI table blob (x86).
      -orig-id: FW_CFG_ACPI_TABLES
    0x8001:
      id: x86_smbios_entries
      doc: Legacy SMBIOS entries (x86).
      -orig-id: FW_CFG_SMBIOS_ENTRIES
    0x8002:
      id: x86_irq0_override
      doc: Whether IRQ0 is routed to GSI 2 (x86).
      -orig-id: FW_CFG_IRQ0_OVERRIDE
    0x8003:
      id: x86_e820_table
      doc: Legacy E820 reservations (x86).
      -orig-id: FW_CFG_E820_TABLE
    0x8004:
      id: x86_hpet
      doc: HPET description (x86).
      -orig-id: FW_CFG_HPET
  features:
    1:
      id: traditional
      doc: Bit 0 of the feature bitmap.
      -orig-id: FW_CFG_VERSION
    2:
      id: dma
      doc: Bit 1 of the feature bitmap.
      -orig-id: FW_CFG_VERSION_DMA
