"""File names the application suggests or writes, valid on Windows (the strictest file system
the officers use) as on macOS and Linux.

Windows refuses ``< > : " / \\ | ? *`` and control characters, drops a trailing dot or
space (so ``"report."`` and ``"report"`` would be one file), reserves the device names
``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``–``COM9`` and ``LPT1``–``LPT9`` whatever the
extension (``NUL.pdf`` is the null device), and limits a path to 260 characters unless
long paths are enabled.  Record data (agreement numbers, references, titles, names) can
hold any of these, so every name built from it goes through :func:`safe_file_name`, and
a piece of a record is made into a plain word first with :func:`name_part`.

Qt-free: services, documents, sheets and the UI all use it.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 200  # well under the 255 of every file system, leaving room for a folder in a 260-character path

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}


def is_reserved(name: str) -> bool:
    """True when Windows takes ``name`` for a device: ``NUL``, ``nul.txt``, ``Com1 .pdf``, ``LPT¹``…"""
    return name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES


def safe_file_name(name: str, fallback: str = "file") -> str:
    """``name`` made valid as one file or folder name: forbidden characters become ``_``, no leading
    or trailing spaces, no trailing dot, not a device name, at most :data:`MAX_NAME_BYTES` bytes in
    UTF-8 (the extension kept). Letters of every script are kept (NFC); ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    if not name or set(name) <= {".", " "}:
        name = fallback
    if is_reserved(name):
        name = f"_{name}"
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or len(ext) > 10:
            stem, dot, ext = name, "", ""
        while stem and len(f"{stem}{dot}{ext}".encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        name = f"{stem.rstrip('. ')}{dot}{ext}"
    return name


def name_part(text: str | None, fallback: str, *, keep: str = "-_.", replacement: str = "_",
              max_chars: int | None = None) -> str:
    """A piece of record data (``"APSCO/R 2026:7"``) as a plain word for a file name
    (``"APSCO_R_2026_7"``): letters and digits of any script and ``keep``; anything else becomes
    ``replacement``; no leading or trailing ``. _ -``; ``fallback`` when nothing is left."""
    text = unicodedata.normalize("NFC", text or "")
    word = "".join(c if c.isalnum() or c in keep else replacement for c in text)
    if max_chars is not None:
        word = word[:max_chars]
    return word.strip("._- ") or fallback


__all__ = ["MAX_NAME_BYTES", "is_reserved", "name_part", "safe_file_name"]
