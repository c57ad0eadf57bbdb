#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build sysbench-kit: libyaml's headers.
# Swift itself must already be on PATH. Safe to run again: it installs only what is missing.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: swift is not on PATH; install Swift 6 first (https://www.swift.org/install/)" >&2
    exit 2
fi

if pkg-config --exists yaml-0.1 2>/dev/null; then
    exit 0
fi

echo "setup: libyaml-dev is missing; installing it with apt-get" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y libyaml-dev pkg-config
