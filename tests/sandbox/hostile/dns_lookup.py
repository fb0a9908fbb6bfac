# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Resolve a name (exfiltration through DNS needs a resolver)."""

# expect: network_denied
# subprocess: skip - shares the host's network
import socket

print("ESCAPED", socket.getaddrinfo("example.com", 80))
