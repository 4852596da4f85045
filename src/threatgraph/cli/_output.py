"""``-o PATH``: where every command writes its file, checked and written the same way.

- A path that names a directory (``-o .``, ``-o /``, ``-o build/``, or an existing
  directory), or whose directory does not exist, is an error (exit 2) that says so
  and names the directory, before anything runs. Directories are not created: a
  mistyped path must not quietly grow a tree of them (``mkdir -p`` first).
- The file is written to a temporary file beside it and then moved into place, so
  a write that fails half-way never leaves half a report where a good one was.
  A path that is not a regular file (``/dev/stdout``, a named pipe) is written
  directly.
- A failure is one line that names the path asked for and why, never the
  temporary file's name.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from threatgraph.errors import InvalidValueError

__all__ = ["output_path", "write_bytes", "write_text", "write_with"]


def output_path(given: str, *, example: str = "report.md") -> Path:
    """The file ``-o given`` names; InvalidValueError when it names a directory, an
    OSError naming the directory when that does not exist or is a file."""
    path = Path(given)
    seps = (os.sep, os.altsep) if os.altsep else (os.sep,)
    if not given or given.endswith(seps) or path.name in ("", ".", "..") or path.is_dir():
        shown = given.rstrip("".join(seps)) or given
        suggestion = (Path(shown) / example).as_posix() if shown not in ("", ".") else example
        raise InvalidValueError(
            f"-o {given!r} is a directory, not a file; name the file to write, "
            f"such as -o {suggestion}"
        )
    _check_folder(path)
    return path


def _check_folder(path: Path) -> None:
    """The directory ``path`` goes in exists (an OSError that names it otherwise)."""
    parent = path.parent
    if parent.is_dir():
        return
    blocking = _first_file(parent)
    if blocking.exists():
        raise OSError(f"cannot write {path}: {blocking} is a file, not a directory")
    raise OSError(
        f"cannot write {path}: No such file or directory: the directory {parent} does not "
        f"exist (create it first: mkdir -p {shlex.quote(str(parent))})"
    )


def write_with(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write text through ``write(stream)`` into ``path`` (UTF-8, ``\\n`` line ends)."""
    _put(path, lambda tmp: _text_into(tmp, write))


def write_text(path: Path, text: str) -> None:
    """Write ``text`` into ``path`` (UTF-8, ``\\n`` line ends)."""

    def write(out: TextIO) -> None:
        out.write(text)

    write_with(path, write)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` into ``path``."""
    _put(path, lambda tmp: _bytes_into(tmp, data))


def _text_into(target: Path, write: Callable[[TextIO], None]) -> None:
    with target.open("w", encoding="utf-8", newline="\n") as out:
        write(out)


def _bytes_into(target: Path, data: bytes) -> None:
    with target.open("wb") as out:
        out.write(data)


def _put(path: Path, fill: Callable[[Path], None]) -> None:
    """Fill a temporary file beside ``path`` and move it into place; an OSError that names
    ``path`` (and not the temporary file) when it cannot be done."""
    _check_folder(path)  # again: it may have gone while the report was made
    if _is_special(path):
        try:
            fill(path)
        except OSError as exc:
            raise OSError(f"cannot write {path}: {_why(exc)}") from None
        return
    tmp = path.with_name(f".{path.name}.threatgraph-tmp")
    try:
        fill(tmp)
        os.replace(tmp, path)
    except IsADirectoryError:
        raise OSError(f"cannot write {path}: it is a directory") from None
    except OSError as exc:
        raise OSError(f"cannot write {path}: {_why(exc)}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _is_special(path: Path) -> bool:
    """An existing path that is not a regular file (a device, a pipe): written in place."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _first_file(folder: Path) -> Path:
    """The first part of ``folder`` that exists and is not a directory."""
    for part in reversed((folder, *folder.parents)):
        if part.exists() and not part.is_dir():
            return part
    return folder


def _why(exc: OSError) -> str:
    """The reason of an OSError without the file name it carries (a temporary one)."""
    return exc.strerror.lower() if exc.strerror else str(exc)
