# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Reading the service's venv is allowed; planting a module in it is not."""

# expect: crash
# subprocess: skip - runs as the venv's owner
import os
import sys

site_packages = next(path for path in sys.path if path.endswith("site-packages"))
assert os.listdir(site_packages), "the venv is readable"
with open(os.path.join(site_packages, "appwright_hostile_marker.py"), "w") as planted:
    planted.write("print('pwned')")
print("ESCAPED")
