meta:
  id: fw_cfg_dma_access
  title: QEMU fw_cfg DMA access descriptor (FWCfgDmaAccess)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - fw_cfg
doc: |
  The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
  DMA transfer. The guest writes the descriptor's guest-physical address to
  the DMA address register (big-endian; on x86 the high half at port 0x514,
  then the low half at 0x518, which starts the transfer). The device then
  optionally selects an item, reads, writes or skips `len_data` bytes at
  the current offset of the selected item, and writes the control word back:
  zero on success, the error bit set on failure. All fields are big-endian.
doc-ref: https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface
seq:
  - id: control
    type: control_word
    doc: What to do; the device writes the result back here.
  - id: len_data
    type: u4
    doc: Number of bytes to transfer or skip.
    -orig-id: length
  - id: address
    type: u8
    doc: Guest-physical address of the buffer to copy to (read) or from (write).
types:
  control_word:
    doc: |
      The 32-bit control word. Only one operation runs: read wins over
      write, write over skip. Select may come with any of them and
      happens first.
    seq:
      - id: selector
        type: b16
        enum: fw_cfg::key
        doc: Key to select first, when `select` is set (named when it is a well-known key).
      - id: reserved
        type: b11
        doc: Not defined; zero.
      - id: op_write
        type: b1
        -orig-id: FW_CFG_DMA_CTL_WRITE
        doc: Bit 4, copy from guest memory into the item (only writable items, no resizing).
      - id: op_select
        type: b1
        -orig-id: FW_CFG_DMA_CTL_SELECT
        doc: Bit 3, select the item `selector` names (and reset the offset) before the transfer.
      - id: op_skip
        type: b1
        -orig-id: FW_CFG_DMA_CTL_SKIP
        doc: Bit 2, advance the offset by `len_data` without copying.
      - id: op_read
        type: b1
        -orig-id: FW_CFG_DMA_CTL_READ
        doc: Bit 1, copy from the item into guest memory.
      - id: error
        type: b1
        doc: Bit 0, set by the device when the transfer failed.
