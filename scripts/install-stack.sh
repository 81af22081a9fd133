#!/usr/bin/env bash
# Installs, once, what the local Home Assistant and LiteLLM need, under the git-ignored .cache/:
#   - a Debian sid root with Python 3.14 (Home Assistant 2026.3+ needs >= 3.14.2; this machine's
#     Debian and pyenv stop at 3.13), and in it a venv with Home Assistant and the requirements of
#     every integration ha-config/configuration.yaml uses (a first run installs them, so that
#     nothing installs at start-up later);
#   - with --ha-version 2025.1.x: a venv on pyenv's Python 3.12.1 instead (the oldest release we claim);
#   - LiteLLM's proxy in a venv on pyenv's Python 3.12;
#   - for the Speak test: espeak-ng (Debian) to say a command, and PocketSphinx with the Wyoming
#     protocol in a venv on pyenv's Python 3.12, to hear it (e2e/stack/speech-to-text.py).
# Safe to run again: each step is skipped when its result is there. Run as root (debootstrap, chroot).
set -euo pipefail
cd "$(dirname "$0")/.."

HA_VERSION="${HA_VERSION:-2026.11.0}"
LITELLM_VERSION="${LITELLM_VERSION:-1.104.0}"
POCKETSPHINX_VERSION=5.1.1
WYOMING_VERSION=1.10.2
while [ $# -gt 0 ]; do
  case "$1" in
    --ha-version) HA_VERSION="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

CACHE="$PWD/.cache"
mkdir -p "$CACHE"
log() { printf '[install %(%T)T] %s\n' -1 "$*"; }
APT_OPTS=(-o Acquire::Check-Valid-Until=false -o Dpkg::Use-Pty=0 -qq)
PY312="${PYENV_ROOT:-$HOME/.pyenv}/versions/3.12.1/bin/python3"

need_host_package() {
  command -v "$1" >/dev/null 2>&1 && return
  log "installing Debian package $2"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

case "$HA_VERSION" in
  2024.* | 2025.1.*) OLD_PYTHON=1 ;;
  *) OLD_PYTHON= ;;
esac

if [ -z "$OLD_PYTHON" ]; then
  # Newer releases: Python 3.14 from Debian sid, in a root of its own.
  ROOT="$CACHE/sid-root"
  if [ ! -x "$ROOT/usr/bin/python3.14" ]; then
    need_host_package debootstrap debootstrap
    log "creating a Debian sid root for Python 3.14 (about 40 s)"
    rm -rf "$ROOT"
    debootstrap --variant=minbase sid "$ROOT" >"$CACHE/debootstrap.log" 2>&1 || {
      tail -20 "$CACHE/debootstrap.log" >&2
      exit 1
    }
  fi
  # The host's certificate bundle and resolver, so pip and apt work inside as they do outside.
  # (A file of its own: Debian's ca-certificates package rewrites its bundle.)
  cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/host-ca-certificates.crt"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  in_root() { chroot "$ROOT" /usr/bin/env -u PIP_FIND_LINKS PIP_CERT=/etc/host-ca-certificates.crt SSL_CERT_FILE=/etc/host-ca-certificates.crt "$@"; }
  if [ ! -x "$ROOT/usr/bin/g++" ] || [ ! -x "$ROOT/usr/bin/python3.14" ]; then
    log "installing python3.14, a compiler and libturbojpeg in the sid root"
    in_root apt-get "${APT_OPTS[@]}" update
    in_root env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" install -y \
      python3.14 python3.14-venv python3.14-dev g++ libturbojpeg0 ca-certificates >/dev/null
  fi
  VENV_IN_ROOT="/opt/ha-$HA_VERSION"
  VENV="$ROOT$VENV_IN_ROOT"
  if [ ! -x "$VENV/bin/hass" ]; then
    log "installing Home Assistant $HA_VERSION (about a minute)"
    in_root python3.14 -m venv "$VENV_IN_ROOT"
    in_root "$VENV_IN_ROOT/bin/pip" install -q --upgrade pip
    in_root "$VENV_IN_ROOT/bin/pip" install -q "homeassistant==$HA_VERSION"
  fi
  printf '%s\n' "ROOT=$ROOT" "HASS=$VENV_IN_ROOT/bin/hass" >"$CACHE/ha-$HA_VERSION.env"
  SITE="$VENV/lib/python3.14/site-packages"
  ha_pip() { in_root "$VENV_IN_ROOT/bin/pip" "$@" -c "${SITE#"$ROOT"}/homeassistant/package_constraints.txt"; }
