"""The process's standard streams and its log file (Qt-free: the CLI sets them up first).

``LunarDesk.exe`` is a windowed program: Windows gives it no console, so
``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` are ``None``. Anything that
writes to them or asks them ``isatty()`` (a progress line, ``faulthandler``, a
library's warning) would raise, so :func:`safe_streams` replaces a missing one
by the null device, and what the officer's support contact needs goes to
``<data folder>/logs/lunar-desk.log`` (:func:`setup_logging`) instead.

Output to a pipe or a file (``lunar-desk-cli check > report.txt``) is written in
Windows' ANSI code page (cp1252, cp936), which cannot encode every name in the
records: it is written as UTF-8 instead (a console is UTF-8 already).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

LOG_NAME = "lunar-desk.log"
CRASH_NAME = "crash.log"  # Python tracebacks of a hard crash (faulthandler), when there is no console
LOG_KEEP_BYTES = 2_000_000  # at start, a longer log is moved to lunar-desk.log.1 (the one before is dropped)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_NULL_STREAMS: list[TextIO] = []  # what safe_streams() put in place of a missing stream
_crash_file: TextIO | None = None


def _is_utf8(stream) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "") == "utf8"


def safe_streams() -> None:
    """Make ``sys.stdin/stdout/stderr`` safe to use before anything prints (see the module text)."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        _NULL_STREAMS.append(sys.stdin)
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
            _NULL_STREAMS.append(stream)
            setattr(sys, name, stream)
        elif not _is_utf8(stream) and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot change keeps its encoding
                pass


def has_console(stream) -> bool:
    """True when ``stream`` goes somewhere a person or a caller can read (not missing, not the null device)."""
    return stream is not None and stream not in _NULL_STREAMS


def setup_logging(logs_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Log to ``logs_dir/lunar-desk.log`` (UTF-8) and, when there is one, to the console; hard crashes
    of a program without a console go to ``logs_dir/crash.log``. Returns the log file, or None when
    the folder cannot be written (the application still starts). Safe to call again (tests, a new
    data folder): it replaces what it set up before."""
    global _crash_file
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "lunar_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    formatter = logging.Formatter(LOG_FORMAT)
    if has_console(sys.stderr) and not root.handlers:
        console = logging.StreamHandler(sys.stderr)
        console.lunar_desk = True
        console.setFormatter(formatter)
        root.addHandler(console)
    if logs_dir is None:
        return None
    log_file = Path(logs_dir) / LOG_NAME
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        if log_file.is_file() and log_file.stat().st_size > LOG_KEEP_BYTES:
            # At start, not while writing: on Windows a file another instance holds open cannot be renamed.
            os.replace(log_file, log_file.with_name(LOG_NAME + ".1"))
    except OSError:
        pass
    try:
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.lunar_desk = True
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if not has_console(sys.stderr) and not faulthandler.is_enabled():
        try:
            _crash_file = open(log_file.with_name(CRASH_NAME), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(file=_crash_file)
        except OSError:
            _crash_file = None
    return log_file


def follow_data_folder(logs_dir: Path) -> Path | None:
    """After the officer moves to another data folder: log there too, if this process logs to a file at
    all (the application does; a test or a script that never called :func:`setup_logging` does not)."""
    if not any(getattr(h, "lunar_desk", False) for h in logging.getLogger().handlers):
        return None
    return setup_logging(logs_dir)
