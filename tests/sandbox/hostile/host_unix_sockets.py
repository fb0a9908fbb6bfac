# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Talk to host services over their Unix sockets (PostgreSQL, Docker)."""

# expect: crash
# subprocess: skip - sees the host's sockets
import socket

for path in (
    "/var/run/postgresql/.s.PGSQL.5432",
    "/var/run/docker.sock",
    "/run/dbus/system_bus_socket",
):
    client = socket.socket(socket.AF_UNIX)
    try:
        client.connect(path)
        print("ESCAPED", path)
    except OSError:
        pass
raise PermissionError("no host socket reachable")
