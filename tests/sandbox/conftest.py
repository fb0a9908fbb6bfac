"""Sandbox fixtures: the backends under test, and a service that must keep serving meanwhile.

The bwrap backend is required: when it does not work here the tests that need it fail with
the reason, unless ``APPWRIGHT_SKIP_BWRAP=1`` asks to skip them instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from appwright.sandbox import Backend, BwrapBackend, SubprocessBackend, backend_availability


def _bwrap_or_fail() -> BwrapBackend:
    backend = BwrapBackend()
    status = backend_availability(backend)
    if not status.works:
        if os.environ.get("APPWRIGHT_SKIP_BWRAP") == "1":
            pytest.skip(f"bwrap does not work here: {status.detail}")
        pytest.fail(f"bwrap does not work here: {status.detail} (APPWRIGHT_SKIP_BWRAP=1 skips)")
    return backend


@pytest.fixture(scope="session")
def bwrap() -> BwrapBackend:
    return _bwrap_or_fail()


@pytest.fixture(scope="session")
def subprocess_backend() -> SubprocessBackend:
    return SubprocessBackend()


@pytest.fixture(scope="session", params=["bwrap", "subprocess"])
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "bwrap":
        return _bwrap_or_fail()
    return SubprocessBackend()


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"still serving"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test output is for failures."""


@dataclass
class Service:
    """An HTTP server thread in this process and a sibling process, both of which must survive."""

    url: str
    sibling: subprocess.Popen[bytes]

    def assert_alive(self) -> None:
        assert httpx.get(self.url, timeout=5).text == "still serving"
        assert self.sibling.poll() is None, "the sibling process was killed"


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sibling = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        yield Service(f"http://127.0.0.1:{server.server_address[1]}/", sibling)
    finally:
        sibling.kill()
        sibling.wait()
        server.shutdown()
        server.server_close()
