# Shared by make-offline-bundle.sh and test-offline-install.sh (sourced, not run):
# a fresh minimal Debian 12 root and a way to run commands in it.

# The Debian mirror this machine's apt uses (its first non-security source), else deb.debian.org.
debian_mirror() {
    if [ -n "${DERMALENS_DEBIAN_MIRROR:-}" ]; then echo "$DERMALENS_DEBIAN_MIRROR"; return; fi
    local uri
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
              2>/dev/null | grep -v '^\s*#' | grep -v security |
          sed -nE 's/^URIs:\s*(\S+).*/\1/p; s/^deb\s+(\[[^]]*\]\s+)?(\S+).*/\2/p' | head -n1)
    echo "${uri:-http://deb.debian.org/debian}"
}

# make_minbase_root DIR: `debootstrap --variant=minbase bookworm` into DIR. The downloaded
# packages are kept in a tarball ($DERMALENS_MINBASE_TARBALL) so later roots need no download.
make_minbase_root() {
    local root=$1
    local tarball=${DERMALENS_MINBASE_TARBALL:-/var/cache/dermalens-offline/bookworm-minbase.tgz}
    if [ ! -s "$tarball" ]; then
        mkdir -p "$(dirname "$tarball")"
        debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm \
            "$(mktemp -d /tmp/dermalens-debootstrap.XXXXXX)" "$(debian_mirror)" >/dev/null
        mv "$tarball.part" "$tarball"
    fi
    mkdir -p "$root"
    debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" \
        "$(debian_mirror)" >/dev/null
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

# in_root [--offline] [--user NAME] DIR COMMAND...: COMMAND in the chroot DIR, with its own
# /proc in a private mount namespace (gone when it exits: nothing to unmount, nothing left
# mounted under DIR). --offline adds a network namespace with no interfaces up: no network.
in_root() {
    local net="" user="" env_home=()
    while [ $# -gt 0 ]; do
        case $1 in
            --offline) net="-n"; shift ;;
            --user) user=$2; shift 2 ;;
            *) break ;;
        esac
    done
    local root=$1; shift
    local spec=()
    if [ -n "$user" ]; then  # numeric ids: chroot may look names up outside the root
        local ids
        ids=$(awk -F: -v u="$user" '$1 == u { print $3 ":" $4 }' "$root/etc/passwd")
        [ -n "$ids" ] || { echo "in_root: no user $user in $root" >&2; return 1; }
        spec=(--userspec="$ids")
        env_home=(HOME="/home/$user" USER="$user" LOGNAME="$user")
    fi
    unshare -m $net --propagation private sh -c \
        'root=$1; shift; mount -t proc proc "$root/proc" && exec "$@"' sh "$root" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${env_home[@]}" \
        chroot "${spec[@]}" "$root" "$@"
}
