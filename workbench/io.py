"""File-system helpers for the CLI layer: atomic writes, staged output sets, output folder checks.

Every file the workbench writes goes through ``write_atomic`` or ``write_outputs``: the data
lands in a temporary name in the destination folder and is renamed into place, so a reader
(or a run killed half-way) never sees half a file. New files get the mode the umask allows
(0644 under umask 022, as ``open()`` would give); a replaced file keeps its mode. Temporary
names carry the writer's process id, so the leftovers of a killed writer are recognised and
removed by the next one without touching a live writer's files.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterator

from .errors import ConfigError

_PREFIX = ".workbench-"
_OURS = re.compile(r"\.workbench-(\d+)-[0-9a-f]+\.")
# Temp names of earlier versions (tempfile.mkstemp: ".tmp-" + 8 random characters + the file's name).
_LEGACY = re.compile(r"\.tmp-[a-z0-9_]{8}(.+)\Z")


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def mode_for(path: str) -> int:
    """The mode ``path`` should get: its own if it is a regular file already, else 0666 less the umask."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return 0o666 & ~current_umask()
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else 0o666 & ~current_umask()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_temps(folder: str, names: tuple[str, ...] = ()) -> list[str]:
    """Remove temp files and staging folders of writers that no longer run; returns what was removed.

    ``names``: the files about to be written, whose temp files from earlier versions (no pid
    in the name) are removed too.
    """
    removed = []
    try:
        entries = os.listdir(folder)
    except OSError:
        return removed
    for entry in entries:
        m = _OURS.match(entry)
        legacy = _LEGACY.match(entry)
        if not ((m and not _alive(int(m.group(1)))) or (legacy and legacy.group(1) in names)):
            continue
        path = os.path.join(folder, entry)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.unlink(path)
            removed.append(path)
        except OSError:
            pass  # someone else removed it, or we may not: not ours to insist on
    return removed


def _temp_name(folder: str, suffix: str) -> str:
    return os.path.join(folder, f"{_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.{suffix}")


def _write_new(path: str, data: str | bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        os.fchmod(f.fileno(), mode)
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
        f.flush()
        os.fsync(f.fileno())


def _sync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cannot_write(path: str, e: OSError) -> ConfigError:
    return ConfigError(f"{path}: cannot write ({e.strerror or e})")


def write_atomic(path: str, data: str | bytes) -> None:
    """Write via a temp file in the same folder and rename, so readers never see half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        os.makedirs(folder, exist_ok=True)
        clean_stale_temps(folder, (os.path.basename(path),))
        tmp = _temp_name(folder, os.path.basename(path))
        _write_new(tmp, data, mode_for(path))
        os.replace(tmp, path)
        tmp = None
        _sync_folder(folder)
    except OSError as e:
        raise _cannot_write(path, e) from None
    finally:
        if tmp is not None and os.path.lexists(tmp):
            os.unlink(tmp)


def write_outputs(folder: str, files: dict[str, str | bytes]) -> list[str]:
    """Write a set of files into ``folder``: all staged first, then renamed in the given order.

    Put the file that vouches for the others (report.json) last: a run killed while
    renaming leaves the previous one, never a new one beside old views. Returns the paths.
    """
    staging = None
    try:
        os.makedirs(folder, exist_ok=True)
        clean_stale_temps(folder, tuple(files))
        staging = _temp_name(folder, "staging")
        os.mkdir(staging, 0o700)
        for name, data in files.items():
            _write_new(os.path.join(staging, name), data, mode_for(os.path.join(folder, name)))
        written = []
        for name in files:
            os.replace(os.path.join(staging, name), os.path.join(folder, name))
            written.append(os.path.join(folder, name))
        _sync_folder(folder)
        return written
    except OSError as e:
        where = e.filename2 or e.filename or folder  # os.replace names (staged file, destination)
        raise _cannot_write(os.path.join(folder, os.path.basename(where)) if where != folder else folder, e) from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def check_output_folder(path: str, option: str = "--out") -> str:
    """Create ``path`` if needed and prove it takes files, before any work is done; returns it absolute.

    A file in the way, a folder that cannot be created or written: one ConfigError naming it.
    """
    folder = os.path.abspath(path)
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ConfigError(f"{option} {path}: is a file, not a folder")
    probe = None
    try:
        os.makedirs(folder, exist_ok=True)
        probe = _temp_name(folder, "probe")
        _write_new(probe, b"", 0o600)
    except OSError as e:
        raise ConfigError(f"{option} {path}: cannot write there ({e.strerror or e})") from None
    finally:
        if probe is not None and os.path.lexists(probe):
            os.unlink(probe)
    return folder


@contextlib.contextmanager
def locked_folder(folder: str) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (created if missing) while a file in it is read and rewritten.

    Two writers that both read, change and replace a file would otherwise lose one change. The
    lock is on the folder itself (flock), so no lock file is left behind; readers need none.
    """
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ConfigError(f"{folder}: is a file, not a folder")
    try:
        os.makedirs(folder, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as e:
        raise _cannot_write(folder, e) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
