"""Generate the API reference page (reference/api.md) from the package's docstrings.

It runs as a MkDocs hook (see ``hooks:`` in mkdocs.yml), so the page is built
fresh from the code on every ``mkdocs build`` and can never go stale. Run it by
hand to preview the Markdown::

    python docs/gen_api.py            # print the page
    python docs/gen_api.py out.md     # write it to a file

Only public names are documented: each module's ``__all__``, and for classes
their public methods and properties. Docstrings are Google style with reST
roles and doctest examples; they are converted to Markdown here.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import itertools
import re
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

PAGE = "reference/api.md"

# (section title, module, names to document or None for the module's __all__, intro)
SECTIONS: tuple[tuple[str, str, tuple[str, ...] | None, str], ...] = (
    (
        "Building a model",
        "threatgraph.model",
        ("ThreatModel",),
        "The builder: the one mutable object. Freeze it into a `System`.",
    ),
    (
        "Elements",
        "threatgraph.elements",
        (
            "Element",
            "Actor",
            "ExternalService",
            "DataSource",
            "DataStore",
            "Dataset",
            "FeatureStore",
            "VectorStore",
            "Pipeline",
            "Model",
            "LLM",
            "ModelRegistry",
            "Endpoint",
            "Agent",
            "Tool",
            "Service",
            "Device",
        ),
        "Every element kind is a frozen value. Every kind also accepts the fields of "
        "`Element`: `id`, `description`, `controls`, `maturity`, `tags` and `exclude`.",
    ),
    (
        "Data, boundaries and flows",
        "threatgraph.elements",
        ("Data", "CIA", "Boundary", "Flow", "Route", "Exclusion"),
        "",
    ),
    (
        "The frozen system",
        "threatgraph.system",
        None,
        "What `ThreatModel.freeze()` returns, and what analysis, rendering and export take.",
    ),
    (
        "Filters",
        "threatgraph.filters",
        ("FlowFilter", "ElementFilter", "FlowFilterArgs", "ElementFilterArgs"),
        "Which flows, which elements: `System.flows`, `System.elements`, the queries and "
        "the testing assertions take these filters by keyword or as one value.",
    ),
    (
        "Queries",
        "threatgraph.queries",
        None,
        "Free functions over a `System`, used by the testing assertions and rules.",
    ),
    ("Analysis", "threatgraph.analysis", None, ""),
    ("Findings and reports", "threatgraph.findings", None, ""),
    ("Scoring", "threatgraph.scoring", None, "See also [Scoring](../explanation/scoring.md)."),
    ("Risk register", "threatgraph.register", None, ""),
    ("Threat actors", "threatgraph.actors", None, ""),
    ("Rules and catalogues", "threatgraph.rules", None, ""),
    (
        "Graph facts",
        "threatgraph.graph",
        None,
        "What rules ask of the graph, answered once per System: `view.g` in a rule.",
    ),
    (
        "Protocols",
        "threatgraph.protocols",
        ("Protocol", "PROTOCOLS", "lookup"),
        "What each declared `protocol=` gives a flow.",
    ),
    ("Diagrams", "threatgraph.render", None, ""),
    ("Reports", "threatgraph.report", None, ""),
    ("JSON reports and model files", "threatgraph.export.json", None, ""),
    ("SARIF", "threatgraph.export.sarif", None, ""),
    ("Open Threat Model (OTM)", "threatgraph.export.otm", None, ""),
    ("Testing", "threatgraph.testing", None, ""),
    ("Taxonomy references", "threatgraph.taxonomy", None, ""),
    ("Errors", "threatgraph.errors", None, ""),
)


# --------------------------------------------------------------------------- docstrings

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj):`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_TABLE_RULE = re.compile(r"^=+(\s+=+)+$")
_SECTION = re.compile(r"^(Args|Arguments|Returns|Raises|Yields|Attributes|Example|Examples):\s*$")


def _inline(text: str) -> str:
    """reST inline markup to Markdown."""

    def role(m: re.Match[str]) -> str:
        name = m.group(1)
        return f"`{name.rsplit('.', 1)[-1] if '~' in m.group(0) else name}`"

    return _LITERAL.sub(r"`\1`", _ROLE.sub(role, text))


def docstring_to_markdown(doc: str | None) -> str:
    """Convert a Google-style docstring with reST bits and doctests into Markdown."""
    if not doc:
        return ""
    lines = inspect.cleandoc(doc).splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            out += ["```pycon", *textwrap.dedent("\n".join(block)).splitlines(), "```", ""]
            continue
        section = _SECTION.match(stripped)
        if section and not line.startswith(" "):
            title = {"Args": "Arguments", "Example": "Examples"}.get(
                section.group(1), section.group(1)
            )
            out += [f"**{title}**", ""]
            i += 1
            items: list[str] = []
            while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
                item = lines[i].strip()
                if not item:
                    i += 1
                    if i < len(lines) and not lines[i].startswith(" "):
                        break
                    continue
                head = re.match(r"^([\w*, /]+?)( \([^)]*\))?:\s(.*)$", item)
                if head and lines[i].startswith("    ") and not lines[i].startswith("        "):
                    names = ", ".join(f"`{n.strip()}`" for n in head.group(1).split(","))
                    items.append(f"- {names}: {_inline(head.group(3))}")
                elif items:
                    items[-1] += " " + _inline(item)
                else:
                    items.append(f"- {_inline(item)}")
                i += 1
            out += [*items, ""]
            continue
        if stripped.endswith("::"):
            text = line[:-1] if stripped != "::" else ""
            if text.strip():
                out.append(_inline(text))
            out.append("")
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            block = []
            while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            code = textwrap.dedent("\n".join(block))
            lang = "pycon" if code.lstrip().startswith(">>>") else "python"
            if "====" in code or code.lstrip().startswith(("$", "threatgraph ")):
                lang = "text"
            out += [f"```{lang}", *code.splitlines(), "```", ""]
            continue
        if _TABLE_RULE.match(stripped):  # a reST simple table: keep it as text
            block = [line]
            rules = 1
            i += 1
            while i < len(lines) and rules < 3:
                block.append(lines[i])
                rules += bool(_TABLE_RULE.match(lines[i].strip()))
                i += 1
            out += ["```text", *block, "```", ""]
            continue
        out.append(_inline(line))
        i += 1
    return "\n".join(out).strip() + "\n"


def first_paragraph(doc: str | None) -> str:
    """The docstring's first paragraph, on one line."""
    if not doc:
        return ""
    para = inspect.cleandoc(doc).split("\n\n", 1)[0]
    return _inline(" ".join(para.split()))


