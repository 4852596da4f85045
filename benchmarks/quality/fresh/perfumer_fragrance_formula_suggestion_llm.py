"""Formula suggestion assistant: the first design, before any security review.

A perfume house gives its perfumers an internal assistant that suggests changes to
a formula in progress: "warmer dry-down", "replace this discontinued musk", "bring
the cost down 10%". Perfumers use a web app on the corporate network, signed in
through the company's Entra ID with MFA. An orchestrator retrieves similar formulas
from an embedding index of the house's formula library, reads the raw-material
database (odour profiles, constituents, prices, availability) and sends the prompt
to a hosted LLM under an enterprise agreement with no retention. Every suggested
formula is parsed and run through an IFRA compliance checker, which computes the
level of each restricted substance for the product category against the IFRA
limits imported weekly from a regulatory data vendor; failing suggestions are shown
as failing, not hidden. The perfumer decides whether to make a trial: only then is
the formula saved as a new version and sent to the lab's compounding system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fragrance formula suggestion assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM suggestions for formula modifications, checked against IFRA "
    "limits before a perfumer makes a trial.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Perfumer request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The goal of the change, the client brief reference and the working formula.",
)
formulas = tg.Data(
    "Fragrance formulas",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The house's formula library: materials and parts per thousand, per version.",
)
formula_chunks = tg.Data(
    "Formula embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.SECRET,
    description="Embeddings of each formula with its olfactive description.",
)
similar = tg.Data(
    "Similar formulas",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.SECRET,
)
materials = tg.Data(
    "Raw-material data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Odour profiles, constituent breakdowns, prices and stock of each material.",
)
ifra_limits = tg.Data(
    "IFRA limits table",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Maximum levels per restricted substance and product category.",
)
prompt = tg.Data(
    "Suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.SECRET,
    description="Instructions, the request, similar formulas and material data.",
)
suggestion = tg.Data(
    "Suggested formula change",
    kind="model-output",
    sensitivity=tg.Sensitivity.SECRET,
    description="Structured list of materials to add, remove or re-dose, with a rationale.",
)
check_result = tg.Data(
    "IFRA check result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pass or fail per product category, with the substances over their limit.",
)
trial = tg.Data(
    "Trial formula",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="The formula version the perfumer chose to have compounded.",
)
session_log = tg.Data(
    "Assistant session log",
    kind="logs",
    sensitivity=tg.Sensitivity.SECRET,
    description="Requests, suggestions and check results, with the perfumer's user id.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Regulatory data vendor", trust=tg.Trust.PARTNER):
    # Licensed feed of the IFRA Standards and their amendments.
    ifra_feed = tm.add(
        tg.DataSource(
            "IFRA standards feed",
            origin=tg.Origin.VENDOR,
            provides={ifra_limits},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on our data, no retention")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Senior and junior perfumers working on client briefs.
    perfumer = tm.add(tg.Actor("Perfumer", role="perfumer"))
    # Keeps raw-material constituent data and IFRA imports correct.
    reg_affairs = tm.add(
        tg.Actor("Regulatory affairs specialist", role="regulatory affairs", privileged=True)
    )

    with tm.boundary("Assistant platform", trust=tg.Trust.INTERNAL):
        # What perfumers use: request form, suggestion view, trial button.
        web_app = tm.add(
            tg.Endpoint(
                "Assistant web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="Entra ID SSO with MFA"),
                    c.HumanInTheLoop(
                        approver="the perfumer",
                        note="nothing is saved or sent to the lab until the perfumer "
                        "chooses to make a trial",
                    ),
                },
            )
        )
        # Retrieves context, builds the prompt, calls the LLM and the IFRA checker.
        orchestrator = tm.add(tg.Service("Suggestion orchestrator"))
        # Deterministic calculation of each restricted substance's level.
        ifra_checker = tm.add(
            tg.Service(
                "IFRA compliance checker",
                controls={
                    c.PolicyEnforcement(
                        rules="every suggested formula is checked against the IFRA limits "
                        "for its product categories, including constituents of naturals"
                    )
                },
            )
        )
        # Similarity search over the formula library.
        formula_index = tm.add(tg.VectorStore("Formula index", stores={formula_chunks}))
        # Nightly job that embeds new and changed formulas.
        indexer = tm.add(tg.Pipeline("Nightly formula indexing job", stage=tg.Stage.INGESTION))
        # Weekly import of the vendor's IFRA data into the material database.
        ifra_import = tm.add(tg.Pipeline("Weekly IFRA import job", stage=tg.Stage.INGESTION))
        # Record of what was asked and suggested.
        log_store = tm.add(
            tg.DataStore(
                "Session log store",
                stores={session_log},
                controls={c.AuditLogging(retention_days=730)},
            )
        )

    with tm.boundary("R&D data", trust=tg.Trust.RESTRICTED):
        # The house's formula library: its most valuable asset.
        formula_db = tm.add(
            tg.DataStore(
                "Formula library",
                stores={formulas},
                controls={
                    c.RBAC(note="perfumers see the formulas of their own teams"),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # Materials, their constituents and the IFRA limits.
        material_db = tm.add(tg.DataStore("Raw-material database", stores={materials, ifra_limits}))

    with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
        # Weighing robot control that compounds trials.
        lab = tm.add(tg.Service("Lab compounding system"))

# ---------------------------------------------------------------- flows
tm.flow(perfumer, web_app, request, protocol="https")
tm.flow(web_app, perfumer, suggestion, check_result, protocol="https")
tm.flow(formula_db, web_app, formulas, label="opens working formula")
tm.flow(web_app, orchestrator, request)
tm.flow(orchestrator, web_app, suggestion, check_result)

tm.flow(orchestrator, formula_index, request, label="similarity query")
tm.flow(formula_index, orchestrator, similar)
tm.flow(material_db, orchestrator, materials)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, suggestion, protocol="https")
tm.flow(orchestrator, ifra_checker, suggestion)
tm.flow(ifra_checker, orchestrator, check_result)
tm.flow(material_db, ifra_checker, materials, ifra_limits)
tm.flow(orchestrator, log_store, session_log)

tm.flow(perfumer, web_app, trial, protocol="https", label="make a trial")
tm.flow(web_app, formula_db, trial, label="saved as new version")
tm.flow(web_app, lab, trial, label="trial order")

tm.flow(formula_db, indexer, formulas, label="nightly export")
tm.flow(indexer, formula_index, formula_chunks)

tm.flow(ifra_feed, ifra_import, ifra_limits, protocol="sftp")
tm.flow(ifra_import, material_db, ifra_limits)
tm.flow(reg_affairs, material_db, materials, label="maintains constituent data")
tm.flow(material_db, reg_affairs, materials, ifra_limits)
