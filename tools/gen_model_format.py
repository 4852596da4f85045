"""Regenerate the tables of docs/reference/model-format.md that come from the code.

``python tools/gen_model_format.py`` rewrites the part between the
``<!-- controls:start -->`` and ``<!-- controls:end -->`` markers: every built-in
control with its key, Python class, layer, parameters and aliases, and what it means.
tests/test_model_format_doc.py checks that the page is current and that the
element tables name every keyword argument of every kind.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

import threatgraph.controls as c

PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "model-format.md"
START = "<!-- controls:start -->"
END = "<!-- controls:end -->"


def _parameter(field: attrs.Attribute) -> str:  # type: ignore[type-arg]
    kind = {"int | None": "integer", "float | None": "number"}.get(str(field.type), "string")
    return f"`{field.name}` ({kind})"


def controls_table() -> str:
    """One row per built-in control, in the order they are defined."""
    lines = [
        START,
        "| Key | Python | Layer | Parameters | Aliases | What it means |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for cls in c.ALL:
        params = ", ".join(_parameter(f) for f in attrs.fields(cls) if f.name != "note") or "-"
        aliases = ", ".join(f"`{a}`" for a in cls.aliases) or "-"
        description = " ".join(cls.description.split()).replace("|", "\\|")
        lines.append(
            f"| `{cls.key}` | `c.{cls.__name__}` | {cls.layer.value} | {params} | {aliases} "
            f"| {description} |"
        )
    lines.append(END)
    return "\n".join(lines)


def render(page: str) -> str:
    """The page with its generated table replaced."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    assert pattern.search(page), f"{PAGE} has no {START} ... {END} markers"
    return pattern.sub(lambda _: controls_table(), page)


if __name__ == "__main__":
    PAGE.write_text(render(PAGE.read_text("utf-8")), encoding="utf-8")
