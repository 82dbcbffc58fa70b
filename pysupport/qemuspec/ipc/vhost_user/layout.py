"""Numbers and fixed layouts of vhost-user and the split virtqueue.

The enums come from the generated Kaitai classes (``ksy/vhost_user.ksy``,
``ksy/vhost_user_backend.ksy``, ``ksy/vhost_user_blk.ksy``,
``ksy/vhost_user_input.ksy``). The
:mod:`struct` formats below are the hot-path decoders of the same layouts
(message header, u64, vring state/address, descriptors, used elements);
``tests/test_vhost_user_layout.py`` checks each of them against the
generated parser, so the two cannot drift.
"""

from __future__ import annotations

import struct

from ...formats.vhost_user import VhostUser
from ...formats.vhost_user_backend import VhostUserBackend
from ...formats.vhost_user_blk import VhostUserBlk
from ...formats.vhost_user_input import VhostUserInput

__all__ = [
    "FrontEndRequest", "BackendRequest", "ProtocolFeature", "VirtioFeature", "BlkFeature",
    "BlkRequestType", "BlkStatus", "InputSelect", "InputEventType", "bit", "has",
]

FrontEndRequest = VhostUser.FrontEndRequest
BackendRequest = VhostUserBackend.BackendRequest
ProtocolFeature = VhostUser.ProtocolFeature
VirtioFeature = VhostUser.VirtioFeature
BlkFeature = VhostUserBlk.BlkFeature
BlkRequestType = VhostUserBlk.RequestType
BlkStatus = VhostUserBlk.Status
InputSelect = VhostUserInput.ConfigSelect
InputEventType = VhostUserInput.EventType


def bit(feature) -> int:
    """The mask of a feature enum member (or bit number)."""
    return 1 << int(getattr(feature, "value", feature))


def has(features: int, feature) -> bool:
    return bool(features & bit(feature))


# --- message header (vhost_user: request, flags, len_payload) ---------------
HEADER = struct.Struct("<III")
HEADER_SIZE = HEADER.size
VERSION = 1
FLAG_VERSION_MASK = 0x3
FLAG_REPLY = 1 << 2
FLAG_NEED_REPLY = 1 << 3

# Largest payload we accept: QEMU's biggest payload union member today is the
# crypto session (1072 bytes); anything beyond a page is refused outright.
MAX_PAYLOAD = 4096
# Most file descriptors one message may carry (SET_MEM_TABLE: 8 regions;
# back-end channel with BACKEND_SEND_FD: 8).
MAX_FDS = 8
# Regions of one SET_MEM_TABLE.
MAX_TABLE_REGIONS = 8
# Largest configuration space window.
MAX_CONFIG_SIZE = 256

# --- payloads -----------------------------------------------------------------
U64 = struct.Struct("<Q")
VRING_STATE = struct.Struct("<II")                 # index, num
VRING_ADDR = struct.Struct("<IIQQQQ")              # index, flags, desc, used, avail, log
VRING_ADDR_F_LOG = 1 << 0                          # vring_address_flags.log
VRING_FILE_INDEX_MASK = 0xFF                       # vring_file.index
VRING_FILE_NO_FD = 1 << 8                          # vring_file.no_fd
MEMORY_REGION = struct.Struct("<QQQQ")             # guest_addr, len_region, user_addr, mmap_offset
MEMORY_TABLE_HEADER = struct.Struct("<II")         # num_regions, padding
SINGLE_REGION_SIZE = 8 + MEMORY_REGION.size
LOG_DESCRIPTION = struct.Struct("<QQ")             # log_size, log_offset
CONFIG_HEADER = struct.Struct("<III")              # ofs_config, len_config, flags
INFLIGHT_DESCRIPTION_SIZE = 24                     # 20 bytes of fields, padded
DEVICE_STATE_NO_FD = 1 << 8                        # device_state_result.no_fd
CRYPTO_SESSION_SIZE = 8 + 1056 + 8

# --- dirty log -----------------------------------------------------------------
LOG_PAGE = 0x1000

