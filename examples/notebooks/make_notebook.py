"""Write design_review.ipynb from the cells below, without outputs.

The notebook is generated so that it stays reviewable as plain Python and
reproducible byte for byte::

    python examples/notebooks/make_notebook.py

tests/test_notebook.py executes the result with a real kernel.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
TARGET = HERE / "design_review.ipynb"

CELLS: list[tuple[str, str]] = [
    (
        "md",
        """# A design review in a notebook

This notebook reviews a small retrieval-augmented (RAG) support assistant
before any code exists. We declare the architecture step by step, look at the
diagram, ask threatgraph which threats the design implies, add the controls a
reviewer would ask for, and watch the threat list and the diagram change. It
ends with an invariant that a test suite could keep checking.

Run it top to bottom; every cell depends only on the ones above it.""",
    ),
    (
        "code",
        """import threatgraph as tg
from threatgraph import controls as c

tg.__version__""",
    ),
    (
        "md",
        """## 1. The data

Start with what needs protecting. A data asset has a sensitivity; flows and
stores name the assets they carry.""",
    ),
    (
        "code",
        """question = tg.Data("Customer question", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Answer", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data("Prompt with context", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data("Support tickets", sensitivity=tg.Sensitivity.PII)
help_pages = tg.Data("Help pages", sensitivity=tg.Sensitivity.PUBLIC)

tickets""",
    ),
    (
        "md",
        """## 2. Boundaries and components

Components go inside trust boundaries. The customer and the crawled help pages
are on the internet; the LLM is a vendor's; everything else runs in our VPC,
with the vector store in a more restricted data tier nested inside it.""",
    ),
    (
        "code",
        """tm = tg.ThreatModel("Support assistant", profile=tg.RiskProfile.HIGH)

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    customer = tm.add(tg.Actor("Customer"))
    web = tm.add(tg.DataSource("Help pages", origin=tg.Origin.PUBLIC_WEB, provides={help_pages}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    chat = tm.add(tg.Endpoint("Chat API", purpose=tg.EndpointPurpose.API))
    orchestrator = tm.add(tg.Service("Orchestrator"))
    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        index = tm.add(tg.VectorStore("Ticket index", stores={tickets, help_pages}))
        indexer = tm.add(tg.Pipeline("Indexer", stage=tg.Stage.INGESTION))

tm""",
    ),
    (
        "md",
        """## 3. Flows

Flows carry data from one component to another. `a >> b >> c` chains hops
that carry the same data.""",
    ),
    (
        "code",
        """tm.chain(customer >> chat >> orchestrator, question, protocol="https")
tm.flow(index, orchestrator, tickets, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, answer, protocol="https")
tm.chain(orchestrator >> chat >> customer, answer)
tm.flow(web, indexer, help_pages, label="nightly crawl")
tm.flow(indexer, index, help_pages)

system = tm.freeze()
print(system.summary())""",
    ),
    (
        "md",
        """The frozen `System` answers questions about the design. Which flows
carry personal data across a trust boundary?""",
    ),
    (
        "code",
        """for crossing in system.crossings():
    flow = crossing.flow
    if flow.sensitivity is tg.Sensitivity.PII:
        print(f"{flow.id:35} {crossing.label:30} {crossing.direction.value}")""",
    ),
    (
        "md",
        """## 4. The threats this design implies

`tm.analyze()` freezes the model and runs the rule catalogue. Displaying the
report draws the diagram with a numbered badge on every open finding.""",
    ),
    (
        "code",
        """report = tm.analyze()
report""",
    ),
    (
        "code",
        """def show(findings, limit=12):
    if not findings:
        print("(none)")
    for f in findings[:limit]:
        severity = f.severity.value
        print(f"#{f.number:<3} {severity:8} {f.stride_letters:3} {f.title}  ({f.target.key})")
    if len(findings) > limit:
        print(f"... and {len(findings) - limit} more")


top = report.open(min_severity=tg.Severity.HIGH)
print(f"{len(report.open())} open findings, {len(top)} high or critical\\n")
show(top)""",
    ),
    (
        "md",
        """Each finding says why it was raised, which taxonomies it maps to and
which controls would mitigate it. Take the first AI-specific one (rule ids
starting with `ai/`). The `stride/` rules are the classic threats of any
data-flow diagram, `hygiene/` findings point at what the model leaves
undeclared, and `profile/` and `compliance/` findings are requirements of the
risk profile or of a framework that the design does not meet.""",
    ),
    (
        "code",
        """first = next(f for f in top if f.rule.startswith("ai/"))
print(first.title)
print(first.explanation)
print("references:", ", ".join(first.references))
print("missing controls:", ", ".join(first.controls_missing))""",
    ),
    (
        "md",
        """## 5. The review adds controls

`tm.add_controls(element, ...)` attaches more controls to an element or flow
that is already in the model. (Elements are immutable values: the model keeps
a new copy, and the first `report` stays as it was, so we can compare.)""",
    ),
    (
        "code",
        """TLS = c.EncryptionInTransit()
review = {
    customer: {c.Authentication(method="OIDC")},
    chat: {
        c.Authentication(method="OIDC"),
        c.RateLimiting(requests_per_minute=20),
        c.InputValidation(),
        c.Guardrails(),
        c.OutputFiltering(),
    },
    orchestrator: {
        c.UntrustedInputSegregation(),
        c.PermissionAwareRetrieval(),
        c.DataMinimization(note="PII redacted before the prompt leaves the VPC"),
        c.SecretsManagement(),
        c.AuditLogging(),
    },
    llm: {c.ModelVersioning(), c.SupplierAssessment(), c.ModelAlignment(), c.RedTeaming()},
    index: {c.EncryptionAtRest(), c.RBAC(), c.PermissionAwareRetrieval()},
    indexer: {c.ProvenanceTracking(), c.DataSanitization()},
}
for element, controls in review.items():
    tm.add_controls(element, *controls)
for flow in tm.flows:
    tm.add_controls(flow, TLS)

after_report = tm.analyze()
after_report""",
    ),
    (
        "md",
        """## 6. What changed

A finding's id depends only on its threat family (the rule id, unless the
rule belongs to a family) and its target, so the two reports can be compared
directly. A finding whose cause the review removed (a requirement that is now
met, for example) is not in the second report at all, so it does not count as
resolved below.""",
    ),
    (
        "code",
        """before_ids = {f.id for f in report.open()}
after_open = after_report.open()
resolved = [f for f in after_report.findings if f.id in before_ids and not f.is_open]

print(f"open: {len(before_ids)} -> {len(after_open)}")
print(f"high or critical: {len(top)} -> {len(after_report.open(min_severity='high'))}")
print(f"resolved by the review: {len(resolved)}\\n")
print("Still open, most severe first:")
show(after_open, limit=8)""",
    ),
    (
        "md",
        """The diagram of the reviewed design shows the controls and the badges
that remain. (Showing `tm` itself draws the design as declared, without
findings: displaying an object never runs the analysis.)""",
    ),
    (
        "code",
        """tm.analyze()""",
    ),
    (
        "md",
        """## 7. Keep it true

The review's outcome is an invariant. The same assertions can live in a
pytest file next to `threat_model.py` so CI keeps checking them.""",
    ),
    (
        "code",
        """reviewed_system = tm.freeze()

# Nothing critical is left open.
assert not after_report.open(min_severity=tg.Severity.CRITICAL)

# No personal data leaves the VPC unencrypted.
assert not reviewed_system.flows(
    carrying=tg.Sensitivity.PII, crossing=True, without_control=c.EncryptionInTransit
)

# The review did better than the first design on every count.
assert len(after_report.open()) < len(report.open())
print("invariants hold")""",
    ),
]


def build() -> nbformat.NotebookNode:
    """The notebook, without outputs or execution counts."""
    cells = [new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in CELLS]
    nb = new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    # stable cell ids keep the file byte-identical across runs
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


def main(argv: list[str]) -> int:
    """Write the notebook (or check that the committed one is current with --check)."""
    text = nbformat.writes(build()) + "\n"
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        return 0 if current == text else 1
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
