#!/usr/bin/env bash
# Runs deploy/sovbot.service's command line for real, without systemd: a clean clone of the committed HEAD,
# installed as the unit assumes (`npm ci && npm run build`), then dist/bench/deploy-smoke.js starts the
# unit's ExecStart in its WorkingDirectory with its Environment, as an unprivileged user when run as root,
# against the fake Slack and Discord on 127.0.0.1; asks one question on each, checks the cited answers,
# where state went, and a clean exit 0 on SIGTERM. The unit's /opt/sovbot becomes the clone and
# /var/lib/sovbot a folder beside it; nothing outside the temporary folder is touched.
#
# usage: deploy/smoke.sh [--keep]          (--keep leaves the temporary folder for inspection)
# env:   SOVBOT_SMOKE_USER  the service user when run as root (default: nobody; the unit says sovbot)
#
# Needs git, node (the unit's ExecStart names /usr/bin/node) and the npm registry (or a warm npm cache)
# for `npm ci`. Uncommitted changes are not part of the clone: commit first.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
keep=false
[[ "${1:-}" == "--keep" ]] && keep=true
commit=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/sovbot-smoke.XXXXXX")
cleanup() {
  if $keep; then echo "smoke: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
# The service user must be able to reach the install (read-only) and its data folder.
chmod 755 "$work"

echo "smoke: clone of $commit into $work/sovbot"
git clone --quiet --no-checkout "$repo" "$work/sovbot"
git -C "$work/sovbot" checkout --quiet --detach "$commit"

echo "smoke: npm ci && npm run build (as the unit's header says)"
(cd "$work/sovbot" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error && npm run build --silent)

user_args=()
if [[ $(id -u) -eq 0 ]]; then
  user_args=(--user "${SOVBOT_SMOKE_USER:-nobody}")
fi
node "$work/sovbot/dist/bench/deploy-smoke.js" --root "$work/sovbot" --state "$work/state" "${user_args[@]}"
