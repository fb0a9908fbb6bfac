# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Kill the parent (the service, it hopes) and every process it can see."""

# expect: crash
# subprocess: skip - runs as this user: it can signal the service
import os
import signal

parent = os.getppid()
if parent > 1:
    os.kill(parent, signal.SIGKILL)
os.kill(-1, signal.SIGKILL)
print({"parent": parent})
