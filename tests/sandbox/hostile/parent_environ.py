# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Read the parent's and pid 1's environment through /proc."""

# expect: ok
# subprocess: skip - /proc shows the service's own environment to its user
import json
import os

found = {}
for pid in {os.getppid(), 1}:
    try:
        with open(f"/proc/{pid}/environ", "rb") as environ:
            found[pid] = environ.read().decode(errors="replace")
    except OSError as exc:
        found[pid] = repr(exc)
print(json.dumps(found))
