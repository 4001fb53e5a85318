#!/usr/bin/env bash
# Makes the offline bundle for a clinic workstation with no network: the Dermalens .deb plus
# every .deb a minimal Debian 12 lacks to run it, as a local apt repository folder with one
# install command (install.sh). Run it as root on a machine that reaches a Debian mirror.
# Usage: packaging/make-offline-bundle.sh DEB OUTDIR
# The dependency closure is what apt downloads when asked to install DEB in a fresh
# `debootstrap --variant=minbase bookworm` root, so nothing the workstation has is assumed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/offline/minbase.sh"
[ $# -eq 2 ] || { echo "usage: $0 DEB OUTDIR" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, chroot)" >&2; exit 2; }
for tool in debootstrap unshare apt-ftparchive; do
    command -v "$tool" >/dev/null || { echo "$0: needs $tool (apt-get install debootstrap apt-utils)" >&2; exit 2; }
done
deb=$(realpath "$1")
out=$(realpath -m "$2")
rm -rf "$out"
mkdir -p "$out/pool"

work=$(mktemp -d /tmp/dermalens-bundle.XXXXXX)
trap 'rm -rf "$work"' EXIT
make_minbase_root "$work/root"
cp "$deb" "$work/root/tmp/"
in_root "$work/root" apt-get -qq update
in_root "$work/root" env DEBIAN_FRONTEND=noninteractive \
    apt-get -qq install -y --download-only "/tmp/$(basename "$deb")" >/dev/null
cp "$work/root"/var/cache/apt/archives/*.deb "$deb" "$out/pool/"

# A flat repository: Packages and Release beside pool/ ("deb [trusted=yes] file:DIR ./").
(cd "$out" && apt-ftparchive packages pool > Packages && gzip -9 -n -k Packages &&
    apt-ftparchive release . > "$work/Release" && mv "$work/Release" Release)
cp "$here/offline/install.sh" "$out/install.sh"
chmod 755 "$out/install.sh"
version=$(dpkg-deb -f "$deb" Version)
cat > "$out/README.txt" <<TXT
Dermalens $version offline bundle for Debian 12 (bookworm), $(dpkg-deb -f "$deb" Architecture).
$(ls "$out/pool" | wc -l) packages: Dermalens and what a minimal Debian 12 lacks to run it.

Install or upgrade (as root, no network needed):   sh install.sh
Uninstall:                                         apt-get remove dermalens
Patient stores (~/.local/share/dermalens/store) are never touched by either.
TXT
echo "make-offline-bundle: $out: $(ls "$out/pool" | wc -l) packages, $(du -sh "$out" | cut -f1)"
