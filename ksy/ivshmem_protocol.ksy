meta:
  id: ivshmem_protocol
  title: QEMU ivshmem client-server protocol (server-to-client messages)
  application: QEMU
  license: CC0-1.0
  ks-version: "0.11"
  endian: le
doc: |
  What an ivshmem server sends over the UNIX socket to each client (a QEMU
  `ivshmem-doorbell` device, or a program): a stream of messages, each one
  8-byte little-endian signed number. A message may come with one file
  descriptor, passed beside the bytes as SCM_RIGHTS ancillary data; the
  descriptor is not part of the byte stream, so this spec sees the numbers
  only. The connection is one-way: clients never send anything.

  Right after a client connects, the server sends, in this order:

  | # | number | descriptor | meaning |
  |---|---|---|---|
  | 1 | 0 | none | protocol version (zero; the client leaves on any other) |
  | 2 | the client's ID (0..65535) | none | who the client is; the first client gets 0 |
  | 3 | -1 | shared memory | the memory every client maps (QEMU's BAR2) |
  | 4 | a peer's ID, N times per peer | one eventfd each | interrupt that peer on vector 0..N-1, in order |
  | 5 | the client's own ID, N times | one eventfd each | the client's own vectors 0..N-1, to wait on |

  Later, whenever a client joins, every other client gets step 4 for it
  (its ID N times, each with an eventfd); when one leaves, every other
  client gets its ID once, without a descriptor. A client configured for
  fewer than N vectors closes the extra descriptors; one configured for
  more leaves the extra vectors unconnected.

  A client interrupts a peer by writing the 8-byte number 1 (host byte
  order) to the eventfd of that peer's vector, and takes interrupts by
  reading and dropping the counters of its own eventfds.

  Our server (`qemuspec ivshmem-server`) answers a connection it cannot
  give an ID to (all 65536 in use) with the version and then -1 without a
  descriptor in place of the ID, and closes it: QEMU stops with "server
  sent invalid ID message" and our client reports the refusal, where a
  silent close would leave QEMU waiting forever.

  Before QEMU 2.5 the numbers were native-endian `long` and there was no
  version message; this spec covers the current protocol only.
doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol
seq:
  - id: messages
    type: message
    repeat: eos
    doc: The messages in the order the server sent them.
types:
  message:
    doc: |
      One server message. Its meaning depends on where it is in the stream
      and on whether a descriptor came with it, which only the receiver of
      the socket knows; the instances say what the number alone allows.
    doc-ref: https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol
    seq:
      - id: value
        type: s8
        doc: |
          The number: the version (first message), an ID (0..65535), or -1
          (shared memory when a descriptor comes with it).
    instances:
      is_shared_memory:
        value: value == -1
        doc: The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal.
      is_peer_id:
        value: value >= 0 and value <= 65535
        doc: |
          A number in the ID range: the version or the client's own ID at
          the start, later a peer connect (with descriptor) or disconnect
          (without), or the client's own vectors.
      is_valid:
        value: value >= -1 and value <= 65535
        doc: Whether a client can accept the number at all (QEMU refuses anything else).
enums:
  special_values:
    0:
      id: protocol_version
      doc: The only protocol version, sent first.
      -orig-id: IVSHMEM_PROTOCOL_VERSION
    -1:
      id: shared_memory
      doc: Marks the message that carries the shared memory descriptor.
    65535:
      id: max_id
      doc: The highest ID a client can have (the doorbell register has 16 bits for it).
      -orig-id: IVSHMEM_MAX_PEERS
