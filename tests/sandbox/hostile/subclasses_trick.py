# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Reach os.system through object's subclasses: no import, no builtins by name."""

# expect: crash
# subprocess: skip - the shell sees the host's files
wrap_close = next(
    cls for cls in ().__class__.__base__.__subclasses__() if cls.__name__ == "_wrap_close"
)
system = wrap_close.__init__.__globals__["system"]
if system("cat /etc/shadow") == 0:
    print("ESCAPED")
raise SystemExit("system() failed")
