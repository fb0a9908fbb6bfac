# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Run a shell to read the host's secrets."""

# expect: crash
# subprocess: skip - the shell sees the host's files
import os

status = os.system("cat /etc/shadow /root/.bashrc")
if status == 0:
    print("ESCAPED")
raise SystemExit(f"the shell failed with status {status}")
