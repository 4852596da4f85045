"""Family funeral director: arrangement notes and obituary drafting, first design.

A three-branch family funeral director in England. Arrangers meet the bereaved
family and type the arrangement notes on a tablet into the firm's cloud case
app: the deceased's details, next of kin, religious and music wishes, the
family's memories. From those notes a drafting service asks a hosted LLM for an
obituary and an order-of-service sheet; the arranger edits the draft and e-mails
it from the office mailbox to the family, who approve or send changes by reply.
The funeral director books the crematorium slot on the crematorium's online
portal and pays disbursements (crematorium, doctors, celebrant, florist) by bank
transfer from the office PC, from invoices suppliers e-mail in.
Controls: staff sign in to the case app with password and TOTP, the arranger
reviews every draft before it leaves, the LLM provider was vetted (no training on
our data), the database is encrypted and backed up, the bank asks for its card
reader code.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral director arrangement notes and obituary LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Arrangement notes on tablets, LLM-drafted obituaries and service sheets "
    "approved by families by e-mail, crematorium bookings and disbursements.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Arrangement meeting notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Deceased's life story, next of kin, family circumstances, religious wishes.",
)
case = tg.Data(
    "Funeral case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Deceased and next-of-kin details, service date, approvals, disbursements.",
)
prompt = tg.Data("Obituary drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft obituary and service sheet", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval_email = tg.Data(
    "Draft for family approval", kind="documents", sensitivity=tg.Sensitivity.PII
)
family_reply = tg.Data(
    "Family approval reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Approval, or corrections to names, dates and wording.",
)
booking = tg.Data(
    "Cremation booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's details, slot, chapel and music requests.",
)
booking_confirmation = tg.Data(
    "Crematorium booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
invoice = tg.Data(
    "Supplier invoice with bank details",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
payment = tg.Data(
    "Disbursement payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Payee name, sort code, account number, amount and funeral reference.",
)
payment_confirmation = tg.Data(
    "Bank payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved family's contact, who approves drafts from their own e-mail.
    family = tm.add(tg.Actor("Family contact", role="next of kin"))
    # Crematoria, doctors, celebrants and florists who invoice us by e-mail.
    supplier = tm.add(tg.Actor("Disbursement supplier", role="supplier"))

with tm.boundary("Funeral home branches", trust=tg.Trust.INTERNAL):
    # Takes the arrangement meeting and handles the family's approval.
    arranger = tm.add(tg.Actor("Funeral arranger", role="arranger"))
    # Books crematoria and pays disbursements; runs the firm.
    director = tm.add(tg.Actor("Funeral director", role="director", privileged=True))
    # Shared branch tablets running the case app, used in the arrangement room.
    tablet = tm.add(
        tg.Device(
            "Arrangement tablet",
            fleet=True,
            controls={c.EncryptionAtRest(note="device passcode and built-in encryption")},
        )
    )
    # The director's office PC, for the crematorium portal and online banking.
    office_pc = tm.add(tg.Device("Director's office PC", fleet=False))

with tm.boundary("Case app cloud", trust=tg.Trust.INTERNAL):
    # The firm's case management app: notes, cases, approvals, disbursements.
    case_app = tm.add(
        tg.Endpoint(
            "Arrangement case app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual staff e-mail and password with TOTP"),
                c.AuditLogging(),
            },
        )
    )
    # All funeral cases and arrangement notes.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={notes, case},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Builds the prompt from the notes and returns the draft to the case.
    drafting = tm.add(
        tg.Service(
            "Obituary drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the arranger reviews and edits every draft before it is e-mailed"
                )
            },
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="business terms: no training on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The firm's hosted office mailbox, shared by arrangers and the director.
    mailbox = tm.add(
        tg.ExternalService(
            "Office mailbox",
            controls={c.Authentication(method="shared office mailbox password")},
        )
    )

with tm.boundary("Crematorium", trust=tg.Trust.PARTNER):
    # The local crematorium's booking site for funeral directors.
    crem_portal = tm.add(
        tg.ExternalService(
            "Crematorium booking portal",
            controls={c.Authentication(method="one firm account username and password")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The firm's business current account, used to pay disbursements.
    bank = tm.add(
        tg.ExternalService(
            "Online business banking",
            controls={c.Authentication(method="password and card reader code at every sign-in")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(arranger, tablet, notes, label="typed during the arrangement meeting")
tm.flow(tablet, case_app, notes, protocol="https")
tm.flow(case_app, tablet, case, draft, protocol="https")
tm.flow(case_app, case_db, notes, case)
tm.flow(case_db, case_app, notes, case)

tm.flow(case_app, drafting, notes)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, case_app, draft)
tm.flow(tablet, arranger, draft, label="reviewed and edited on the tablet")
tm.flow(arranger, tablet, approval_email, label="edited draft sent to the family")
tm.flow(tablet, mailbox, approval_email, protocol="https")
tm.flow(mailbox, family, approval_email, protocol="smtp", label="e-mail")
tm.flow(family, mailbox, family_reply, protocol="smtp", label="e-mail reply")
tm.flow(mailbox, tablet, family_reply, protocol="https")
tm.flow(tablet, case_app, family_reply, protocol="https", label="approval recorded on the case")

tm.flow(supplier, mailbox, invoice, protocol="smtp", label="e-mailed invoice")
tm.flow(mailbox, office_pc, invoice, protocol="https")
tm.flow(case_app, office_pc, case, protocol="https")
tm.flow(director, office_pc, booking, payment)
tm.flow(office_pc, crem_portal, booking, protocol="https")
tm.flow(crem_portal, office_pc, booking_confirmation, protocol="https")
tm.flow(office_pc, bank, payment, protocol="https")
tm.flow(bank, office_pc, payment_confirmation, protocol="https")
tm.flow(office_pc, director, invoice, case, booking_confirmation, payment_confirmation)
tm.flow(office_pc, case_app, booking_confirmation, payment_confirmation, protocol="https")