# --------------------------------------------------------------------------- signatures


def _annotation(tp: Any) -> str:
    if isinstance(tp, str):
        return tp
    if isinstance(tp, type):
        return tp.__name__
    return str(tp).replace("typing.", "").replace("collections.abc.", "")


def _default(value: Any) -> str:
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        return "…"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    text = repr(value)
    return text if len(text) < 40 else "…"


def class_signature(cls: type) -> str:
    """``Name(field, *, other=default)`` for attrs classes, else from ``__init__``."""
    if attrs.has(cls):
        positional: list[str] = []
        keyword: list[str] = []
        for f in attrs.fields(cls):
            if not f.init or f.name == "declared_at" or f.name.startswith("_"):
                continue
            text = f.name if f.default is attrs.NOTHING else f"{f.name}={_default(f.default)}"
            (keyword if f.kw_only else positional).append(text)
        parts = positional + (["*", *keyword] if keyword else [])
        return f"{cls.__name__}({', '.join(parts)})"
    try:
        sig = inspect.signature(cls).replace(return_annotation=inspect.Signature.empty)
    except (TypeError, ValueError):
        return f"{cls.__name__}(…)"
    return f"{cls.__name__}{_format_signature(sig)}"


def _format_signature(sig: inspect.Signature) -> str:
    params = []
    seen_kwonly = False
    for p in sig.parameters.values():
        if p.name == "self":
            continue
        if p.kind is p.KEYWORD_ONLY and not seen_kwonly:
            params.append("*")
            seen_kwonly = True
        if p.kind is p.VAR_POSITIONAL:
            seen_kwonly = True
            params.append(f"*{p.name}")
            continue
        if p.kind is p.VAR_KEYWORD:
            params.append(f"**{p.name}")
            continue
        if p.default is inspect.Parameter.empty:
            params.append(p.name)
        else:
            params.append(f"{p.name}={_default(p.default)}")
    ret = ""
    if sig.return_annotation is not inspect.Signature.empty:
        ret = f" -> {_annotation(sig.return_annotation)}"
    return f"({', '.join(params)}){ret}"


def function_signature(name: str, fn: Callable[..., Any]) -> str:
    """``name(a, *, b=1) -> Ret``."""
    try:
        return f"{name}{_format_signature(inspect.signature(fn))}"
    except (TypeError, ValueError):
        return f"{name}(…)"


# --------------------------------------------------------------------------- objects


def _own_members(cls: type) -> list[tuple[str, Any]]:
    members = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, (property, staticmethod, classmethod)) or inspect.isfunction(value):
            members.append((name, value))
    return sorted(members)


def _fields_list(cls: type) -> list[str]:
    if not attrs.has(cls):
        return []
    rows = []
    parent_fields = set()
    for base in cls.__mro__[1:]:
        if attrs.has(base):
            parent_fields |= {f.name for f in attrs.fields(base)}
    for f in attrs.fields(cls):
        if f.name in parent_fields or f.name == "declared_at" or not f.init:
            continue
        default = "" if f.default is attrs.NOTHING else f" (default `{_default(f.default)}`)"
        doc = _field_doc(cls, f.name)
        rows.append(f"- `{f.name}`{default}" + (f": {doc}" if doc else ""))
    return rows


def _field_doc(cls: type, name: str) -> str:
    """The attribute docstring (a string literal right after the field), if any."""
    return _attribute_docs(cls).get(name, "")


