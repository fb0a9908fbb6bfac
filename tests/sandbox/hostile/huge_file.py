# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Fill the disk through the work directory."""

# expect: file_size
# subprocess: file_size
block = b"x" * (1024 * 1024)
with open("filler.bin", "wb") as filler:
    while True:
        filler.write(block)
