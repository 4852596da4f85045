"""Dental claim coding assistant: the first design, before any security review.

A US health insurer's dental plan receives claims from dentists, either typed into
the provider portal or sent as X12 837D files through a claims clearinghouse. Each
claim carries the dentist's clinical notes and, for many procedures, a radiology
(X-ray) report. An intake service stores the attachments and opens the claim in the
core claims system. A coding service sends the notes, the X-ray report, the member's
plan and claim history and the CDT coding guidelines to an LLM hosted by a cloud
vendor under a business associate agreement. The LLM suggests CDT procedure codes
and says whether the documentation supports what was billed; claims where it
disagrees are flagged to a claims adjuster, who decides in the adjuster workbench.
Unflagged claims go on to auto-adjudication with the suggested codes. Controls in
this design: portal sign-in with password and SMS code, TLS on external links,
encrypted claim stores, SSO and roles for staff, X12 validation at intake, the
vendor review and BAA for the LLM, and a log of every prompt and answer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental claim coding LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM suggests CDT codes from dentists' notes and X-ray reports and "
    "flags claims for adjusters.",
)

# ---------------------------------------------------------------- data assets
claim_notes = tg.Data(
    "Dentist claim notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clinical narrative and billed CDT codes written by the dental office.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
xray_reports = tg.Data(
    "X-ray reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Radiology reports (PDF) attached to the claim.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edi_claims = tg.Data(
    "837D claim files",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="X12 837D batches with attachments, relayed by the clearinghouse.",
)
claim_record = tg.Data(
    "Claim and member record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Member identity, plan benefits, eligibility and prior dental claims.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
guidelines = tg.Data(
    "CDT coding guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed CDT code set and the insurer's dental coverage policies.",
)
coding_prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, guidelines excerpt, notes, X-ray report and claim history.",
)
suggestion = tg.Data(
    "Suggested codes and review flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested CDT codes, a flag and a short rationale for the adjuster.",
)
decision = tg.Data(
    "Adjudication decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Final codes and pay, pend or deny outcome set by the adjuster.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
coding_log = tg.Data(
    "Coding prompt and answer log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Front-desk and billing staff at in-network and out-of-network dental offices.
    dentist = tm.add(tg.Actor("Dental office staff", role="provider"))

with tm.boundary("Claims clearinghouse", trust=tg.Trust.PARTNER):
    # Most offices submit through their practice software via a clearinghouse.
    clearinghouse = tm.add(
        tg.ExternalService(
            "Clearinghouse",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Relays 837D claims and attachments from practice software.",
        )
    )

with tm.boundary("LLM cloud vendor", trust=tg.Trust.PARTNER):
    # Hosted model under a BAA; no fine-tuning, prompts only.
    llm = tm.add(
        tg.LLM(
            "Claim coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model prompted to suggest CDT codes and flag "
            "claims whose documentation does not support the billed codes.",
            controls={
                c.SupplierAssessment(note="vendor security review; BAA, no retention"),
            },
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Where dentists key in claims and upload notes and X-ray reports.
    portal = tm.add(
        tg.Endpoint(
            "Provider portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="provider account password and SMS code"),
                c.InputValidation(note="PDF and image uploads only, 20 MB limit"),
            },
        )
    )
    # Parses uploads and 837D files and opens the claim.
    intake = tm.add(
        tg.Service(
            "Claim intake service",
            description="Extracts text from PDF attachments and opens the claim.",
            controls={c.SchemaEnforcement(note="X12 837D validation")},
        )
    )
    # Builds the prompt, calls the LLM and routes flagged claims to adjusters.
    coder = tm.add(
        tg.Service(
            "Coding orchestrator",
            description="Assembles the coding prompt, calls the LLM, writes suggestions "
            "back and queues flagged claims for review.",
            controls={
                c.HumanInTheLoop(
                    approver="claims adjuster",
                    note="only flagged claims; unflagged claims auto-adjudicate",
                ),
            },
        )
    )
    # Reference text the prompt quotes from.
    reference = tm.add(tg.DataStore("Coding guidelines library", stores={guidelines}))
    # Every prompt and answer, kept for claim disputes and audits.
    log_store = tm.add(
        tg.DataStore(
            "Coding audit log",
            stores={coding_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for claim notes and X-ray reports.
        attachments = tm.add(
            tg.DataStore(
                "Claim attachment store",
                stores={claim_notes, xray_reports},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The claims system of record, with members, plans and claim history.
        claims_system = tm.add(
            tg.DataStore(
                "Core claims system",
                stores={claim_record, decision, suggestion},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web app where adjusters work the review queue.
    workbench = tm.add(
        tg.Endpoint(
            "Adjuster workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Decides flagged claims.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(dentist, portal, claim_notes, xray_reports, protocol="https", controls={tls})
tm.flow(portal, dentist, claim_status, protocol="https", controls={tls})
tm.flow(clearinghouse, intake, edi_claims, protocol="sftp")
tm.flow(intake, clearinghouse, claim_status, protocol="sftp", label="277 status")
tm.flow(portal, intake, claim_notes, xray_reports, label="claim submission")

tm.flow(intake, attachments, claim_notes, xray_reports)
tm.flow(intake, claims_system, claim_record, label="opens claim")
tm.flow(claims_system, portal, claim_status)

tm.flow(claims_system, coder, claim_record)
tm.flow(attachments, coder, claim_notes, xray_reports)
tm.flow(reference, coder, guidelines)
tm.flow(coder, llm, coding_prompt, protocol="https", controls={tls})
tm.flow(llm, coder, suggestion, protocol="https", controls={tls})
tm.flow(coder, log_store, coding_log)
tm.flow(coder, claims_system, suggestion, label="suggested codes, auto-adjudication")

tm.flow(coder, workbench, suggestion, claim_notes, xray_reports, label="flagged claims")
tm.flow(workbench, adjuster, suggestion, claim_notes, xray_reports, protocol="https")
tm.flow(adjuster, workbench, decision, protocol="https")
tm.flow(workbench, claims_system, decision)