else
  # 2025.1 and older: pyenv's Python 3.12.1 on this machine.
  VENV="$CACHE/ha-$HA_VERSION"
  if [ ! -x "$VENV/bin/hass" ]; then
    log "installing Home Assistant $HA_VERSION on Python 3.12.1"
    need_host_package g++ g++
    "$PY312" -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    env -u PIP_FIND_LINKS "$VENV/bin/pip" install -q "homeassistant==$HA_VERSION"
  fi
  # What these releases import without declaring it (scripts/ha-requirements.py), for the
  # integrations configured here and those onboarding adds, under the release's own pins; and a
  # pycares its aiodns 3.2 can call (pycares 5 changed Channel.query, so every DNS lookup failed).
  if [ ! -f "$VENV/.undeclared-requirements-done" ]; then
    log "installing the requirements Home Assistant $HA_VERSION imports without declaring them"
    domains=$(grep -oE '^[a-z_]+' ha-config/configuration.yaml | grep -vx homeassistant)
    # shellcheck disable=SC2086 # one domain per word
    requirements=$("$VENV/bin/python" scripts/ha-requirements.py $domains met radio_browser google_translate shopping_list)
    # shellcheck disable=SC2086 # one requirement per word
    env -u PIP_FIND_LINKS "$VENV/bin/pip" install -q \
      -c "$VENV/lib/python3.12/site-packages/homeassistant/package_constraints.txt" \
      $requirements 'pycares<5'
    touch "$VENV/.undeclared-requirements-done"
  fi
  printf '%s\n' "ROOT=" "HASS=$VENV/bin/hass" >"$CACHE/ha-$HA_VERSION.env"
  SITE="$VENV/lib/python3.12/site-packages"
  ha_pip() { env -u PIP_FIND_LINKS "$VENV/bin/pip" "$@" -c "$SITE/homeassistant/package_constraints.txt"; }
fi

STAMP="$CACHE/ha-$HA_VERSION.requirements-done"
if [ ! -f "$STAMP" ]; then
  log "first start of Home Assistant $HA_VERSION, to install the requirements of every configured integration"
  node e2e/stack/warm-up.mjs "$HA_VERSION"
  touch "$STAMP"
fi

# Integrations the end-to-end suite adds as a user does, in Settings (config flows: neither
# configuration.yaml nor the warm-up names them), with the release's own pins: Ollama's
# conversation agent, pointed at the scripted model, Wyoming's speech-to-text, and (newer
# releases) the Model Context Protocol server and client.
# From 2025.2 also Home Assistant's MCP server and client (mcp_server, mcp), for the MCP suite.
domains="ollama wyoming"
[ -z "$OLD_PYTHON" ] && domains="$domains mcp_server mcp"
for domain in $domains; do
  stamp="$CACHE/ha-$HA_VERSION.$domain-requirements-done"
  [ -f "$stamp" ] && continue
  log "installing what Home Assistant $HA_VERSION's $domain integration needs"
  if [ -n "$OLD_PYTHON" ]; then
    # These releases also import what its dependencies need, and their flows import zeroconf's
    # (2025.1's Wyoming flow does, for its discovery step).
    requirements=$("$VENV/bin/python" scripts/ha-requirements.py "$domain" zeroconf)
  else
    requirements=$(node -p "require('$SITE/homeassistant/components/$domain/manifest.json').requirements.join(' ')")
  fi
  # shellcheck disable=SC2086 # one requirement per word
  ha_pip install -q $requirements
  touch "$stamp"
done

need_host_package espeak-ng espeak-ng
SPEECH="$CACHE/stt-venv"
if [ ! -f "$SPEECH/.installed-$POCKETSPHINX_VERSION-$WYOMING_VERSION" ]; then
  log "installing PocketSphinx $POCKETSPHINX_VERSION and Wyoming $WYOMING_VERSION on Python 3.12"
  rm -rf "$SPEECH"
  "$PY312" -m venv "$SPEECH"
  env -u PIP_FIND_LINKS "$SPEECH/bin/pip" install -q \
    "pocketsphinx==$POCKETSPHINX_VERSION" "wyoming==$WYOMING_VERSION"
  touch "$SPEECH/.installed-$POCKETSPHINX_VERSION-$WYOMING_VERSION"
fi

LITELLM="$CACHE/litellm-venv"
if [ ! -x "$LITELLM/bin/litellm" ]; then
  log "installing LiteLLM proxy $LITELLM_VERSION on Python 3.12 (about two minutes)"
  "$PY312" -m venv "$LITELLM"
  env -u PIP_FIND_LINKS "$LITELLM/bin/pip" install -q --upgrade pip
  env -u PIP_FIND_LINKS "$LITELLM/bin/pip" install -q "litellm[proxy]==$LITELLM_VERSION"
fi
log "ready: Home Assistant $HA_VERSION and LiteLLM $LITELLM_VERSION"
