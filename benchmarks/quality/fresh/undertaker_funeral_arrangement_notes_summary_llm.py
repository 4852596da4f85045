"""Funeral arrangement notes assistant: the first design, before any security review.

A family-run funeral director (two branches, eight staff) wants to spend less
time typing after arrangement meetings. The arranger types notes during or
after the meeting with the family into a small web app hosted in the firm's
cloud account. The app sends the notes, with the firm's templates and supplier
directory, to a hosted LLM and gets back three drafts: an order of service, an
obituary and death-notice draft, and booking requests for the crematorium or
cemetery, celebrant, florist and printer. Drafts wait in the app until the
arranger or the funeral director has checked and edited them; only then are
they sent from the firm's Microsoft 365 mailbox to suppliers, or as a proof to
the family. Staff sign in with their Microsoft 365 accounts; the case database
is encrypted at rest; the LLM vendor was chosen under a data processing
agreement that excludes training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral arrangement notes assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Turns arrangement meeting notes into service orders, obituary drafts and "
    "supplier booking requests for staff to check.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Arrangement meeting notes",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The deceased's details, cause of death, faith and wishes, family "
    "members and contacts, chosen package and costs.",
)
case_records = tg.Data(
    "Funeral case records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="One record per funeral: deceased, next of kin, dates, venue, package, notes.",
)
templates = tg.Data(
    "Templates and supplier directory",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Order-of-service layouts, house style, supplier contacts and price lists.",
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the relevant template and the meeting notes.",
)
llm_drafts = tg.Data("LLM drafts", sensitivity=tg.Sensitivity.PII, kind="model-output")
drafts = tg.Data(
    "Draft documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Order of service, obituary and death notice, supplier booking requests.",
)
checked = tg.Data("Staff edits and sign-off", sensitivity=tg.Sensitivity.PII, kind="records")
booking_requests = tg.Data(
    "Supplier booking requests",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Date, time and venue, the deceased's name, celebrant and floral instructions.",
)
supplier_replies = tg.Data(
    "Supplier confirmations", sensitivity=tg.Sensitivity.PII, kind="documents"
)
proof = tg.Data(
    "Obituary and order of service proof", sensitivity=tg.Sensitivity.PII, kind="documents"
)
family_replies = tg.Data(
    "Family corrections and approval", sensitivity=tg.Sensitivity.PII, kind="documents"
)
death_notice = tg.Data("Death notice", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved family, who approve the wording before anything is printed or published.
    family = tm.add(tg.Actor("Bereaved family", role="client"))
    # Crematorium and cemetery offices, celebrants, florists and printers.
    suppliers = tm.add(tg.Actor("Funeral suppliers", role="supplier"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the drafts; the firm has no ML staff, so a hosted model is used as is.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model that drafts from the notes.",
            controls={c.SupplierAssessment(note="DPA signed; API data not used for training")},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The firm's existing mailbox; everything leaving the firm goes through it.
    mailbox = tm.add(
        tg.ExternalService(
            "Office mailbox",
            description="Exchange Online shared mailbox the app sends through via Graph API.",
        )
    )

with tm.boundary("Newspaper", trust=tg.Trust.PARTNER):
    # The local paper's online notices portal, where death notices are placed.
    newspaper = tm.add(tg.ExternalService("Newspaper notices portal"))

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # The web app staff use: note entry, drafting, review queue and sending.
    app = tm.add(
        tg.Service(
            "Arrangement assistant app",
            description="Builds the prompt, calls the LLM, keeps drafts until staff "
            "sign them off, then sends them through the office mailbox.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on (OIDC), staff accounts"),
                c.HumanInTheLoop(
                    approver="the arranger or the funeral director",
                    note="every draft is checked and edited before it is sent",
                ),
            },
        )
    )
    # One record per funeral; the firm's system of record for arrangements.
    case_db = tm.add(
        tg.DataStore(
            "Funeral case database",
            stores={case_records, notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drafts awaiting a check, and the signed-off versions.
    draft_store = tm.add(tg.DataStore("Draft store", stores={drafts}))
    # Templates and supplier details the drafts are built from.
    template_store = tm.add(tg.DataStore("Templates and supplier directory", stores={templates}))

with tm.boundary("Funeral home office", trust=tg.Trust.INTERNAL):
    # Meets the family, writes the notes and checks the drafts.
    arranger = tm.add(tg.Actor("Funeral arranger", role="arranger"))
    # Runs the firm and signs off anything the arranger is unsure of.
    director = tm.add(tg.Actor("Funeral director", role="business owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(arranger, app, notes, protocol="https")
tm.flow(app, case_db, notes, case_records)
tm.flow(case_db, app, case_records, notes)
tm.flow(template_store, app, templates)

tm.flow(app, llm, prompt, protocol="https")
tm.flow(llm, app, llm_drafts, protocol="https")
tm.flow(app, draft_store, drafts)
tm.flow(draft_store, app, drafts)

tm.flow(app, arranger, drafts, protocol="https")
tm.flow(arranger, app, checked, protocol="https")
tm.flow(app, director, drafts, protocol="https")
tm.flow(director, app, checked, protocol="https")

tm.flow(app, mailbox, booking_requests, proof, protocol="https", label="Graph API send")
tm.flow(mailbox, suppliers, booking_requests, protocol="smtp+starttls")
tm.flow(suppliers, mailbox, supplier_replies, protocol="smtp+starttls")
tm.flow(mailbox, family, proof, protocol="smtp+starttls")
tm.flow(family, mailbox, family_replies, protocol="smtp+starttls")
tm.flow(mailbox, arranger, supplier_replies, family_replies, protocol="https")

tm.flow(director, newspaper, death_notice, protocol="https", label="placed by hand")
