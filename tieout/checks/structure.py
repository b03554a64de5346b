"""Find which lines of a table are sums of which others, from the numbers themselves.

A "line" is a row (footing) or a column (cross-footing of a matrix); its `values` hold
one number per position in the other direction (per period column, or per row).

Statements print running totals: gross profit = revenue + cost of sales, operating loss
= gross profit + the expenses below it, total assets = non-current subtotal + current
subtotal. So we keep an "effective" list of lines not yet absorbed into a total; each
new line is tried as the sum of the shortest contiguous run at the end of that list.
When it is, the run is replaced by the total. The numbers decide, so unlabelled
subtotals and unseen layouts are found; the extractor's hints (row kind, label) only
allow a weaker match for a line that says it is a total:

1. FOOTS: every position with numbers agrees exactly (blanks read as nil, or one blank
   per position that arithmetic fills in).
2. FOOTS with `excluded` lines: as 1, once suspect lines (malformed numbers) inside the
   run are left out: a garbled duplicate printed among the items.
3. PARTIAL (hinted totals only): some positions agree and some do not: one figure is off.
4. UNMATCHED (a line labelled "Total ..." in a one-column table): nothing agrees, and
   there is no other column to show which run is meant; the run since the last heading.

Signs: items are added as printed; a run is also tried as first-minus-the-rest for
tables that print expenses positive and subtract them ("Less: cost of sales").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal(0)
BIG_ENOUGH = Decimal(1000)  # an agreeing figure this large is no coincidence


@dataclass(frozen=True, slots=True)
class Vector:
    """One row (or column) of numbers, as the structure finder sees it."""

    key: int  # row index (or column index)
    values: tuple[Decimal | None, ...]
    hinted: bool = False  # the extractor or the label says it is a total
    labelled_total: bool = False  # the label itself says "Total ..."
    suspect: bool = False  # holds a malformed number
    heading: bool = False  # no values: a section boundary
    negated: bool = False  # printed positive but subtracted ("Less: ...")
    owed: bool = False  # a liability of a balance sheet: subtracted from a net total
    balance: bool = False  # a balance at a date ('At 1 May 2009'): when it sums nothing, it
    # opens a new roll-forward, and nothing above it sums with anything below

    @property
    def is_empty(self) -> bool:
        return all(v is None for v in self.values)


class Fit(StrEnum):
    FOOTS = "foots"
    PARTIAL = "partial"
    UNMATCHED = "unmatched"


@dataclass(frozen=True, slots=True)
class Relation:
    """`total` = sum of weight x part over `parts` (keys), found with the given fit."""

    total: int
    parts: tuple[int, ...]
    weights: tuple[int, ...]
    fit: Fit
    excluded: tuple[int, ...] = ()


class _Position(StrEnum):
    MATCH = "match"  # agrees, adding two or more non-zero figures
    COPY = "copy"  # agrees, but only one figure is non-zero: weak evidence of a sum
    TRIVIAL = "trivial"  # nothing printed, or all zero
    INFERABLE = "inferable"  # one blank among the items that arithmetic fills in
    INFERABLE_TOTAL = "inferable_total"  # the total itself is the one blank
    MISMATCH = "mismatch"


def find_relations(vectors: Sequence[Vector]) -> list[Relation]:
    """Every total among `vectors` (in printed order) and the lines it sums."""
    effective: list[Vector] = []
    since_heading = 0  # index into `effective` where the current section starts
    relations: list[Relation] = []
    for index, vector in enumerate(vectors):
        if vector.is_empty:
            since_heading = len(effective)
            continue
        relation = _match(effective, vector, since_heading)
        if relation is not None and _subtracted(relation, vector):
            following = next((v for v in vectors[index + 1 :] if not v.is_empty), None)
            if following is not None and _adds_up([*effective, vector], following):
                relation = None  # X - A = B only restates the total that follows: B + A = X
        if relation is None:
            if vector.balance:  # an opening balance: the roll-forwards above are closed
                effective.clear()
                since_heading = 0
            effective.append(vector)
            continue
        relations.append(relation)
        start = _first_index(effective, relation)
        del effective[start:]
        since_heading = min(since_heading, start)
        effective.append(vector)
    return relations


def _subtracted(relation: Relation, total: Vector) -> bool:
    """The relation subtracts lines that do not say they are subtracted."""
    return any(w < 0 for w in relation.weights) and relation.fit is Fit.FOOTS


def _adds_up(effective: list[Vector], total: Vector) -> bool:
    """Some run ending with the last of `effective` adds up (all plus) to `total`."""
    for start in range(len(effective) - 2, -1, -1):
        run = effective[start:]
        if _fits(run, _hinted_weights(run), total, 1 if total.hinted else 2):
            return True
    return False


def _first_index(effective: list[Vector], relation: Relation) -> int:
    keys = set(relation.parts) | set(relation.excluded)
    return min(i for i, v in enumerate(effective) if v.key in keys)


Scored = tuple[Sequence[Vector], tuple[int, ...], list["_Position"], tuple[int, ...]]


def _scored_runs(
    effective: list[Vector], total: Vector, *, suspects_left_out: bool = False
) -> Iterator[Scored]:
    """Every run ending at the last line, shortest first, with its signings, states and
    the lines left out. With `suspects_left_out`, the runs that hold a suspect line, each
    without its suspect lines (a run with none or with fewer than two others is skipped).

    The sums grow one line at a time, so all runs cost no more than the longest; they are
    made as asked for, as a short run usually fits.
    """
    width = len(total.values)
    hinted_sum = [ZERO] * width
    plain_sum = [ZERO] * width
    net_sum = [ZERO] * width  # liabilities subtracted
    printed = [0] * width
    nonzero = [0] * width
    kept: list[Vector] = []  # the run's lines kept, last first
    left_out: list[int] = []  # keys of the run's lines left out, last first
    hinted: tuple[int, ...] = ()  # the kept lines' hinted weights, grown like the sums
    net: tuple[int, ...] = ()  # and their net weights
    for start in range(len(effective) - 1, -1, -1):
        line = effective[start]
        if suspects_left_out and line.suspect:
            left_out.append(line.key)
        else:
            kept.append(line)
            hinted = (-1 if line.negated else 1, *hinted)
            net = (-1 if line.negated or line.owed else 1, *net)
            for i, value in enumerate(line.values[:width]):
                if value is None:
                    continue
                hinted_sum[i] += -value if line.negated else value
                plain_sum[i] += value
                net_sum[i] += -value if line.negated or line.owed else value
                printed[i] += 1
                nonzero[i] += value != 0
        if len(effective) - start < 2 or len(kept) < 2 or (suspects_left_out and not left_out):
            continue
        run = kept[::-1]
        dropped = tuple(reversed(left_out))
        first_minus_rest = (1,) + (-1,) * (len(run) - 1)
        for weights in _signings(run, total, hinted, net):
            if weights == hinted:
                computed = hinted_sum
            elif weights == first_minus_rest:
                computed = _first_minus_rest(run[0], plain_sum)
            else:
                computed = net_sum  # liabilities subtracted
            states = [
                _state(target, sum_, len(run), count, nonzeros)
                for target, sum_, count, nonzeros in zip(
                    total.values, computed, printed, nonzero, strict=True
                )
            ]
            yield run, weights, states, dropped


def _first_minus_rest(first: Vector, plain_sum: list[Decimal]) -> list[Decimal]:
    """Per position, the first line's figure less the others', from the sum of all."""
    heads = [*first.values[: len(plain_sum)], *[None] * (len(plain_sum) - len(first.values))]
    return [2 * (head or ZERO) - total for head, total in zip(heads, plain_sum, strict=True)]


def _state(
    target: Decimal | None, computed: Decimal, length: int, printed: int, nonzero: int
) -> _Position:
    """The state of one position from the run's aggregates (see `_position`)."""
    if target is None and not printed:
        return _Position.TRIVIAL
    blanks = length - printed + (target is None)
    if target is None:
        return _Position.INFERABLE_TOTAL if blanks == 1 else _Position.TRIVIAL
    if computed == target:
        if nonzero >= 2:
            return _Position.MATCH
        return _Position.COPY if nonzero == 1 else _Position.TRIVIAL
    return _Position.INFERABLE if blanks == 1 else _Position.MISMATCH


