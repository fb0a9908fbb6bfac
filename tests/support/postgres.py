"""A throwaway PostgreSQL server for the test session.

``PostgresServer`` runs ``initdb`` on a temporary directory, starts ``postgres`` on a free TCP
port of 127.0.0.1 (and a unix socket in the same directory) with trust authentication, creates
databases on request, and stops and removes everything when closed. ``initdb`` and ``postgres``
refuse to run as root, so under root the directory is handed to the ``postgres`` system user and
every server command runs as that user.
"""

from __future__ import annotations

import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

SERVER_USER = "postgres"
"""The system account server commands run as when the tests run as root."""

SUPERUSER = "postgres"
"""The database superuser ``initdb`` creates; clients connect as it without a password."""

BIN_DIR_GLOB = "/usr/lib/postgresql/*/bin"
REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")

# Small and non-durable: the data is thrown away after the session.
SERVER_OPTIONS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "32MB",
    "max_connections": "60",
}

START_ATTEMPTS = 3
"""Tries with a new port each, in case another process takes the free port we picked."""


class PostgresUnavailableError(RuntimeError):
    """PostgreSQL cannot be found or started here; the message says why."""


def find_bin_dir() -> Path:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres``, newest version first."""
    override = os.environ.get("APPWRIGHT_PG_BIN")
    if override:
        candidates = [Path(override)]
    else:
        candidates = sorted(Path("/").glob(BIN_DIR_GLOB[1:]), key=_version_key, reverse=True)
        on_path = shutil.which("pg_ctl")
        if on_path:
            candidates.append(Path(on_path).resolve().parent)
    for candidate in candidates:
        if all((candidate / name).is_file() for name in REQUIRED_BINARIES):
            return candidate
    searched = ", ".join(str(c) for c in candidates) or BIN_DIR_GLOB
    raise PostgresUnavailableError(
        f"no PostgreSQL server binaries ({', '.join(REQUIRED_BINARIES)}) found in {searched}; "
        "install them with scripts/setup.sh (Debian package postgresql) "
        "or set APPWRIGHT_PG_BIN to their directory"
    )


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def sqlalchemy_url(port: int, database: str, host: str = "127.0.0.1") -> str:
    """The URL SQLAlchemy (and so a generated app's ``APP_DATABASE_URL``) connects with."""
    return f"postgresql+psycopg://{SUPERUSER}@{host}:{port}/{database}"


def conninfo(port: int, database: str, host: str = "127.0.0.1") -> str:
    """The same database as a libpq connection string, for ``psycopg.connect``."""
    return f"host={host} port={port} dbname={database} user={SUPERUSER}"


class PostgresServer:
    """One running PostgreSQL cluster in a temporary directory; use as a context manager."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        self.run_as = SERVER_USER if os.geteuid() == 0 else None
        self.base_dir: Path | None = None
        self.port: int | None = None
        self._created: set[str] = {"postgres", "template0", "template1"}

    @property
    def data_dir(self) -> Path:
        return self._base / "data"

    @property
    def socket_dir(self) -> Path:
        return self._base

    @property
    def log_file(self) -> Path:
        return self._base / "server.log"

    @property
    def _base(self) -> Path:
        if self.base_dir is None:
            raise PostgresUnavailableError("the server has not been started")
        return self.base_dir

    def start(self) -> None:
        """Initialize the cluster and start the server; raises ``PostgresUnavailableError``."""
        self.base_dir = Path(tempfile.mkdtemp(prefix="appwright-pg-"))
        try:
            self._hand_over_base_dir()
            self._run(
                [
                    str(self.bin_dir / "initdb"),
                    "--pgdata",
                    str(self.data_dir),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                ],
                "initdb",
            )
            self._start_on_free_port()
        except BaseException:
            self.close()
            raise

    def _hand_over_base_dir(self) -> None:
        if self.run_as is None:
            return
        try:
            account = pwd.getpwnam(self.run_as)
        except KeyError:
            raise PostgresUnavailableError(
                f"running as root, but there is no {self.run_as!r} system user to run "
                "PostgreSQL as (initdb and postgres refuse to run as root)"
            ) from None
        os.chown(self._base, account.pw_uid, account.pw_gid)

    def _start_on_free_port(self) -> None:
        for attempt in range(1, START_ATTEMPTS + 1):
            self.port = free_port()
            options = [f"-p {self.port}", f"-k {shlex.quote(str(self.socket_dir))}"]
            options += [f"-c {key}={value}" for key, value in SERVER_OPTIONS.items()]
            command = [str(self.bin_dir / "pg_ctl"), "--pgdata", str(self.data_dir)]
            command += ["--log", str(self.log_file), "--wait", "--timeout", "60"]
            command += ["--options", " ".join(options), "start"]
            try:
                self._run(command, "pg_ctl start")
                return
            except PostgresUnavailableError:
                port_taken = "could not bind" in self.server_log_tail()
                if attempt == START_ATTEMPTS or not port_taken:
                    raise

    def close(self) -> None:
        """Stop the server (if running) and remove its directory. Safe to call twice."""
        if self.base_dir is None:
            return
        try:
            if (self.data_dir / "postmaster.pid").exists():
                stop = [str(self.bin_dir / "pg_ctl"), "--pgdata", str(self.data_dir)]
                stop += ["--mode", "immediate", "--wait", "--timeout", "60", "stop"]
                self._run(stop, "pg_ctl stop", check=False)
        finally:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None
            self.port = None

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def url(self, database: str = "postgres") -> str:
        return sqlalchemy_url(self._port, database)

    def conninfo(self, database: str = "postgres") -> str:
        return conninfo(self._port, database)

    @property
    def _port(self) -> int:
        if self.port is None:
            raise PostgresUnavailableError("the server has not been started")
        return self.port

    def create_database(self, name: str) -> str:
        """Create an empty database ``name`` (or a numbered variant if taken); return its URL."""
        database = _unique_name(name, self._created)
        with psycopg.connect(self.conninfo(), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
        self._created.add(database)
        return self.url(database)

    def server_log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def _run(self, command: Sequence[str], what: str, *, check: bool = True) -> None:
        full = list(command)
        if self.run_as is not None:
            full = ["runuser", "-u", self.run_as, "--", *full]
        try:
            result = subprocess.run(
                full,
                cwd=self.base_dir,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PostgresUnavailableError(f"{what} could not run: {error}") from error
        if check and result.returncode != 0:
            output = (result.stdout + result.stderr).strip()
            log = self.server_log_tail()
            raise PostgresUnavailableError(
                f"{what} failed (exit {result.returncode}): {shlex.join(full)}\n{output}"
                + (f"\n--- server log ---\n{log}" if log else "")
            )


def _unique_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")[:40] or "db"
    if not base[0].isalpha():
        base = f"db_{base}"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}_{number}"
    return candidate


@contextmanager
def running_postgres(bin_dir: Path | None = None) -> Iterator[PostgresServer]:
    """A started ``PostgresServer``, stopped and removed on exit (also on errors)."""
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.close()
