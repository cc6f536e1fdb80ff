"""Fail when the installers grow past their targets (run by `make bundle-test` and `make deb-test`).

Usage: python installers/check_size.py [dist/DesktopCRM] [--deb dist/desktop-crm_*.deb]
The bundle is measured as `du` does (allocated blocks, hard links once); on failure the largest
folders are listed, to show what grew.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Ceilings at today's sizes plus a little room (issue 22 asks for 250 MB and 90 MB; what stands in the way
# is listed in installers/README.md): a change that makes the installers grow fails here.
BUNDLE_LIMIT_MB = 360
DEB_LIMIT_MB = 104
MB = 1024 * 1024


def disk_usage(root: Path) -> dict[Path, int]:
    """Bytes on disk under each top-level entry of `root` (files counted once, symlinks not followed)."""
    seen: set[tuple[int, int]] = set()
    sizes: dict[Path, int] = {}
    for path in sorted(root.rglob("*")):
        stat = path.lstat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        top = root / path.relative_to(root).parts[0]
        blocks = getattr(stat, "st_blocks", None)  # not on Windows: the file's length instead
        sizes[top] = sizes.get(top, 0) + (stat.st_size if blocks is None else blocks * 512)
    return sizes


def check_bundle(bundle: Path, limit_mb: int) -> bool:
    internal = bundle / "_internal"
    sizes = disk_usage(bundle)
    total = sum(sizes.values())
    print(f"{bundle}: {total / MB:.0f} MB on disk (limit {limit_mb} MB)")
    if total <= limit_mb * MB:
        return True
    parts = disk_usage(internal) if internal.is_dir() else sizes
    for path, size in sorted(parts.items(), key=lambda item: -item[1])[:12]:
        print(f"  {size / MB:7.1f} MB  {path.relative_to(bundle)}")
    print("the bundle grew past its target: leave out what the app never loads (installers/desktop_crm.spec)")
    return False


def check_deb(deb: Path, limit_mb: int) -> bool:
    size = deb.stat().st_size
    print(f"{deb}: {size / MB:.0f} MB (limit {limit_mb} MB)")
    return size <= limit_mb * MB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=Path("dist/DesktopCRM"))
    parser.add_argument("--deb", type=Path, help="also check this .deb")
    parser.add_argument("--bundle-limit", type=int, default=BUNDLE_LIMIT_MB, help="MB (default %(default)s)")
    parser.add_argument("--deb-limit", type=int, default=DEB_LIMIT_MB, help="MB (default %(default)s)")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}: run make bundle", file=sys.stderr)
        return 2
    ok = check_bundle(args.bundle, args.bundle_limit)
    if args.deb is not None:
        ok = check_deb(args.deb, args.deb_limit) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
