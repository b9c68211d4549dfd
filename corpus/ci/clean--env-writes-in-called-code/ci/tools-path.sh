#!/bin/sh
# Runner paths and constants only.
echo "${RUNNER_TEMP}/tools" >> "$GITHUB_PATH"
echo "DEPLOY_ENV=preview" >> "$GITHUB_ENV"
cat "$GITHUB_ENV"