def _fits_states(states: list[_Position], total: Vector, needed: int) -> bool:
    if _Position.MISMATCH in states:
        return False
    agreeing = states.count(_Position.MATCH) + states.count(_Position.COPY)
    return agreeing >= needed and (total.hinted or _Position.MATCH in states)


def _match(effective: list[Vector], total: Vector, since_heading: int) -> Relation | None:
    needed = 1 if total.hinted else 2
    scored: list[Scored] = []
    for suspects_left_out in (False, True):
        for run, weights, states, dropped in _scored_runs(
            effective, total, suspects_left_out=suspects_left_out
        ):
            if _fits_states(states, total, needed):
                return _relation(total, run, weights, Fit.FOOTS, dropped)
            scored.append((run, weights, states, dropped))
    section_first = effective[since_heading].key if since_heading < len(effective) else None
    partial = _best_partial(scored, total, section_first)
    if partial is not None:
        return partial
    if not total.hinted:
        return None
    section = effective[since_heading:]
    if total.labelled_total and len(section) >= 2 and len(total.values) == 1:
        return _relation(total, section, _hinted_weights(section), Fit.UNMATCHED)
    return None


def _best_partial(
    scored: list[Scored], total: Vector, section_first: int | None = None
) -> Relation | None:
    """The run that agrees with the total in the most positions, with some disagreeing.

    Agreement must outweigh disagreement. A line that says it is a total needs one
    agreeing position; any other line needs agreement on a real sum of at least four
    digits, which chance alone rarely gives. Ties go to the run that spans the section under
    its heading (items that cancel out must not excuse a wrong figure), then to the shortest
    run. Runs are also tried with their suspect lines left out, as for an exact fit.
    """
    best: tuple[tuple[int, int], Relation] | None = None
    for run, weights, states, dropped in scored:
        agreeing = [i for i, s in enumerate(states) if s in _agreeing(total, len(run))]
        strong = [i for i, s in enumerate(states) if s is _Position.MATCH]
        mismatched = states.count(_Position.MISMATCH)
        if not mismatched or not agreeing or len(agreeing) < mismatched:
            continue
        if not total.hinted and not any(abs(total.values[i] or ZERO) >= BIG_ENOUGH for i in strong):
            continue
        if _even_and_unsummed(total, run, weights, len(agreeing), mismatched):
            continue  # as many columns against as for, one adding nothing: a coincidence
        score = (len(agreeing) - mismatched, int(run[0].key == section_first))
        if best is None or score > best[0]:
            best = (score, _relation(total, run, weights, Fit.PARTIAL, dropped))
    return best[1] if best else None


