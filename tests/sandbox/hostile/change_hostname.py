# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Rename the host."""

# expect: crash
# subprocess: skip - as root this renames the real host
import socket

socket.sethostname("pwned")
print("ESCAPED")
