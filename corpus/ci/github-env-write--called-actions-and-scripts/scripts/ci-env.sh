#!/bin/sh
set -eu
echo "BRANCH_NAME=$BRANCH" >> "$GITHUB_ENV"
echo "$HOME/.local/bin" >> "$GITHUB_PATH"
