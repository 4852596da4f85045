"""Nuclear plant maintenance work-order assistant: the first design.

Maintenance engineers raise fault reports in the station's maintenance management
system (CMMS). A work planner opens the drafting assistant from the CMMS; a drafting
service pulls the fault report and the equipment's history from the CMMS, retrieves
the relevant sections of the station procedures library from a vector index, and asks
a locally hosted open-weights LLM to draft a work order: job steps, isolations and
safety precautions. The draft is written back to the CMMS as a draft; the planner
checks, edits and approves it there before it is released to the craft technicians.
Everything runs on servers inside the plant's business network (not the OT network);
the model weights were downloaded once from a public model hub. Controls in this
design: corporate Kerberos sign-in to the assistant, role-based access and planner
approval in the CMMS, CMMS audit trail, and TLS on calls to the CMMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nuclear plant maintenance work-order assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM assistant drafting maintenance work orders, isolations and safety "
        "precautions from fault reports, procedures and equipment history."
    ),
)

# ---------------------------------------------------------------- data assets
fault_report = tg.Data(
    "Fault report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Engineer's free-text description of the defect, plant item tag and location.",
)
equipment_history = tg.Data(
    "Equipment history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Past work orders, defects and isolation points for the plant item.",
)
procedures = tg.Data(
    "Station procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Maintenance, isolation and safety procedures from the controlled library.",
)
procedure_chunks = tg.Data(
    "Procedure excerpts and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_request = tg.Data("Draft request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the fault report, equipment history and procedure excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_work_order = tg.Data(
    "Draft work order",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Job steps, isolations and safety precautions proposed by the assistant.",
)
approved_work_order = tg.Data(
    "Approved work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
planner_approval = tg.Data(
    "Work order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
assistant_log = tg.Data(
    "Assistant prompts and drafts log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Open-weights LLM", sensitivity=tg.Sensitivity.INTERNAL, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights model was downloaded from, once, during set-up.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Plant business network", trust=tg.Trust.INTERNAL):
    # Raises fault reports from the field; the source of every drafting job.
    engineer = tm.add(tg.Actor("Maintenance engineer", role="maintenance engineer"))
    # Uses the assistant, checks and approves each work order before work starts.
    planner = tm.add(tg.Actor("Work planner", role="maintenance planner"))
    # Carries out the approved work order, including the isolations.
    technician = tm.add(tg.Actor("Craft technician", role="technician"))

    # System of record for fault reports, equipment history and work orders.
    cmms = tm.add(
        tg.DataStore(
            "Maintenance management system",
            stores={fault_report, equipment_history, draft_work_order, approved_work_order},
            controls={
                c.RBAC(note="planner, engineer and technician roles"),
                c.HumanInTheLoop(
                    approver="work planner", note="no work order is released unapproved"
                ),
                c.AuditLogging(note="CMMS change history on every work order"),
            },
        )
    )
    # The controlled procedures library the drafts must follow.
    doc_library = tm.add(
        tg.DataStore(
            "Procedures document library",
            stores={procedures},
            controls={c.RBAC(note="document control owns edits")},
        )
    )

    with tm.boundary("AI application servers", trust=tg.Trust.INTERNAL):
        # Planner-facing web page, opened from a link in the CMMS.
        assistant_ui = tm.add(
            tg.Endpoint(
                "Assistant web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(
                        method="Windows integrated sign-in (Kerberos, Active Directory)"
                    )
                },
            )
        )
        # Gathers context, builds the prompt, calls the LLM, writes the draft back.
        drafter = tm.add(
            tg.Service(
                "Work order drafting service",
                description="Orchestrates retrieval and generation; writes drafts to the CMMS via its API.",
            )
        )
        # Nightly re-index of the procedures library.
        indexer = tm.add(tg.Pipeline("Procedure indexing job", stage=tg.Stage.INGESTION))
        # Search index over the procedures.
        index = tm.add(tg.VectorStore("Procedure vector index", stores={procedure_chunks}))
        # The model that writes the drafts, served on a local GPU server.
        llm = tm.add(
            tg.LLM(
                "Work order LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights instruction model served by an inference server on-site.",
            )
        )
        # Where the downloaded weights are kept for the inference server.
        model_store = tm.add(tg.ModelRegistry("Model file store", stores={weights}))
        # Keeps every prompt and draft for later investigation.
        log_store = tm.add(tg.DataStore("Assistant log store", stores={assistant_log}))

# ---------------------------------------------------------------- flows
tm.flow(engineer, cmms, fault_report, protocol="https", label="raises fault report")

tm.flow(planner, assistant_ui, draft_request, protocol="https")
tm.flow(assistant_ui, drafter, draft_request)
tm.flow(drafter, cmms, draft_request, protocol="https", label="fetch fault and history")
tm.flow(cmms, drafter, fault_report, equipment_history, protocol="https")
tm.flow(drafter, index, draft_request, label="similarity query")
tm.flow(index, drafter, procedure_chunks, label="retrieved procedures")
tm.flow(drafter, llm, prompt, protocol="http")
tm.flow(llm, drafter, completion, protocol="http")
tm.flow(drafter, cmms, draft_work_order, protocol="https", label="save as draft")
tm.flow(drafter, assistant_ui, draft_work_order)
tm.flow(assistant_ui, planner, draft_work_order, protocol="https")
tm.flow(drafter, log_store, assistant_log)

tm.flow(cmms, planner, draft_work_order, protocol="https", label="review in CMMS")
tm.flow(
    planner,
    cmms,
    planner_approval,
    approved_work_order,
    protocol="https",
    label="edits and approves",
)
tm.flow(cmms, technician, approved_work_order, protocol="https", label="released work pack")

tm.flow(doc_library, indexer, procedures, protocol="smb")
tm.flow(indexer, index, procedure_chunks)

tm.flow(model_hub, model_store, weights, protocol="https", label="one-off download")
tm.flow(model_store, llm, weights, label="load at start-up")
