"""What each example's README says the first design raises is what the analysis raises:
a second user trial found the fine-tuning and coding-agent pages claiming critical
findings and rules the catalogue no longer raised, and medium findings left open
after the review where none was."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

import threatgraph as tg

ROOT = Path(__file__).resolve().parent.parent
WORDS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
CLAIM = re.compile(r"\b(\w+) open findings, (\w+) of them high\b", re.IGNORECASE)
EXAMPLES = sorted(
    p.parent.name
    for p in ROOT.glob("examples/*/README.md")
    if CLAIM.search(p.read_text(encoding="utf-8"))
)


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_readme_counts_what_the_first_design_raises(name: str) -> None:
    text = (ROOT / "examples" / name / "README.md").read_text(encoding="utf-8")
    m = CLAIM.search(text)
    assert m is not None
    report = runpy.run_path(str(ROOT / "examples" / name / "before.py"))["tm"].analyze()
    opened = report.open()
    high = [f for f in opened if f.severity >= tg.Severity.HIGH]
    assert (WORDS[m.group(1).lower()], WORDS[m.group(2).lower()]) == (len(opened), len(high))
    assert "critical" not in text.split("## What the review changed")[0].lower() or any(
        f.severity is tg.Severity.CRITICAL for f in opened
    )


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_readme_says_nothing_is_left_open_only_when_nothing_is(name: str) -> None:
    text = (ROOT / "examples" / name / "README.md").read_text(encoding="utf-8")
    after = runpy.run_path(str(ROOT / "examples" / name / "after.py"))["tm"].analyze()
    if "No finding is left open" in text:
        assert after.open() == []


def test_the_five_reviewed_examples_are_checked() -> None:
    assert len(EXAMPLES) >= 5, EXAMPLES
