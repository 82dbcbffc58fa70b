"""Names kept as QEMU keeps them: C strings of raw bytes, not checked to be UTF-8.

A qcow2 image stores names as bytes: a snapshot's ID and name, a bitmap's
name, the backing file's name and format, the data file's name. QEMU reads
each as a C string (it ends at the first NUL) and never checks that it is
UTF-8. We hold such a name as a ``str`` decoded with ``surrogateescape``
(as Python does for file names): a byte that is not part of valid UTF-8
becomes a lone surrogate, so every byte survives, :func:`to_bytes` gives them
back, and the name still opens the file it names.

Shown to people, the bytes are what QEMU prints: ``qemu-img`` writes them as
they are in human output (the CLI's stdout encodes surrogates back to their
bytes), and its JSON writer replaces what is not UTF-8 with U+FFFD
(:func:`json_text`, :func:`json_value`) and writes the text its own way
(:func:`qemu_json`).
"""

from __future__ import annotations

__all__ = ["from_c", "to_bytes", "json_text", "json_value", "qemu_json", "REPLACEMENT"]

REPLACEMENT = "\ufffd"

# The smallest code point each sequence length may carry (shorter is an overlong form),
# indexed by the length in bytes (2..6, the forms of the original UTF-8 that QEMU still decodes).
_SMALLEST = {2: 0x80, 3: 0x800, 4: 0x1_0000, 5: 0x20_0000, 6: 0x400_0000}


def from_c(raw: bytes, limit: int | None = None) -> str:
    """The C string in ``raw``: up to its first NUL (and at most ``limit`` bytes), every byte kept."""
    end = raw.find(b"\0")
    text = raw if end < 0 else raw[:end]
    if limit is not None:
        text = text[:limit]
    return bytes(text).decode("utf-8", "surrogateescape")


def to_bytes(text: str) -> bytes:
    """The bytes of a name held by :func:`from_c` (or given on the command line)."""
    return text.encode("utf-8", "surrogateescape")


def _allowed(cp: int) -> bool:
    """Whether QEMU's JSON writer keeps a decoded code point: Unicode scalars that are not noncharacters."""
    return (cp <= 0x10_FFFF and not 0xD800 <= cp <= 0xDFFF
            and not 0xFDD0 <= cp <= 0xFDEF and cp & 0xFFFE != 0xFFFE)


def json_text(text: str) -> str:
    """``text`` as QEMU's JSON writer shows the bytes of a C string.

    It decodes UTF-8 one sequence at a time and puts one U+FFFD for each
    sequence it cannot take: a stray continuation byte, 0xFE or 0xFF, a lead
    byte whose continuation bytes stop early (the replacement covers the
    bytes read so far), and a complete sequence that is overlong, a
    surrogate, a noncharacter or past U+10FFFF. ``C0 80`` is U+0000 (the
    "modified UTF-8" form). The string ends at a NUL, as a C string does.
    """
    if text.isascii():
        return text.split("\0", 1)[0]
    data = to_bytes(text).split(b"\0", 1)[0]
    try:  # the common case: valid UTF-8 with no noncharacter
        decoded = data.decode("utf-8")
        if all(_allowed(ord(c)) for c in decoded):
            return decoded
    except UnicodeDecodeError:
        pass
    out = []
    i, n = 0, len(data)
    while i < n:
        lead = data[i]
        i += 1
        if lead < 0x80:
            out.append(chr(lead))
            continue
        if lead < 0xC0 or lead >= 0xFE:  # a continuation byte, or a byte UTF-8 never uses
            out.append(REPLACEMENT)
            continue
        length = 8 - (lead ^ 0xFF).bit_length()  # the leading one bits: 2..6
        cp = lead & (0x7F >> length)
        complete = True
        for _ in range(length - 1):
            if i < n and data[i] & 0xC0 == 0x80:
                cp = cp << 6 | data[i] & 0x3F
                i += 1
            else:
                complete = False
                break
        overlong = cp < _SMALLEST[length] and not (cp == 0 and length == 2)
        out.append(chr(cp) if complete and _allowed(cp) and not overlong else REPLACEMENT)
    return "".join(out)


def json_value(value):
    """``value`` (JSON-ready data) with every string, keys too, as QEMU's JSON writer shows it."""
    if isinstance(value, str):
        return json_text(value)
    if isinstance(value, dict):
        return {json_text(k) if isinstance(k, str) else k: json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value


_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _json_string(text: str) -> str:
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    out = ['"']
    for ch in text:
        cp = ord(ch)
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif cp > 0xFFFF:    # beyond the BMP: a surrogate pair
            out.append(f"\\u{0xD800 + ((cp - 0x10000) >> 10):04X}\\u{0xDC00 + ((cp - 0x10000) & 0x3FF):04X}")
        elif cp < 0x20 or cp >= 0x7F:
            out.append(f"\\u{cp:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def qemu_json(value, level: int = 0) -> str:
    """``value`` as the text of QEMU's pretty JSON writer (qemu-img's ``--output=json``).

    Python's ``json.dumps(value, indent=4)`` differs in two ways: QEMU writes
    an empty list or object over two lines (the opening bracket, then the
    closing one on a line of its own, indented), and its ``\\u`` escapes
    (code points below 0x20 without a short form, and from 0x7F up) are
    upper-case hex. Strings are written as they are: pass names through
    :func:`json_value` first.
    """
    if isinstance(value, dict):
        items = [f"{_json_string(k)}: {qemu_json(v, level + 1)}" for k, v in value.items()]
        opening, closing = "{", "}"
    elif isinstance(value, (list, tuple)):
        items = [qemu_json(v, level + 1) for v in value]
        opening, closing = "[", "]"
    elif isinstance(value, str):
        return _json_string(value)
    elif value is True or value is False:
        return "true" if value else "false"
    elif value is None:
        return "null"
    elif isinstance(value, int):
        return str(value)
    else:
        raise TypeError(f"no QEMU JSON for a {type(value).__name__}")
    inner = "\n" + "    " * (level + 1)
    return opening + ",".join(inner + item for item in items) + "\n" + "    " * level + closing
