#!/usr/bin/env bash
set -euo pipefail
npm ci
npm publish --access public
