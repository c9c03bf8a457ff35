"""File names the application suggests or writes, valid on Windows (the strictest file system
the officers use) as on macOS and Linux.

Windows refuses ``< > : " / \\ | ? *`` and control characters, drops a trailing dot or
space (so ``"report."`` and ``"report"`` would be one file), reserves the device names
``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``–``COM9`` and ``LPT1``–``LPT9`` whatever the
extension (``NUL.pdf`` is the null device), and limits a path to 260 characters unless
long paths are enabled.  Record data (agreement numbers, references, titles, names) can
hold any of these, so every name built from it goes through :func:`safe_file_name`, and
a piece of a record is made into a plain word first with :func:`name_part`.

Windows also refuses to replace or delete a file another program holds open (a PDF in
the reader, a workbook in Excel), and a virus scanner or the search indexer holds a file
just written for a moment: :func:`replace_file` puts a finished temporary file in place,
trying again briefly, and names the file in a message the officer can act on.

Qt-free: services, documents, sheets and the UI all use it.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from pathlib import Path

from lunar_desk.errors import UserError
from lunar_desk.messages import Msg

MAX_NAME_BYTES = 200  # well under the 255 of every file system, leaving room for a folder in a 260-character path

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}


def is_reserved(name: str) -> bool:
    """True when Windows takes ``name`` for a device: ``NUL``, ``nul.txt``, ``Com1 .pdf``, ``LPT¹``…"""
    return name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES


def safe_file_name(name: str, fallback: str = "file", *, max_bytes: int = MAX_NAME_BYTES) -> str:
    """``name`` made valid as one file or folder name: forbidden characters become ``_``, no leading
    or trailing spaces, no trailing dot, not a device name, at most ``max_bytes`` bytes in UTF-8
    (the extension kept). Letters of every script are kept (NFC); ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    if not name or set(name) <= {".", " "}:
        name = fallback
    if is_reserved(name):
        name = f"_{name}"
    if len(name.encode("utf-8")) > max_bytes:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or len(ext) > 10:
            stem, dot, ext = name, "", ""
        while stem and len(f"{stem}{dot}{ext}".encode("utf-8")) > max_bytes:
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


REPLACE_ATTEMPTS = 5
REPLACE_PAUSE = 0.2  # seconds between attempts: a scanner's hold is short, a program's is not


def replace_file(tmp: Path | str, out: Path | str, *, refused: str | None = None) -> None:
    """``os.replace(tmp, out)``, tried again for a second when Windows refuses it (PermissionError);
    still refused, it raises :class:`UserError` with ``refused`` (default: ``out`` is open in another
    program or the folder is read-only). ``tmp`` is left for the caller to remove."""
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(tmp, out)
            return
        except PermissionError as exc:
            if attempt == REPLACE_ATTEMPTS:
                raise UserError(refused or Msg(
                    "{out} cannot be written: is it open in another program (a PDF reader, Excel), or is the "
                    "folder read-only? Close it, or choose another file name.", out=Path(out))) from exc
            time.sleep(REPLACE_PAUSE)


__all__ = ["MAX_NAME_BYTES", "is_reserved", "name_part", "replace_file", "safe_file_name"]