# --- split virtqueue (virtq_desc_table, virtq_avail_ring, virtq_used_ring) -----------
DESC = struct.Struct("<QIHH")                      # addr, len_buffer, flags, next
DESC_SIZE = DESC.size
DESC_F_NEXT = 1 << 0                               # desc_flags.has_next
DESC_F_WRITE = 1 << 1                              # desc_flags.device_writable
DESC_F_INDIRECT = 1 << 2                           # desc_flags.indirect
AVAIL_F_NO_INTERRUPT = 1 << 0                      # avail_flags.no_interrupt
USED_F_NO_NOTIFY = 1 << 0                          # used_flags.no_notify
USED_ELEM = struct.Struct("<II")                   # id, len_written
MAX_QUEUE_SIZE = 32768
LEGACY_VRING_ALIGN = 4096


def desc_table_size(num: int) -> int:
    return DESC_SIZE * num


def avail_ring_size(num: int) -> int:
    """Available ring bytes with used_event (6 + 2 * num)."""
    return 6 + 2 * num


def used_ring_size(num: int) -> int:
    """Used ring bytes with avail_event (6 + 8 * num)."""
    return 6 + USED_ELEM.size * num


def legacy_ring_layout(num: int, align: int = LEGACY_VRING_ALIGN) -> tuple[int, int, int]:
    """Offsets of (descriptor table, available ring, used ring) in a legacy vring."""
    avail = desc_table_size(num)
    used = (avail + avail_ring_size(num) + align - 1) // align * align
    return 0, avail, used


# --- packed virtqueue (virtio 1.1+, section 2.8) -----------------------------------------
PACKED_DESC = struct.Struct("<QIHH")               # addr, len_buffer, buffer_id, flags
PACKED_DESC_SIZE = PACKED_DESC.size
PACKED_DESC_F_AVAIL = 1 << 7                       # the driver's wrap counter when it made the slot available
PACKED_DESC_F_USED = 1 << 15                       # the device's wrap counter when it used the slot
PACKED_EVENT = struct.Struct("<HH")                # off_wrap (offset bits 0-14, wrap bit 15), flags
PACKED_EVENT_SIZE = PACKED_EVENT.size
PACKED_EVENT_F_ENABLE = 0                          # notify on every buffer
PACKED_EVENT_F_DISABLE = 1                         # no notifications
PACKED_EVENT_F_DESC = 2                            # notify at the descriptor off_wrap names (EVENT_IDX)
PACKED_MAX_QUEUE_SIZE = 32768                      # any size up to 2^15, not only powers of two
PACKED_WRAP = 1 << 15                              # the wrap counter's bit in off_wrap and in vring bases


def packed_ring_size(num: int) -> int:
    return PACKED_DESC_SIZE * num


def pack_packed_base(avail_idx: int, avail_wrap: int, used_idx: int, used_wrap: int) -> int:
    """SET/GET_VRING_BASE number of a packed queue: bits 0-14 next available slot, bit 15 its
    wrap counter, bits 16-30 next used slot, bit 31 its wrap counter."""
    return (avail_idx | (PACKED_WRAP if avail_wrap else 0)
            | (used_idx | (PACKED_WRAP if used_wrap else 0)) << 16)


def unpack_packed_base(num: int) -> tuple[int, int, int, int]:
    """(avail_idx, avail_wrap, used_idx, used_wrap) of a packed queue's base number."""
    return num & 0x7FFF, (num >> 15) & 1, (num >> 16) & 0x7FFF, (num >> 31) & 1


# --- virtio-blk (vhost_user_blk) --------------------------------------------------------
BLK_REQUEST_HEADER = struct.Struct("<IIQ")         # type, reserved, sector
BLK_SEGMENT = struct.Struct("<QII")                # sector, num_sectors, flags
BLK_SEGMENT_F_UNMAP = 1 << 0
BLK_SECTOR = 512
BLK_ID_BYTES = 20

# --- virtio-input (vhost_user_input) --------------------------------------------------------
INPUT_CONFIG_SIZE = 136                            # select, subsel, len_answer, reserved[5], answer[128]
INPUT_ANSWER_OFFSET = 8
INPUT_ANSWER_SIZE = 128
INPUT_EVENT = struct.Struct("<HHi")                # event: type, code, value
INPUT_ABSINFO = struct.Struct("<iiiii")            # abs_info: min, max, fuzz, flat, res
INPUT_DEVIDS = struct.Struct("<HHHH")              # devids: bustype, vendor, product, version

# --- virtio device status (device_status) -------------------------------------------------
STATUS_ACKNOWLEDGE = 1
STATUS_DRIVER = 2
STATUS_DRIVER_OK = 4
STATUS_FEATURES_OK = 8
STATUS_DEVICE_NEEDS_RESET = 64
STATUS_FAILED = 128
