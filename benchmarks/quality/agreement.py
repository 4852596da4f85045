"""How often two independent reviewers agree on the same finding.

    .venv/bin/python -m benchmarks.quality.agreement [--root DIR] [--same-list]

Some designs were reviewed more than once: a later round re-reviewed a design after
a rule change, or a whole re-review round was drawn at random. Where the same finding
(same design, same title, same place) was judged in two review directories, by two
reviewers who never saw each other's verdicts, the pair says how far the noise figure
is the tool's and how far it is the reviewers'. For each finding the first two
reviews, in round order, are compared:

- **kept by both / struck by both / split**: struck is DUPLICATE, WEAK or WRONG, as in
  the noise figure; VALID and SEVERITY are kept.
- **agreement** and **Cohen's kappa**, which discounts the agreement two reviewers
  would reach by chance at their own strike rates.
- **the reviewers' share of the noise**: a split finding counts as struck for one
  reviewer in two, so half the split findings, over all of them, is the part of a
  noise figure that a second reviewer would not repeat. The findings struck by both
  are the part a rule change can close without arguing with the reviewers.

``--same-list`` keeps only designs whose two reviews saw the very same finding list
(title and place of every finding): a finding's verdict can depend on the rest of the
list (DUPLICATE names another finding), and a rule change between the rounds changes
it. Nothing here changes a verdict or a rule; it reads the review files only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.quality.reviews import NOISE, VERDICTS

_HEADING = re.compile(r"^### F(\d+)\. \[(\w+)\] (.*)$")
_ROW = re.compile(r"^\|\s*F(\d+)\s*\|(.*)$")
_ROUND = re.compile(r"^v2-round(\d+)")

Key = tuple[str, str, str]
"""(design, finding title, the place it is raised on)."""


def _round(directory: Path) -> tuple[int, str]:
    m = _ROUND.match(directory.name)
    return (int(m.group(1)) if m else -1, directory.name)


def _findings(path: Path) -> dict[int, tuple[str, str]]:
    """The findings of one review input: number -> (title, place)."""
    out: dict[int, tuple[str, str]] = {}
    current: int | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADING.match(line)
        if m:
            current = int(m.group(1))
            out[current] = (m.group(3), "")
        elif current is not None and line.startswith("- on: ") and not out[current][1]:
            out[current] = (out[current][0], line[len("- on: ") :])
    return out


def _verdicts(path: Path) -> dict[int, str]:
    """The verdict of each finding number in one review file."""
    out: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line.strip())
        if not m:
            continue
        cells = [c.strip() for c in m.group(2).split("|")]
        if len(cells) >= 2 and cells[1].upper() in VERDICTS:
            out[int(m.group(1))] = cells[1].upper()
    return out


@dataclass(frozen=True)
class Judged:
    """One review of one design: its verdicts by finding, and the list it saw."""

    directory: str
    verdicts: dict[Key, str]
    shown: frozenset[Key]


def reviews(root: Path) -> dict[str, list[Judged]]:
    """Every review with an input beside it, by design, in round order. A review file
    without its input (the oldest rounds) cannot be matched finding by finding and is
    left out."""
    out: dict[str, list[Judged]] = {}
    for directory in sorted((d for d in root.iterdir() if d.is_dir()), key=_round):
        inputs = directory / "inputs"
        if not inputs.is_dir():
            continue
        for given in sorted(inputs.glob("*.md")):
            review = directory / given.name
            if not review.exists():
                continue
            findings = _findings(given)
            design = given.stem
            keys = {n: (design, *findings[n]) for n in findings}
            verdicts = {keys[n]: v for n, v in _verdicts(review).items() if n in keys}
            out.setdefault(design, []).append(
                Judged(directory.name, verdicts, frozenset(keys.values()))
            )
    return out


@dataclass(frozen=True)
class Agreement:
    """Pairs of verdicts on the same finding, by two reviewers."""

    kept_both: int
    struck_both: int
    split: int
    designs: int

    @property
    def pairs(self) -> int:
        return self.kept_both + self.struck_both + self.split

    @property
    def agreement(self) -> float:
        return (self.kept_both + self.struck_both) / self.pairs if self.pairs else 0.0

    @property
    def strike_rate(self) -> float:
        """Share of all verdicts in the pairs that strike."""
        return (2 * self.struck_both + self.split) / (2 * self.pairs) if self.pairs else 0.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa, with one strike rate for both reviewers (each pair's two
        verdicts are two draws from the same pool of reviewers)."""
        p = self.strike_rate
        chance = p * p + (1 - p) * (1 - p)
        if chance >= 1.0:
            return 1.0
        return (self.agreement - chance) / (1 - chance)

    @property
    def reviewer_share(self) -> float:
        """The noise a second reviewer would not repeat: half the split pairs."""
        return self.split / 2 / self.pairs if self.pairs else 0.0

    @property
    def consistent_share(self) -> float:
        """The noise both reviewers give: findings struck by both."""
        return self.struck_both / self.pairs if self.pairs else 0.0


def agreement(by_design: dict[str, list[Judged]], *, same_list: bool = False) -> Agreement:
    """Compare the first two reviews of every finding judged in two directories."""
    kept = struck = split = 0
    designs = 0
    for judged in by_design.values():
        seen: set[Key] = set()
        pairs: Iterable[tuple[Judged, Judged]] = (
            (a, b) for i, a in enumerate(judged) for b in judged[i + 1 :]
        )
        counted = False
        for a, b in pairs:
            if a.directory == b.directory or (same_list and a.shown != b.shown):
                continue
            for key, first in a.verdicts.items():
                second = b.verdicts.get(key)
                if second is None or key in seen:
                    continue
                seen.add(key)
                one, two = first in NOISE, second in NOISE
                if one and two:
                    struck += 1
                elif one or two:
                    split += 1
                else:
                    kept += 1
                counted = True
        designs += counted
    return Agreement(kept, struck, split, designs)


def _line(name: str, a: Agreement) -> str:
    return (
        f"{name}: {a.pairs} findings on {a.designs} designs reviewed twice; kept by both "
        f"{a.kept_both}, struck by both {a.struck_both}, split {a.split}\n"
        f"  agreement {100 * a.agreement:.1f}%, Cohen's kappa {a.kappa:.2f}, "
        f"strike rate {100 * a.strike_rate:.1f}%\n"
        f"  noise both reviewers give {100 * a.consistent_share:.1f}%, "
        f"noise a second reviewer would not repeat {100 * a.reviewer_share:.1f}%"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.agreement")
    parser.add_argument("--root", default=str(Path(__file__).parent / "reviews"))
    parser.add_argument(
        "--same-list",
        action="store_true",
        help="only designs whose two reviews saw the same finding list",
    )
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not root.is_dir():
        print(f"no review directory at {root}", file=sys.stderr)
        return 2
    by_design = reviews(root)
    result = agreement(by_design, same_list=args.same_list)
    if not result.pairs:
        print("no finding was reviewed twice", file=sys.stderr)
        return 2
    print(_line("same finding lists" if args.same_list else "all pairs", result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
