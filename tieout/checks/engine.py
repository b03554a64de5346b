"""Run the rules over a filing and count coverage."""

from __future__ import annotations

import traceback
from collections.abc import Iterable

from tieout.checks.registry import CheckContext, Rule, all_rules, select_rules
from tieout.collector import collector_paused
from tieout.model import Check, Filing, Finding, Report, Severity, Status, Summary


@collector_paused()
def run_checks(
    filing: Filing,
    rules: Iterable[Rule] | None = None,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Report:
    """Every selected rule over the filing; a rule that raises becomes a TO999 finding."""
    chosen = select_rules(all_rules() if rules is None else rules, select, ignore)
    ctx = CheckContext(filing)
    checks: list[Check] = []
    for rule in chosen:
        try:
            checks.extend(rule(ctx))
        except Exception as error:  # one broken rule must not stop the others
            checks.append(_internal_error(rule, error))
    findings = tuple(c.finding for c in checks if c.finding is not None)
    return Report(filing, tuple(checks), findings, summarise(filing, checks, findings))


def _internal_error(rule: Rule, error: Exception) -> Check:
    message = f"rule {rule.code} {rule.name} failed: {type(error).__name__}: {error}"
    detail = traceback.format_exception_only(error)[-1].strip()
    finding = Finding("TO999", Severity.ERROR, f"{message} ({detail})", ())
    return Check("TO999", Status.FAILED, message, (), finding=finding)


def summarise(filing: Filing, checks: list[Check], findings: tuple[Finding, ...]) -> Summary:
    used = {key for check in checks for key in check.facts}
    keys = {(f.table_id, f.row, f.column) for f in filing.facts}
    primary_tables = {t.id for t in filing.tables if t.kind.is_primary}
    primary = {k for k in keys if k[0] in primary_tables}
    return Summary(
        checks_run=len(checks),
        passed=sum(c.status is Status.PASSED for c in checks),
        failed=sum(c.status is Status.FAILED for c in checks),
        inferred=sum(c.status is Status.INFERRED for c in checks),
        unresolved=sum(c.status is Status.UNRESOLVED for c in checks),
        errors=sum(f.severity is Severity.ERROR for f in findings),
        warnings=sum(f.severity is Severity.WARNING for f in findings),
        facts=len(keys),
        facts_checked=len(keys & used),
        primary_facts=len(primary),
        primary_facts_checked=len(primary & used),
    )
