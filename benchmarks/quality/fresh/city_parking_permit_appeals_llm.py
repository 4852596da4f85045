"""Parking permit and penalty appeals assistant: the first design.

Residents appeal a parking permit refusal or a penalty charge notice through the
council's online portal, signing in with their council account, typing their
grounds and uploading evidence (photos, letters, receipts, sometimes medical or
Blue Badge documents). The appeal lands in the parking case management system.
A drafting service extracts the text of the evidence, retrieves the relevant
sections of the council's parking policy from a vector index, and asks an LLM
hosted by a cloud vendor (UK region, vendor content filter on) to draft a
decision with reasons. Appeals officers read the draft beside the evidence in
their case workspace, edit it and approve every decision themselves; the
approved decision letter goes to the resident through the government
notification service. Officers sign in with corporate SSO and MFA; the case
data is encrypted at rest; prompts and drafts are kept in a log store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City parking permit appeals assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts decisions on residents' parking permit and penalty appeals for officers.",
)

# ---------------------------------------------------------------- data assets
appeal = tg.Data(
    "Appeal submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident's name, address, vehicle registration, PCN or permit number and grounds.",
)
evidence = tg.Data(
    "Appeal evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos, PDFs and scans; may include medical letters and Blue Badge documents.",
)
receipt = tg.Data("Appeal acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
evidence_text = tg.Data("Extracted evidence text", kind="documents", sensitivity=tg.Sensitivity.PII)
case_record = tg.Data(
    "Parking case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The PCN or permit application, its history, officer notes and earlier decisions.",
)
policy_docs = tg.Data(
    "Parking policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published parking policy, permit scheme rules and statutory guidance.",
)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the appeal text, the extracted evidence and the policy passages.",
)
draft = tg.Data("Draft appeal decision", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Approved appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)
drafting_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents, or agents acting for them, who appeal a refusal or a penalty.
    resident = tm.add(tg.Actor("Resident", role="appellant"))

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web form where appeals are lodged and evidence uploaded.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council MyAccount e-mail and password"),
                c.InputValidation(note="file type and 20 MB size check on uploads"),
            },
        )
    )
    # Turns uploaded PDFs and photos of letters into text for the prompt.
    extractor = tm.add(
        tg.Service(
            "Evidence text extractor",
            description="OCR and PDF text extraction of the uploaded evidence.",
        )
    )
    # Assembles the prompt, calls the LLM and files the draft on the case.
    orchestrator = tm.add(
        tg.Service(
            "Decision drafting service",
            description="Runs when an officer opens a case; builds the prompt and stores the draft.",
        )
    )
    # Searchable copy of the council's policy, so drafts cite the right rules.
    policy_index = tm.add(tg.VectorStore("Policy vector index", stores={policy_chunks}))
    # Re-indexes the policy library when the policy team publishes a change.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # Keeps every prompt and draft so that a decision can be traced later.
    log_store = tm.add(tg.DataStore("Drafting log store", stores={drafting_log}))

    with tm.boundary("Case data zone", trust=tg.Trust.RESTRICTED):
        # The system of record for permits, penalty charges and their appeals.
        case_system = tm.add(
            tg.DataStore(
                "Parking case management system",
                stores={appeal, case_record, draft, decision, evidence_text},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Blob storage for the files residents upload.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence file store",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Officers who decide appeals; the LLM only drafts for them.
    officer = tm.add(tg.Actor("Appeals officer", role="parking appeals officer"))
    # Maintains the parking policy that drafts are based on.
    policy_team = tm.add(tg.Actor("Parking policy team", role="policy officer"))
    # Where an officer reads the case, the evidence and the draft, edits and approves.
    workspace = tm.add(
        tg.Endpoint(
            "Officer case workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the appeals officer who owns the case"),
            },
        )
    )

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft decision.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Government notification service", trust=tg.Trust.PARTNER):
    # Sends the decision letter to the resident by e-mail or post.
    notify = tm.add(tg.ExternalService("Notification service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# lodging an appeal
tm.flow(resident, portal, appeal, evidence, protocol="https", controls={tls})
tm.flow(portal, resident, receipt, protocol="https", controls={tls})
tm.flow(portal, case_system, appeal)
tm.flow(portal, evidence_store, evidence)

# drafting
tm.flow(evidence_store, extractor, evidence)
tm.flow(extractor, case_system, evidence_text)
tm.flow(case_system, orchestrator, appeal, case_record, evidence_text)
tm.flow(orchestrator, policy_index, appeal, label="similarity query")
tm.flow(policy_index, orchestrator, policy_chunks, label="retrieved policy")
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, draft, protocol="https", controls={tls})
tm.flow(orchestrator, case_system, draft)
tm.flow(orchestrator, log_store, drafting_log)

# policy library
tm.flow(policy_team, indexer, policy_docs, label="publishes policy changes")
tm.flow(indexer, policy_index, policy_chunks)

# officer review and decision
tm.flow(case_system, workspace, appeal, case_record, evidence_text, draft)
tm.flow(evidence_store, workspace, evidence)
tm.flow(workspace, officer, appeal, evidence, draft, protocol="https", controls={tls})
tm.flow(officer, workspace, decision, protocol="https", controls={tls}, label="edits and approves")
tm.flow(workspace, case_system, decision)

# telling the resident
tm.flow(case_system, notify, letter, protocol="https", controls={tls})
tm.flow(notify, resident, letter, protocol="smtp", label="e-mail or printed letter")
