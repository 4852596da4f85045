"""Totals of the recorded independent reviews in ``benchmarks/quality/reviews/``.

    .venv/bin/python -m benchmarks.quality.reviews [--dir DIR]

Each review file holds one verdict row per open finding (see README.md). This
counts the verdicts per review and over all of them, and the noise figure:
(DUPLICATE + WEAK + WRONG) / open findings. Pattern tags that reviewers gave to
struck findings are counted too, most frequent first.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

VERDICTS = ("VALID", "DUPLICATE", "SEVERITY", "WEAK", "WRONG")
NOISE = ("DUPLICATE", "WEAK", "WRONG")
_ROW = re.compile(r"^\|\s*F(\d+)\s*\|(.*)$")


@dataclass
class Review:
    name: str
    verdicts: Counter[str] = field(default_factory=Counter)
    patterns: Counter[str] = field(default_factory=Counter)
    high_verdicts: Counter[str] = field(default_factory=Counter)
    """Verdicts of the findings the tool rated high or critical."""

    @property
    def total(self) -> int:
        return sum(self.verdicts.values())

    @property
    def noise(self) -> int:
        return sum(self.verdicts[v] for v in NOISE)


def parse(path: Path) -> Review:
    """Read one review file's verdict table."""
    review = Review(path.stem)
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        cells = [c.strip() for c in m.group(2).split("|")]
        if len(cells) < 3:
            continue
        finding, verdict, pattern = cells[0], cells[1].upper(), cells[2]
        if verdict not in VERDICTS:
            raise ValueError(f"{path.name}: F{m.group(1)} has verdict {cells[1]!r}")
        review.verdicts[verdict] += 1
        if verdict in NOISE and pattern:
            review.patterns[pattern] += 1
        if finding.upper().startswith(("HIGH", "CRITICAL", "[HIGH", "[CRITICAL")):
            review.high_verdicts[verdict] += 1
    return review


def load(directory: Path) -> list[Review]:
    """Every review in ``directory``, by file name."""
    return [parse(p) for p in sorted(directory.glob("*.md")) if p.name != "README.md"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.reviews")
    parser.add_argument("--dir", default=str(Path(__file__).parent / "reviews" / "v2-round2"))
    args = parser.parse_args(argv)
    reviews = load(Path(args.dir))
    if not reviews:
        print("no reviews found", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    patterns: Counter[str] = Counter()
    high: Counter[str] = Counter()
    print(f"{'review':44} {'open':>5} " + " ".join(f"{v[:5]:>5}" for v in VERDICTS) + "  noise")
    for r in reviews:
        total.update(r.verdicts)
        patterns.update(r.patterns)
        high.update(r.high_verdicts)
        pct = 100.0 * r.noise / r.total if r.total else 0.0
        print(
            f"{r.name:44} {r.total:5} "
            + " ".join(f"{r.verdicts[v]:5}" for v in VERDICTS)
            + f"  {pct:5.1f}%"
        )
    n = sum(total.values())
    struck = sum(total[v] for v in NOISE)
    print(
        f"\nall {len(reviews)} reviews: {n} open findings; "
        + ", ".join(f"{v} {total[v]}" for v in VERDICTS)
        + f"; noise {struck}/{n} = {100.0 * struck / n if n else 0:.1f}%"
    )
    hn = sum(high.values())
    if hn:
        hs = sum(high[v] for v in NOISE)
        print(f"high+critical findings: {hn}, struck {hs} ({100.0 * hs / hn:.0f}%)")
    if patterns:
        print(
            "patterns of struck findings: "
            + ", ".join(f"{p} {k}" for p, k in patterns.most_common())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
