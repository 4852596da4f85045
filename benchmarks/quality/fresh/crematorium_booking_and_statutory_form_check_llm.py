"""Crematorium booking and statutory form check: the first design, before any security review.

The council's crematorium lets funeral directors book service slots online and
upload the statutory cremation forms (the application, the medical certificate
and any coroner's paperwork) as PDFs or scans. A form check service sends each
set of forms to a hosted LLM, which lists missing signatures, blank mandatory
sections and details that do not match across the forms (name, date of death,
place of death, doctor). The issues are shown to the funeral director in the
portal so they can upload corrected forms, and every set, with the LLM's list,
goes to the medical referee, who reviews the forms and authorises the cremation
in a review console. Bereavement services staff then confirm the slot, which
e-mails the funeral director, and enter the cremation in the statutory register.
The portal and services run in the council's cloud tenancy; funeral directors
sign in with e-mail and password, staff and the referee through council SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crematorium booking and statutory form check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online cremation bookings with an LLM pre-check of the statutory forms "
    "before the medical referee's review.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Slot booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's name, applicant, funeral director, requested date and chapel.",
)
forms = tg.Data(
    "Cremation forms",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Application, medical certificate and coroner's forms: cause of death, "
    "medical history, next of kin and doctors' details.",
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
check_prompt = tg.Data(
    "Form check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Check instructions and the text and images of the uploaded forms.",
)
check_output = tg.Data(
    "LLM form check output", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
form_issues = tg.Data(
    "Form check issues",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Missing signatures, blank sections and mismatched details found.",
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.PII)
referee_decision = tg.Data(
    "Medical referee authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
slot_confirmation = tg.Data("Slot confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation_email = tg.Data(
    "Confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
register_entry = tg.Data(
    "Cremation register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Funeral directors' staff, who book on behalf of the family.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))
    # A local doctor appointed by the council; reviews forms from their own practice.
    referee = tm.add(tg.Actor("Medical referee", role="medical referee"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the scanned forms.
    llm = tm.add(
        tg.LLM(
            "Form check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Lists missing signatures and mismatched details; decides nothing.",
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # The government e-mail service the council already uses for notifications.
    notify = tm.add(tg.ExternalService("E-mail notification service"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Public booking and upload portal for funeral directors.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password per funeral director firm user"),
                c.InputValidation(note="PDF and image uploads only, 20 MB limit"),
            },
        )
    )
    # Holds the uploaded form files until the retention period ends.
    form_store = tm.add(
        tg.DataStore(
            "Form document store",
            stores={forms},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Slots, bookings, check issues, referee decisions and confirmations.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, booking_request, form_issues, referee_decision, slot_confirmation},
        )
    )
    # Sends each new set of forms to the LLM and stores the issues it lists.
    checker = tm.add(
        tg.Service(
            "Form check service",
            controls={
                c.HumanInTheLoop(
                    approver="medical referee",
                    note="the referee reviews every set of forms whatever the LLM found",
                )
            },
        )
    )
    # Where the referee reads the forms beside the LLM's list and records the authorisation.
    referee_console = tm.add(
        tg.Service(
            "Medical referee review console",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.AuditLogging(),
            },
        )
    )
    # Bereavement services' back office: diary, confirmations and register entries.
    back_office = tm.add(
        tg.Service(
            "Bereavement back office",
            controls={c.Authentication(method="council SSO with MFA"), c.RBAC()},
        )
    )
    # The statutory register of cremations the crematorium must keep.
    register = tm.add(tg.DataStore("Cremation register", stores={register_entry}))

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Crematorium office staff who run the diary and confirm slots.
    officer = tm.add(tg.Actor("Bereavement services officer", role="bereavement services staff"))

# ---------------------------------------------------------------- flows
# Booking and upload
tm.flow(funeral_director, portal, booking_request, forms, protocol="https")
tm.flow(portal, funeral_director, booking_status, form_issues, protocol="https")
tm.flow(portal, booking_db, booking_request)
tm.flow(booking_db, portal, booking_status, form_issues)
tm.flow(portal, form_store, forms)

# LLM pre-check
tm.flow(form_store, checker, forms)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_output, protocol="https")
tm.flow(checker, booking_db, form_issues)

# Medical referee review
tm.flow(form_store, referee_console, forms)
tm.flow(booking_db, referee_console, bookings, form_issues)
tm.flow(referee_console, referee, forms, form_issues, protocol="https")
tm.flow(referee, referee_console, referee_decision, protocol="https")
tm.flow(referee_console, booking_db, referee_decision)

# Slot confirmation and register
tm.flow(booking_db, back_office, bookings, referee_decision)
tm.flow(officer, back_office, slot_confirmation, protocol="https")
tm.flow(back_office, officer, bookings, referee_decision, protocol="https")
tm.flow(back_office, booking_db, slot_confirmation)
tm.flow(back_office, notify, confirmation_email, protocol="https")
tm.flow(notify, funeral_director, confirmation_email, protocol="smtp")
tm.flow(back_office, register, register_entry)
