"""Maintenance logbook defect assistant: the first design, before any security review.

Line technicians, at our own stations and at contracted outstations, write defects
into the electronic technical log on airline-issued tablets. Each new entry is
passed to a defect coding service, which retrieves the relevant MEL items and ATA
chapter definitions from a reference index, looks up the aircraft's recent defect
history in the MRO system, and asks a hosted LLM to suggest an ATA defect code, a
MEL deferral category and a draft work order. Suggestions land in a queue that
duty maintenance controllers work through in a web workbench; a controller accepts
or edits each draft before it is written to the MRO system as a work order, which
then shows on the technician's tablet. MEL and manual revisions come from the
manufacturer's portal and from our technical publications team and are indexed by
an ingestion job. Staff sign in through corporate SSO, traffic uses HTTPS, and the
MRO system has role-based access, encryption at rest and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Maintenance logbook defect assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM suggestions of defect codes, MEL deferral categories and draft work "
        "orders from technicians' tech log entries, approved by maintenance control."
    ),
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Technical logbook entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Aircraft registration, defect text, station, technician name and licence number.",
)
history = tg.Data(
    "Aircraft defect history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Open deferrals and repeat defects on the same tail over the last 90 days.",
)
reference_docs = tg.Data(
    "MEL and maintenance manual revisions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Operator MEL, manufacturer MMEL, AMM extracts and ATA chapter definitions.",
)
reference_chunks = tg.Data(
    "MEL and ATA reference passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Defect coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the logbook entry, retrieved MEL passages and defect history.",
)
suggestion = tg.Data(
    "Suggested defect code and deferral category",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_work_order = tg.Data(
    "Draft work order",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
work_order = tg.Data(
    "Approved work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Defect code, MEL item and category, rectification interval and tasks.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Line maintenance stations", trust=tg.Trust.PARTNER):
    # Writes defects into the tech log; some are staff of contracted outstation MROs.
    technician = tm.add(tg.Actor("Line technician", role="licensed aircraft engineer"))
    # Airline-issued tablets on airport Wi-Fi or cellular, running the eTechLog app.
    tablet = tm.add(
        tg.Device(
            "Technician tablet",
            description="Managed tablet with the electronic tech log app.",
        )
    )

with tm.boundary("Aircraft manufacturer", trust=tg.Trust.PARTNER):
    # Where MMEL and manual revisions are published; pulled by the ingestion job.
    oem_portal = tm.add(
        tg.DataSource(
            "Manufacturer technical publications portal",
            origin=tg.Origin.VENDOR,
            provides={reference_docs},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose model in the provider's cloud region; we send it defect text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Suggests ATA codes, MEL deferral categories and work order text.",
        )
    )

with tm.boundary("Airline cloud tenant", trust=tg.Trust.INTERNAL):
    # The legal technical log: receives entries from tablets and shows work orders back.
    etl = tm.add(
        tg.Service(
            "Electronic tech log service",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with per-tablet device certificate"),
                c.AuditLogging(),
            },
        )
    )
    # Builds the prompt from the entry, MEL passages and history; parses the answer.
    coder = tm.add(
        tg.Service(
            "Defect coding service",
            description="Calls the LLM for every new tech log entry and queues the result.",
        )
    )
    # RAG index of the current MEL, MMEL, AMM extracts and ATA chapter list.
    index = tm.add(tg.VectorStore("MEL reference index", stores={reference_chunks}))
    # Chunks and embeds each new revision of the reference documents.
    ingestion = tm.add(tg.Pipeline("Reference ingestion job", stage=tg.Stage.INGESTION))
    # Queue of suggestions and drafts waiting for maintenance control.
    queue = tm.add(tg.DataStore("Suggestion queue", stores={suggestion, draft_work_order}))
    # Web app where controllers review, edit and accept the drafts.
    workbench = tm.add(
        tg.Service(
            "Maintenance control workbench",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="duty maintenance controller"),
            },
        )
    )

    with tm.boundary("M&E records", trust=tg.Trust.RESTRICTED):
        # System of record for aircraft maintenance: tech log, deferrals, work orders.
        mro = tm.add(
            tg.DataStore(
                "MRO maintenance records system",
                stores={entry, history, work_order},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides deferrals and releases work orders; accountable for the MEL decision.
    controller = tm.add(tg.Actor("Maintenance controller", role="maintenance control"))
    # Loads operator MEL revisions and internal manual changes for indexing.
    tech_pubs = tm.add(
        tg.Actor("Technical publications engineer", role="tech pubs", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(technician, tablet, entry, label="typed on the tablet")
tm.flow(tablet, etl, entry, protocol="https")
tm.flow(etl, mro, entry, label="certified tech log record")
tm.flow(etl, coder, entry, label="new defect event")

tm.flow(coder, index, entry, label="similarity query")
tm.flow(index, coder, reference_chunks, label="retrieved MEL passages")
tm.flow(coder, mro, entry, label="history lookup by tail number")
tm.flow(mro, coder, history)
tm.flow(coder, llm, prompt, protocol="https")
tm.flow(llm, coder, suggestion, draft_work_order, protocol="https")
tm.flow(coder, queue, suggestion, draft_work_order)

tm.flow(queue, workbench, suggestion, draft_work_order)
tm.flow(workbench, controller, entry, suggestion, draft_work_order, protocol="https")
tm.flow(controller, workbench, work_order, protocol="https", label="accepts or edits")
tm.flow(workbench, mro, work_order)
tm.flow(mro, etl, work_order, label="work order and deferral status")
tm.flow(etl, tablet, work_order, protocol="https")
tm.flow(tablet, technician, work_order, label="shown on the tablet")

tm.flow(oem_portal, ingestion, reference_docs, protocol="https", label="revision download")
tm.flow(tech_pubs, ingestion, reference_docs, protocol="https", label="uploads MEL revision")
tm.flow(ingestion, index, reference_chunks)
