"""Compile the lexicon's TOML sources into tieout/statements/lexicon.json.

Run after editing tieout/statements/concepts.toml or titles.toml:

    .venv/bin/python scripts/compile_lexicon.py
"""

from __future__ import annotations

import json
from pathlib import Path

from tieout.statements.lexicon import LEXICON_JSON, compile_lexicon

TARGET = Path(__file__).resolve().parent.parent / "tieout" / "statements" / LEXICON_JSON


def render() -> str:
    return json.dumps(compile_lexicon(), ensure_ascii=False, separators=(",", ":")) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
