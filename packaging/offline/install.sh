#!/bin/sh
# Installs or upgrades Dermalens from this folder alone: no network, no other repository is
# read or changed (apt is pointed at this folder with its own, temporary package lists).
# Usage, as root: sh install.sh   (DERMALENS_PACKAGES="a b" installs others)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run it as root: sudo sh $0" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir -p "$state/lists/partial" "$state/parts"
echo "deb [trusted=yes] file:$here ./" > "$state/sources.list"
set -- -o Dir::Etc::SourceList="$state/sources.list" -o Dir::Etc::SourceParts="$state/parts" \
    -o Dir::State::Lists="$state/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    -o APT::Sandbox::User=root -o APT::Get::List-Cleanup=false
apt-get "$@" -q update
packages=${DERMALENS_PACKAGES:-dermalens}
DEBIAN_FRONTEND=noninteractive apt-get "$@" -y install $packages
echo "install.sh: $(dpkg-query -W -f='${Package} ${Version} ' $packages)installed"
