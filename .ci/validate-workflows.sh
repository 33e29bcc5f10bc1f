#!/usr/bin/env bash
# Validates the GitHub Actions workflows against the workflow schema with @action-validator/cli (npm), so a
# broken workflow fails here, without GitHub. Exits non-zero naming the first invalid file.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" @action-validator/cli >/dev/null
for workflow in .github/workflows/ci.yml examples/github-actions/floe-package-ci.yml; do
  "$dir/node_modules/.bin/action-validator" "$workflow" || { echo "invalid workflow: $workflow" >&2; exit 1; }
  echo "valid: $workflow"
done
