"""Car park overstay appeal responses: the first design, before any security review.

Motorists who received an overstay parking charge at one of our private car
parks appeal either through a public web form (charge number, vehicle
registration, their reasons and optional photos) or by post; letters go to an
outsourced scanning bureau, which returns PDFs with OCR text over SFTP. The case
management system opens a case per appeal. A drafting service gathers the
appeal, the ANPR entry and exit images and plate reads for the visit, the
payment records from our parking payment app provider and our response
templates, and asks a vendor-hosted LLM for a draft response. An appeals officer
reviews and edits every draft, sends it by e-mail or letter through a mailing
provider, and may cancel the charge in the charge management system; a rejection
explains how to appeal to the independent appeals service. Officers sign in with
SSO and MFA, access is role-based and logged, and stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car park overstay appeal response LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted responses to parking charge appeals, edited and sent by appeals officers.",
)

# ---------------------------------------------------------------- data assets
web_appeal = tg.Data(
    "Online appeal submission",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Charge number, registration, name, contact details, reasons and photos.",
)
posted_letter = tg.Data("Posted appeal letter", sensitivity=tg.Sensitivity.PII, kind="documents")
scanned_letter = tg.Data(
    "Scanned appeal letter with OCR text", sensitivity=tg.Sensitivity.PII, kind="documents"
)
appeal_case = tg.Data(
    "Appeal case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The appeal, the charge it contests, its status and the final response.",
)
anpr_images = tg.Data(
    "ANPR entry and exit images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Plate and overview images with timestamps and plate reads.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_records = tg.Data(
    "Parking payment records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sessions paid by app, by registration, with start and end times.",
)
templates = tg.Data(
    "Response templates and appeal guidance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Standard wording, grace periods, signage facts and independent appeals service text.",
)
draft_prompt = tg.Data(
    "Draft response prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, template, appeal text, visit times, images and payments.",
)
llm_draft = tg.Data("LLM draft response", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft_response = tg.Data("Draft appeal response", sensitivity=tg.Sensitivity.PII, kind="documents")
officer_view = tg.Data(
    "Case review view",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Appeal, evidence, payments and the draft, shown to the officer.",
)
final_response = tg.Data("Final appeal response", sensitivity=tg.Sensitivity.PII, kind="documents")
cancellation = tg.Data(
    "Charge cancellation decision", sensitivity=tg.Sensitivity.PII, kind="records"
)
charge_details = tg.Data("Parking charge details", sensitivity=tg.Sensitivity.PII, kind="records")
outgoing_message = tg.Data(
    "Appeal response e-mail or letter", sensitivity=tg.Sensitivity.PII, kind="documents"
)
case_audit = tg.Data("Case audit trail", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The registered keeper or driver contesting a charge.
    motorist = tm.add(tg.Actor("Appellant motorist", role="appellant"))

with tm.boundary("Scanning bureau", trust=tg.Trust.PARTNER):
    # Outsourced post room: opens, scans and OCRs posted appeals.
    bureau = tm.add(tg.ExternalService("Mail scanning bureau"))

with tm.boundary("Parking payment provider", trust=tg.Trust.PARTNER):
    # Pay-by-app provider whose session records show who paid for how long.
    payment_provider = tm.add(
        tg.ExternalService(
            "Parking payment app provider", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model that writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA; zero data retention option enabled")},
        )
    )

with tm.boundary("Mailing provider", trust=tg.Trust.PARTNER):
    # Sends responses as e-mail or prints and posts letters.
    mailer = tm.add(tg.ExternalService("E-mail and print mailing service"))

with tm.boundary("Car parks", trust=tg.Trust.INTERNAL):
    # Entry and exit cameras at each car park, reading plates.
    cameras = tm.add(tg.Device("ANPR cameras", fleet=True))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Public appeal form on our website.
    appeal_form = tm.add(
        tg.Endpoint(
            "Appeals web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="charge number format check; photo type and size limits"),
            },
        )
    )
    # System of record for appeals and the officers' working screen.
    case_mgmt = tm.add(
        tg.Service(
            "Appeals case management system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Case records, drafts, responses and their audit trail.
    case_db = tm.add(
        tg.DataStore(
            "Appeals case database",
            stores={appeal_case, scanned_letter, draft_response, final_response, case_audit},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from case evidence and asks the LLM for a draft.
    drafter = tm.add(
        tg.Service(
            "Response drafting service",
            controls={c.HumanInTheLoop(approver="appeals officer")},
        )
    )
    # ANPR images and plate reads for every visit.
    anpr_store = tm.add(
        tg.DataStore(
            "ANPR image store",
            stores={anpr_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Copy of payment sessions received from the payment provider.
    payments_db = tm.add(tg.DataStore("Parking payments database", stores={payment_records}))
    # Templates and guidance the drafts must follow.
    guidance = tm.add(tg.DataStore("Appeal response guidelines", stores={templates}))
    # Issues parking charges and records their cancellation.
    charge_system = tm.add(tg.Service("Charge management system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff member who edits and sends every response and may cancel the charge.
    officer = tm.add(tg.Actor("Appeals officer", role="appeals officer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Appeals in
tm.flow(motorist, appeal_form, web_appeal, protocol="https", controls={tls})
tm.flow(appeal_form, case_mgmt, web_appeal)
tm.flow(motorist, bureau, posted_letter, protocol="post")
tm.flow(
    bureau,
    case_mgmt,
    scanned_letter,
    protocol="sftp",
    controls={c.EncryptionInTransit(protocol="SSH")},
)
tm.flow(case_mgmt, case_db, appeal_case, scanned_letter, case_audit)
tm.flow(case_db, case_mgmt, appeal_case, scanned_letter)
tm.flow(charge_system, case_mgmt, charge_details, label="charge being appealed")

# Evidence feeds
tm.flow(cameras, anpr_store, anpr_images, protocol="https", controls={tls})
tm.flow(payment_provider, payments_db, payment_records, protocol="https", controls={tls})

# Drafting
tm.flow(case_mgmt, drafter, appeal_case, scanned_letter, label="case ready for draft")
tm.flow(anpr_store, drafter, anpr_images)
tm.flow(payments_db, drafter, payment_records)
tm.flow(guidance, drafter, templates)
tm.flow(drafter, llm, draft_prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, llm_draft, protocol="https", controls={tls})
tm.flow(drafter, case_mgmt, draft_response)
tm.flow(case_mgmt, case_db, draft_response)

# Officer review, cancellation and sending
tm.flow(case_mgmt, officer, officer_view, anpr_images, protocol="https", controls={tls})
tm.flow(anpr_store, case_mgmt, anpr_images, label="evidence for review")
tm.flow(payments_db, case_mgmt, payment_records, label="evidence for review")
tm.flow(officer, case_mgmt, final_response, cancellation, protocol="https", controls={tls})
tm.flow(case_mgmt, case_db, final_response)
tm.flow(case_mgmt, charge_system, cancellation, label="cancel charge")
tm.flow(case_mgmt, mailer, outgoing_message, protocol="https", controls={tls})
tm.flow(mailer, motorist, outgoing_message, protocol="smtp", label="e-mail or posted letter")
