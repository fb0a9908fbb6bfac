"""Supervising one sandboxed process: output capture, wall clock, reaping, killing, the result.

Threads do the waiting so a run needs no caller attention: two read the output streams into
bounded buffers (and stop the run past the output cap), one reaps the process with ``wait4``
(which gives its CPU time and peak memory), and a watchdog kills it at the wall-clock limit.
Killing means the whole process group and, when there is one, every task in the run's pids
cgroup, so no background child outlives its run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
import time
from typing import IO

from appwright.sandbox.base import LIMIT_OF_KIND, ErrorKind, Job, Launch, RunResult
from appwright.sandbox.classify import ProcessFacts, classify, signal_name
from appwright.sandbox.limits import PidsCgroup
from appwright.sandbox.output import BoundedOutput
from appwright.sandbox.workspace import RESULT_FILE, Workspace, parse_json

logger = logging.getLogger(__name__)

_READ_CHUNK = 64 * 1024
# after the main process ended, how long its output pipes may stay open (held by a straggler)
_DRAIN_SECONDS = 2.0


class RunningJob:
    """A started job. `wait` for its `RunResult`, or `stop` it (a long-running server)."""

    def __init__(
        self,
        job: Job,
        launch: Launch,
        workspace: Workspace,
        cgroup: PidsCgroup | None,
        *,
        backend: str,
        isolation: str,
    ) -> None:
        self.job = job
        self._launch = launch
        self._workspace = workspace
        self._cgroup = cgroup
        self._backend = backend
        self._isolation = isolation
        self._signal_exit_codes = launch.signal_exit_codes
        limits = job.limits
        self._stdout = BoundedOutput(limits.output_bytes)
        self._stderr = BoundedOutput(limits.output_bytes)
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: RunResult | None = None
        self._reason: ErrorKind | None = None  # why the runner killed it, if it did
        self._status = 0
        self._duration = 0.0
        self._cpu_seconds = 0.0
        self._peak_kib = 0
        stdin: IO[bytes] | int = subprocess.DEVNULL
        input_file = workspace.input_file
        stdin_handle = input_file.open("rb") if input_file else None
        if stdin_handle is not None:
            stdin = stdin_handle
        self.started_at = time.monotonic()
        try:
            self._process = subprocess.Popen(
                launch.argv,
                env=dict(launch.env),
                cwd=launch.cwd,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
                preexec_fn=launch.preexec,
                pass_fds=launch.pass_fds,
                close_fds=True,
            )
        finally:
            if stdin_handle is not None:
                stdin_handle.close()
        assert self._process.stdout is not None
        assert self._process.stderr is not None
        self._readers = [
            threading.Thread(
                target=self._read, args=(self._process.stdout, self._stdout), daemon=True
            ),
            threading.Thread(
                target=self._read, args=(self._process.stderr, self._stderr), daemon=True
            ),
        ]
        for reader in self._readers:
            reader.start()
        threading.Thread(target=self._reap, daemon=True).start()
        if limits.wall_seconds is not None:
            threading.Thread(target=self._watch, args=(limits.wall_seconds,), daemon=True).start()

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> RunResult | None:
        """The result once the run ended, or None when ``timeout`` seconds pass first."""
        if not self._done.wait(timeout):
            return None
        return self._finish()

    def stop(self) -> RunResult:
        """End the run now (SIGKILL to all of it) and report it as stopped."""
        self._kill(ErrorKind.STOPPED)
        self._done.wait()
        return self._finish()

    def output(self) -> tuple[str, str]:
        """The stdout and stderr kept so far (a running server's recent log)."""
        return self._stdout.text(), self._stderr.text()

    # -- threads ------------------------------------------------------------------------

    def _read(self, stream: IO[bytes], sink: BoundedOutput) -> None:
        cap = self.job.limits.output_total_bytes
        with contextlib.suppress(OSError, ValueError):
            while chunk := os.read(stream.fileno(), _READ_CHUNK):
                sink.append(chunk)
                if cap is not None and self._stdout.total + self._stderr.total > cap:
                    self._kill(ErrorKind.OUTPUT_LIMIT)

    def _reap(self) -> None:
        _, status, rusage = os.wait4(self._process.pid, 0)
        self._status = status
        # Popen must not wait for a process this thread already reaped
        self._process.returncode = os.waitstatus_to_exitcode(status)
        self._cpu_seconds = rusage.ru_utime + rusage.ru_stime
        self._peak_kib = rusage.ru_maxrss
        self._duration = time.monotonic() - self.started_at
        # background children end with their run
        self._kill_everything()
        self._done.set()

    def _watch(self, wall_seconds: float) -> None:
        if not self._done.wait(wall_seconds):
            self._kill(ErrorKind.TIMEOUT)

    # -- ending -------------------------------------------------------------------------

    def _kill(self, reason: ErrorKind) -> None:
        with self._lock:
            if self._done.is_set() or self._reason is not None:
                return
            self._reason = reason
        self._kill_everything()

    def _kill_everything(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._process.pid, signal.SIGKILL)
        if self._cgroup is not None:
            self._cgroup.kill_all()

    def _finish(self) -> RunResult:
        with self._lock:
            if self._result is not None:
                return self._result
            for reader in self._readers:
                reader.join(_DRAIN_SECONDS)
            for stream in (self._process.stdout, self._process.stderr):
                if stream is not None:
                    stream.close()
            try:
                self._result = self._build_result()
            finally:
                self._release()
            return self._result

    def _release(self) -> None:
        if self._cgroup is not None:
            self._cgroup.remove()
        if self._launch.cleanup is not None:
            self._launch.cleanup()
        self._workspace.remove()

    def _build_result(self) -> RunResult:
        job, limits = self.job, self.job.limits
        exit_code, signal_number = self._decode_status()
        stderr_text = self._stderr.text()
        facts = ProcessFacts(
            exit_code=exit_code,
            signal=signal_number,
            timed_out=self._reason is ErrorKind.TIMEOUT,
            output_exceeded=self._reason is ErrorKind.OUTPUT_LIMIT,
            stopped=self._reason is ErrorKind.STOPPED,
            setup_failed=self._signal_exit_codes
            and exit_code == 1
            and stderr_text.startswith("bwrap: "),
            process_limit_hit=self._cgroup is not None and self._cgroup.limit_was_hit(),
            cpu_seconds=self._cpu_seconds,
            stderr=stderr_text,
        )
        verdict = classify(facts, limits, job.network)
        kind, message, result = verdict.kind, verdict.message, None
        if kind is ErrorKind.OK:
            result, problem = self._read_result()
            if problem is not None:
                kind, message = ErrorKind.BAD_OUTPUT, problem
        return RunResult(
            kind=kind,
            message=message,
            isolation=self._isolation,
            backend=self._backend,
            network=job.network,
            exit_code=exit_code,
            signal=signal_name(signal_number) if signal_number is not None else None,
            stdout=self._stdout.text(),
            stderr=stderr_text,
            stdout_truncated=self._stdout.truncated,
            stderr_truncated=self._stderr.truncated,
            stdout_bytes=self._stdout.total,
            stderr_bytes=self._stderr.total,
            result=result,
            exception=verdict.exception,
            limit_hit=LIMIT_OF_KIND.get(kind),
            duration_seconds=self._duration,
            cpu_seconds=self._cpu_seconds,
            peak_memory_mb=self._peak_kib / 1024,
        )

    def _decode_status(self) -> tuple[int | None, int | None]:
        status = self._status
        if os.WIFSIGNALED(status):
            return None, os.WTERMSIG(status)
        code = os.WEXITSTATUS(status)
        if self._signal_exit_codes and code > 128:
            # bwrap reports a program killed by signal N as exit status 128 + N
            return None, code - 128
        return code, None

    def _read_result(self) -> tuple[object, str | None]:
        limits = self.job.limits
        present, content = self._workspace.read_result(limits.result_bytes)
        if present:
            if not content:
                return None, f"{RESULT_FILE} is empty or not a regular file"
            return parse_json(content, RESULT_FILE, limits.result_bytes)
        if not self.job.expect_result:
            return None, None
        line = self._stdout.last_line()
        if line is None:
            return None, "no result: write JSON to $APPWRIGHT_RESULT or print it as the last line"
        return parse_json(line.encode(), "the last stdout line", limits.result_bytes)
