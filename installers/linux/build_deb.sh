#!/usr/bin/env bash
# Package dist/DesktopCRM (from `make bundle`) as dist/desktop-crm_VERSION_ARCH.deb:
# the bundle in /opt/desktop-crm, `desktop-crm` on the PATH, a menu entry and the icon.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -x dist/DesktopCRM/DesktopCRM ] || { echo "build the bundle first: make bundle" >&2; exit 2; }
version=$(python3 -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt/desktop-crm" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a dist/DesktopCRM/. "$stage/opt/desktop-crm/"
ln -s /opt/desktop-crm/DesktopCRM "$stage/usr/bin/desktop-crm"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "resources/icons/desktop_crm_${size}.png" "$dir/desktop-crm.png"
done
cp installers/linux/desktop-crm.desktop "$stage/usr/share/applications/"
installed=$(du -sk "$stage/opt" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: desktop-crm
Version: $version
Architecture: $arch
Maintainer: Desktop CRM developers <noreply@localhost>
Installed-Size: $installed
Depends: libegl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3
Section: office
Priority: optional
Description: Offline customer segmentation for loyalty-card sales exports
 RFM and lifecycle segments, transitions, journeys, lifetime value and target lists
 from Excel/CSV exports, on your own computer. Nothing is uploaded anywhere.
CONTROL
out="dist/desktop-crm_${version}_${arch}.deb"
# xz -9 with the extreme strategy: a 64 MiB window finds the repeats between libraries; unpacking is as fast
dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$stage" "$out" >/dev/null
echo "wrote $out ($(du -h "$out" | cut -f1))"
