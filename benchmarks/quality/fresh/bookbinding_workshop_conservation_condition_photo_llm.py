"""Condition reports for rare books: the first design, before any security review.

A book conservation workshop takes in damaged rare books from research and
national libraries. Before an item is shipped, library staff sign in to the
workshop's client portal and upload photographs of the damage together with the
item's record (shelfmark, binding description, insured value). A drafting service
in the workshop's cloud tenancy sends the photos, the record and the workshop's own
treatment guidelines to a hosted vision-capable LLM, which drafts a condition report
and a treatment proposal with a cost estimate. A conservator opens the draft in the
workbench, edits it against the photos and signs it; only a signed report is
released to the library, which is told by e-mail and accepts or declines the
proposal in the portal. The portal uses e-mail and password sign-in and checks the
type and size of uploads; staff sign in through the workshop's Google Workspace with
2-step verification; the photo bucket uses the provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rare book condition reports",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted condition reports and treatment proposals, edited and signed "
    "by a conservator, for libraries sending damaged rare books to the workshop.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Damage photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution photos of bindings, text blocks and damage, per item.",
)
item_record = tg.Data(
    "Item record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shelfmark, title, date, binding description and insured value.",
)
contacts = tg.Data(
    "Library contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, work e-mail addresses and phone numbers of library staff.",
)
guidelines = tg.Data(
    "Conservation treatment guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The workshop's house guidance on materials, methods and pricing.",
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the item record, the guidelines and the photos.",
)
draft = tg.Data(
    "Draft condition report and treatment proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
edits = tg.Data(
    "Conservator edits and signature",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
signed_report = tg.Data(
    "Signed condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The report and treatment proposal as signed by the conservator.",
)
acceptance = tg.Data(
    "Treatment proposal acceptance",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The library's yes or no to the proposed treatment and estimate.",
)
notice = tg.Data(
    "Report ready e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the library contact that a signed report is waiting in the portal.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Collections and conservation staff at client libraries.
    library_staff = tm.add(tg.Actor("Library staff", role="client librarian"))

with tm.boundary("Workshop cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only thing libraries reach: uploads, reports and proposal decisions.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG and TIFF only, 100 MB per file"),
            },
        )
    )
    # Object storage for the uploaded photographs.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cases: item records, library contacts, drafts, signed reports and decisions.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={item_record, contacts, draft, signed_report, acceptance},
        )
    )
    # The workshop's own guidance, fed to the model so proposals follow house practice.
    guidance_store = tm.add(tg.DataStore("Treatment guidance library", stores={guidelines}))
    # Assembles the prompt for each new case and stores what the model returns.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            description="Runs when a case has its photos; one LLM call per item.",
        )
    )
    # Where the conservator reviews, edits and signs; nothing is released unsigned.
    workbench = tm.add(
        tg.Service(
            "Conservator workbench",
            controls={
                c.Authentication(method="Google Workspace single sign-on with 2-step verification"),
                c.HumanInTheLoop(approver="the conservator who signs the report"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Describes damage from the photos and drafts report and proposal.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for notifications to libraries.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop studio", trust=tg.Trust.INTERNAL):
    # The accredited conservator who owns the report's content.
    conservator = tm.add(tg.Actor("Conservator", role="book conservator"))

# ---------------------------------------------------------------- flows
tm.flow(library_staff, portal, photos, item_record, contacts, protocol="https", label="new case")
tm.flow(portal, photo_store, photos, protocol="https")
tm.flow(portal, case_db, item_record, contacts)

tm.flow(photo_store, drafting, photos, protocol="https")
tm.flow(case_db, drafting, item_record)
tm.flow(guidance_store, drafting, guidelines)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, case_db, draft)

tm.flow(case_db, workbench, draft, item_record)
tm.flow(photo_store, workbench, photos, protocol="https")
tm.flow(workbench, conservator, draft, photos, protocol="https")
tm.flow(conservator, workbench, edits, protocol="https")
tm.flow(workbench, case_db, signed_report)

tm.flow(workbench, mailer, notice, protocol="https")
tm.flow(mailer, library_staff, notice, protocol="smtp")
tm.flow(case_db, portal, signed_report)
tm.flow(portal, library_staff, signed_report, protocol="https")
tm.flow(library_staff, portal, acceptance, protocol="https", label="accepts or declines")
tm.flow(portal, case_db, acceptance)
