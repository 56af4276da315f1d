"""Bytes to text: BOMs, UTF-8 by default, other common encodings detected, binaries refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ghatna.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = set(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | set(range(0x10, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F}


def decode(data: bytes) -> tuple[str, str]:
    """Decode `data`, returning the text and the encoding used; `InputError` if it is not text."""
    if not data.strip():
        raise InputError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(f"invalid {encoding} after its byte-order mark at byte {err.start}") from None
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 100:
        raise InputError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _mostly_utf8(data):
            raise InputError(
                f"invalid UTF-8 at byte {err.start} (the rest is UTF-8: the file is damaged)"
            ) from None
        first_error = err.start
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(f"invalid UTF-8 at byte {first_error} and no other text encoding fits")
    return str(best), best.encoding


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold real multi-byte UTF-8 text with a few bad bytes in it."""
    text = data.decode("utf-8", errors="replace")
    return sum(ord(c) > 0x7F and c != "\ufffd" for c in text) > 10 * text.count("\ufffd")
