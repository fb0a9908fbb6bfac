"""Bounded capture of one output stream: its head and its tail, and how much was dropped.

The head shows how a run started; the tail holds the traceback that ended it (and a server's
latest log lines), so both are kept and the middle is dropped.
"""

from __future__ import annotations

import threading
from collections import deque


class BoundedOutput:
    """Bytes written to a stream, kept up to ``limit``: half from the start, half from the end."""

    def __init__(self, limit: int) -> None:
        self._head_limit = limit // 2
        self._tail_limit = limit - self._head_limit
        self._head = bytearray()
        self._tail: deque[bytes] = deque()
        self._tail_size = 0
        self._lock = threading.Lock()
        self.total = 0

    def append(self, chunk: bytes) -> None:
        with self._lock:
            self.total += len(chunk)
            room = self._head_limit - len(self._head)
            if room > 0:
                self._head += chunk[:room]
                chunk = chunk[room:]
            if not chunk:
                return
            self._tail.append(chunk)
            self._tail_size += len(chunk)
            while self._tail_size - len(self._tail[0]) >= self._tail_limit:
                self._tail_size -= len(self._tail.popleft())

    @property
    def truncated(self) -> bool:
        return self.total > self._head_limit + self._tail_limit

    def text(self) -> str:
        """The kept bytes as text, with a marker where the middle was dropped."""
        with self._lock:
            tail = b"".join(self._tail)
            if len(tail) > self._tail_limit:
                tail = tail[len(tail) - self._tail_limit :]
            dropped = self.total - len(self._head) - len(tail)
            head_text = self._head.decode("utf-8", errors="replace")
            tail_text = tail.decode("utf-8", errors="replace")
        if dropped <= 0:
            return head_text + tail_text
        return f"{head_text}\n[... {dropped} bytes not kept ...]\n{tail_text}"

    def last_line(self) -> str | None:
        """The last non-empty line (from the kept tail when the stream was truncated)."""
        lines = [line for line in self.text().splitlines() if line.strip()]
        return lines[-1] if lines else None