def _even_and_unsummed(
    total: Vector, run: Sequence[Vector], weights: tuple[int, ...], agreeing: int, against: int
) -> bool:
    """A line that does not say it is a total or a balance, agreeing in as many positions
    as it disagrees, where a disagreeing position adds nothing: one item prints a figure,
    the others nil ('Notes due 2026' 6,000 under '—' and 3,750 is another item)."""
    if total.hinted or total.balance or agreeing != against:
        return False
    for i, target in enumerate(total.values):
        parts = [v.values[i] if i < len(v.values) else None for v in run]
        printed = [(w, p) for w, p in zip(weights, parts, strict=True) if p is not None]
        if target is None or len(printed) != len(parts):
            continue
        computed = sum((w * p for w, p in printed), ZERO)
        if computed != target and sum(p != 0 for _, p in printed) <= 1:
            return True
    return False


def _agreeing(total: Vector, length: int) -> tuple[_Position, ...]:
    """What counts as agreement for a partial total.

    For a line that says it is a total, directly under two lines, a position that one
    lost item would settle counts too: the garbled attribution of a total (owners,
    non-controlling interests) is still that total's attribution.
    """
    if total.hinted and length == 2:
        return (_Position.MATCH, _Position.COPY, _Position.INFERABLE)
    return (_Position.MATCH, _Position.COPY)


def _relation(
    total: Vector,
    run: Sequence[Vector],
    weights: tuple[int, ...],
    fit: Fit,
    excluded: tuple[int, ...] = (),
) -> Relation:
    return Relation(total.key, tuple(v.key for v in run), weights, fit, excluded)


def _signings(
    run: Sequence[Vector],
    total: Vector,
    hinted: tuple[int, ...] | None = None,
    net: tuple[int, ...] | None = None,
) -> list[tuple[int, ...]]:
    """The sign patterns a run may be added with, most likely first (`hinted`, `net`: the
    run's hinted and net weights when known).

    First-minus-the-rest is tried only for a line that says it is a total: for any
    X = A + B it also holds that B = X - A, so an item after a total would match it.
    So is the net pattern of a balance sheet, liabilities subtracted, and only for a
    total that is not itself a liability.
    """
    if hinted is None:
        hinted = _hinted_weights(run)
    first_minus_rest = (1,) + (-1,) * (len(run) - 1)
    patterns = [hinted]
    if total.hinted and first_minus_rest != hinted:
        patterns.append(first_minus_rest)
    if net is None:
        net = tuple(-1 if v.negated or v.owed else 1 for v in run)
    if total.hinted and not total.owed and net not in patterns:
        patterns.append(net)  # net assets = non-current assets + net current assets - NCL
    return patterns


def _hinted_weights(run: Sequence[Vector]) -> tuple[int, ...]:
    return tuple(-1 if v.negated else 1 for v in run)


def _fits(run: Sequence[Vector], weights: tuple[int, ...], total: Vector, needed: int) -> bool:
    """Agreement everywhere, in enough positions, and a real sum somewhere unless hinted."""
    states = _positions(run, weights, total)
    if _Position.MISMATCH in states:
        return False
    agreeing = states.count(_Position.MATCH) + states.count(_Position.COPY)
    return agreeing >= needed and (total.hinted or _Position.MATCH in states)


def _positions(run: Sequence[Vector], weights: tuple[int, ...], total: Vector) -> list[_Position]:
    return [_position(run, weights, total, i) for i in range(len(total.values))]


def _position(run: Sequence[Vector], weights: tuple[int, ...], total: Vector, i: int) -> _Position:
    parts = [v.values[i] if i < len(v.values) else None for v in run]
    printed = [p for p in parts if p is not None]
    target = total.values[i]
    if target is None and not printed:
        return _Position.TRIVIAL
    blanks = len(parts) - len(printed) + (target is None)
    if target is None:
        return _Position.INFERABLE_TOTAL if blanks == 1 else _Position.TRIVIAL
    computed = sum((w * p for w, p in zip(weights, parts, strict=True) if p is not None), ZERO)
    if computed == target:
        nonzero = sum(p != 0 for p in printed)
        if nonzero >= 2:
            return _Position.MATCH
        return _Position.COPY if nonzero == 1 else _Position.TRIVIAL
    return _Position.INFERABLE if blanks == 1 else _Position.MISMATCH
