# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Through ctypes: a new user namespace (to gain capabilities), then remount /usr writable."""

# expect: crash
# subprocess: skip - as root, the host lets it create namespaces
import ctypes
import os

libc = ctypes.CDLL("libc.so.6", use_errno=True)
CLONE_NEWUSER = 0x10000000
if libc.unshare(CLONE_NEWUSER) == 0:
    print("ESCAPED: new user namespace")
MS_REMOUNT, MS_BIND = 32, 4096
if libc.mount(b"none", b"/usr", None, MS_REMOUNT | MS_BIND, None) == 0:
    print("ESCAPED: /usr remounted writable")
raise PermissionError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
