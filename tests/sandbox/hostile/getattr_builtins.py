# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Fetch __import__ from the builtins by a computed name, then read a secret."""

# expect: crash
# subprocess: skip - sees the host's files
builtins = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
importer = builtins["__imp" + "ort__"]
posix = importer("o" + "s")
descriptor = posix.open("/etc/shadow", posix.O_RDONLY)
print("ESCAPED", posix.read(descriptor, 4096))
