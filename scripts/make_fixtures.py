"""Write the test fixture replies into tests/fixtures/, one file per layout or format.

Each module in scripts/fixtures/ declares `FIXTURES`: file name -> a function
that writes that file to the path it is given. Builders must be deterministic
(no wall-clock times), so re-running this script changes nothing.

    python scripts/make_fixtures.py [OUTDIR]
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def all_builders() -> dict:  # type: ignore[type-arg]
    import fixtures

    builders = {}
    for info in sorted(pkgutil.iter_modules(fixtures.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"fixtures.{info.name}")
        for name, build in module.FIXTURES.items():
            if name in builders:
                raise SystemExit(f"fixture {name} is declared twice")
            builders[name] = build
    return builders


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, build in all_builders().items():
        build(outdir / name)
        print(f"wrote {outdir / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "fixtures")
