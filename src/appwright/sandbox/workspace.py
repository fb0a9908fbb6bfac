"""A run's directories on the host: the work dir with the job's files, and the I/O dir.

The program owns both while it runs, so the host reads them back without trusting them: the
result file is opened without following symlinks (a planted ``result.json -> /etc/shadow`` must
not make the host read its own secrets) and with a size cap.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from appwright.sandbox.base import Job, JsonValue

INPUT_FILE = "input.json"
RESULT_FILE = "result.json"


class UnsafeFileNameError(ValueError):
    """A job file name that would land outside the work directory."""


@dataclass
class Workspace:
    work_dir: Path
    io_dir: Path
    owns_work_dir: bool

    @classmethod
    def prepare(cls, job: Job) -> Workspace:
        io_dir = Path(tempfile.mkdtemp(prefix="appwright-io-"))
        if job.work_dir is None:
            work_dir, owns = Path(tempfile.mkdtemp(prefix="appwright-work-")), True
        else:
            work_dir, owns = job.work_dir.resolve(), False
            work_dir.mkdir(parents=True, exist_ok=True)
        workspace = cls(work_dir, io_dir, owns)
        try:
            write_files(work_dir, job.files)
            if job.input is not None:
                (io_dir / INPUT_FILE).write_text(json.dumps(job.input), encoding="utf-8")
        except BaseException:
            workspace.remove()
            raise
        return workspace

    @property
    def input_file(self) -> Path | None:
        path = self.io_dir / INPUT_FILE
        return path if path.is_file() else None

    def read_result(self, max_bytes: int) -> tuple[bool, bytes]:
        """(present, content) of the result file; a symlink or a non-file reads as content b""."""
        path = self.io_dir / RESULT_FILE
        try:
            handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return False, b""
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return True, b""
            raise
        with os.fdopen(handle, "rb") as result:
            # a FIFO or device would block or never end
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return True, b""
            return True, result.read(max_bytes + 1)

    def remove(self) -> None:
        # rmtree never follows the symlinks a program may have left in its directories
        shutil.rmtree(self.io_dir, ignore_errors=True)
        if self.owns_work_dir:
            shutil.rmtree(self.work_dir, ignore_errors=True)


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    for name, content in files.items():
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise UnsafeFileNameError(f"{name!r} is not a path inside the work directory")
        target = root.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


def parse_json(content: bytes, source: str, max_bytes: int) -> tuple[JsonValue, str | None]:
    """(value, None) or (None, why it is not a JSON result)."""
    if len(content) > max_bytes:
        return None, f"{source} is larger than {max_bytes} bytes"
    with contextlib.suppress(UnicodeDecodeError):
        text = content.decode("utf-8")
        try:
            return json.loads(text), None
        except json.JSONDecodeError as exc:
            return None, f"{source} is not valid JSON: {exc}"
    return None, f"{source} is not UTF-8 text"
