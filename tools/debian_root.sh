#!/usr/bin/env bash
# Runs a command inside a cached Debian root, with this repository bound at /src: how `make test-debian13`
# (and `make test-debian-unstable`) test the plugin in a newer QGIS with that Debian's own Python and
# packages, exactly as QGIS desktop there would import them.
#
#   tools/debian_root.sh SUITE ROOT_DIR COMMAND...      e.g. tools/debian_root.sh trixie /var/cache/x make test
#
# Environment:
#   APT_PACKAGES   Debian packages the command needs; installed in the root with apt, only what is missing
#                  (a stamp keyed on the suite, the list and APT_OPTIONS skips even the check next time).
#   APT_OPTIONS    extra apt-get options, e.g. "-o Acquire::Check-Valid-Until=false" for unstable.
#   ROOT_OUTPUT    folder inside the root bound over /src/test/output, so the root's test outputs never
#                  overwrite the host's (default /var/lib/redline/test-output).
#   ROOT_BIND      host folders (space-separated, absolute) bound at the same path in the root, e.g. the
#                  benchmark's cached inputs for `make bench-province-debian13`.
#
# The root is made once with `debootstrap --variant=minbase SUITE` from Debian's default mirror into
# ROOT_DIR.partial and renamed to ROOT_DIR when complete. The run happens in a private mount namespace
# (unshare), so its mounts (/proc, /dev, /dev/pts, /dev/shm, /src) are invisible to the host and vanish
# with it; a trap unmounts them anyway on every exit (error, Ctrl-C). Nothing is ever deleted while a
# mount or a process lives under it.
set -euo pipefail

usage() { echo "usage: $0 SUITE ROOT_DIR COMMAND..." >&2; exit 2; }

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$REPO/tools/debian_root.sh"
ROOT_OUTPUT="${ROOT_OUTPUT:-/var/lib/redline/test-output}"
CA_IN_ROOT=/etc/redline/host-ca.crt
STATE=.redline  # folder in the root for this script's stamps

log() { echo "debian_root[$SUITE]: $*" >&2; }

# Mount points at or below $1, as the kernel lists them (one per line).
mounts_under() {
    awk -v dir="$1" '$2 == dir || index($2, dir "/") == 1 { print $2 }' /proc/mounts
}

# Processes whose root directory is $1: whatever a run left behind (a server, Xvfb).
processes_in() {
    local entry root
    for entry in /proc/[0-9]*; do
        root="$(readlink "$entry/root" 2>/dev/null)" || continue
        if [ "$root" = "$1" ]; then echo "${entry#/proc/}"; fi
    done
}

# rm -rf, refused while anything is mounted or running below the folder.
safe_remove() {
    local dir="$1"
    [ -e "$dir" ] || return 0
    if [ -n "$(mounts_under "$dir")" ]; then
        log "refusing to delete $dir: still mounted: $(mounts_under "$dir" | tr '\n' ' ')"
        exit 1
    fi
    if [ -n "$(processes_in "$dir")" ]; then
        log "refusing to delete $dir: processes still run in it: $(processes_in "$dir" | tr '\n' ' ')"
        exit 1
    fi
    rm -rf --one-file-system -- "$dir"
}

# A complete root: debootstrap removes its own work folder only when it succeeded.
complete_root() {
    [ -x "$1/usr/bin/apt-get" ] && [ -x "$1/bin/bash" ] && [ ! -e "$1/debootstrap" ]
}

bootstrap() {
    if [ -e "$ROOT/$STATE/bootstrapped" ]; then return 0; fi
    if [ -d "$ROOT" ] && complete_root "$ROOT"; then
        mkdir -p "$ROOT/$STATE" && echo "$SUITE" > "$ROOT/$STATE/bootstrapped"
        return 0
    fi
    command -v debootstrap >/dev/null || { log "debootstrap is missing: apt-get install debootstrap"; exit 1; }
    safe_remove "$ROOT"
    safe_remove "$ROOT.partial"
    mkdir -p "$(dirname "$ROOT")"
    log "debootstrap --variant=minbase $SUITE into $ROOT.partial"
    debootstrap --variant=minbase "$SUITE" "$ROOT.partial"
    complete_root "$ROOT.partial" || { log "debootstrap left an incomplete root in $ROOT.partial"; exit 1; }
    mv "$ROOT.partial" "$ROOT"
    mkdir -p "$ROOT/$STATE" && echo "$SUITE" > "$ROOT/$STATE/bootstrapped"
}

# Host facts the root needs on every run: name resolution, the workplace's certificate authority and pip
# configuration (pip's cert pointed at the copy inside the root), no daemons started by package scripts,
# no default PostgreSQL cluster (the tests make their own).
configure() {
    install -m 644 /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
    mkdir -p "$ROOT$(dirname "$CA_IN_ROOT")"
    if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        install -m 644 /etc/ssl/certs/ca-certificates.crt "$ROOT$CA_IN_ROOT"
    fi
    if [ -f /etc/pip.conf ]; then
        sed -E "s#^([[:space:]]*cert[[:space:]]*=).*#\\1 $CA_IN_ROOT#" /etc/pip.conf > "$ROOT/etc/pip.conf"
    fi
    printf '#!/bin/sh\n# debian_root.sh: package scripts start no services in this root\nexit 101\n' \
        > "$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    mkdir -p "$ROOT/etc/postgresql-common/createcluster.d"
    echo "create_main_cluster = false" > "$ROOT/etc/postgresql-common/createcluster.d/redline.conf"
}

