"""Treatment plan explainer: the first design, before any security review.

A US dental group with four practices wants patients to understand, and accept,
their treatment plans. When a dentist finalises a plan in the on-premises
practice management system, a treatment coordinator asks for an explanation in
the review console. The explainer service in the group's cloud tenancy reads the
plan and the fee schedule, checks the patient's dental benefits with an
insurance clearinghouse, adds the practice's own procedure descriptions, and has
a hosted LLM (under a BAA) draft a plain-language explanation with a cost
estimate. The treating dentist edits and approves the draft in the review
console; only approved explanations are published to the patient portal, and
the patient is e-mailed a link. Staff sign in with Google Workspace and 2-step
verification, patients with e-mail and password; drafts are encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dental treatment plan explainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM drafts plain-language treatment explanations and cost estimates for dentist approval.",
)

# ---------------------------------------------------------------- data assets
treatment_plan = tg.Data(
    "Treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name and date of birth, CDT procedure codes, teeth and surfaces, dentist's notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fee_schedule = tg.Data(
    "Practice fee schedule", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
eligibility_request = tg.Data(
    "Eligibility request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Subscriber and member ID, date of birth, procedure codes.",
)
coverage = tg.Data(
    "Insurance coverage details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Remaining annual maximum, deductible, coverage percentages, frequency limits.",
)
procedure_texts = tg.Data(
    "Procedure explanation texts", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
explain_request = tg.Data("Explanation request", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the plan, fees, coverage and the matching procedure texts.",
)
draft = tg.Data(
    "Draft explanation and estimate", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
dentist_review = tg.Data(
    "Dentist edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved = tg.Data(
    "Approved explanation and estimate",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
acceptance = tg.Data("Treatment acceptance", kind="records", sensitivity=tg.Sensitivity.REGULATED)
notification = tg.Data("Portal notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reads the approved explanation and accepts or declines the plan.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Writes the treatment plan, then edits and approves the explanation.
    dentist = tm.add(tg.Actor("Dentist", role="treating dentist"))
    # Requests explanations and follows up with patients on acceptance.
    coordinator = tm.add(tg.Actor("Treatment coordinator", role="front office staff"))
    # The group's existing PMS on a server in each practice: charts, plans and fees.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={treatment_plan, fee_schedule},
            description="On-premises server with the vendor's cloud API connector enabled.",
        )
    )

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app where staff request explanations and dentists review and approve drafts.
    review_console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="Google Workspace sign-in with 2-step verification"
                ),
            },
        )
    )
    # Gathers plan, fees, coverage and procedure texts, builds the prompt, calls the LLM.
    explainer = tm.add(
        tg.Service(
            "Explainer service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the treating dentist",
                    note="nothing is published to the portal until the dentist approves it",
                )
            },
        )
    )
    # The practice's own plain-language write-ups of common procedures.
    library = tm.add(tg.DataStore("Procedure explanation library", stores={procedure_texts}))
    # Drafts, dentist edits, approved versions and patient acceptances.
    drafts = tm.add(
        tg.DataStore(
            "Explanation store",
            stores={draft, dentist_review, approved, acceptance},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Where patients read their approved explanation and accept the plan.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, used under a business associate agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="BAA signed; zero data retention on the API"),
            },
        )
    )

with tm.boundary("Insurance clearinghouse", trust=tg.Trust.PARTNER):
    # Real-time dental eligibility and benefits lookups across payers.
    clearinghouse = tm.add(
        tg.ExternalService("Eligibility clearinghouse", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends patients the link to their explanation.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# The plan is written in the PMS in the surgery.
tm.flow(dentist, pms, treatment_plan, label="charts the plan at the chairside PC")

# A coordinator asks for an explanation; the service gathers what it needs.
tm.flow(coordinator, review_console, explain_request, protocol="https")
tm.flow(review_console, explainer, explain_request)
tm.flow(pms, explainer, treatment_plan, fee_schedule, protocol="https", label="PMS vendor API")
tm.flow(explainer, clearinghouse, eligibility_request, protocol="https")
tm.flow(clearinghouse, explainer, coverage, protocol="https")
tm.flow(library, explainer, procedure_texts)

# The LLM drafts; the draft is stored for review.
tm.flow(explainer, llm, prompt, protocol="https")
tm.flow(llm, explainer, draft, protocol="https")
tm.flow(explainer, drafts, draft)

# Dentist review and approval.
tm.flow(drafts, review_console, draft, acceptance)
tm.flow(review_console, dentist, draft, protocol="https")
tm.flow(dentist, review_console, dentist_review, protocol="https")
tm.flow(review_console, drafts, dentist_review, approved)

# Publication to the patient, and the patient's answer back to the coordinator.
tm.flow(drafts, portal, approved)
tm.flow(explainer, mailer, notification, protocol="https")
tm.flow(mailer, patient, notification, protocol="smtp")
tm.flow(portal, patient, approved, protocol="https")
tm.flow(patient, portal, acceptance, protocol="https")
tm.flow(portal, drafts, acceptance)
tm.flow(review_console, coordinator, acceptance, protocol="https")
