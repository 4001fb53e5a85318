#!/usr/bin/env bash
# Builds the Debian package dermalens_<version>_<arch>.deb from a release build and checks it:
# the Depends line dpkg-shlibdeps computed, the files it must hold, and lintian when installed.
# Usage: packaging/build-deb.sh [OUTDIR]   (default: the build tree)
# DERMALENS_PRESET (default release) picks the build tree, DERMALENS_JOBS the parallelism.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${DERMALENS_PRESET:-release}
jobs=${DERMALENS_JOBS:-$(nproc)}
cmake --preset "$preset" >/dev/null
case $preset in default) builddir=build ;; *) builddir=build-$preset ;; esac  # CMakePresets.json
cmake --build --preset "$preset" -j "$jobs" \
    --target dermalens dermalens-cli dermalens_man_pages dermalens_deb_changelog
outdir=$(realpath -m "${1:-$builddir}")
mkdir -p "$outdir"
(cd "$builddir" && cpack -G DEB -B "$outdir/_cpack" >/dev/null)
deb=$(ls "$outdir"/_cpack/dermalens_*.deb)
mv "$deb" "$outdir/" && rm -rf "$outdir/_cpack"
deb="$outdir/$(basename "$deb")"

# What a clinic install needs: both programs, the model, translations, desktop integration.
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/dermalens ./usr/bin/dermalens-cli \
         ./usr/share/dermalens/models/efficientnet_b0_ham10000/model.pt \
         ./usr/share/dermalens/models/efficientnet_b0_ham10000/model.json \
         ./usr/share/dermalens/translations/dermalens_ru.qm \
         ./usr/share/applications/org.dermalens.Dermalens.desktop \
         ./usr/share/metainfo/org.dermalens.Dermalens.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/dermalens.svg \
         ./usr/share/icons/hicolor/48x48/apps/dermalens.png \
         ./usr/share/man/man1/dermalens-cli.1.gz ./usr/share/doc/dermalens/copyright; do
    grep -q " $f\$" <<<"$contents" || { echo "build-deb: $f missing from $deb" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libtorch libopencv-imgcodecs libdcmtk libqt6widgets6 libqt6svg6 libsqlite3 \
           qt6-qpa-plugins fonts-dejavu-core; do
    grep -q "$lib" <<<"$depends" || { echo "build-deb: Depends lacks $lib: $depends" >&2; exit 1; }
done
echo "build-deb: $deb ($(du -h "$deb" | cut -f1))"
echo "Depends: $depends"
if command -v lintian >/dev/null; then lintian --no-tag-display-limit "$deb" || true; fi
