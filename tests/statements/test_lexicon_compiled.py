"""The compiled lexicon.json is exactly its TOML sources (run scripts/compile_lexicon.py)."""

import json
from importlib import resources

from tieout.statements.lexicon import LEXICON_JSON, compile_lexicon


def test_compiled_lexicon_matches_its_sources() -> None:
    compiled = json.loads(
        resources.files("tieout.statements").joinpath(LEXICON_JSON).read_text(encoding="utf-8")
    )
    assert compiled == compile_lexicon(), "run: .venv/bin/python scripts/compile_lexicon.py"
