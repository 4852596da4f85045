"""Visa invitation letter drafting: the first design, before any security review.

An EU-based online travel agency offers its customers invitation and itinerary
letters for their visa applications. A signed-in customer fills in a web form
with passport details and travel plans and uploads a passport scan, which goes to
a document bucket. A drafting service reads the booking from the reservation
system, fills a letter template and asks a hosted LLM (vendor API) to draft the
letter. The draft waits in a queue until a travel consultant in the back office
checks it against the booking and the passport scan, corrects it and signs it off;
the PDF renderer then stamps and signs the PDF and an e-mail provider sends it.
Controls: customer accounts with e-mail and password, form validation, encrypted
and role-restricted customer data stores, the LLM key in a secrets manager, a
vendor assessment of the LLM provider, and consultant sign-in with SSO and MFA.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Visa invitation letter drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted visa invitation and itinerary letters, checked and signed by a travel "
        "consultant before they are e-mailed to the customer."
    ),
)

# ---------------------------------------------------------------- data assets
letter_request = tg.Data(
    "Letter request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, passport numbers, nationality, dates of birth, travel plans, hosts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
passport_scan = tg.Data(
    "Passport scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
booking_ref = tg.Data("Booking reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_record = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Travellers, flights, hotels and dates from the reservation system.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
letter_template = tg.Data(
    "Letter template",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wording per destination country and letter type, with placeholders.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the template and the traveller and booking details.",
)
draft_letter = tg.Data("Draft letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_letter = tg.Data(
    "Approved letter text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The letter as the consultant corrected and signed it off.",
)
consultant_edits = tg.Data(
    "Consultant corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)
signed_pdf = tg.Data(
    "Signed letter PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request_status = tg.Data("Request status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The traveller (or the lead booker) asking for a letter.
    customer = tm.add(tg.Actor("Customer", role="traveller"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The "Visa letter" page in the customer's account area.
    letter_form = tm.add(
        tg.Endpoint(
            "Visa letter request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="form schema: passport number format, dates, file type"),
            },
        )
    )
    # Puts booking, form and template together and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # Wording for each country and letter type, maintained by the visa desk.
    templates = tm.add(tg.DataStore("Letter template library", stores={letter_template}))
    # Drafts waiting for a consultant.
    draft_queue = tm.add(tg.DataStore("Draft letter queue", stores={draft_letter, letter_request}))
    # Where consultants open, correct and sign off drafts.
    review_app = tm.add(
        tg.Service(
            "Back-office letter review app",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="visa desk role only"),
                c.HumanInTheLoop(approver="travel consultant"),
            },
        )
    )
    # Turns the approved text into a PDF with the agency letterhead, stamp and signature.
    pdf_renderer = tm.add(tg.Service("Letter PDF renderer"))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # The agency's existing reservation system: the source of truth for bookings.
        reservations = tm.add(
            tg.DataStore(
                "Reservation system",
                stores={booking_record},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Object storage bucket for uploaded passport scans.
        passport_bucket = tm.add(
            tg.DataStore(
                "Passport scan bucket",
                stores={passport_scan},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Visa desk staff who check and sign every letter.
    consultant = tm.add(tg.Actor("Travel consultant", role="visa desk consultant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; drafts the letter text.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the agency already uses for booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# request
tm.flow(customer, letter_form, letter_request, passport_scan, protocol="https")
tm.flow(letter_form, customer, request_status, protocol="https")
tm.flow(letter_form, passport_bucket, passport_scan, protocol="https")
tm.flow(letter_form, drafting, letter_request, protocol="https")

# drafting
tm.flow(drafting, reservations, booking_ref, protocol="https", label="booking lookup")
tm.flow(reservations, drafting, booking_record, protocol="https")
tm.flow(templates, drafting, letter_template)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_letter, protocol="https")
tm.flow(drafting, draft_queue, draft_letter, letter_request)

# consultant review and sign-off
tm.flow(draft_queue, review_app, draft_letter, letter_request)
tm.flow(reservations, review_app, booking_record, protocol="https")
tm.flow(passport_bucket, review_app, passport_scan, protocol="https")
tm.flow(review_app, consultant, draft_letter, booking_record, passport_scan, protocol="https")
tm.flow(consultant, review_app, consultant_edits, protocol="https")
tm.flow(review_app, draft_queue, approved_letter, label="marks approved")

# delivery
tm.flow(review_app, pdf_renderer, approved_letter)
tm.flow(pdf_renderer, email, signed_pdf, protocol="https")
tm.flow(email, customer, signed_pdf, protocol="smtp")
