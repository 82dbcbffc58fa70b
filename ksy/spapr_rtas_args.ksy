meta:
  id: spapr_rtas_args
  title: sPAPR RTAS parameter block (the argument of H_RTAS)
  application: QEMU (qemu-system-ppc64 -M pseries, hypercall H_RTAS)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
  imports:
    - spapr
doc: |
  The block in guest memory that an RTAS call works on, whose address the
  guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
  call's token (from the /rtas node of the device tree, such as
  `get-sensor-state`), the number of arguments and of return values, the
  arguments, then room for the return values, which QEMU fills in (the
  first is the status, `spapr::rtas_status`). All words are big-endian.
  H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
  unknown token.
doc-ref: https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000
seq:
  - id: token
    type: u4
    doc: Which RTAS call; the value of its property in /rtas.
  - id: num_args
    type: u4
    doc: Number of argument words.
    -orig-id: nargs
  - id: num_rets
    type: u4
    doc: Number of return words.
    -orig-id: nret
  - id: args
    type: u4
    repeat: expr
    repeat-expr: num_args
    doc: The arguments.
  - id: status
    type: s4
    enum: spapr::rtas_status
    if: num_rets > 0
    doc: The first return value, the call's status.
  - id: rets
    type: s4
    repeat: expr
    repeat-expr: num_rets - 1
    if: num_rets > 1
    doc: The other return values.