def _attribute_docs(cls: type) -> dict[str, str]:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = _inline(" ".join(following.value.value.split()))
    return docs


def document_class(name: str, cls: type) -> list[str]:
    """Markdown for one class."""
    out = [f"### `{name}`", "", "```python", class_signature(cls), "```", ""]
    out.append(docstring_to_markdown(cls.__doc__))
    if issubclass(cls, enum.Enum):
        out.append("| Member | Value |")
        out.append("|---|---|")
        for member in cls:
            out.append(f"| `{member.name}` | `{member.value}` |")
        out.append("")
        return out
    fields = _fields_list(cls)
    if fields:
        out += ["**Fields**", "", *fields, ""]
    members = _own_members(cls)
    if members:
        out += ["**Members**", ""]
        for mname, value in members:
            if isinstance(value, property):
                out.append(f"- `{mname}` (property): {first_paragraph(value.__doc__)}")
            else:
                fn = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                sig = function_signature(mname, fn)
                out.append(f"- `{sig}`: {first_paragraph(fn.__doc__)}")
        out.append("")
    return out


def document_function(name: str, fn: Callable[..., Any]) -> list[str]:
    """Markdown for one function."""
    return [
        f"### `{name}`",
        "",
        "```python",
        function_signature(name, fn),
        "```",
        "",
        docstring_to_markdown(fn.__doc__),
    ]


def document_value(name: str, value: Any) -> list[str]:
    """Markdown for a constant or alias."""
    text = repr(value)
    if len(text) > 120:
        text = f"<{type(value).__name__}>"
    return [f"### `{name}`", "", f"`{text}`", ""]


def document_module(module: ModuleType, names: Iterable[str]) -> list[str]:
    """Markdown for the named public objects of a module."""
    out: list[str] = []
    for name in names:
        obj = getattr(module, name)
        if inspect.isclass(obj):
            out += document_class(name, obj)
        elif inspect.isfunction(obj) or inspect.isbuiltin(obj):
            out += document_function(name, obj)
        elif isinstance(obj, ModuleType):
            continue
        else:
            out += document_value(name, obj)
    return out


def controls_table() -> list[str]:
    """One row per built-in control."""
    from threatgraph import controls as c

    out = [
        "## Controls",
        "",
        "Attach controls with `controls={...}` on an element or a flow. Each accepts a "
        "free-text `note`; some take parameters. `c.lookup(name)` finds a control by "
        "key, class name or alias. Where each control counts is explained in "
        "[Where controls count](../explanation/controls.md).",
        "",
        "| Control | Key | Layer | Parameters | What it means |",
        "|---|---|---|---|---|",
    ]
    for cls in c.ALL:
        params = [f.name for f in attrs.fields(cls) if f.name != "note"]
        out.append(
            f"| `c.{cls.__name__}` | `{cls.key}` | {cls.layer.value} | "
            f"{', '.join(f'`{p}`' for p in params) or '-'} | {cls.description} |"
        )
    out.append("")
    out += document_module(c, ("Control", "lookup", "by_layer", "coerce_controls"))
    return out


def vocabulary() -> list[str]:
    """Every enum of threatgraph.vocab."""
    from threatgraph import vocab

    out = [
        "## Vocabulary",
        "",
        "String-valued enums. Anywhere one is expected, its value or name in any case "
        'is accepted too (`trust="untrusted"`); a wrong value raises an error that '
        "suggests the closest valid one. Ordered enums compare by declaration order.",
        "",
    ]
    return out + document_module(vocab, vocab.__all__)


def render_page() -> str:
    """The whole reference page."""
    import threatgraph

    out = [
        "# Python API reference",
        "",
        "Generated from the docstrings of threatgraph "
        f"{threatgraph.__version__} by `docs/gen_api.py`. Import the package as "
        "`import threatgraph as tg`; the names in `tg.__all__` are the core API, and the "
        "sub-modules below hold the rest.",
        "",
    ]
    for title, module_name, names, intro in SECTIONS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        chosen = names if names is not None else getattr(module, "__all__", None)
        if not chosen:
            continue
        out += [f"## {title}", ""]
        if intro:
            out += [intro, ""]
        elif module.__doc__ and names is None:
            out += [docstring_to_markdown(module.__doc__)]
        out += document_module(module, chosen)
        if title == "Data, boundaries and flows":
            out += controls_table()
    out += vocabulary()
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip() + "\n"


# --------------------------------------------------------------------------- mkdocs hook


def on_files(files: Any, config: Any) -> Any:
    """MkDocs hook: add the generated page to the site (replacing any file of that name)."""
    from mkdocs.structure.files import File

    existing = files.get_file_from_path(PAGE)
    if existing is not None:
        files.remove(existing)
    files.append(File.generated(config, PAGE, content=render_page()))
    return files


def main(argv: list[str]) -> int:
    """Print the page, or write it to the path given."""
    text = render_page()
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