# The environment inside the root: nothing of the host's but what is named here.
in_root() {
    local pass=() name
    for name in CI TERM http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PYTEST_ADDOPTS BENCH_STEP_BUDGET BENCH_STEPS; do
        if [ -n "${!name:-}" ]; then pass+=("$name=${!name}"); fi
    done
    chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive PYTHONDONTWRITEBYTECODE=1 \
        PIP_CERT="$CA_IN_ROOT" SSL_CERT_FILE="$CA_IN_ROOT" REQUESTS_CA_BUNDLE="$CA_IN_ROOT" CURL_CA_BUNDLE="$CA_IN_ROOT" \
        PIP_DISABLE_PIP_VERSION_CHECK=1 "${pass[@]}" "$@" 9>&-
}

install_packages() {
    local key stamp
    key="$(printf '%s\n' "$SUITE" "$APT_OPTIONS" $APT_PACKAGES | sort -u | sha256sum | cut -c1-16)"
    stamp="$ROOT/$STATE/apt-$key"
    if [ -e "$stamp" ]; then return 0; fi
    # shellcheck disable=SC2086  # word splitting of the lists is intended
    in_root /bin/bash -c '
        set -euo pipefail
        missing=$(for p in "$@"; do dpkg-query -W -f="\${Status}\n" "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"; done)
        if [ -n "$missing" ]; then
            echo "Installing Debian packages in the root:" $missing >&2
            apt-get '"$APT_OPTIONS"' update -q
            apt-get '"$APT_OPTIONS"' install -y -q --no-install-recommends $missing
            apt-get clean
        fi' packages $APT_PACKAGES
    rm -f "$ROOT/$STATE"/apt-*
    touch "$stamp"
}

MOUNTED=()

mount_all() {
    mkdir -p "$ROOT/proc" "$ROOT/dev" "$ROOT/src" "$ROOT$ROOT_OUTPUT" "$REPO/test/output"
    mount -t proc proc "$ROOT/proc" && MOUNTED+=("$ROOT/proc")
    mount --bind /dev "$ROOT/dev" && MOUNTED+=("$ROOT/dev")
    mount --bind /dev/pts "$ROOT/dev/pts" && MOUNTED+=("$ROOT/dev/pts")
    mount --bind /dev/shm "$ROOT/dev/shm" && MOUNTED+=("$ROOT/dev/shm")
    mount --bind "$REPO" "$ROOT/src" && MOUNTED+=("$ROOT/src")
    mount --bind "$ROOT$ROOT_OUTPUT" "$ROOT/src/test/output" && MOUNTED+=("$ROOT/src/test/output")
    local dir
    for dir in $ROOT_BIND; do
        case "$dir" in /*) ;; *) log "ROOT_BIND takes absolute folders, not $dir"; exit 2 ;; esac
        mkdir -p "$dir" "$ROOT$dir"
        mount --bind "$dir" "$ROOT$dir" && MOUNTED+=("$ROOT$dir")
    done
}

cleanup() {
    local status=$? pid i
    trap - EXIT INT TERM
    for pid in $(processes_in "$ROOT"); do
        log "stopping leftover process $pid ($(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-80))"
        kill "$pid" 2>/dev/null || true
    done
    sleep 0.5
    for pid in $(processes_in "$ROOT"); do kill -9 "$pid" 2>/dev/null || true; done
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" || log "could not unmount ${MOUNTED[i]}"
    done
    exit "$status"
}

# Inside the private mount namespace: mount, install, run, unmount.
inside() {
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    configure
    mount_all
    install_packages
    log "running: $*"
    in_root /bin/bash -c 'cd /src && exec "$@"' run "$@"
}

if [ "${1:-}" = "--inside" ]; then
    shift
    SUITE="$1" ROOT="$2"
    shift 2
    APT_PACKAGES="${APT_PACKAGES:-}" APT_OPTIONS="${APT_OPTIONS:-}" ROOT_BIND="${ROOT_BIND:-}"
    inside "$@"
    exit 0
fi

[ $# -ge 3 ] || usage
SUITE="$1"
ROOT="$(realpath -m "$2")"
shift 2
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, chroot, mount): run it with sudo" >&2; exit 1; }
case "$ROOT" in /|/usr|/var|/var/cache|/home|/root|"$REPO") usage ;; esac
# One run per root at a time (a run stops whatever is left running in its root when it ends); the lock
# is held on descriptor 9 through unshare until the run ends.
mkdir -p "$(dirname "$ROOT")"
exec 9>"$ROOT.lock"
if ! flock -n 9; then
    log "another run is using $ROOT: waiting for it"
    flock 9
fi
bootstrap
exec unshare --mount --propagation private -- "$SELF" --inside "$SUITE" "$ROOT" "$@"
