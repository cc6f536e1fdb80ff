#!/usr/bin/env bash
# macOS: build "Desktop CRM.app" with PyInstaller and wrap it in dist/DesktopCRM-VERSION.dmg.
# Run on a Mac (Apple silicon builds arm64, Intel builds x86_64), from the project root:
#   bash installers/macos/build_dmg.sh
# Signing and notarisation need an Apple Developer ID; set CODESIGN_IDENTITY to sign, e.g.
#   CODESIGN_IDENTITY="Developer ID Application: Example Ltd (TEAMID)" bash installers/macos/build_dmg.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
make .venv/.installed-bundle
.venv/bin/pyinstaller installers/desktop_crm.spec --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller
app="dist/Desktop CRM.app"
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/DesktopCRM" smoke-test -o out/smoke   # the bundle works
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag the app onto Applications
hdiutil create -volname "Desktop CRM" -srcfolder "$stage" -ov -format UDZO "dist/DesktopCRM-$version.dmg"
echo "wrote dist/DesktopCRM-$version.dmg"
