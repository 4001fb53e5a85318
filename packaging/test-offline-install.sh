#!/usr/bin/env bash
# The clinic's install, tested the way a clinic does it. Outside CI: it needs root,
# debootstrap, the Debian mirror (for the first root only) and 10-20 minutes.
#  1. a fresh minimal Debian 12 root (debootstrap --variant=minbase bookworm) under /tmp;
#  2. with networking cut (unshare -n), Dermalens installed from the offline bundle alone;
#  3. dermalens-cli predict on a JPEG and a DICOM file made here, with the model from /usr/share;
#  4. the viewer under Xvfb: its --screenshot views and a grab of the X screen with it running;
#  5. a previous version upgraded by the bundle, then removed and purged, while the test
#     user's patient store stays byte-identical.
# Usage: packaging/test-offline-install.sh DEB [BUNDLE]   (no BUNDLE: make-offline-bundle.sh)
# Results in $DERMALENS_TEST_OUT (default /tmp/dermalens-offline-test): summary.txt, logs, PNGs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/offline/minbase.sh"
[ $# -ge 1 ] || { echo "usage: $0 DEB [BUNDLE]" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (debootstrap, chroot, unshare)" >&2; exit 2; }
deb=$(realpath "$1")
out=${DERMALENS_TEST_OUT:-/tmp/dermalens-offline-test}
work=$(mktemp -d /tmp/dermalens-offline.XXXXXX)
trap 'rm -rf "$work"' EXIT  # in_root leaves nothing mounted, so this removes files only
rm -rf "$out" && mkdir -p "$out"
root=$work/root
user=clinician
home=/home/$user
summary=$out/summary.txt
: > "$summary"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "test-offline-install: FAIL: $*" >&2; exit 1; }
note() { echo "$*" | tee -a "$summary"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
user_store_digest() {  # every file under the user's Dermalens data, with its sha256
    (cd "$root$home" && find .local/share/dermalens -type f -print0 | sort -z |
        xargs -0 sha256sum)
}

step "offline bundle"
if [ $# -ge 2 ]; then
    bundle=$(realpath "$2")
else
    t=$(now)
    "$here/make-offline-bundle.sh" "$deb" "$work/bundle"
    bundle=$work/bundle
    note "bundle made in $(since "$t") s"
fi
note "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
note "bundle: $(ls "$bundle/pool" | wc -l) packages, $(du -sk "$bundle" | cut -f1) KiB"

step "fresh minimal Debian 12 root"
t=$(now)
make_minbase_root "$root"
note "minbase root: $(in_root "$root" dpkg-query -W | wc -l) packages, made in $(since "$t") s"
# Xvfb, xauth and xwd are the test's tools, not Dermalens's: fetched now into a second local
# repository (computed against the fresh root), installed after Dermalens, offline too, so they
# cannot supply anything the bundle forgot. Then the root forgets every repository.
in_root "$root" apt-get -qq update
in_root "$root" env DEBIAN_FRONTEND=noninteractive \
    apt-get -qq install -y --download-only xvfb xauth x11-apps >/dev/null
mkdir -p "$root/opt/test-tools/pool"
mv "$root"/var/cache/apt/archives/*.deb "$root/opt/test-tools/pool/"
(cd "$root/opt/test-tools" && apt-ftparchive packages pool > Packages &&
    apt-ftparchive release . > ../Release.tmp && mv ../Release.tmp Release)
cp "$bundle/install.sh" "$root/opt/test-tools/"
rm -rf "$root"/var/lib/apt/lists/* "$root/etc/resolv.conf"
cp -a "$bundle" "$root/media/dermalens-bundle"  # as if from a USB stick
in_root "$root" useradd --create-home --shell /bin/bash "$user"

step "offline install from the bundle"
interfaces=$(in_root --offline "$root" sh -c 'tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " "')
[ "$interfaces" = lo ] || fail "network namespace has interfaces: $interfaces"
mirror_host=$(debian_mirror | sed -E 's|^[a-z]+://([^/:]+).*|\1|')
mirror_ip=$(getent ahostsv4 "$mirror_host" | awk 'NR == 1 { print $1 }')
if in_root --offline "$root" timeout 5 bash -c "echo > /dev/tcp/${mirror_ip:-1.1.1.1}/80" 2>/dev/null; then
    fail "the mirror is reachable from the offline root"
fi
t=$(now)
in_root --offline "$root" sh /media/dermalens-bundle/install.sh > "$out/install.log" 2>&1 ||
    { tail -30 "$out/install.log"; fail "install.sh failed (install.log)"; }
note "offline install: $(since "$t") s, $(in_root "$root" dpkg-query -W | wc -l) packages now"
version=$(in_root "$root" dpkg-query -W -f='${Version}' dermalens)
[ "$version" = "$(dpkg-deb -f "$deb" Version)" ] || fail "installed version $version"
in_root "$root" dpkg --audit || fail "dpkg --audit"
grep -q "/usr/share/dermalens/models" <(in_root "$root" dermalens-cli predict --help) ||
    fail "predict --help does not name the installed model"

step "dermalens-cli predict on images made here"
/usr/bin/python3 - "$work/lesion.jpg" <<'PY'
import sys, numpy as np, cv2
rng = np.random.default_rng(7)
img = np.clip(rng.normal((150, 170, 210), 12, (450, 600, 3)), 0, 255).astype(np.uint8)  # skin, BGR
cv2.ellipse(img, (300, 225), (110, 80), 20, 0, 360, (40, 60, 110), -1)                    # lesion
cv2.circle(img, (270, 210), 25, (25, 35, 70), -1)
cv2.imwrite(sys.argv[1], cv2.GaussianBlur(img, (9, 9), 0))
PY
mkdir -p "$root$home/images" && cp "$work/lesion.jpg" "$root$home/images/"
if command -v img2dcm >/dev/null; then
    img2dcm -q "$work/lesion.jpg" "$root$home/images/lesion.dcm"
fi
in_root "$root" chown -R "$user:$user" "$home/images"
t=$(now)
# The glob is expanded inside the root (a host-side glob would see the host's /home).
in_root --offline --user "$user" "$root" sh -c "dermalens-cli predict --device cpu $home/images/*" \
    > "$out/predict.jsonl" 2> "$out/predict.err" || { cat "$out/predict.err"; fail "predict"; }
lines=$(grep -c '"probabilities"' "$out/predict.jsonl" || true)
[ "$lines" -eq "$(ls "$root$home/images" | wc -l)" ] || { cat "$out/predict.jsonl"; fail "predict output"; }
note "predict: $lines images in $(since "$t") s (model load included)"
head -c 400 "$out/predict.jsonl" && echo

step "the viewer under Xvfb"
in_root --offline "$root" env DERMALENS_PACKAGES="xvfb xauth x11-apps" sh /opt/test-tools/install.sh \
    > "$out/test-tools.log" 2>&1 || { tail -20 "$out/test-tools.log"; fail "test tools"; }
in_root --offline --user "$user" "$root" xvfb-run -a -s "-screen 0 1440x900x24" \
    dermalens --screenshot "$home/shots" > "$out/screenshot.log" 2>&1 ||
    { cat "$out/screenshot.log"; fail "dermalens --screenshot"; }
# The demo opened in a running viewer, grabbed from the X screen after it has settled.
in_root --offline --user "$user" "$root" xvfb-run -a -s "-screen 0 1440x900x24" sh -c \
    'dermalens --demo & pid=$!; sleep 25; xwd -root -silent -out "$HOME/shots/screen.xwd"
     kill $pid; wait $pid || true' >> "$out/screenshot.log" 2>&1
cp "$root$home"/shots/*.png "$out/"
/usr/bin/python3 "$here/offline/xwd-to-png.py" "$root$home/shots/screen.xwd" "$out/x-screen.png"
for png in 01-welcome 02-patient 03-lesion-gradcam 04-compare 05-model-card x-screen; do
    [ "$(stat -c %s "$out/$png.png")" -gt 10000 ] || fail "$png.png is missing or empty"
done
note "viewer: $(ls "$out"/*.png | wc -l) screenshots in $out"

step "upgrade from the previous version; remove; purge: the user's store is untouched"
in_root --offline "$root" env DEBIAN_FRONTEND=noninteractive apt-get -qq -y purge dermalens >/dev/null
dpkg-deb -R "$deb" "$work/previous"
sed -i "s/^Version: .*/Version: ${version}~previous/" "$work/previous/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -b "$work/previous" "$root/tmp/dermalens_previous.deb" >/dev/null
in_root --offline "$root" dpkg -i /tmp/dermalens_previous.deb >/dev/null
mkdir -p "$root$home/study/P001/back" && cp "$work/lesion.jpg" "$root$home/study/P001/back/"
in_root "$root" chown -R "$user:$user" "$home/study"  # <root>/<patient>/<lesion>/<files>
in_root --offline --user "$user" "$root" dermalens-cli import --accept-review "$home/study" \
    > "$out/import.json" || fail "import with the previous version"
in_root --offline --user "$user" "$root" dermalens-cli analyse > "$out/analyse.json" ||
    fail "analyse with the previous version"
before=$(user_store_digest)
note "store: $(echo "$before" | wc -l) files in $home/.local/share/dermalens"
in_root --offline "$root" sh /media/dermalens-bundle/install.sh > "$out/upgrade.log" 2>&1 ||
    { tail -20 "$out/upgrade.log"; fail "upgrade"; }
grep -q "Unpacking dermalens (${version}) over (${version}~previous)" "$out/upgrade.log" ||
    fail "install.sh did not upgrade (upgrade.log)"
[ "$(user_store_digest)" = "$before" ] || fail "the upgrade changed the store"
in_root --offline --user "$user" "$root" dermalens-cli list > "$out/list.json" ||
    fail "the upgraded CLI cannot read the store"
grep -q lesion "$out/list.json" || fail "the store lost its images (list.json)"
before=$(user_store_digest)  # list may add SQLite's -wal/-shm files; removal must not
in_root --offline "$root" apt-get -qq -y remove dermalens >/dev/null
[ ! -e "$root/usr/bin/dermalens" ] || fail "remove left /usr/bin/dermalens"
[ "$(user_store_digest)" = "$before" ] || fail "apt-get remove changed the store"
# dpkg, not apt: after `remove` apt may no longer know the package (the root has no lists).
in_root --offline "$root" dpkg --purge dermalens >/dev/null
[ ! -e "$root/usr/share/dermalens" ] || fail "purge left /usr/share/dermalens"
[ "$(user_store_digest)" = "$before" ] || fail "apt-get purge changed the store"
note "upgrade ${version}~previous -> ${version}, remove, purge: store unchanged"
echo; echo "test-offline-install: PASS"; cat "$summary"
