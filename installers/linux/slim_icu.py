"""Rebuild Qt's ICU data library (libicudata.so.NN, 31 MB) without the parts Qt never reads (bundle, Linux).

QtCore links ICU for collation (QCollator), locale-aware case mapping, text codecs and time zones; a full
run of the app touches ~70 KB of the 31 MB. Qt formats numbers, dates and names from its own CLDR tables,
so ICU's display names (languages, regions, currencies, units), transliterators, spelled-out numbers and
per-locale formatting bundles are dropped. Collation, converters, normalisation, break rules and their
dictionaries (the root bundle refers to them), time-zone rules and names (QTimeZone.displayName) and the
root locale stay; a locale whose bundle is gone falls back to root, as ICU does for any locale it lacks.
Uses ICU's own tools (`icupkg`, `genccode`; Debian: icu-devtools) and the C compiler.

Usage: python installers/linux/slim_icu.py _internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED_TREES = ("lang/", "region/", "curr/", "unit/", "translit/", "rbnf/")
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_\w+)?\.res")  # af.res, sr_Latn_BA.res; not root.res, pool.res, ...
TOOLS = ("icupkg", "genccode", "readelf", "cc")


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The library's data symbol (icudtNN_dat), its offset in the file and its size."""
    symbols = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(library)], capture_output=True, text=True)
    for line in symbols.stdout.splitlines():
        fields = line.split()
        if len(fields) == 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            address, size = int(fields[1], 16), int(fields[2], 0)
            return fields[7], _file_offset(library, address), size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """Where the section holding `address` keeps it in the file."""
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]{6,})\s+([0-9a-f]{6,})", sections):
        start, offset, size = (int(group, 16) for group in match.groups())
        if start <= address < start + size:
            return offset + address - start
    raise ValueError(f"{library}: no section holds {address:#x}")


def dropped(items: list[str]) -> list[str]:
    """The package items Qt never reads."""

    def unused(item: str) -> bool:
        name = item.split("/", 1)[-1] if "/" in item else item
        top_level = "/" not in item
        return item.startswith(DROPPED_TREES) or (top_level and LOCALE_BUNDLE.fullmatch(name) is not None)

    return [item for item in items if unused(item)]


def slim(library: Path) -> tuple[int, int]:
    """Replace `library` by the same soname and symbol holding the smaller package; (bytes before, after)."""
    symbol, offset, size = data_symbol(library)
    name = symbol.removesuffix("_dat")
    soname = library.name
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{name}l.dat"
        with library.open("rb") as f:
            f.seek(offset)
            package.write_bytes(f.read(size))
        listing = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True, check=True)
        removals = work / "removed.txt"
        removals.write_text("\n".join(dropped(listing.stdout.split())) + "\n", encoding="utf-8")
        subprocess.run(["icupkg", "-r", str(removals), str(package)], check=True, capture_output=True)
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", name, "-d", str(work), str(package)], check=True, capture_output=True
        )
        objects = list(work.glob("*.S"))
        built = work / soname
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built), *map(str, objects)],
                       check=True)  # fmt: skip
        subprocess.run(["strip", "--strip-unneeded", str(built)], check=True)
        shutil.copyfile(built, library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if len(argv) != 1 or missing:
        print(f"slim_icu: kept ICU's data as shipped (missing: {' '.join(missing) or 'the library path'})")
        return 0
    before, after = slim(Path(argv[0]))
    print(f"slim_icu: {argv[0]}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
