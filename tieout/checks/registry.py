"""The rule registry: every rule has a code, a name, a severity and a docstring.

A rule is a plain function `(ctx) -> Iterable[Check]` that yields one `Check` per
evaluation, passed or failed, so that coverage can be counted. It is registered with
`@rule(...)`; `RULE_MODULES` below is the one place that lists where rules live.

Code blocks (never reused; a retired code stays retired):
    TO1xx footing               TO2xx cross-footing          TO3xx roll-forwards
    TO4xx statement-statement   TO5xx note-statement ties    TO6xx MD&A and highlights ties
    TO7xx prose claims          TO8xx defined measures       TO9xx reading problems
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tieout.model import Check, Filing, Severity

RULE_MODULES: tuple[str, ...] = (
    "tieout.checks.footing",
    "tieout.checks.identities",
    "tieout.checks.repeated_totals",
    "tieout.checks.crossfoot",
    "tieout.checks.ties",
    "tieout.checks.note_refs",
    "tieout.checks.percentages",
    "tieout.checks.repeats",
    "tieout.checks.reading",
    "tieout.checks.claims_rules",
    "tieout.checks.measures_rules",
)

_CODE = re.compile(r"^TO\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass
class CheckContext:
    """What a rule sees: the filing, plus indexes that rules share (built lazily)."""

    filing: Filing
    cache: dict[str, object] = field(default_factory=dict)


RuleFunc = Callable[[CheckContext], Iterable[Check]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    func: RuleFunc
    summary: str  # first line of the docstring
    doc: str  # the whole docstring: What it checks / Why it matters / Example

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:3], "other")

    def __call__(self, ctx: CheckContext) -> Iterable[Check]:
        return self.func(ctx)


FAMILIES = {
    "TO1": "footing",
    "TO2": "cross-footing",
    "TO3": "roll-forward",
    "TO4": "statement ties",
    "TO5": "note ties",
    "TO6": "MD&A and highlights ties",
    "TO7": "prose claims",
    "TO8": "defined measures",
    "TO9": "reading problems",
}

_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity) -> Callable[[RuleFunc], Rule]:
    """Register a rule function under a code; the docstring is its documentation."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} is not of the form TO123")
    if not _NAME.match(name):
        raise ValueError(f"rule name {name!r} is not kebab-case")

    def register(func: RuleFunc) -> Rule:
        if code in _REGISTRY and _REGISTRY[code].func is not func:
            raise ValueError(f"rule code {code} is registered twice")
        doc = inspect.cleandoc(func.__doc__ or "")
        registered = Rule(code, name, severity, func, doc.split("\n", 1)[0], doc)
        _REGISTRY[code] = registered
        return registered

    return register


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, by code."""
    for module in RULE_MODULES:
        importlib.import_module(module)
    return tuple(sorted(_REGISTRY.values(), key=lambda r: r.code))


def select_rules(
    rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> tuple[Rule, ...]:
    """Rules whose code starts with one of `select` (all when empty) and none of `ignore`."""
    chosen = tuple(select)
    dropped = tuple(ignore)
    return tuple(
        r
        for r in rules
        if (not chosen or r.code.startswith(chosen))
        and not (dropped and r.code.startswith(dropped))
    )


def get_rule(code: str) -> Rule:
    for r in all_rules():
        if r.code == code:
            return r
    raise KeyError(code)
