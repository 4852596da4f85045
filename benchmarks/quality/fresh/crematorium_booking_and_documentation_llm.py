"""Crematorium booking and documentation assistant: the first design.

The council's bereavement services run the municipal crematorium. Funeral
directors book cremations on a web portal and upload the statutory documents
(application for cremation, medical certificates, registrar's green form). A
document check service has an LLM, hosted by the council's cloud AI vendor,
check each booking against the statutory checklist and draft the entry for the
register of cremations; missing items go back to the funeral director by e-mail
through the council's notification provider. The medical referee and the
crematorium registrar work from a review console on the council network: the
referee authorises the cremation and the registrar signs each register entry.
Controls: per-firm portal accounts, HTTPS, upload file-type checks, staff SSO
with MFA, encryption at rest, role-based access and audit logging on records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crematorium booking and documentation assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM checks funeral directors' booking forms and statutory cremation documents "
        "for completeness and drafts register entries for the registrar to sign."
    ),
)

# ---------------------------------------------------------------- data assets
booking_form = tg.Data(
    "Cremation booking form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's details, applicant and next of kin, date and chapel slot, funeral director.",
)
statutory_docs = tg.Data(
    "Statutory cremation documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Application for cremation, medical certificates with cause of death, registrar's green form.",
)
checklist = tg.Data(
    "Statutory document checklist",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="What each form must contain under the cremation regulations.",
)
check_prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Checklist, booking fields and the text of the uploaded documents.",
)
check_result = tg.Data(
    "Completeness check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-document list of missing or inconsistent items.",
)
draft_entry = tg.Data(
    "Draft register entry",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
missing_notice = tg.Data(
    "Missing-item notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail telling the funeral director which forms or fields are missing.",
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.PII)
referee_authorisation = tg.Data(
    "Medical referee authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_entry = tg.Data(
    "Signed register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="The statutory register of cremations entry, signed by the registrar.",
)
audit_events = tg.Data("Audit events", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Funeral directors book on behalf of the bereaved family and upload the forms.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The council's cloud AI contract: a general-purpose model behind the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted document-check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks forms for completeness and drafts register entries.",
            controls={c.SupplierAssessment(note="council procurement review of the AI contract")},
        )
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # The council's e-mail and SMS notification service, shared across departments.
    notify = tm.add(tg.ExternalService("Notification service", provides="generic"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where funeral directors book slots and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Funeral director booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-firm account with e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Reads each new booking and its documents, calls the LLM, records the result.
    checker = tm.add(
        tg.Service(
            "Document check service",
            description="Builds the check prompt from the checklist, the booking and the documents.",
        )
    )
    # The crematorium's booking diary and case file for each cremation.
    bookings_db = tm.add(
        tg.DataStore(
            "Cremation bookings database",
            stores={booking_form, booking_status, check_result, draft_entry, referee_authorisation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The statutory checklist the service puts in every prompt.
    checklist_store = tm.add(tg.DataStore("Statutory checklist", stores={checklist}))
    # Records what the service and the staff did to each booking.
    audit_log = tm.add(
        tg.DataStore(
            "Audit log",
            stores={audit_events},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Uploaded scans and PDFs of the statutory forms.
        document_store = tm.add(
            tg.DataStore(
                "Cremation document store",
                stores={statutory_docs},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                },
            )
        )
        # The statutory register of cremations, kept permanently.
        register = tm.add(
            tg.DataStore(
                "Register of cremations",
                stores={signed_entry},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Staff screen showing the booking, documents, check result and draft entry.
    console = tm.add(
        tg.Endpoint(
            "Bereavement services review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="crematorium registrar",
                    note="the registrar reads and signs every register entry",
                ),
            },
        )
    )
    # Statutory role: authorises each cremation after reviewing the medical forms.
    referee = tm.add(tg.Actor("Medical referee", role="medical referee"))
    # Statutory role: keeps the register and signs each entry.
    registrar = tm.add(tg.Actor("Crematorium registrar", role="registrar", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(funeral_director, portal, booking_form, statutory_docs, protocol="https")
tm.flow(portal, funeral_director, booking_status, protocol="https")
tm.flow(portal, bookings_db, booking_form)
tm.flow(bookings_db, portal, booking_status)
tm.flow(portal, document_store, statutory_docs)

tm.flow(bookings_db, checker, booking_form, label="new bookings")
tm.flow(document_store, checker, statutory_docs)
tm.flow(checklist_store, checker, checklist)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_result, draft_entry, protocol="https")
tm.flow(checker, bookings_db, check_result, draft_entry, booking_status)
tm.flow(checker, notify, missing_notice, protocol="https")
tm.flow(notify, funeral_director, missing_notice, protocol="smtp", label="e-mail")
tm.flow(checker, audit_log, audit_events)

tm.flow(bookings_db, console, booking_form, check_result, draft_entry)
tm.flow(document_store, console, statutory_docs)
tm.flow(console, referee, statutory_docs, check_result, protocol="https")
tm.flow(referee, console, referee_authorisation, protocol="https")
tm.flow(console, bookings_db, referee_authorisation, booking_status)
tm.flow(console, registrar, draft_entry, referee_authorisation, protocol="https")
tm.flow(registrar, console, signed_entry, protocol="https")
tm.flow(console, register, signed_entry)
tm.flow(console, audit_log, audit_events)
