# ruff: noqa - hostile on purpose: written to break out, not to be tidy
"""Print every environment variable that looks like a secret."""

# expect: ok
# subprocess: ok
import json
import os

print(json.dumps(dict(os.environ)))
