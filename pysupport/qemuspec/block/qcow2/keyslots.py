"""LUKS keyslot changes of a qcow2 image, as ``qemu-img amend -o encrypt.*`` makes them.

Invariant: the whole change is planned and checked on the unlocked image
before anything is written (every refusal qemu-img 7.2 makes, with its
words): a refused change leaves the file as it was. Then each slot is
written as QEMU writes one: for a new key, its key material first (the master
key split into 4000 stripes and encrypted with a key PBKDF2 derives from the
new passphrase and a fresh salt), then the slot's 48 header bytes (active,
iterations, salt); for an erased slot, the header bytes first (inactive, no
iterations, zero salt), then random bytes over its key material.

``encrypt.state=active,encrypt.new-secret=ID[,encrypt.keyslot=N][,encrypt.iter-time=MS]``
adds a key (in the first free slot unless N is given); ``encrypt.state=inactive``
with ``encrypt.keyslot=N`` and/or ``encrypt.old-secret=ID`` erases that slot or
every slot the old passphrase opens. ``force`` (qemu-img's ``--force``)
overwrites an active slot or erases the last one, as qemu-img allows.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from ...errors import UsageError

__all__ = ["KeyslotChange", "parse_keyslot_options", "plan_keyslot_change", "apply_keyslot_change"]

DEFAULT_ITER_TIME = 2000  # milliseconds, QEMU's default for a new key slot
MIN_SLOT_ITERATIONS = 1000


@dataclass
class KeyslotChange:
    """What an amend does to the key slots: new keys to store, slots to erase."""

    add: dict = field(default_factory=dict)    # slot -> new passphrase
    erase: list = field(default_factory=list)  # slots
    iter_time: int = DEFAULT_ITER_TIME


def parse_keyslot_options(options: dict) -> dict:
    """The ``encrypt.*`` amend options without their prefix (values as given; checked later)."""
    return {name[len("encrypt."):]: value for name, value in options.items() if name.startswith("encrypt.")}


def _number(name: str, value: str | None) -> int:
    try:
        return int(value or "", 0)
    except ValueError:
        raise UsageError(f"Parameter 'encrypt.{name}' expects a number") from None


def check_numbers(opts: dict) -> None:
    """qemu-img checks the numbers when it parses -o, before it opens the image."""
    for name in ("keyslot", "iter-time"):
        if name in opts:
            _number(name, opts[name])


def _secret(secrets: dict, name: str) -> bytes:
    if name not in secrets:
        raise UsageError(f"No secret with id '{name}'")  # qemu-img's words (no "found" here)
    return secrets[name]


def _slot_number(value: str) -> int:
    slot = _number("keyslot", value)
    if not 0 <= slot < 8:
        raise UsageError(f"Invalid keyslot {slot % (1 << 32)} specified, must be between 0 and 7")
    return slot


def plan_keyslot_change(encryption, opts: dict, secrets: dict, force: bool) -> KeyslotChange:
    """Check ``opts`` against the unlocked LUKS header; the change to make (qemu-img's refusals)."""
    state = opts.get("state")
    if state is None:
        raise UsageError("Parameter 'state' is missing")
    if state not in ("active", "inactive"):
        raise UsageError(f"Parameter 'state' does not accept value '{state}'")
    slots = encryption.header.key_slots
    active = [i for i, slot in enumerate(slots) if slot.is_active]
    change = KeyslotChange()
    if state == "active":
        if "new-secret" not in opts:
            raise UsageError("'new-secret' is required to activate a keyslot")
        if "old-secret" in opts:
            raise UsageError("'old-secret' must not be given when activating keyslots")
        if "keyslot" in opts:
            slot = _slot_number(opts["keyslot"])
        else:
            free = [i for i, s in enumerate(slots) if not s.is_active]
            if not free:
                raise UsageError("Can't add a keyslot - all keyslots are in use")
            slot = free[0]
        if not force and slot in active:
            raise UsageError(f"Refusing to overwrite active keyslot {slot} - please erase it first")
        change.add[slot] = _secret(secrets, opts["new-secret"])
        if "iter-time" in opts:
            change.iter_time = _number("iter-time", opts["iter-time"])
        return change
    if "new-secret" in opts:
        raise UsageError("'new-secret' must not be given when erasing keyslots")
    if "iter-time" in opts:
        raise UsageError("'iter-time' must not be given when erasing keyslots")
    old = _secret(secrets, opts["old-secret"]) if "old-secret" in opts else None
    if "keyslot" in opts:
        slot = _slot_number(opts["keyslot"])
        if old is not None and not encryption.slot_opens(slot, old):
            raise UsageError(f"Given keyslot {slot} doesn't contain the given old password for erase operation")
        if not force and slot not in active:
            raise UsageError(f"Given keyslot {slot} is already erased (inactive) ")
        if not force and len(active) == 1:
            raise UsageError(f"Attempt to erase the only active keyslot {slot} which will erase all the data "
                             "in the image irreversibly - refusing operation")
        change.erase = [slot]
    elif old is not None:
        matching = [i for i in active if encryption.slot_opens(i, old)]
        if not matching:
            raise UsageError("No keyslots match given (old) password for erase operation")
        if not force and len(matching) == len(active):
            raise UsageError("All the active keyslots match the (old) password that was given and erasing them "
                             "will erase all the data in the image irreversibly - refusing operation")
        change.erase = matching
    else:
        raise UsageError("To erase keyslot(s), either explicit keyslot index or the password currently "
                         "contained in them must be given")
    return change


def apply_keyslot_change(writer, change: KeyslotChange) -> None:
    """Write the planned change into the LUKS header of ``writer``'s image (unlocked, opened for writing)."""
    from ...formats.luks import Luks
    from ...specs import serialize
    from .crypto import LUKS_SLOT_BYTES, LUKS_SLOT_OFFSET, LUKS_STRIPES, SECTOR, _pbkdf2_rate, _SectorCipher, af_split

    enc = writer.encryption
    h = enc.header
    base = enc.file_offset

    def write_slot(index: int, active: bool, iterations: int, salt: bytes) -> None:
        old = h.key_slots[index]
        slot = Luks.KeySlot(None, h, h)
        slot.key_material__enabled = False  # the key material is written on its own
        slot.active = Luks.KeySlotState.enabled if active else Luks.KeySlotState.disabled
        slot.iterations, slot.salt = iterations, salt
        slot.ofs_key_material, slot.stripes = old.ofs_key_material, old.stripes
        writer.io.pwrite(serialize(slot, LUKS_SLOT_BYTES), base + LUKS_SLOT_OFFSET + index * LUKS_SLOT_BYTES)

    for index, secret in sorted(change.add.items()):
        slot = h.key_slots[index]
        rate = _pbkdf2_rate(enc.hash)
        iterations = max(MIN_SLOT_ITERATIONS, rate * change.iter_time // 1000)
        salt = os.urandom(32)
        material = bytearray(af_split(enc.master_key, LUKS_STRIPES, enc.hash))
        slot_key = hashlib.pbkdf2_hmac(enc.hash, secret, salt, iterations, h.len_key)
        _SectorCipher(enc.cipher_name, enc.mode, enc.ivgen, enc.ivhash, slot_key).encrypt(0, memoryview(material))
        writer.io.pwrite(bytes(material), base + slot.ofs_key_material * SECTOR)
        writer.io.flush()
        write_slot(index, True, iterations, salt)
        writer.io.flush()
    for index in change.erase:
        slot = h.key_slots[index]
        write_slot(index, False, 0, bytes(32))
        writer.io.flush()
        writer.io.pwrite(os.urandom(h.len_key * slot.stripes), base + slot.ofs_key_material * SECTOR)
        writer.io.flush()
