#!/usr/bin/env bash
# What `./mvnw verify` runs first (root pom, profile test-tools): makes sure the machine has what the
# tests beyond the main job need, installing it when it can, as .ci/run does:
#   - PostgreSQL answering on 127.0.0.1:5432 (the library's external-mode tests, and Cube in CI)
#   - chromium and chromedriver (the HTML report's browser tests)
#   - strace (the report sets' kill test)
# It installs Debian's packages with apt-get when it runs as root or with password-less sudo; otherwise
# it fails naming what is missing and the command that installs it. Usage: test-tools.sh <skipTests> <maven.test.skip>
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-false}" == "true" || "${2:-false}" == "true" ]]; then
  echo "floe test tools: skipped, no test runs (skipTests or maven.test.skip)"
  exit 0
fi

postgres_answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h 127.0.0.1 -p 5432
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v strace >/dev/null || missing+=(strace)
if ! postgres_answers && ! command -v pg_ctlcluster >/dev/null; then
  missing+=(postgresql)
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "floe test tools: missing ${missing[*]}, and this user cannot install packages." >&2
    echo "  fix: sudo apt-get install -y ${missing[*]}   (then run the build again)," >&2
    echo "       or run only the main job, which needs nothing but a JDK (README.md, 'Two commands')." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null; then
    echo "floe test tools: missing ${missing[*]}, and this machine has no apt-get." >&2
    echo "  fix: install PostgreSQL (answering on 127.0.0.1:5432 as postgres/postgres), Chromium with chromedriver," >&2
    echo "       and strace with the system's package manager, then run the build again." >&2
    exit 1
  fi
  echo "floe test tools: installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! postgres_answers; then
  echo "floe test tools: starting PostgreSQL on 127.0.0.1:5432 (.ci/start-postgres.sh)"
  if [[ $(id -u) -eq 0 ]]; then
    bash .ci/start-postgres.sh
  else
    sudo -n bash .ci/start-postgres.sh
  fi
fi
echo "floe test tools: PostgreSQL on 127.0.0.1:5432, chromium, chromedriver and strace are here"
