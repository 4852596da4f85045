"""Pharmaceutical batch record review assistant: the first design, before any security review.

A drug manufacturer's EU sterile-fill site records every batch in an electronic
batch record (EBR) in its manufacturing execution system (MES); operators also
scan paper annexes (line clearance sheets, equipment printouts) into the record.
When a batch closes, an extraction job pulls the executed record and annexes out
of the MES and OCRs the scans. A review orchestrator on the QA network combines
the record with the master batch record, the SOPs and the QC results from LIMS,
and asks a hosted LLM (EU-region enterprise tenancy) to list deviations, missing
or out-of-order signatures and out-of-limit entries. Findings go to a QA review
workbench where a QA reviewer accepts or rejects each one; the Qualified Person
reads the review summary and releases the batch in the ERP. Staff sign in with
corporate SSO; the MES and ERP keep their validated GMP audit trails and Part 11
e-signatures. The LLM's findings are advisory: a person dispositions every one.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmaceutical batch record review LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM pre-review of electronic batch records for deviations and missing "
    "signatures before QA disposition and QP batch release.",
)

# ---------------------------------------------------------------- data assets
executed_ebr = tg.Data(
    "Executed electronic batch records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="GMP records of each step, with operator names, e-signatures and timestamps.",
)
scanned_annexes = tg.Data(
    "Scanned paper annexes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Line clearance sheets and equipment printouts scanned into the EBR.",
)
record_text = tg.Data(
    "Batch record text for review",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The executed record and OCR text of the annexes, split by process step.",
)
qc_results = tg.Data(
    "QC test results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
master_records = tg.Data(
    "Master batch records and SOPs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved process instructions, limits and signature requirements.",
)
review_prompt = tg.Data(
    "Batch review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Review instructions, the master record and the executed record text.",
)
llm_findings = tg.Data(
    "LLM review findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suspected deviations, missing signatures and out-of-limit entries, by step.",
)
review_findings = tg.Data(
    "Batch review findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispositions = tg.Data(
    "Reviewer dispositions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept or reject per finding, with the reviewer's comment and e-signature.",
)
review_summary = tg.Data(
    "Batch review summary", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
release_decision = tg.Data(
    "Batch release decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sso_tokens = tg.Data("SSO session tokens", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Manufacturing site network", trust=tg.Trust.RESTRICTED):
    # Operators execute and sign each step on shop-floor terminals.
    operator = tm.add(tg.Actor("Production operator", role="shop-floor operator"))
    # The validated MES is the system of record for executed batch records.
    mes = tm.add(
        tg.DataStore(
            "MES electronic batch record system",
            stores={executed_ebr, scanned_annexes},
            controls={
                c.Authentication(
                    method="individual user ID and password e-signature (21 CFR Part 11)"
                ),
                c.RBAC(),
                c.AuditLogging(note="validated GMP audit trail"),
            },
        )
    )
    # LIMS holds the QC release testing results the review checks against.
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={qc_results},
            controls={c.RBAC(), c.AuditLogging(note="validated GMP audit trail")},
        )
    )

with tm.boundary("QA systems", trust=tg.Trust.INTERNAL):
    # Pulls the closed batch record out of the MES and OCRs the scanned annexes.
    extraction = tm.add(
        tg.Pipeline(
            "Batch record extraction job",
            stage=tg.Stage.INGESTION,
            description="Runs when a batch is closed in the MES; read-only MES service account.",
        )
    )
    # Document-controlled reference content the executed record is compared with.
    sop_library = tm.add(
        tg.DataStore(
            "Master batch record and SOP library", stores={master_records}, controls={c.RBAC()}
        )
    )
    # Builds the review prompt per process step and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            description="Assembles the master record, executed record and QC results into prompts.",
        )
    )
    # Keeps the LLM's findings and the reviewers' dispositions per batch.
    findings_db = tm.add(
        tg.DataStore("Review findings database", stores={review_findings, dispositions})
    )
    # Web application where QA reviewers work through the findings.
    workbench = tm.add(
        tg.Endpoint(
            "QA review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(note="who dispositioned which finding, when"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks each finding against the record before the batch goes to the QP.
    qa_reviewer = tm.add(tg.Actor("QA reviewer", role="quality assurance"))
    # The Qualified Person certifies and releases the batch.
    qp = tm.add(tg.Actor("Qualified Person", role="batch release", privileged=True))
    # The ERP holds each batch's release status; shipping is blocked until release.
    erp = tm.add(
        tg.DataStore(
            "ERP batch management",
            stores={release_decision},
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor EU tenancy", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the vendor's enterprise API; advisory only.
    llm = tm.add(
        tg.LLM(
            "Batch review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Flags deviations and missing signatures; never releases or rejects a batch.",
            controls={
                c.HumanInTheLoop(approver="QA reviewer dispositions every finding; QP releases")
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SaaS identity provider used for staff sign-in.
    idp = tm.add(
        tg.ExternalService(
            "Corporate identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(
    operator, mes, executed_ebr, scanned_annexes, protocol="https", label="executes and signs steps"
)
tm.flow(
    mes, extraction, executed_ebr, scanned_annexes, protocol="https", label="closed batch export"
)
tm.flow(extraction, orchestrator, record_text)
tm.flow(sop_library, orchestrator, master_records)
tm.flow(lims, orchestrator, qc_results, protocol="https")
tm.flow(orchestrator, llm, review_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, llm_findings, protocol="https", controls={tls})
tm.flow(orchestrator, findings_db, review_findings)

tm.flow(findings_db, workbench, review_findings, dispositions)
tm.flow(workbench, findings_db, dispositions)
tm.flow(workbench, qa_reviewer, review_findings, protocol="https", controls={tls})
tm.flow(qa_reviewer, workbench, dispositions, protocol="https", controls={tls})
tm.flow(workbench, qp, review_summary, protocol="https", controls={tls})
tm.flow(qp, erp, release_decision, protocol="https", label="certifies and releases batch")
tm.flow(idp, workbench, sso_tokens, protocol="https", label="OIDC sign-in")
