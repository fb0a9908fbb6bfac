# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Connect to a host on the internet."""

# expect: network_denied
# subprocess: skip - shares the host's network
import socket

socket.create_connection(("1.1.1.1", 80), timeout=2)
print("ESCAPED")
