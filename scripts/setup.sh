#!/usr/bin/env bash
# Prepare a development machine (Debian 12, Python 3.11, node/npm) for appwright.
#
# Idempotent: system packages are installed only when missing (and `apt-get update` runs only
# then), the virtualenv is created only when absent, and pip/npm run only when their manifests
# changed since the last successful run. Quiet on success; on failure the failing command's
# full output is printed and the script exits non-zero.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMPS="$VENV/.appwright-setup"

# System packages the project needs; add later ones here (chromium, redis-server...).
SYSTEM_PACKAGES=(
  postgresql
  # the sandbox that runs generated apps and LLM-written code (appwright.sandbox)
  bubblewrap
  # scripts/api_walkthrough.sh (docs/api.md) and its test
  curl
  jq
  unzip
  # llama-cpp-python (dev extra) compiles from source
  cmake
  g++
  # the web UI's browser tests (tests/web): Playwright drives this Chromium, no browser download
  chromium
)

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command with its output captured; show the output only when it fails.
quietly() {
  local log
  log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    printf '[setup] ERROR: command failed: %s\n' "$*" >&2
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

# True when `$1` was modified after the stamp `$2` was written (or the stamp is missing).
changed_since() {
  local source="$1" stamp="$2"
  [[ ! -e "$stamp" || "$source" -nt "$stamp" ]]
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.11 python3; do
    [[ -n "$candidate" ]] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

install_system_packages() {
  local missing=() package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  ((${#missing[@]} == 0)) && return 0
  [[ "$(id -u)" == 0 ]] || die "missing system packages (${missing[*]}): run this script as root"
  command -v apt-get >/dev/null || die "missing system packages (${missing[*]}) and no apt-get"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  quietly apt-get update
  quietly apt-get install -y --no-install-recommends "${missing[@]}"
}

PYTHON_BIN="$(find_python)" || die "Python >= 3.11 not found (set PYTHON=/path/to/python3.11)"

packages=("${SYSTEM_PACKAGES[@]}")
# Debian's own python3 needs python3-venv for `python3 -m venv` to work.
if [[ ! -x "$VENV/bin/python" ]] && ! "$PYTHON_BIN" -c 'import ensurepip, venv' 2>/dev/null; then
  packages+=(python3-venv)
fi
if command -v dpkg-query >/dev/null; then
  install_system_packages "${packages[@]}"
else
  say "not a Debian system: install ${packages[*]} yourself"
fi

if [[ ! -x "$VENV/bin/python" ]]; then
  say "creating $VENV with $PYTHON_BIN"
  quietly "$PYTHON_BIN" -m venv "$VENV"
fi
mkdir -p "$STAMPS"

if changed_since pyproject.toml "$STAMPS/pip"; then
  say "installing Python packages (pip install -e .[dev]; the first time compiles llama-cpp-python, ~10 min)"
  # llama.cpp built for the build machine's exact CPU crashes on other CPUs (and on some VMs'):
  # build it portable unless the caller chose otherwise.
  quietly env CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" \
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e ".[dev]"
  touch "$STAMPS/pip"
fi

if [[ -f package.json ]]; then
  command -v npm >/dev/null || die "package.json needs npm, which is not installed"
  if [[ ! -d node_modules ]] || changed_since package-lock.json "$STAMPS/npm" ||
    changed_since package.json "$STAMPS/npm"; then
    say "installing front-end packages (npm ci)"
    quietly npm ci --no-audit --no-fund
    touch "$STAMPS/npm"
  fi
  if [[ -f scripts/vendor_assets.py ]]; then
    quietly "$VENV/bin/python" scripts/vendor_assets.py
  fi
fi

say "ready"
