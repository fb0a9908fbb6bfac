# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""List every process and its command line through /proc."""

# expect: ok
# subprocess: skip - /proc shows the host's processes
import json
import os

commands = {}
for pid in os.listdir("/proc"):
    if pid.isdigit():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                commands[pid] = cmdline.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            pass
print(json.dumps(commands))
