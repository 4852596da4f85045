"""Dangerous goods document checker: the first design, before any security review.

A cargo airline checks shippers' declarations for dangerous goods before the
freight is accepted. Freight forwarders sign in to a web portal and upload the
declaration PDFs for each shipment; the air waybill reaches our cargo management
system separately, as an e-AWB message through the cargo community messaging hub.
An extraction pipeline built on open-source PDF and OCR libraries turns each PDF
into fields. A checking service, in the airline's cloud account, looks up the
matching air waybill and the relevant IATA regulation excerpts (loaded from the
licensed regulations feed into a vector index) and asks a hosted LLM to list
errors and mismatches. Acceptance agents at the warehouse counter see the flags
in the acceptance app, do the acceptance check and accept or reject the shipment,
which is recorded in the cargo management system before loading. The portal
checks file type and size, staff sign in with the airline SSO, every check and
decision is logged, the LLM vendor went through procurement's vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dangerous goods document checker",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-assisted checking of shippers' dangerous goods declarations against the "
        "air waybill and the regulations, for acceptance staff at the warehouse counter."
    ),
)

# ---------------------------------------------------------------- data assets
declaration_pdf = tg.Data(
    "Dangerous goods declaration PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipper's declaration: UN numbers, classes, packing, quantities, contacts.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
declaration_fields = tg.Data(
    "Extracted declaration fields", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
awb = tg.Data(
    "Air waybill",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
regulations = tg.Data(
    "Dangerous goods regulations",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed IATA regulations, UN list, state and operator variations.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
regulation_chunks = tg.Data(
    "Regulation excerpts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
check_prompt = tg.Data("Check prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
llm_findings = tg.Data(
    "LLM check findings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
flag_report = tg.Data(
    "Flag report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per shipment: each flagged error, the field, and the regulation cited.",
)
acceptance_decision = tg.Data(
    "Acceptance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
shipment_status = tg.Data("Shipment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Forwarders' staff who prepare and upload the paperwork for their shippers.
    forwarder = tm.add(tg.Actor("Freight forwarder", role="forwarder agent"))

with tm.boundary("Industry partners", trust=tg.Trust.PARTNER):
    # The messaging hub that relays forwarders' e-AWB messages to airlines.
    cargo_hub = tm.add(tg.ExternalService("Cargo community messaging hub"))
    # Licensed machine-readable regulations, updated with each edition and addendum.
    dgr_feed = tm.add(
        tg.DataSource(
            "Regulations data feed",
            origin=tg.Origin.VENDOR,
            provides={regulations},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Compares the declaration with the waybill and the excerpts and lists errors.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API.",
            controls={c.SupplierAssessment(note="procurement's standard vendor review")},
        )
    )

with tm.boundary("Airline cloud account", trust=tg.Trust.INTERNAL):
    # Where forwarders upload declarations and see each shipment's status.
    portal = tm.add(
        tg.Endpoint(
            "Forwarder upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="forwarder account user name and password"),
                c.InputValidation(note="PDF only, 20 MB limit"),
            },
        )
    )
    # Raw uploaded PDFs, kept as the shipment's paperwork.
    doc_store = tm.add(tg.DataStore("Declaration document store", stores={declaration_pdf}))
    # PDF parsing and OCR into structured fields.
    extraction = tm.add(
        tg.Pipeline(
            "Declaration extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Loads each regulations release into the vector index.
    reg_ingest = tm.add(tg.Pipeline("Regulations ingestion", stage=tg.Stage.INGESTION))
    # Regulation text chunked and embedded for lookup by UN number and topic.
    reg_index = tm.add(tg.VectorStore("Regulations index", stores={regulation_chunks}))
    # Gathers fields, waybill and excerpts, calls the LLM, writes the flag report.
    checker = tm.add(
        tg.Service(
            "Document checking service",
            controls={c.HumanInTheLoop(approver="DG-qualified acceptance agent")},
        )
    )
    # Flags, the agent's decision and who made it, kept for the regulator.
    results_store = tm.add(
        tg.DataStore(
            "Check results store",
            stores={flag_report, acceptance_decision},
            controls={c.AuditLogging(retention_days=1095)},
        )
    )

with tm.boundary("Cargo operations network", trust=tg.Trust.INTERNAL):
    # The existing cargo management system: waybills, bookings, acceptance status.
    cms = tm.add(tg.Service("Cargo management system"))
    # The app on the counter workstation where agents review flags and decide.
    acceptance_app = tm.add(
        tg.Endpoint(
            "Acceptance counter app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airline SSO"), c.RBAC()},
        )
    )
    # Trained acceptance staff who inspect the freight and sign off the checklist.
    agent = tm.add(tg.Actor("Acceptance agent", role="acceptance staff"))

# ---------------------------------------------------------------- flows
# paperwork in
tm.flow(forwarder, portal, declaration_pdf, protocol="https")
tm.flow(portal, doc_store, declaration_pdf)
tm.flow(doc_store, extraction, declaration_pdf)
tm.flow(extraction, checker, declaration_fields)
tm.flow(forwarder, cargo_hub, awb, protocol="https", label="e-AWB message")
tm.flow(cargo_hub, cms, awb, protocol="https")

# regulations
tm.flow(dgr_feed, reg_ingest, regulations, protocol="https")
tm.flow(reg_ingest, reg_index, regulation_chunks)

# checking
tm.flow(cms, checker, awb, protocol="https")
tm.flow(checker, reg_index, declaration_fields, label="lookup by UN number")
tm.flow(reg_index, checker, regulation_chunks)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, llm_findings, protocol="https")
tm.flow(checker, results_store, flag_report)

# acceptance at the counter
tm.flow(results_store, acceptance_app, flag_report, protocol="https")
tm.flow(acceptance_app, agent, flag_report, declaration_pdf)
tm.flow(doc_store, acceptance_app, declaration_pdf, protocol="https")
tm.flow(agent, acceptance_app, acceptance_decision)
tm.flow(acceptance_app, results_store, acceptance_decision, protocol="https")
tm.flow(acceptance_app, cms, acceptance_decision, protocol="https")

# status back to the forwarder
tm.flow(cms, portal, shipment_status, protocol="https")
tm.flow(portal, forwarder, shipment_status, protocol="https")
