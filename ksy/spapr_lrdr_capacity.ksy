meta:
  id: spapr_lrdr_capacity
  title: sPAPR ibm,lrdr-capacity device tree property
  application: QEMU (qemu-system-ppc64 -M pseries)
  license: CC0-1.0
  ks-version: "0.11"
  endian: be
doc: |
  The dynamic reconfiguration limits of the partition, a property of the
  /rtas node (20 bytes): the highest memory address the guest may ever
  have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
  and the most processors it may have (32 bits). QEMU gives the end of its
  hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
  plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
  threads per core. 64-bit numbers are read as two 32-bit halves so that
  JavaScript keeps every bit.
doc-ref: https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
seq:
  - id: max_address_hi
    type: u4
    doc: High 32 bits of the highest address (phys).
  - id: max_address_lo
    type: u4
    doc: Low 32 bits of the highest address.
  - id: lmb_size_hi
    type: u4
    doc: High 32 bits of the hotplug increment (size).
  - id: lmb_size_lo
    type: u4
    doc: Low 32 bits of the hotplug increment.
  - id: max_cpus
    type: u4
    doc: Largest number of processors (cores) the guest may have.
instances:
  max_address:
    value: (max_address_hi.as<s8> * 4294967296 + max_address_lo.as<s8>).as<u8>
    doc: The highest memory address the guest may have, in bytes.
  lmb_size:
    value: (lmb_size_hi.as<s8> * 4294967296 + lmb_size_lo.as<s8>).as<u8>
    doc: The size memory is hotplugged in, in bytes.
