"""Private well water testing: LLM-drafted result reports, the first design.

A state-certified water lab sells test kits to private well owners. Owners order
a kit and pay on our customer portal (card entry is on the payment provider's
hosted checkout), fill in a sample submission form about the well and the
household, and post the bottles back. A technician logs each sample's arrival
in the LIMS; the lab's analysers export result files to a share the LIMS imports.
A report drafting service in the lab's cloud tenancy combines the results, the
submission form and our treatment guidance library into a prompt for a hosted
LLM, which writes a plain-language report with treatment advice. A chemist
reviews, edits and signs every report in a review app before it is released;
the owner is e-mailed a notice and downloads the signed PDF from the portal.
Controls: e-mail and password portal sign-in, TLS off-site, LIMS roles and audit
log, chemist sign-off, encrypted report storage, LLM vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Private well water test result interpretation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Lab results for private wells turned into plain-language reports with "
        "treatment advice by an LLM, signed off by a chemist."
    ),
)

# ---------------------------------------------------------------- data assets
kit_order = tg.Data(
    "Kit order and account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, e-mail, postal address, well location and kit choice.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
submission_form = tg.Data(
    "Sample submission form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Well depth and age, existing treatment, who drinks the water (infants, "
        "pregnancy) and free-text notes from the owner."
    ),
)
custody_record = tg.Data(
    "Sample receipt and chain of custody",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
instrument_files = tg.Data(
    "Instrument result files",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="CSV exports from the ICP-MS, ion chromatograph and coliform reader.",
)
sample_results = tg.Data(
    "Sample results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Validated analyte values per sample, linked to the owner and address.",
)
guidance = tg.Data(
    "Treatment guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Drinking water limits and treatment options written by our chemists.",
)
report_prompt = tg.Data("Report prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_text = tg.Data("Draft report text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_report = tg.Data("Draft report", kind="documents", sensitivity=tg.Sensitivity.PII)
review_edits = tg.Data(
    "Chemist edits and sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signed_report = tg.Data(
    "Signed water quality report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ready_notice = tg.Data("Report ready notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register on the portal and order a kit.
    owner = tm.add(tg.Actor("Well owner", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the report-ready notice.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the plain-language draft; the lab does not host a model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called through the vendor's API.",
            controls={c.SupplierAssessment(note="zero-retention API terms reviewed")},
        )
    )

with tm.boundary("Lab cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where owners order kits, submit the form and download reports.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the prompt from results, form and guidance, and files the draft.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Runs when the LIMS marks a sample's results as validated.",
        )
    )
    # The chemists' reference text the prompt quotes from.
    guidance_library = tm.add(tg.DataStore("Treatment guidance library", stores={guidance}))
    # Drafts awaiting review and the signed PDFs owners download.
    report_store = tm.add(
        tg.DataStore(
            "Report store",
            stores={draft_report, signed_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where a chemist reads, corrects and signs each draft.
    review_app = tm.add(
        tg.Service(
            "Report review app",
            controls={
                c.Authentication(method="lab SSO with MFA"),
                c.HumanInTheLoop(approver="a certified chemist signs every report"),
            },
        )
    )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Receives the posted bottles and logs them against the kit barcode.
    technician = tm.add(tg.Actor("Sample receiving technician", role="lab staff"))
    # ICP-MS, ion chromatograph and coliform reader on the lab floor.
    analysers = tm.add(tg.Device("Lab analysers", fleet=False))
    # The lab's system of record for samples and results (ISO 17025).
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={kit_order, submission_form, custody_record, sample_results},
            controls={c.RBAC(), c.AuditLogging(retention_days=3650)},
        )
    )
    # Reviews and signs the reports.
    chemist = tm.add(tg.Actor("Chemist", role="certified chemist"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(owner, portal, kit_order, submission_form, protocol="https")
tm.flow(portal, payments, kit_order, protocol="https", label="create checkout session")
tm.flow(owner, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    portal,
    payment_confirmation,
    protocol="https",
    label="checkout completed webhook",
    controls={c.MessageIntegrity(note="provider signature checked by its SDK")},
)
tm.flow(portal, lims, kit_order, submission_form, protocol="https", controls={tls})

tm.flow(technician, lims, custody_record, label="logs sample arrival")
tm.flow(analysers, lims, instrument_files, protocol="smb", label="result export share")

tm.flow(lims, drafter, sample_results, submission_form, protocol="https", controls={tls})
tm.flow(guidance_library, drafter, guidance)
tm.flow(drafter, llm, report_prompt, protocol="https")
tm.flow(llm, drafter, draft_text, protocol="https")
tm.flow(drafter, report_store, draft_report)

tm.flow(report_store, review_app, draft_report)
tm.flow(review_app, chemist, draft_report, protocol="https")
tm.flow(chemist, review_app, review_edits, protocol="https")
tm.flow(review_app, report_store, signed_report)

tm.flow(review_app, mailer, ready_notice, protocol="https")
tm.flow(mailer, owner, ready_notice, protocol="smtp")
tm.flow(report_store, portal, signed_report)
tm.flow(portal, owner, signed_report, protocol="https")
