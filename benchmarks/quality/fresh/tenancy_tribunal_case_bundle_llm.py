"""Tenancy tribunal case bundle assistant: the first design, before any security review.

A national residential tenancies tribunal (in an EU member state) hears disputes between
landlords and tenants. Parties sign in to an online portal, see the cases they are linked
to and upload their evidence: leases, photos, rent statements, letters. An extraction job
OCRs each upload, and a bundle service in the tribunal's cloud tenancy orders the
documents, asks a hosted LLM (a cloud provider's model API in an EU region) to write the
index entries and a neutral summary of each side's claims, and assembles a paginated case
bundle. Tribunal judges read the bundle and the summary in a staff workspace next to the
original uploads; the summary is only for the judge. A case officer checks the bundle and
approves its release, after which both parties are e-mailed and can download it from the
portal. Staff sign in with the tribunal's SSO and MFA; parties with e-mail and password.
Case records stay in the existing case management system in the tribunal's data centre.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenancy tribunal case bundle assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Builds indexed case bundles and neutral claim summaries from parties' "
        "uploaded evidence for housing tribunal judges."
    ),
)

# ---------------------------------------------------------------- data assets
evidence = tg.Data(
    "Uploaded evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Leases, photos, rent statements, letters, sometimes health or benefit details.",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII
)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parties, addresses, claim type, hearing date and who is linked to the case.",
)
prompt = tg.Data(
    "Bundle prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the extracted text of each side's documents.",
)
llm_output = tg.Data("Draft index and summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
bundle = tg.Data(
    "Case bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Indexed, paginated PDF of all evidence, the version both sides and the judge use.",
)
summary = tg.Data(
    "Neutral claims summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
release = tg.Data("Bundle release approval", kind="records")
notice = tg.Data("Bundle-ready e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Either side of a dispute, or someone acting for them.
    landlord = tm.add(tg.Actor("Landlord", role="case party"))
    tenant = tm.add(tg.Actor("Tenant", role="case party"))

with tm.boundary("Tribunal cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where parties upload evidence and later download the bundle.
    portal = tm.add(
        tg.Endpoint(
            "Party portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password; case linked with the access code from the tribunal's letter"
                ),
                c.RBAC(note="a party sees only the cases their account is linked to"),
                c.InputValidation(note="PDF, JPEG, PNG and DOCX only, 25 MB per file"),
            },
        )
    )
    # OCR and text extraction of each upload.
    extraction = tm.add(tg.Pipeline("Document extraction job", stage=tg.Stage.INGESTION))
    # Orders documents, calls the LLM, assembles and publishes the bundle.
    bundle_service = tm.add(
        tg.Service(
            "Bundle service",
            controls={
                c.SecretsManagement(note="model API key in the cloud secret manager"),
                c.HumanInTheLoop(
                    approver="case officer", note="bundle released to parties only after approval"
                ),
            },
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Original uploads, kept unchanged as the record of what was filed.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence store",
                stores={evidence, extracted_text},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Generated bundles and summaries per case.
        bundle_store = tm.add(
            tg.DataStore(
                "Bundle store",
                stores={bundle, summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    # Judges and case officers read and approve here.
    workspace = tm.add(
        tg.Endpoint(
            "Tribunal staff workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tribunal Entra ID SSO with MFA"),
                c.RBAC(note="judges and case officers see only their assigned cases"),
                c.AuditLogging(note="who opened which bundle and summary"),
            },
        )
    )

with tm.boundary("Tribunal data centre", trust=tg.Trust.INTERNAL):
    # Existing system of record for cases and parties.
    cms = tm.add(tg.DataStore("Case management system", stores={case_record}))

with tm.boundary("Tribunal network", trust=tg.Trust.INTERNAL):
    # Reads the bundle and summary before and during the hearing.
    judge = tm.add(
        tg.Actor(
            "Tribunal judge",
            role="judge",
            controls={
                c.UserTraining(
                    note="briefed that the summary is an aid; the originals are the evidence"
                )
            },
        )
    )
    # Checks the bundle's completeness and releases it.
    case_officer = tm.add(tg.Actor("Case officer", role="tribunal staff"))

with tm.boundary("Cloud model provider (EU region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the cloud provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes index entries and the neutral summary from the extracted text.",
            controls={
                c.SupplierAssessment(
                    note="DPA: EU processing, no retention, no training on prompts"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used for case notifications.
    mailer = tm.add(tg.ExternalService("Notification e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(landlord, portal, evidence, protocol="https", label="upload")
tm.flow(tenant, portal, evidence, protocol="https", label="upload")
tm.flow(cms, portal, case_record, label="party-case links")
tm.flow(portal, evidence_store, evidence)

tm.flow(evidence_store, extraction, evidence)
tm.flow(extraction, evidence_store, extracted_text)

tm.flow(cms, bundle_service, case_record)
tm.flow(evidence_store, bundle_service, evidence, extracted_text)
tm.flow(bundle_service, llm, prompt, protocol="https")
tm.flow(llm, bundle_service, llm_output, protocol="https")
tm.flow(bundle_service, bundle_store, bundle, summary)

tm.flow(bundle_store, workspace, bundle, summary)
tm.flow(evidence_store, workspace, evidence, label="original uploads")
tm.flow(workspace, judge, bundle, summary, evidence, protocol="https")
tm.flow(workspace, case_officer, bundle, protocol="https")
tm.flow(case_officer, workspace, release, protocol="https")
tm.flow(workspace, bundle_service, release)

tm.flow(bundle_service, mailer, notice, protocol="https")
tm.flow(mailer, landlord, notice, protocol="smtp")
tm.flow(mailer, tenant, notice, protocol="smtp")
tm.flow(bundle_store, portal, bundle, label="released bundles")
tm.flow(portal, landlord, bundle, protocol="https", label="download")
tm.flow(portal, tenant, bundle, protocol="https", label="download")
