"""Signalling maintenance work orders: the first design, before any security review.

A rail infrastructure company wants faster, more consistent work orders for
signalling faults (track circuits, points, signals, axle counters). Signallers log
faults in the existing fault management system; technicians add notes from site
on rugged tablets that reach a mobile work gateway over the public mobile network,
signing in with corporate SSO and MFA. A drafting service in the company's cloud
tenancy gathers the fault, the notes, the asset's history from the enterprise asset
management system and passages retrieved from an index of maintenance standards
and past closed work orders, and asks a hosted LLM (the cloud provider's model
service, vetted by procurement, with its default content filter) for a draft work
order and the likely causes. A maintenance controller reviews, edits and approves
every draft in a review console before it is issued to the asset system and back
to the technicians' tablets. Prompts and drafts are kept in a log store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail signalling maintenance work order LLM",
    profile=tg.RiskProfile.HIGH,
    description="Drafts signalling work orders and likely causes from fault reports and notes.",
)

# ---------------------------------------------------------------- data assets
fault_report = tg.Data(
    "Signalling fault report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fault number, asset id, location, symptoms and train delay, as logged.",
)
notes = tg.Data(
    "Technician site notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free-text notes on what was found, tested and replaced on site.",
)
asset_query = tg.Data("Asset history query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
asset_history = tg.Data(
    "Asset maintenance history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
retrieval_query = tg.Data("Retrieval query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
context = tg.Data(
    "Retrieved maintenance passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the fault, the notes, the asset history and retrieved passages.",
)
draft = tg.Data(
    "Draft work order with suggested causes",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reviewed = tg.Data("Approved work order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
issued = tg.Data("Issued work order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
standards = tg.Data(
    "Signalling maintenance standards", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
closed_orders = tg.Data(
    "Closed work orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
chunks = tg.Data(
    "Maintenance text chunks", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # Signalling technicians out on the line, attending faults.
    technician = tm.add(tg.Actor("Signalling technician", role="maintenance technician"))
    # Company-issued rugged tablets running the field work app.
    tablet = tm.add(
        tg.Device(
            "Field tablet",
            description="Rugged tablet with the mobile work app, on public 4G/5G.",
        )
    )

with tm.boundary("Operational network", trust=tg.Trust.INTERNAL):
    # Signallers in the operating centres, who see and log the faults.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))
    # Existing fault management system; new faults are pushed to the drafting service.
    fms = tm.add(
        tg.DataSource(
            "Fault management system",
            origin=tg.Origin.INTERNAL,
            provides={fault_report},
        )
    )

with tm.boundary("Cloud AI service", trust=tg.Trust.PARTNER):
    # The cloud provider's hosted model, in the company's region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model; its cause suggestions steer safety-critical repairs.",
            controls={
                c.SupplierAssessment(note="procurement review; no retention of prompts"),
                c.Guardrails(note="the provider's default content filter"),
            },
        )
    )

with tm.boundary("Engineering cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the tablets send notes and receive issued work orders.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile work gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Orchestrates retrieval, prompt building and the LLM call.
    drafter = tm.add(
        tg.Service(
            "Work order drafting service",
            description="Builds the prompt for each fault and posts the draft for review.",
        )
    )
    # Index of standards and past work orders, for cause suggestions.
    index = tm.add(tg.VectorStore("Maintenance knowledge index", stores={chunks}))
    # Chunks and embeds the standards and closed work orders.
    indexer = tm.add(tg.Pipeline("Knowledge indexing pipeline", stage=tg.Stage.INGESTION))
    # Where the maintenance controller checks each draft before issue.
    console = tm.add(
        tg.Service(
            "Work order review console",
            controls={
                c.RBAC(),
                c.HumanInTheLoop(approver="maintenance controller"),
            },
        )
    )
    # Prompts and drafts kept for quality review and incident investigation.
    log_store = tm.add(tg.DataStore("Draft log store", stores={draft_log}))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # The system of record for assets and work orders.
    eam = tm.add(
        tg.DataStore(
            "Enterprise asset management system",
            stores={asset_history, issued, closed_orders},
            controls={c.EncryptionAtRest(), c.AuditLogging()},
        )
    )
    # Document library of the company's signalling maintenance standards.
    library = tm.add(tg.DataStore("Standards document library", stores={standards}))
    # Reviews, edits and approves the drafts.
    controller = tm.add(tg.Actor("Maintenance controller", role="maintenance controller"))

# ---------------------------------------------------------------- flows
# faults and site notes in
tm.flow(signaller, fms, fault_report, protocol="https")
tm.flow(fms, drafter, fault_report, protocol="https", label="new fault feed")
tm.flow(technician, tablet, notes)
tm.flow(tablet, gateway, notes, protocol="https")
tm.flow(gateway, drafter, notes)

# drafting
tm.flow(drafter, eam, asset_query, protocol="https")
tm.flow(eam, drafter, asset_history, protocol="https")
tm.flow(drafter, index, retrieval_query)
tm.flow(index, drafter, context)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, log_store, draft_log)

# review and issue
tm.flow(drafter, console, draft)
tm.flow(console, controller, draft, protocol="https")
tm.flow(controller, console, reviewed, protocol="https")
tm.flow(console, eam, reviewed, protocol="https")
tm.flow(eam, gateway, issued, protocol="https")
tm.flow(gateway, tablet, issued, protocol="https")
tm.flow(tablet, technician, issued)

# knowledge index
tm.flow(library, indexer, standards, protocol="https")
tm.flow(eam, indexer, closed_orders, protocol="https", label="nightly export")
tm.flow(indexer, index, chunks)
