# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Leave a detached child behind that would outlive the run."""

# expect: ok
# subprocess: ok
import json
import os
import time

child = os.fork()
if child == 0:
    os.setsid()
    time.sleep(120)
    os._exit(0)
print(json.dumps({"child": child}))
