"""Private, atomic file writes that never follow a symbolic link.

Every file that may hold personal data goes through here:

- files are created with mode 0600 and folders with mode 0700, whatever the umask (each missing
  folder is created on its own and set with `fchmod`, never `chmod` by name);
- a personal file is never opened through a symbolic link (`O_NOFOLLOW`), and nothing is ever
  chmod-ed by name, so a link planted in the data folder cannot change another file's mode or
  create the file it points to;
- writes go to a temporary file beside the target (same folder, same file system), are
  fsync-ed, then renamed (`write_replace`) or hard-linked (`write_new`, which never replaces);
  the temporary file is removed on every failure, so a full disk leaves no `.part` behind;
- every operating-system failure becomes a `StorageError` (a UserError, exit 2) that says what
  happened and what to do: permission, read-only file system, full disk, a link, a folder where
  a file belongs. `FileExistsError` from `write_new` is left as it is: callers pick a new name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from assistant.errors import UserError

PRIVATE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)

FULL_DISK = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
NO_PERMISSION = (errno.EACCES, errno.EPERM)


class StorageError(UserError, OSError):
    """A file or folder the assistant could not read or write, with advice.

    Also an OSError (with `errno` and `strerror`), so callers that clean up after a failed
    write with `except OSError` (removing the other formats of a letter, say) still do."""

    def __init__(self, message: str, *, hint: str | None = None, code: int | None = None) -> None:
        UserError.__init__(self, message, hint=hint)
        self.errno = code
        self.strerror = message
        self.code = code


def check_name(path: os.PathLike[str] | str) -> Path:
    """`path` as a Path, or a StorageError when no file could have that name: a NUL byte (the
    operating system would raise ValueError) or a name longer than any file system takes."""
    text = os.fspath(path)
    if "\0" in text:
        raise StorageError(
            "a file or folder name contains a NUL byte (U+0000); no file can have that name",
            hint="check the path you gave",
        )
    if len(text) > 4096:
        raise StorageError(
            f"a file or folder name of {len(text):,} characters is too long (the limit is 4,096)",
            hint="check the path you gave",
            code=errno.ENAMETOOLONG,
        )
    return Path(text)


def _shown(where: str) -> str:
    """A path as a message quotes it: no control characters, at most 300 characters."""
    text = "".join(ch if ch.isprintable() else "?" for ch in where)
    return text if len(text) <= 300 else f"{text[:200]}...{text[-80:]}"


def disk_nearly_full(path: os.PathLike[str] | str, margin: int = 1 << 20) -> bool:
    """True when the file system holding `path` has less than `margin` bytes free."""
    probe = Path(path)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        info = os.statvfs(probe)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < margin


def storage_error(exc: OSError, path: os.PathLike[str] | str, doing: str = "write") -> StorageError:
    """A clear message and the right advice for an OSError met while `doing` on `path`."""
    where = _shown(os.fspath(path))
    code = exc.errno
    if code in NO_PERMISSION:
        return StorageError(
            f"permission denied: cannot {doing} {where}",
            hint="check who owns that folder (ls -ld), or set RIGHTS_HOME to a folder you own",
            code=code,
        )
    if code == errno.EROFS:
        return StorageError(
            f"{where} is on a read-only file system; nothing was changed",
            hint="set RIGHTS_HOME to a writable folder; read-only commands still work",
            code=code,
        )
    if code in FULL_DISK:
        return StorageError(
            f"the disk is full (or over its quota) writing {where}; nothing was saved",
            hint="free some space, then run the command again",
            code=code,
        )
    if code == errno.ELOOP:
        return StorageError(
            f"{where} is a symbolic link; personal files are never read or written through links",
            hint="replace the link with the real file (or move it aside)",
            code=code,
        )
    if code == errno.EISDIR:
        return StorageError(f"{where} is a folder, not a file", hint="give a file name", code=code)
    if code == errno.ENOTDIR:
        return StorageError(
            f"a part of {where} is a file, not a folder", hint="give a folder path", code=code
        )
    if code == errno.ENOENT:
        return StorageError(f"no such file or folder: {where}", code=code)
    reason = exc.strerror or type(exc).__name__
    return StorageError(f"cannot {doing} {where}: {reason}", code=code)


def private_dir(path: os.PathLike[str] | str) -> Path:
    """Make sure `path` is a folder (see `_make_dirs`)."""
    _make_dirs(path)
    return Path(path)


def _undo_dirs(created: list[Path]) -> None:
    """Remove folders `_make_dirs` created, deepest first, if they are still empty."""
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def _make_dirs(path: os.PathLike[str] | str) -> list[Path]:
    """Make sure `path` is a folder, creating each missing level with mode 0700 (any umask).

    Folders that already exist are left as they are; only the ones created here are set,
    through their own descriptor. The folder itself may not be a symbolic link (a link
    planted as `letters/` would send personal files elsewhere); links higher up are fine.
    """
    folder = check_name(path)
    if folder.is_symlink():
        raise StorageError(
            f"{folder} is a symbolic link; personal files are never written through links",
            hint="replace the link with a real folder, or give the real folder's path",
        )
    missing: list[Path] = []
    created: list[Path] = []
    probe = folder
    while not probe.is_dir():
        if os.path.lexists(probe) and not probe.is_symlink():
            raise StorageError(f"{probe} is a file, not a folder", hint="give a folder path")
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    try:
        for level in reversed(missing):
            try:
                os.mkdir(level, PRIVATE_DIR_MODE)
            except FileExistsError:
                if not level.is_dir():
                    raise StorageError(f"{level} is not a folder", hint="give a folder") from None
                continue
            except OSError as exc:
                raise storage_error(exc, level, "create the folder") from None
            created.append(level)
            _fchmod_path(level, PRIVATE_DIR_MODE, directory=True)
    except BaseException:
        _undo_dirs(created)
        raise
    return created


def _fchmod_path(path: Path, mode: int, *, directory: bool = False) -> None:
    """Set `mode` on `path` through a descriptor opened without following links."""
    flags = os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _NONBLOCK | (_DIRECTORY if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise storage_error(exc, path, "open") from None
    try:
        info = os.fstat(fd)
        wanted = stat.S_ISDIR if directory else stat.S_ISREG
        if wanted(info.st_mode) and stat.S_IMODE(info.st_mode) != mode:
            os.fchmod(fd, mode)
    except OSError as exc:
        raise storage_error(exc, path, "set the mode of") from None
    finally:
        os.close(fd)


def _write_temp(target: Path, data: bytes) -> Path:
    """A fsync-ed 0600 temporary file beside `target` holding `data` (removed on failure)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    except OSError as exc:
        raise storage_error(exc, target) from None
    try:
        os.fchmod(fd, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise storage_error(exc, target) from None
        raise
    return Path(tmp)


def refuse_link(path: os.PathLike[str] | str) -> None:
    """StorageError when `path` is a symbolic link (dangling or not), not a regular file, or a
    file with other hard links (another name, perhaps outside the data folder, shares it: a
    change of mode or contents here would change that file too)."""
    where = check_name(path)
    try:
        info = os.lstat(where)
        mode = info.st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as exc:  # a folder on the way that may not be looked into, a name too long
        raise storage_error(exc, where, "use") from None
    if stat.S_ISLNK(mode):
        raise storage_error(OSError(errno.ELOOP, "link"), where)
    if stat.S_ISDIR(mode):
        raise StorageError(
            f"{where} is a folder, not a file",
            hint="move the folder aside, or give the name of a file",
            code=errno.EISDIR,
        )
    if not stat.S_ISREG(mode):
        raise StorageError(f"{where} is not a regular file", hint="move it aside")
    if info.st_nlink > 1:
        raise StorageError(
            f"{where} has {info.st_nlink - 1} other name(s) (a hard link): personal files are "
            "never changed through a name another file shares",
            hint="copy it to a file of its own (cp), then remove the extra link",
        )


def write_replace(path: os.PathLike[str] | str, data: bytes | str) -> Path:
    """Write `data` to `path` atomically, replacing any file already there (never a link)."""
    target = check_name(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    created = _make_dirs(target.parent)
    try:
        refuse_link(target)
        tmp = _write_temp(target, raw)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise storage_error(exc, target) from None
    except BaseException:
        _undo_dirs(created)
        raise
    return target


def check_folder(path: os.PathLike[str] | str) -> Path:
    """The checks `private_dir` makes, without creating anything: `path` is a folder (not a
    link to one), or can be made one (the nearest part of it that exists is a folder)."""
    folder = check_name(path)
    if folder.is_symlink():
        raise StorageError(
            f"{_shown(str(folder))} is a symbolic link; personal files are never written "
            "through links",
            hint="replace the link with a real folder, or give the real folder's path",
        )
    probe = folder
    while not os.path.lexists(probe) and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        raise StorageError(f"{_shown(str(probe))} is a file, not a folder", hint="give a folder")
    return folder


def check_new_file(path: os.PathLike[str] | str) -> Path:
    """The checks `write_new` makes, without creating anything: so a command can refuse a bad
    target before it changes anything else. FileExistsError when something (a file, a link, a
    device) is already there; StorageError when a folder on the way is a file or the folder
    itself is a symbolic link."""
    target = check_name(path)
    if os.path.lexists(target):
        raise FileExistsError(target)
    check_folder(target.parent)
    return target


def write_new(path: os.PathLike[str] | str, data: bytes | str) -> Path:
    """Write `data` to `path` atomically; raise FileExistsError if `path` already exists.

    The final step is a hard link, which fails rather than replacing a file (or a link) that
    appeared in the meantime, so two writers can never overwrite each other's letter.
    """
    target = check_name(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    created = _make_dirs(target.parent)
    try:
        if os.path.lexists(target):
            raise FileExistsError(target)
        tmp = _write_temp(target, raw)
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError as exc:
            raise storage_error(exc, target) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    except BaseException:
        _undo_dirs(created)
        raise
    return target


def create_private(path: os.PathLike[str] | str) -> None:
    """Create an empty 0600 file if none exists yet (for SQLite); never through a link.

    An existing regular file only loses group and other permissions, by name (see
    `make_private`: opening and
    closing it here would drop the locks of a ledger this process already has open); a link,
    a folder or a device in its place is refused.
    """
    target = Path(path)
    private_dir(target.parent)
    refuse_link(target)
    if os.path.lexists(target):
        make_private(target)
        return
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW | _CLOEXEC | _NONBLOCK
    try:
        fd = os.open(target, flags, PRIVATE_MODE)
    except FileExistsError:  # made by another process in the meantime
        refuse_link(target)
        make_private(target)
        return
    except OSError as exc:
        raise storage_error(exc, target, "create") from None
    try:
        os.fchmod(fd, PRIVATE_MODE)
    except OSError as exc:
        raise storage_error(exc, target, "set the mode of") from None
    finally:
        os.close(fd)


def make_private(path: os.PathLike[str] | str) -> None:
    """Take group and other permissions off an existing regular file (0644 becomes 0600); a
    link or anything else is left alone. Permissions are only ever taken away: a ledger the
    person made read-only (0400) stays read-only.

    Used on SQLite's -wal and -shm files, which must never be opened and closed here: closing
    any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
    included. So the file is looked at with lstat and changed by name only when it is a
    regular file with the wrong mode.
    """
    try:
        info = os.lstat(path)
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISREG(info.st_mode) and mode & ~PRIVATE_MODE and info.st_nlink == 1:
            os.chmod(path, mode & PRIVATE_MODE)  # only ever takes bits away (never a file
            # whose other hard links name it elsewhere)
    except OSError:
        return


def read_bounded(path: os.PathLike[str] | str, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (StorageError otherwise).

    Opened without blocking, so a FIFO or a device named by mistake cannot hang the command.
    With `follow_links` false, a symbolic link in place of the file is refused (a personal
    file of ours, which something may have replaced with a link to another file).
    """
    where = check_name(path)
    nofollow = 0 if follow_links else _NOFOLLOW
    try:
        fd = os.open(where, os.O_RDONLY | _CLOEXEC | _NONBLOCK | nofollow)
    except OSError as exc:
        raise storage_error(exc, where, "read") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise storage_error(OSError(errno.EISDIR, "folder"), where)
        if not stat.S_ISREG(info.st_mode):
            raise StorageError(f"{where} is not a regular file", hint="give a file")
        if info.st_size > limit:
            raise StorageError(
                f"{where} is too big ({info.st_size:,} bytes; the limit is {limit:,})",
                hint="split it into smaller files",
            )
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise StorageError(f"{where} is too big (over {limit:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    except StorageError:  # already says what is wrong
        raise
    except OSError as exc:
        raise storage_error(exc, where, "read") from None
    finally:
        os.close(fd)


def remove_private(path: os.PathLike[str] | str) -> bool:
    """Remove a personal file (never what a link points to); True when something was removed."""
    target = check_name(path)
    try:
        os.unlink(target)
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise storage_error(OSError(errno.EISDIR, "folder"), target) from None
    except OSError as exc:
        raise storage_error(exc, target, "remove") from None
    return True
