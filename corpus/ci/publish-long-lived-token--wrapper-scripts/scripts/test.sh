#!/usr/bin/env bash
set -euo pipefail
echo "tests run here"
