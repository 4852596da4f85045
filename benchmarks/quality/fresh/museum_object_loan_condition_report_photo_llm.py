"""Museum object loan condition reports: the first design, before any security review.

The national museum's registrars photograph each object before it leaves on loan and
again when it comes back, using a photography tablet that uploads to a condition
reporting web app in the museum's cloud tenant. A drafting service pulls the object's
earlier condition reports from the collections management system and the earlier
photographs from the photo archive, and asks a hosted multimodal LLM to compare old
and new images and draft a report noting changes (new cracks, losses, flaking).
A conservator reviews, corrects and signs the draft in the web app; only signed reports
are filed to the object record and sent by a sync service to the shared loans portal
that the museum and borrowing institutions use. The borrower's arrival condition notes
come back through the same portal and are filed with the earlier reports.
Staff sign in with the museum's single sign-on with MFA, the collections system has
role-based access and an audit trail, the photo archive is encrypted at rest, and the
LLM vendor passed the museum's procurement review. Nothing screens the model's input.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum loan condition reports",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-drafted condition reports for outgoing and returning loans of national "
        "collection objects, signed by a conservator and shared through a loans portal."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Object condition photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution photographs of the object, taken before dispatch and on return.",
)
earlier_reports = tg.Data(
    "Earlier condition reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
object_record = tg.Data(
    "Object and loan record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Object description, materials, insurance valuation, loan dates and venues.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Photo comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, earlier reports, earlier and new photographs.",
)
noted_changes = tg.Data(
    "Noted condition changes", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_report = tg.Data(
    "Draft condition report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
signoff = tg.Data(
    "Conservator corrections and signature", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signed_report = tg.Data(
    "Signed condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
borrower_notes = tg.Data(
    "Borrower arrival condition notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The borrowing institution's own condition check on arrival, with photos.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Museum staff network", trust=tg.Trust.INTERNAL):
    # Registrars photograph objects and start each report.
    registrar = tm.add(tg.Actor("Registrar", role="registrar"))
    # Conservators check and sign every report; only they can sign.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))
    # Shared tablets in the object handling room, running the capture app.
    tablet = tm.add(
        tg.Device(
            "Photography tablet",
            description="Museum-managed tablets with the condition capture app.",
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # The staff-facing app: uploads, drafting requests, review and signing.
    app = tm.add(
        tg.Endpoint(
            "Condition reporting app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="museum single sign-on with MFA"),
                c.RBAC(note="only conservators may sign a report"),
            },
        )
    )
    # Builds the comparison prompt from old and new material and stores the draft.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Collects earlier reports and photos, calls the LLM, writes the draft.",
        )
    )
    # Every condition photograph ever taken, by object and date.
    photo_archive = tm.add(
        tg.DataStore(
            "Condition photo archive",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drafts waiting for review, and signed reports before they are filed and sent.
    workspace = tm.add(tg.DataStore("Report workspace", stores={draft_report, signed_report}))
    # Pushes signed reports to the loans portal and pulls borrowers' arrival notes.
    portal_sync = tm.add(
        tg.Service(
            "Loans portal sync",
            controls={
                c.HumanInTheLoop(
                    approver="the conservator, who signs the report in the app",
                    note="only signed reports are sent",
                )
            },
        )
    )

with tm.boundary("Collections systems", trust=tg.Trust.RESTRICTED):
    # The museum's system of record for objects, loans and condition history.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={object_record, earlier_reports, signed_report, borrower_notes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares the images and writes the findings.
    llm = tm.add(
        tg.LLM(
            "Multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review; no training on our data")},
        )
    )

with tm.boundary("Loans portal provider", trust=tg.Trust.PARTNER):
    # Shared portal run by a sector supplier, used by lenders and borrowers.
    portal = tm.add(tg.ExternalService("Shared loans portal"))

with tm.boundary("Borrowing institutions", trust=tg.Trust.PARTNER):
    # The borrower's registrar, who receives our report and posts their arrival check.
    borrower = tm.add(tg.Actor("Borrower registrar", role="borrowing institution registrar"))

# ---------------------------------------------------------------- flows
tm.flow(registrar, tablet, photos, label="photographs the object")
tm.flow(tablet, app, photos, protocol="https")
tm.flow(registrar, app, draft_request, protocol="https", label="requests a draft")
tm.flow(app, photo_archive, photos)
tm.flow(app, drafter, draft_request)

tm.flow(cms, drafter, object_record, earlier_reports, label="condition history")
tm.flow(photo_archive, drafter, photos, label="earlier and new photographs")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, noted_changes, protocol="https")
tm.flow(drafter, workspace, draft_report)

tm.flow(workspace, app, draft_report)
tm.flow(app, conservator, draft_report, protocol="https")
tm.flow(conservator, app, signoff, protocol="https", label="corrects and signs")
tm.flow(app, workspace, signed_report)
tm.flow(app, cms, signed_report, label="files to object record")

tm.flow(workspace, portal_sync, signed_report)
tm.flow(portal_sync, portal, signed_report, photos, protocol="https")
tm.flow(portal, borrower, signed_report, photos, protocol="https")
tm.flow(borrower, portal, borrower_notes, protocol="https", label="arrival condition check")
tm.flow(portal, portal_sync, borrower_notes, protocol="https")
tm.flow(portal_sync, cms, borrower_notes, label="filed with earlier reports")
