"""Honey batch traceability with LLM-drafted labels: the first design.

A honey cooperative extracts and jars honey delivered by its member beekeepers.
Each beekeeper logs hive records (apiary location, forage, treatments, harvest
dates, supers delivered to each extraction batch) through a member portal on the
cooperative's cloud account. An accredited pollen lab analyses a sample of every
extraction batch and uploads its melissopalynology report over SFTP. A label
drafting service assembles each batch's dossier, together with the cooperative's
labelling guidelines, and asks a hosted LLM to draft the jar label text and the
botanical and geographic origin claims. The quality manager reviews every draft
against the evidence in a review console and approves it before it is sent to
the packing-room label printer. Beekeepers sign in with e-mail and password;
staff use the cooperative's Microsoft 365 single sign-on with MFA. The
traceability database is encrypted at rest and snapshotted nightly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Honey batch traceability and label drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts honey batch labels and origin claims from hive records "
    "and pollen analysis; the quality manager approves each one.",
)

# ---------------------------------------------------------------- data assets
hive_records = tg.Data(
    "Hive records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Beekeeper name, apiary GPS locations, forage notes, varroa treatments, "
    "harvest dates and supers delivered per extraction batch; includes free-text notes.",
)
batch_status = tg.Data(
    "Batch status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which of the beekeeper's deliveries went into which batch, and its label state.",
)
lab_report = tg.Data(
    "Pollen analysis report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF report from the lab: pollen spectrum, HMF, moisture, per batch sample.",
)
pollen_results = tg.Data(
    "Pollen analysis results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
guidelines = tg.Data(
    "Labelling guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="EU honey directive naming rules, blend-of-origin wording, cooperative label templates.",
)
prompt = tg.Data(
    "Label drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, labelling guidelines and the batch dossier (hive records and pollen results).",
)
draft = tg.Data(
    "Draft label and origin claims",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Label approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit or reject, with the quality manager's comments.",
)
approved_label = tg.Data(
    "Approved batch label", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Member beekeepers log hives and deliveries from their phones or home PCs.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="cooperative member"))

with tm.boundary("Pollen lab", trust=tg.Trust.PARTNER):
    # Accredited external lab that analyses a sample of every extraction batch.
    lab = tm.add(
        tg.ExternalService(
            "Pollen analysis lab",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Uploads one report per batch sample to our SFTP drop.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the label drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts label text and origin claims from the batch dossier.",
            controls={
                c.SupplierAssessment(
                    note="EU data-processing agreement; inputs not used for training"
                )
            },
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Where beekeepers submit hive records and see their batches.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form fields typed and range-checked"),
            },
        )
    )
    # Picks lab reports up from the SFTP drop and extracts the results table.
    intake = tm.add(
        tg.Pipeline(
            "Lab report intake",
            stage=tg.Stage.INGESTION,
            description="Parses the lab's PDF reports into per-batch pollen results.",
        )
    )
    # System of record for hives, deliveries, batches and lab results.
    trace_db = tm.add(
        tg.DataStore(
            "Traceability database",
            stores={hive_records, pollen_results},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="nightly snapshots"),
            },
        )
    )
    # Reference text the drafts must follow.
    rules_store = tm.add(tg.DataStore("Labelling guidelines library", stores={guidelines}))
    # Builds the prompt for a batch, calls the LLM and files the draft.
    drafter = tm.add(
        tg.Service(
            "Label drafting service",
            description="Runs when a batch has both delivery records and a lab result.",
        )
    )
    # Drafts waiting for review, and the decisions taken on them.
    drafts = tm.add(tg.DataStore("Draft label store", stores={draft, approval}))
    # Where the quality manager compares each draft with the evidence and approves it.
    console = tm.add(
        tg.Endpoint(
            "Label review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="approvals and edits recorded with user and time"),
                c.HumanInTheLoop(approver="quality manager", note="no label prints until approved"),
            },
        )
    )

with tm.boundary("Extraction plant", trust=tg.Trust.INTERNAL):
    # Signs off every label and origin claim.
    qm = tm.add(tg.Actor("Quality manager", role="quality manager"))
    # Prints approved labels for the jarring line.
    printer = tm.add(tg.Device("Packing room label printer", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(beekeeper, portal, hive_records, protocol="https")
tm.flow(portal, beekeeper, batch_status, protocol="https")
tm.flow(portal, trace_db, hive_records)
tm.flow(trace_db, portal, batch_status)

tm.flow(lab, intake, lab_report, protocol="sftp", label="report upload")
tm.flow(intake, trace_db, pollen_results)

tm.flow(trace_db, drafter, hive_records, pollen_results, label="batch dossier")
tm.flow(rules_store, drafter, guidelines)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts, draft)

tm.flow(drafts, console, draft)
tm.flow(trace_db, console, hive_records, pollen_results, label="evidence view")
tm.flow(console, qm, draft, pollen_results, protocol="https")
tm.flow(qm, console, approval, protocol="https")
tm.flow(console, drafts, approval)
tm.flow(console, printer, approved_label, protocol="ipps")
