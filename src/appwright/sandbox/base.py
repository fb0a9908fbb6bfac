"""The sandbox's contract: what a job asks for, what a run reports, what a backend provides.

A *job* is a command (usually the venv's Python on a file or a module) run in a private work
directory with limits; a *backend* turns a job into a concrete process launch (bubblewrap or a
plain subprocess); the runner supervises that process and reports a `RunResult`.
"""

from __future__ import annotations

import enum
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from appwright.sandbox.limits import PidsCgroup

Network = Literal["none", "host"]
"""``none``: a private network namespace with only its own loopback (the default).
``host``: the host's network namespace, so a server in the sandbox is reachable on the host's
127.0.0.1 — and the program can reach whatever the host can (logged on every start)."""

JsonValue = Any
"""A value ``json.loads`` returns."""


class ErrorKind(enum.StrEnum):
    """Why a run ended, from the code's point of view; ``ok`` when it exited 0 with its result."""

    OK = "ok"
    TIMEOUT = "timeout"  # wall-clock limit: killed by the runner
    CPU = "cpu"  # CPU-seconds limit: killed by the kernel (SIGXCPU / SIGKILL)
    MEMORY = "memory"  # address-space limit: MemoryError or ENOMEM
    PROCESS_LIMIT = "process_limit"  # fork or thread creation refused
    OPEN_FILES = "open_files"  # EMFILE: too many open files
    FILE_SIZE = "file_size"  # EFBIG / SIGXFSZ: a file grew past the limit
    OUTPUT_LIMIT = "output_limit"  # stdout + stderr past the hard cap: killed by the runner
    NETWORK_DENIED = "network_denied"  # a connection attempt in a sandbox without network
    DENIED_IMPORT = "denied_import"  # the syntax-tree check refused it; nothing ran
    SYNTAX_ERROR = "syntax_error"  # the syntax-tree check could not parse it; nothing ran
    BAD_OUTPUT = "bad_output"  # exited 0 but the JSON result is missing or malformed
    CRASH = "crash"  # any other non-zero exit or fatal signal
    STOPPED = "stopped"  # ended on request (`RunningJob.stop`), e.g. a preview shut down
    SANDBOX_ERROR = "sandbox_error"  # the sandbox itself could not start the program


LIMIT_OF_KIND: Mapping[ErrorKind, str] = {
    ErrorKind.TIMEOUT: "wall_seconds",
    ErrorKind.CPU: "cpu_seconds",
    ErrorKind.MEMORY: "memory_mb",
    ErrorKind.PROCESS_LIMIT: "processes",
    ErrorKind.OPEN_FILES: "open_files",
    ErrorKind.FILE_SIZE: "file_size_mb",
    ErrorKind.OUTPUT_LIMIT: "output_total_bytes",
}
"""The `Limits` field each limit-related kind corresponds to (`RunResult.limit_hit`)."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one run. ``None`` means unlimited (long-running servers)."""

    wall_seconds: float | None = 10.0
    cpu_seconds: int | None = 10
    memory_mb: int | None = 512  # address space (RLIMIT_AS), not resident memory
    processes: int = 64  # tasks (processes and threads) at once
    open_files: int = 256
    file_size_mb: int = 16  # largest file the program may write
    tmp_mb: int = 64  # size of the in-memory /tmp (bwrap)
    output_bytes: int = 64 * 1024  # kept per stream: the head and the tail
    output_total_bytes: int | None = 4 * 1024 * 1024  # stdout + stderr before the run is stopped
    result_bytes: int = 1024 * 1024  # largest JSON result accepted


@dataclass(frozen=True)
class ImportCheck:
    """Which files of `Job.files` the syntax-tree check reads, and what they may import."""

    files: tuple[str, ...]
    allowed: frozenset[str]


def default_python() -> Path:
    """The interpreter of this environment: its venv gives the sandbox fastapi, uvicorn, ..."""
    return Path(sys.executable)


