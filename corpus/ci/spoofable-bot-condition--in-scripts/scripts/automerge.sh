#!/usr/bin/env bash
set -euo pipefail
# Merge only the bot's updates.
if [[ "${GITHUB_ACTOR}" == "dependabot[bot]" ]]; then
  gh pr merge --auto --merge "$PR_NUMBER"
fi
