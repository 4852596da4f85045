"""Veterinary referral hospital MRI report drafting: the first design, before any security review.

Referring vets send dogs and cats to our hospital for MRI. After a scan, the veterinary
radiologist reads the study in PACS and dictates findings into the reporting app. A
drafting service combines the dictation with the study's DICOM metadata (sequences,
species, breed, age, clinical question), strips the owner's name, and asks a
vendor-hosted LLM for a draft report in the hospital's template. The radiologist edits
and signs the draft in the reporting app; only signed reports are released. A
distribution service then publishes the signed report to the referral portal, where
referring practices sign in to download it, and e-mails a copy to the owner using the
contact details in the practice management system (PMS). Owners pay the MRI deposit
online through the payment provider's hosted checkout, so card numbers never reach us.
Staff sign in with hospital SSO and MFA; the LLM vendor has a signed DPA. The hospital
is in the EU, so owners' personal data fall under the GDPR.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Veterinary referral hospital MRI report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted, radiologist-signed MRI reports for referring vets and owners, "
    "with online deposits.",
)

# ---------------------------------------------------------------- data assets
mri_images = tg.Data(
    "MRI study images",
    sensitivity="pii",
    kind="media",
    description="DICOM series; headers carry the animal's and the owner's names.",
)
study_metadata = tg.Data(
    "Study DICOM metadata",
    sensitivity="pii",
    kind="records",
    description="Sequences, species, breed, age, weight, clinical question, owner surname.",
)
dictation = tg.Data(
    "Dictated findings",
    sensitivity="confidential",
    kind="documents",
    description="The radiologist's dictated observations and impression.",
)
draft_prompt = tg.Data(
    "Report drafting prompt",
    sensitivity="confidential",
    kind="prompt",
    description="Report template, dictated findings and metadata without owner details.",
)
llm_draft = tg.Data("LLM draft report", sensitivity="confidential", kind="model-output")
draft_report = tg.Data(
    "Draft MRI report",
    sensitivity="pii",
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed MRI report",
    sensitivity="pii",
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
report_edits = tg.Data("Report edits and signature", sensitivity="pii", kind="records")
referral = tg.Data(
    "Referral form and clinical history",
    sensitivity="pii",
    kind="documents",
    description="Owner contact details, animal history, prior imaging and lab results.",
)
patient_records = tg.Data(
    "Patient and owner records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
owner_contact = tg.Data("Owner contact details", sensitivity="pii", kind="records")
owner_email = tg.Data("Owner report e-mail", sensitivity="pii", kind="documents")
deposit_estimate = tg.Data("MRI deposit estimate", sensitivity="pii", kind="records")
deposit_request = tg.Data(
    "Deposit payment request",
    sensitivity="pii",
    kind="records",
    description="Case reference and owner surname from the deposit e-mail link.",
)
checkout_session = tg.Data("Checkout session request", sensitivity="confidential", kind="records")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation webhook", sensitivity="confidential", kind="records"
)
deposit_recorded = tg.Data("Deposit received record", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vets at first-opinion practices who refer cases and read our reports.
    referring_vet = tm.add(tg.Actor("Referring vet", role="referring practice vet"))
    # The animal's owner: receives the report and pays the deposit.
    owner = tm.add(tg.Actor("Pet owner", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the draft in our template.
    llm = tm.add(
        tg.LLM(
            "Hosted report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; EU processing; no retention")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers reports to owners.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout that takes the owner's card for the deposit.
    psp = tm.add(tg.ExternalService("Payment provider hosted checkout"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The veterinary radiologist who reads, dictates, edits and signs.
    radiologist = tm.add(tg.Actor("Veterinary radiologist", role="radiologist"))
    # The MRI scanner, sending each study to PACS.
    scanner = tm.add(tg.Device("MRI scanner", fleet=False))
    # Image archive and viewer for every study.
    pacs = tm.add(tg.DataStore("PACS", stores={mri_images, study_metadata}))
    # Practice management system: patients, owners, referrals, estimates and payments.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_records, referral},
            controls={c.RBAC()},
        )
    )
    # Where the radiologist dictates, reviews the draft and signs.
    reporting_app = tm.add(
        tg.Service(
            "Reporting app",
            controls={
                c.Authentication(method="hospital SSO with MFA"),
                c.HumanInTheLoop(approver="the reporting radiologist signs each report"),
                c.AuditLogging(note="edits and signatures recorded per report"),
            },
        )
    )

with tm.boundary("Hospital cloud tenancy", trust=tg.Trust.INTERNAL):
    # Builds the prompt from dictation and metadata and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            controls={
                c.DataMinimization(note="owner name and contact removed from the prompt"),
                c.SecretsManagement(note="LLM API key in the cloud secret store"),
            },
        )
    )
    # Drafts and signed reports, versioned per study.
    report_store = tm.add(
        tg.DataStore(
            "Report store",
            stores={draft_report, signed_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends signed reports to the portal and to owners by e-mail.
    distributor = tm.add(tg.Service("Report distribution service"))

    with tm.boundary("Public web", trust=tg.Trust.INTERNAL):
        # Portal where referring practices submit referrals and download reports.
        portal = tm.add(
            tg.Endpoint(
                "Referral portal",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(method="e-mail and password per referring practice")},
            )
        )
        # Page the owner reaches from the deposit e-mail to pay online.
        deposit_page = tm.add(
            tg.Endpoint(
                "Owner deposit page",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={c.Authentication(method="case reference and owner surname")},
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Referral in.
tm.flow(referring_vet, portal, referral, protocol="https", controls={tls})
tm.flow(portal, pms, referral, protocol="https")

# Imaging and reading.
tm.flow(scanner, pacs, mri_images, study_metadata, protocol="dicom")
tm.flow(pacs, radiologist, mri_images, label="reads study in PACS viewer")
tm.flow(radiologist, reporting_app, dictation, label="dictation at the workstation")

# Drafting.
tm.flow(reporting_app, drafter, dictation, protocol="https")
tm.flow(pacs, drafter, study_metadata, protocol="https", label="DICOMweb metadata query")
tm.flow(drafter, llm, draft_prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, llm_draft, protocol="https", controls={tls})
tm.flow(drafter, report_store, draft_report)

# Review and sign-off.
tm.flow(report_store, reporting_app, draft_report, protocol="https")
tm.flow(reporting_app, radiologist, draft_report, label="draft shown for editing")
tm.flow(radiologist, reporting_app, report_edits, label="edits and signs")
tm.flow(reporting_app, report_store, signed_report, protocol="https")

# Distribution.
tm.flow(report_store, distributor, signed_report)
tm.flow(pms, distributor, owner_contact, protocol="https")
tm.flow(distributor, portal, signed_report)
tm.flow(portal, referring_vet, signed_report, protocol="https", controls={tls})
tm.flow(distributor, mailer, owner_email, protocol="https", controls={tls})
tm.flow(mailer, owner, owner_email, protocol="smtp", label="report PDF attached")

# Deposits.
tm.flow(pms, mailer, deposit_estimate, protocol="https", label="deposit link e-mail")
tm.flow(mailer, owner, deposit_estimate, protocol="smtp")
tm.flow(owner, deposit_page, deposit_request, protocol="https", controls={tls})
tm.flow(pms, deposit_page, deposit_estimate, protocol="https", label="amount due for the case")
tm.flow(deposit_page, owner, deposit_estimate, protocol="https", controls={tls})
tm.flow(deposit_page, psp, checkout_session, protocol="https", controls={tls})
tm.flow(owner, psp, card_details, protocol="https", label="hosted checkout")
tm.flow(
    psp,
    deposit_page,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(deposit_page, pms, deposit_recorded, protocol="https")
