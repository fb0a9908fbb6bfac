# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Start threads until the machine gives up."""

# expect: process_limit
# subprocess: process_limit
import threading
import time

while True:
    threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
