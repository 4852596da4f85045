"""Artwork loan condition reports: the first design, before any security review.

Before an artwork leaves on loan, a conservator photographs it and writes notes in
the condition report web app on the museum network. A drafting service sends the
photos, the notes, the object record from the collections management system and
the object's earlier condition reports to a vendor-hosted vision-language model,
which drafts a report and lists changes since the last one. The conservator edits
and signs off every report; only signed-off reports are published to the partner
portal, a cloud web app where borrowing institutions' registrars and couriers log
in with e-mail and password to download reports and upload their own handover
condition notes and photos at each stage of the journey. Those handover notes are
fed back into the drafting service when the returning object's report is drafted.
Controls in this design: sign-in on the app and portal, the conservator's sign-off,
role-based access to the collections system, HTTPS to the vendor and the portal,
and a procurement review of the model vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Artwork loan condition report assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drafts condition reports for outgoing and returning loans from conservators' "
        "photos and notes, and shares signed-off reports with borrowers and couriers."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Condition photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="High-resolution and raking-light photos of the object, front, back and details.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notes = tg.Data("Conservator notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
object_record = tg.Data(
    "Object record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Title, dimensions, materials, insurance value, current location.",
)
earlier_reports = tg.Data(
    "Earlier condition reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, photos, notes, object record and earlier reports for one object.",
)
draft = tg.Data(
    "Draft condition report", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
signed_report = tg.Data(
    "Signed-off condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The report of record for the loan, used in any damage or insurance claim.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
loan_schedule = tg.Data(
    "Loan and courier schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dates, routes, vehicles and handover points of each shipment.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handover_notes = tg.Data(
    "Handover condition notes and photos",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Condition checks written by borrowers' registrars and couriers at each handover.",
)
partner_account = tg.Data(
    "Partner user accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Names, work e-mail addresses and password hashes of registrars and couriers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registrars at borrowing institutions: download reports, upload their incoming checks.
    borrower = tm.add(tg.Actor("Borrowing institution registrar", role="partner registrar"))
    # Fine-art couriers accompanying the shipment: read the report, record handover checks.
    courier = tm.add(tg.Actor("Courier", role="fine-art courier"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The vision-language model that reads the photos and drafts the report text.
    vlm = tm.add(
        tg.LLM(
            "Hosted vision-language model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model behind the vendor's API.",
            controls={c.SupplierAssessment(note="procurement reviewed terms and data retention")},
        )
    )

with tm.boundary("Portal cloud tenant", trust=tg.Trust.INTERNAL):
    # Where people outside the museum reach loan documents.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app listing each partner's loans and their reports.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Published reports, schedules, partner uploads and partner accounts.
    portal_store = tm.add(
        tg.DataStore(
            "Portal document store",
            stores={signed_report, loan_schedule, handover_notes, partner_account},
        )
    )

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Conservators photograph the object, write notes and sign off reports.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))
    # The registrar's office arranges loans and couriers.
    registrar = tm.add(tg.Actor("Museum registrar", role="registrar"))
    # The app conservators work in: upload photos, review and edit drafts, sign off.
    app = tm.add(
        tg.Endpoint(
            "Condition report app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum single sign-on")},
        )
    )
    # Assembles the prompt, calls the model, stores drafts, publishes signed reports.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            description="Gathers the inputs for one object, calls the model, publishes on sign-off.",
            controls={c.HumanInTheLoop(approver="the conservator signs off each report")},
        )
    )
    # The museum's system of record for objects and loans.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={object_record, loan_schedule},
            controls={c.RBAC()},
        )
    )
    # Digital asset management for condition photography.
    photo_archive = tm.add(tg.DataStore("Condition photo archive", stores={photos}))
    # Every draft and signed-off report, the history that new drafts are compared with.
    report_archive = tm.add(
        tg.DataStore("Condition report archive", stores={earlier_reports, signed_report, draft})
    )

# ---------------------------------------------------------------- flows
# Drafting
tm.flow(conservator, app, photos, notes, protocol="https", label="upload and write notes")
tm.flow(app, photo_archive, photos)
tm.flow(app, drafting, notes, label="request draft")
tm.flow(photo_archive, drafting, photos)
tm.flow(cms, drafting, object_record)
tm.flow(report_archive, drafting, earlier_reports, label="earlier reports to compare")
tm.flow(
    portal_store, drafting, handover_notes, protocol="https", label="handover checks for returns"
)
tm.flow(drafting, vlm, prompt, protocol="https")
tm.flow(vlm, drafting, draft, protocol="https")
tm.flow(drafting, report_archive, draft)
tm.flow(drafting, app, draft, label="draft for review")
tm.flow(app, conservator, draft, protocol="https")

# Sign-off and publication
tm.flow(conservator, app, signed_report, protocol="https", label="edits and signs off")
tm.flow(app, drafting, signed_report, label="sign-off")
tm.flow(drafting, report_archive, signed_report)
tm.flow(drafting, portal_store, signed_report, protocol="https", label="publish")
tm.flow(registrar, cms, loan_schedule, label="arranges loan and courier")
tm.flow(cms, portal_store, loan_schedule, protocol="https", label="nightly export")

# Partners
tm.flow(borrower, portal, partner_account, handover_notes, protocol="https")
tm.flow(portal, borrower, signed_report, loan_schedule, protocol="https")
tm.flow(courier, portal, partner_account, handover_notes, protocol="https")
tm.flow(portal, courier, signed_report, loan_schedule, protocol="https")
tm.flow(portal, portal_store, handover_notes, partner_account)
tm.flow(portal_store, portal, signed_report, loan_schedule, partner_account)
