# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Poke the kernel: the sysrq trigger, raw memory, the host's disks."""

# expect: crash
# subprocess: skip - as root these reach the real kernel
import os

for path in ("/proc/sysrq-trigger", "/dev/mem", "/dev/sda", "/dev/vda"):
    try:
        descriptor = os.open(path, os.O_RDWR)
        print("ESCAPED", path)
        os.close(descriptor)
    except OSError:
        pass
raise PermissionError("no kernel interface reachable")
