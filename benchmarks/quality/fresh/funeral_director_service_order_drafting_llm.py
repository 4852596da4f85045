"""Funeral director's order-of-service and obituary drafting tool: the first design.

A family-run group of UK funeral homes wants to spare arrangers the evenings spent
writing orders of service and death notices. After the arrangement meeting, the
arranger types the interview notes (life story, relatives, hymns, readings, service
time and venue) into the arrangement web app in the firm's cloud tenancy. A drafting
service fills the house templates and asks a hosted LLM for a draft order of service
and obituary notice. The arranger checks the drafts, then the family contact gets an
e-mailed link to a review portal to comment, upload cover photographs and approve.
Only after that approval does the dispatch service upload the print-ready order of
service to the printer's portal and e-mail the notice to the newspapers' desks.
Staff sign in with Microsoft 365 SSO and MFA; the family portal relies on the
unguessable link; the case database and document bucket use the cloud provider's
encryption at rest; our own services talk over HTTPS, the e-mails go out by SMTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral service order drafting LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Drafts orders of service and obituary notices from family interviews and sends "
        "them to the printer and newspapers once the family approves."
    ),
)

# ---------------------------------------------------------------- data assets
interview_notes = tg.Data(
    "Family interview notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "The deceased's life story, surviving relatives and relationships, religion and "
        "chosen hymns and readings, service date, time and venue."
    ),
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
family_contacts = tg.Data(
    "Family contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone and e-mail of the family's lead contact.",
)
templates = tg.Data(
    "House templates and style guide",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order-of-service layouts, wording conventions, hymn and reading library.",
)
draft_request = tg.Data("Drafting request", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the relevant template and the interview notes.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Draft order of service and obituary",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
arranger_edits = tg.Data(
    "Arranger edits and release", kind="records", sensitivity=tg.Sensitivity.PII
)
family_feedback = tg.Data(
    "Family amendments and approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Family photographs",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photographs of the deceased for the order-of-service cover.",
)
review_email = tg.Data(
    "Review link e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the family contact carrying the unguessable portal link.",
)
print_pdf = tg.Data(
    "Print-ready order of service",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Typeset PDF with photographs, sent for printing before the funeral.",
)
notice = tg.Data(
    "Obituary notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Approved death notice text with funeral date, time and venue.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved relative who gives the interview and approves the wording.
    family = tm.add(tg.Actor("Family contact", role="bereaved family member"))

with tm.boundary("Funeral home branch", trust=tg.Trust.INTERNAL):
    # Staff who hold the arrangement meeting and own the case.
    arranger = tm.add(tg.Actor("Funeral arranger", role="funeral arranger"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Staff-facing case app where notes are typed and drafts edited and released.
    app = tm.add(
        tg.Endpoint(
            "Arrangement web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )
    # Fills the house template and asks the LLM for the draft wording.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Builds the prompt from the notes and template, stores the draft.",
        )
    )
    # Where each funeral's notes, contacts, drafts and approvals live.
    case_db = tm.add(
        tg.DataStore(
            "Funeral case database",
            stores={interview_notes, family_contacts, drafts, family_feedback},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The firm's reference wording and layouts, maintained by head office.
    template_lib = tm.add(tg.DataStore("Template library", stores={templates}))
    # Holds uploaded photographs and the typeset PDFs.
    doc_bucket = tm.add(
        tg.DataStore(
            "Document bucket",
            stores={photos, print_pdf},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public web page the family reaches from the e-mailed link to review and approve.
    portal = tm.add(
        tg.Endpoint(
            "Family review portal",
            purpose=tg.EndpointPurpose.API,
            description="Shows the released drafts, takes comments, photo uploads and approval.",
            controls={
                c.Authentication(method="unguessable review link e-mailed to the family contact"),
                c.InputValidation(note="photo uploads limited to JPEG and PNG under 20 MB"),
            },
        )
    )
    # Typesets the approved proof and sends it on; nothing leaves before approval.
    dispatch = tm.add(
        tg.Service(
            "Dispatch service",
            description="Typesets the approved order of service and sends print and notices.",
            controls={
                c.HumanInTheLoop(
                    approver="the family contact, approving the final proof in the portal"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the wording.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A vendor's chat-completion API under its standard business terms.",
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for review links and newspaper notices.
    mailer = tm.add(tg.ExternalService("E-mail delivery provider"))
    # Local print firm that prints the orders of service.
    printer = tm.add(
        tg.ExternalService(
            "Printer upload portal", description="The print firm's web-to-print portal."
        )
    )
    # Regional and national newspapers' family-notices desks.
    newspapers = tm.add(tg.ExternalService("Newspaper notices desks"))

# ---------------------------------------------------------------- flows
tm.flow(family, arranger, interview_notes, family_contacts, label="arrangement meeting in person")
tm.flow(arranger, app, interview_notes, family_contacts, arranger_edits, protocol="https")
tm.flow(app, arranger, drafts, protocol="https")
tm.flow(app, case_db, interview_notes, family_contacts, arranger_edits)
tm.flow(case_db, app, interview_notes, drafts, family_feedback)

tm.flow(app, drafter, draft_request)
tm.flow(case_db, drafter, interview_notes)
tm.flow(template_lib, drafter, templates)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, case_db, drafts)

tm.flow(app, mailer, review_email, protocol="https", label="on release by the arranger")
tm.flow(mailer, family, review_email, protocol="smtp")
tm.flow(case_db, portal, drafts)
tm.flow(portal, family, drafts, protocol="https")
tm.flow(family, portal, family_feedback, photos, protocol="https")
tm.flow(portal, case_db, family_feedback)
tm.flow(portal, doc_bucket, photos)
tm.flow(doc_bucket, portal, photos)

tm.flow(case_db, dispatch, drafts, family_feedback, label="on family approval")
tm.flow(doc_bucket, dispatch, photos)
tm.flow(dispatch, doc_bucket, print_pdf)
tm.flow(dispatch, printer, print_pdf, protocol="https")
tm.flow(dispatch, mailer, notice, protocol="https")
tm.flow(mailer, newspapers, notice, protocol="smtp")
