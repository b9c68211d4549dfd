#!/bin/sh
# Logs who acted; decides nothing.
echo "actor: $GITHUB_ACTOR (dependabot[bot] updates are labelled by the author check)"
author=$(gh pr view "$PR" --json author --jq .author.login)
[ "$author" = "dependabot[bot]" ] && echo bot
