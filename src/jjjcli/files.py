"""Files read and written safely: only regular files read, outputs replaced atomically.

Reading: a knowledge-base file is opened without blocking (a FIFO named like a claims
file cannot hang jjj), must be a regular file (not a device such as ``/dev/zero``, not a
FIFO) and at most :data:`MAX_FILE_BYTES` long; what was read is stamped (size, time
stamps, CRC-32 of the very bytes read) so that the cache can record what it was built from.

Writing: an output path is replaced through a temporary file in the same folder, renamed
into place once complete (never a half-written file; two writers at once each leave a whole
file). A FIFO, a terminal or the null device is written through; a folder, any other
device, a socket, or a symbolic link to one of them is refused. Temporary files carry the
writer's process id, so that a later run can remove those whose writer died (SIGKILL).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from jjjcli.errors import JJJError
from jjjcli.record import Record

#: the largest knowledge-base file (TOML or source text) jjj reads: far above any real
#: one (the largest shipped file is under 1 MiB), far below what exhausts memory
MAX_FILE_BYTES = 16 * 1024 * 1024

#: temporary files end with this; ``.{name}.{pid}.{random}`` comes before it
TEMP_SUFFIX = ".jjj-tmp"
#: a temporary file this old is removed even when its process id is in use again
STALE_SECONDS = 24 * 3600
#: …and one whose writer is gone, once it has not been written for this long
ORPHAN_SECONDS = 60


class FileReadError(Exception):
    """A knowledge-base file that is not read (not a regular file, too large, unreadable);
    the message says why, without the path (the caller names the file)."""


class Stamp(Record):
    """What a file was when it was read: its size, time stamps and the CRC-32 of the
    bytes read (jjjcli.index compares the first three with a later stat, and the CRC with
    the content of a file written too close to the read for its time stamps to tell)."""

    __slots__ = ("size", "mtime_ns", "ctime_ns", "crc")

    size: int
    mtime_ns: int
    ctime_ns: int
    crc: int

    def __init__(self, size: int, mtime_ns: int, ctime_ns: int, crc: int) -> None:
        self.size = size
        self.mtime_ns = mtime_ns
        self.ctime_ns = ctime_ns
        self.crc = crc


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes, Stamp]:
    """The bytes of a regular file of at most ``limit`` bytes, and their stamp.

    Opened with O_NONBLOCK, so that a FIFO or a device is refused instead of waited on;
    the time stamps come from the open file before it is read (an edit during the read
    then shows up as a changed time stamp, never as a stamp that matches new bytes).
    """
    from binascii import crc32

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    too_large = f"is larger than the limit of {limit // (1024 * 1024)} MiB"
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileReadError(f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(f"is {kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise FileReadError(f"{too_large} ({info.st_size} bytes)")
        chunks = []
        size = 0
        while True:
            block = os.read(fd, min(1 << 20, limit + 1 - size))
            if not block:
                break
            chunks.append(block)
            size += len(block)
            if size > limit:
                raise FileReadError(too_large)
    except OSError as exc:
        raise FileReadError(f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    return data, Stamp(len(data), info.st_mtime_ns, info.st_ctime_ns, crc32(data))


# --- temporary files ------------------------------------------------------------------------


def temp_prefix(target: Path) -> str:
    """``.NAME.PID.``: hidden, next to its target, naming the process that writes it."""
    return f".{target.name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - no signal 0 there; age decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: alive
    return True


def stale_temps(folder: Path, name: str) -> Iterator[Path]:
    """Temporary files for ``folder/name`` left by writers that are gone: a dead process
    id and not written for a minute, or not written for a day whatever the id says."""
    prefix = f".{name}."
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        pid_text = entry.name[len(prefix):].split(".", 1)[0]
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        age = now - info.st_mtime
        dead = pid_text.isdigit() and not _alive(int(pid_text))
        if age > STALE_SECONDS or (dead and age > ORPHAN_SECONDS):
            yield Path(entry.path)


def sweep_temps(folder: Path, name: str) -> int:
    """Remove :func:`stale_temps`; how many were removed."""
    removed = 0
    for path in stale_temps(folder, name):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


# --- writing an output path -----------------------------------------------------------------


def _is_terminal(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def _is_null_device(info: os.stat_result) -> bool:
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(null.st_mode) and info.st_rdev == null.st_rdev


class OutputTarget(Record):
    """Where ``--output PATH`` writes: ``path`` itself (a FIFO, a terminal, the null
    device: written through) or, for a regular file or a new name, ``path`` replaced
    atomically (``file`` is the real file behind a symbolic link)."""

    __slots__ = ("path", "file", "through")

    path: Path
    file: Path
    through: bool

    def __init__(self, path: Path, file: Path, through: bool) -> None:
        self.path = path
        self.file = file
        self.through = through


def output_target(path: Path, *, binary: bool = False) -> OutputTarget:
    """What writing to ``path`` means, or JJJError (exit 2) when it is not a file to write:
    a folder, a device other than a terminal or the null device, a socket, a symbolic link
    to one of these or to nothing, a missing folder. ``binary`` output (an SQLite database)
    is written through to a FIFO but not to a terminal."""
    try:
        info = os.stat(path)  # follows symbolic links: what is behind them counts
    except FileNotFoundError:
        if path.is_symlink():
            raise JJJError(f"cannot write {path}: it is a symbolic link to nothing") from None
        folder = path.parent
        if not folder.is_dir():
            raise JJJError(f"cannot write {path}: folder does not exist: {folder}") from None
        return OutputTarget(path, path, False)
    except OSError as exc:
        raise JJJError(f"cannot write {path}: {exc.strerror or exc}") from None
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if not os.access(path, os.W_OK):  # a file its owner made read-only stays as it is
            raise JJJError(f"cannot write {path}: Permission denied")
        real = Path(os.path.realpath(path)) if path.is_symlink() else path
        return OutputTarget(path, real, False)
    if stat.S_ISFIFO(mode):
        return OutputTarget(path, path, True)
    if stat.S_ISCHR(mode) and _is_null_device(info):
        return OutputTarget(path, path, True)
    if stat.S_ISCHR(mode) and _is_terminal(path):
        if binary:
            raise JJJError(f"cannot write {path}: a database is not for a terminal")
        return OutputTarget(path, path, True)
    what = kind_of(mode)
    link = " (through a symbolic link)" if path.is_symlink() else ""
    raise JJJError(f"cannot write {path}: it is {what}{link}, not a regular file")


#: temporary files this process made and has not yet renamed or removed: what
#: :func:`remove_temps` removes when Ctrl-C or SIGTERM ends the command
_TEMPS: set[Path] = set()


class SignalsHeld:
    """Ctrl-C and SIGTERM held back (delivered at the end of the block), so that a
    temporary file is never made without being recorded in _TEMPS, and a worker process is
    never left half-started (it would print a traceback when its parent vanished)."""

    def __enter__(self) -> None:
        import signal

        self.held = getattr(signal, "pthread_sigmask", None) is not None and \
            _in_main_thread()
        if self.held:
            self.old = signal.pthread_sigmask(signal.SIG_BLOCK,
                                              {signal.SIGINT, signal.SIGTERM})

    def __exit__(self, *exc: object) -> None:
        if self.held:
            import signal

            signal.pthread_sigmask(signal.SIG_SETMASK, self.old)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def new_temp(target: Path, suffix: str = TEMP_SUFFIX) -> tuple[int, Path]:
    """A new temporary file next to ``target``: its descriptor and path (mode 0600 until
    :func:`commit` gives it the mode the target should have). OSError when it cannot be
    made. It is recorded until :func:`commit` or :func:`discard` (or :func:`remove_temps`)."""
    import tempfile

    sweep_temps(target.parent, target.name)
    with SignalsHeld():
        fd, name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=suffix,
                                    dir=target.parent)
        _TEMPS.add(Path(name))
    return fd, Path(name)


def discard(temp: Path) -> None:
    """Remove a temporary file that will not be used."""
    temp.unlink(missing_ok=True)
    _TEMPS.discard(temp)


def forget(temp: Path) -> None:
    """A temporary file renamed into place: no longer this process's to remove."""
    _TEMPS.discard(temp)


