"""Pension transfer scam screening: the first design, before any security review.

A UK pension provider must look for scam warning signs before paying a member's
pot to another scheme. Members request transfers in the member portal, and
receiving schemes send requests over the industry transfer network, each with
the receiving scheme's documents (scheme details, brochures, adviser letters).
An intake service extracts the text; a screening orchestrator in our cloud
tenancy checks the adviser on the FCA register and sends the text, the member's
profile and our scam checklist to a hosted LLM, which returns a red/amber/green
rating with the warning signs found. Green transfers go straight to the transfer
administration system for payment; amber and red ones are referred to the
pension scams team, who decide in a case console. Members sign in with password
and SMS code, staff with SSO and MFA; the case store is encrypted, role based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension transfer scam screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM screening of pension transfer requests for scam warning signs, "
    "with risky transfers referred to a specialist team.",
)

# ---------------------------------------------------------------- data assets
transfer_request = tg.Data(
    "Transfer request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Member name, NI number, policy number, transfer value, receiving "
    "scheme name and PSTR, adviser details and the receiving scheme's bank details.",
)
scheme_documents = tg.Data(
    "Receiving scheme documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDFs and scans from the receiving scheme or adviser: scheme details, "
    "investment brochures, adviser letters, member declarations.",
)
document_text = tg.Data(
    "Extracted document text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age, pot value, contact history and recent changes of address or bank.",
)
guidance = tg.Data(
    "Scam indicator guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The Pensions Regulator and PSIG red and amber flags, as our screening checklist.",
)
register_query = tg.Data(
    "Adviser register lookup", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
register_result = tg.Data(
    "Adviser authorisation status", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the checklist, the member profile, the request and the document text.",
)
risk_assessment = tg.Data(
    "Scam risk assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Red, amber or green rating with the warning signs found and the reasons.",
)
referral = tg.Data("Scam referral case", kind="records", sensitivity=tg.Sensitivity.PII)
specialist_decision = tg.Data(
    "Specialist transfer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Proceed, request more evidence, or refuse/stop the transfer, with notes.",
)
payment_instruction = tg.Data(
    "Transfer payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transfer_status = tg.Data("Transfer status", kind="records", sensitivity=tg.Sensitivity.PII)
completion_notice = tg.Data(
    "Transfer completion notice", kind="records", sensitivity=tg.Sensitivity.PII
)
screening_log = tg.Data("Screening audit log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The scheme member asking to move their pension (sometimes coached by a scammer).
    member = tm.add(tg.Actor("Scheme member", role="pension member"))
    # The public FCA register, used to check the adviser named in the request.
    fca_register = tm.add(
        tg.ExternalService(
            "FCA Financial Services Register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Transfer network", trust=tg.Trust.PARTNER):
    # Industry transfer network through which receiving schemes request transfers.
    transfer_network = tm.add(
        tg.ExternalService(
            "Industry transfer network",
            description="Receiving schemes and their administrators submit transfer "
            "requests and documents here; it also carries completion notices.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the documents and rates scam risk.
    llm = tm.add(
        tg.LLM(
            "Scam screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted general-purpose model in a UK region, prompted to screen "
            "transfer requests against the scam checklist.",
            controls={c.SupplierAssessment(note="vendor DPA; no training on our data")},
        )
    )

with tm.boundary("Provider cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where members start a transfer and follow its progress.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password and SMS code at every sign-in"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Turns uploaded and network-delivered documents into text for screening.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            description="Checks file type and size, runs OCR on scans and extracts text from PDFs.",
            controls={c.InputValidation(note="file type and size checks only")},
        )
    )
    # Builds the prompt, calls the LLM and routes the result.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            description="Assembles the screening prompt, calls the LLM, stores the rating; "
            "green goes to payment, amber and red to the scams team.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Operational record of every transfer case and its screening outcome.
    case_store = tm.add(
        tg.DataStore(
            "Transfer case store",
            stores={
                transfer_request,
                document_text,
                member_profile,
                risk_assessment,
                specialist_decision,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Our checklist of scam warning signs, maintained by the scams team.
    guidance_store = tm.add(tg.DataStore("Scam indicator guidance library", stores={guidance}))
    # Amber and red cases waiting for a specialist.
    referral_queue = tm.add(tg.DataStore("Referral queue", stores={referral}))
    # Record of each screening call, for complaints and the regulator.
    audit_log = tm.add(tg.DataStore("Screening audit log store", stores={screening_log}))
    # Pays cleared transfers to the receiving scheme by BACS.
    transfer_admin = tm.add(
        tg.Service(
            "Transfer administration system",
            description="Disinvests the member's funds and pays the transfer value to the "
            "receiving scheme's bank account by BACS.",
        )
    )
    # Where specialists work referred cases.
    console = tm.add(
        tg.Endpoint(
            "Scams case console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="pension scams specialist",
                    note="referred (amber and red) transfers only",
                ),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The specialist team that investigates referred transfers and decides on them.
    scams_team = tm.add(tg.Actor("Pension scams specialist", role="scams specialist"))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, transfer_request, scheme_documents, protocol="https")
tm.flow(portal, member, transfer_status, protocol="https")
tm.flow(portal, intake, transfer_request, scheme_documents)
tm.flow(
    transfer_network,
    intake,
    transfer_request,
    scheme_documents,
    protocol="https",
    label="transfer requests from receiving schemes",
)
tm.flow(intake, case_store, transfer_request, document_text)

tm.flow(case_store, orchestrator, transfer_request, document_text, member_profile)
tm.flow(guidance_store, orchestrator, guidance)
tm.flow(orchestrator, fca_register, register_query, protocol="https")
tm.flow(fca_register, orchestrator, register_result, protocol="https")
tm.flow(
    orchestrator,
    llm,
    screening_prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(llm, orchestrator, risk_assessment, protocol="https")
tm.flow(orchestrator, case_store, risk_assessment)
tm.flow(orchestrator, audit_log, screening_log)
tm.flow(orchestrator, referral_queue, referral, label="amber and red ratings")
tm.flow(orchestrator, transfer_admin, payment_instruction, label="green ratings, straight through")

tm.flow(referral_queue, console, referral)
tm.flow(case_store, console, transfer_request, document_text, risk_assessment)
tm.flow(console, scams_team, referral, risk_assessment, protocol="https")
tm.flow(scams_team, console, specialist_decision, protocol="https")
tm.flow(console, case_store, specialist_decision)
tm.flow(console, transfer_admin, payment_instruction, label="cleared after specialist review")

tm.flow(transfer_admin, transfer_network, completion_notice, protocol="https")
tm.flow(transfer_admin, case_store, transfer_status)
tm.flow(case_store, portal, transfer_status)