@dataclass(frozen=True)
class Job:
    """One program to run. ``argv[0] == "python"`` means `python` (the venv's interpreter).

    The work directory is ``work_dir`` when given (bound read-write, kept afterwards: a preview's
    generated project) or else a fresh temporary directory removed after the run; ``files``
    (relative path → text or bytes) are written into it first. ``input`` is given as JSON on
    stdin and in the file named by ``$APPWRIGHT_INPUT``; the result is read from the file named
    by ``$APPWRIGHT_RESULT`` or else from the last non-empty stdout line, and is required when
    ``expect_result``. ``ro_mounts`` are host paths made visible read-only at the same path.
    """

    argv: tuple[str, ...]
    files: Mapping[str, str | bytes] = field(default_factory=dict)
    work_dir: Path | None = None
    input: JsonValue = None
    expect_result: bool = False
    limits: Limits = field(default_factory=Limits)
    network: Network = "none"
    ro_mounts: tuple[Path, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    python: Path = field(default_factory=default_python)
    import_check: ImportCheck | None = None


@dataclass(frozen=True)
class Layout:
    """Where the job's directories are on the host, and where the program sees them."""

    host_work_dir: Path
    host_io_dir: Path
    work_dir: str  # as the program sees it
    io_dir: str

    @property
    def input_path(self) -> str:
        return f"{self.io_dir}/input.json"

    @property
    def result_path(self) -> str:
        return f"{self.io_dir}/result.json"


@dataclass(frozen=True)
class Launch:
    """A concrete process to spawn: what `subprocess.Popen` needs."""

    argv: tuple[str, ...]
    env: Mapping[str, str]
    cwd: Path
    preexec: Callable[[], None] | None = None
    pass_fds: tuple[int, ...] = ()
    # runs after the process ended (closing fds the launch opened)
    cleanup: Callable[[], None] | None = None
    # exit status 128 + N means "killed by signal N" (bwrap reports its program's death so)
    signal_exit_codes: bool = False


@dataclass(frozen=True)
class Availability:
    works: bool
    detail: str


class Backend(ABC):
    """Turns a job into a launch. Implementations: `BwrapBackend`, `SubprocessBackend`."""

    name: str
    isolation: str  # reported in every result, e.g. "bwrap" or "subprocess (weaker: ...)"

    @abstractmethod
    def availability(self) -> Availability:
        """Whether this backend can run programs here (may run a probe; cached by the runner)."""

    @abstractmethod
    def layout(self, host_work_dir: Path, host_io_dir: Path) -> Layout:
        """Where the program sees its work and I/O directories."""

    @abstractmethod
    def launch(self, job: Job, layout: Layout, cgroup: PidsCgroup | None) -> Launch:
        """The process that runs ``job``, inside ``cgroup`` when there is one (the process cap)."""


@dataclass(frozen=True)
class RunResult:
    """Everything a caller (CLI, preview, healing) needs to know about one run."""

    kind: ErrorKind
    message: str
    isolation: str
    backend: str
    network: Network
    exit_code: int | None = None  # None: never started, or killed by a signal
    signal: str | None = None  # e.g. "SIGKILL"
    stdout: str = ""
    stderr: str = ""
    stdout_truncated: bool = False
    stderr_truncated: bool = False
    stdout_bytes: int = 0  # total written, kept or not
    stderr_bytes: int = 0
    result: JsonValue = None
    exception: str | None = None  # the last uncaught exception's type in stderr, e.g. "KeyError"
    limit_hit: str | None = None  # the `Limits` field, e.g. "wall_seconds"
    duration_seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_memory_mb: float = 0.0  # largest resident set of the program's processes
    import_issues: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.kind is ErrorKind.OK

    def to_json_dict(self) -> dict[str, JsonValue]:
        return {
            "ok": self.ok,
            "kind": self.kind.value,
            "message": self.message,
            "isolation": self.isolation,
            "backend": self.backend,
            "network": self.network,
            "exit_code": self.exit_code,
            "signal": self.signal,
            "limit_hit": self.limit_hit,
            "exception": self.exception,
            "result": self.result,
            "duration_seconds": round(self.duration_seconds, 4),
            "cpu_seconds": round(self.cpu_seconds, 4),
            "peak_memory_mb": round(self.peak_memory_mb, 1),
            "stdout": self.stdout,
            "stderr": self.stderr,
            "stdout_truncated": self.stdout_truncated,
            "stderr_truncated": self.stderr_truncated,
            "stdout_bytes": self.stdout_bytes,
            "stderr_bytes": self.stderr_bytes,
            "import_issues": list(self.import_issues),
        }


def program_environment(job: Job, layout: Layout, tmp_dir: str) -> dict[str, str]:
    """The whole environment a program sees: nothing from the host's (its secrets stay out)."""
    python_bin = str(job.python.parent)
    environment = {
        "PATH": f"{python_bin}:/usr/local/bin:/usr/bin:/bin",
        "HOME": tmp_dir,
        "TMPDIR": tmp_dir,
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "APPWRIGHT_INPUT": layout.input_path,
        "APPWRIGHT_RESULT": layout.result_path,
        "APPWRIGHT_WORK_DIR": layout.work_dir,
    }
    environment.update(job.env)
    return environment
