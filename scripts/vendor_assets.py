"""Copy front-end libraries from node_modules into the package: for generated apps and the web UI.

Run after ``npm ci`` at the repository root (package.json pins htmx.org 2.x, chart.js 4.x,
mermaid 11.x and split.js 1.x). Generated apps' copies land in ``src/appwright/codegen/vendor/``,
where ``appwright.codegen.pages`` reads them when it renders a generated app's ``static/``
directory; the builder's web UI's in ``src/appwright/web/static/vendor/``, served at
``/static/vendor/``. Both directories are gitignored.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR_DIR = ROOT / "src" / "appwright" / "codegen" / "vendor"
WEB_VENDOR_DIR = ROOT / "src" / "appwright" / "web" / "static" / "vendor"

HTMX = NODE_MODULES / "htmx.org" / "dist" / "htmx.min.js"
CHART_JS = NODE_MODULES / "chart.js" / "dist" / "chart.umd.min.js"

ASSETS: dict[str, Path] = {
    "htmx.min.js": HTMX,
    "chart.umd.min.js": CHART_JS,
}
"""Generated apps' vendored file name -> its source in node_modules."""

WEB_ASSETS: dict[str, Path] = {
    "htmx.min.js": HTMX,
    "chart.umd.min.js": CHART_JS,
    "mermaid.min.js": NODE_MODULES / "mermaid" / "dist" / "mermaid.min.js",
    "split.min.js": NODE_MODULES / "split.js" / "dist" / "split.min.js",
}
"""The web UI's vendored file name -> its source in node_modules."""


def _write_atomically(target: Path, content: bytes) -> None:
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(content)
        os.chmod(temp_name, 0o644)  # served and copied like any other package file
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def main() -> int:
    targets = [(VENDOR_DIR, ASSETS), (WEB_VENDOR_DIR, WEB_ASSETS)]
    missing = sorted(
        {str(source) for _, assets in targets for source in assets.values() if not source.is_file()}
    )
    if missing:
        print("missing (run `npm ci` at the repository root first):", *missing, sep="\n  ")
        return 1
    for directory, assets in targets:
        directory.mkdir(parents=True, exist_ok=True)
        for name, source in assets.items():
            _write_atomically(directory / name, source.read_bytes())
            print(f"{source.relative_to(ROOT)} -> {(directory / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