def remove_temps() -> None:
    """Remove every temporary file this process still has (Ctrl-C, SIGTERM)."""
    for temp in list(_TEMPS):
        try:
            discard(temp)
        except OSError:
            pass


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def commit(temp: Path, target: Path) -> None:
    """Rename a finished temporary file over ``target``, keeping the target's mode (or
    the mode a new file gets)."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = _new_file_mode()
    try:
        os.chmod(temp, mode)
    except OSError:
        pass
    os.replace(temp, target)
    forget(temp)


class AtomicText:
    """A text file written to ``path`` as :func:`output_target` says: through, or into a
    temporary file renamed into place when the ``with`` block ends without an error (and
    removed when it ends with one, Ctrl-C and SIGTERM included)."""

    def __init__(self, path: Path) -> None:
        self.target = output_target(path)
        self.temp: Path | None = None
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        target = self.target
        if target.through:
            try:
                self.handle = open(target.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as exc:
                raise JJJError(f"cannot write {target.path}: {exc.strerror or exc}") from None
            return self.handle
        # Signals held until the file object owns the descriptor: SIGTERM between the two
        # used to leave a descriptor the dropped object had already closed, and closing it
        # again ended the command with EBADF instead of exit 143.
        with SignalsHeld():
            try:
                fd, self.temp = new_temp(target.file)
            except OSError as exc:
                raise JJJError(f"cannot write {target.path}: {exc.strerror or exc}") from None
            try:
                self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                discard(self.temp)
                raise
        return self.handle

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        handle, temp = self.handle, self.temp
        try:
            if handle is not None:
                handle.close()
        except BaseException as exc:
            if temp is not None:
                discard(temp)
            if kind is None and isinstance(exc, OSError):
                raise JJJError(f"cannot write {self.target.path}: "
                               f"{exc.strerror or exc}") from None
            raise
        if temp is None:
            return
        if kind is not None:
            discard(temp)
            return
        try:
            commit(temp, self.target.file)
        except OSError as exc:
            discard(temp)
            raise JJJError(f"cannot write {self.target.path}: {exc.strerror or exc}") from None
