"""Copy the front-end libraries generated apps ship from node_modules into the codegen package.

Run after ``npm ci`` at the repository root (package.json pins htmx.org 2.x and chart.js 4.x).
The copies land in ``src/appwright/codegen/vendor/`` (gitignored), where
``appwright.codegen.pages`` reads them when it renders a generated app's ``static/`` directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR_DIR = ROOT / "src" / "appwright" / "codegen" / "vendor"

ASSETS: dict[str, Path] = {
    "htmx.min.js": ROOT / "node_modules" / "htmx.org" / "dist" / "htmx.min.js",
    "chart.umd.min.js": ROOT / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js",
}
"""Vendored file name -> its source in node_modules."""


def _write_atomically(target: Path, content: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(content)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def main() -> int:
    missing = [str(source) for source in ASSETS.values() if not source.is_file()]
    if missing:
        print("missing (run `npm ci` at the repository root first):", *missing, sep="\n  ")
        return 1
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    for name, source in ASSETS.items():
        _write_atomically(VENDOR_DIR / name, source.read_bytes())
        print(f"{source.relative_to(ROOT)} -> {(VENDOR_DIR / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
