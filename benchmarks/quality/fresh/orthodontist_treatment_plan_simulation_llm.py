"""Orthodontic treatment-plan simulation with an LLM-written patient explanation.

A US orthodontic practice group shows each prospective aligner patient a simulated
smile before they commit to treatment. The intraoral scanner in the clinic uploads the
scan and the scan order straight to the aligner vendor's cloud, which returns a
treatment plan and a 3D simulation; our case service in the group's cloud tenancy
pulls them through the vendor API and keeps them in the case store, beside the fee
quote from the practice management database. A drafting service sends a plan summary
and the fee to a hosted LLM API, which writes a plain-language explanation of the plan
and its cost. The treating orthodontist reviews and edits the draft in a review console
(practice SSO with MFA); only an approved explanation is emailed, with a link to the
patient portal, where the patient signs in with the emailed link and their date of
birth, accepts the plan and pays a deposit through the card processor's hosted fields.
Records are encrypted at rest and access is logged; the aligner vendor signed a BAA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orthodontic treatment plan simulation and LLM explanation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa", "pci-dss"},
    description=(
        "Intraoral scans go to an aligner vendor for a plan and smile simulation; a hosted "
        "LLM drafts the patient explanation, an orthodontist approves it, and the patient "
        "accepts and pays a deposit in a portal."
    ),
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "Intraoral scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="3D surface scan of the patient's teeth and gums.",
)
scan_order = tg.Data(
    "Scan order with patient details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, practice and the orthodontist's prescription.",
)
case_ref = tg.Data("Vendor case reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan = tg.Data(
    "Treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Staging, number of aligners, attachments and expected duration.",
)
simulation = tg.Data(
    "3D smile simulation",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Before-and-after 3D rendering of the patient's teeth.",
)
fee_quote = tg.Data(
    "Fee quote",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Treatment fee, insurance estimate, deposit and payment plan.",
)
contact = tg.Data("Patient contact details", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the plan summary, the fee quote and the patient's first name.",
)
draft = tg.Data(
    "Draft patient explanation", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
edits = tg.Data(
    "Orthodontist edits and sign-off", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
approved = tg.Data(
    "Approved patient explanation",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
invite = tg.Data(
    "Portal invitation email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Greeting and a sign-in link to the patient's case in the portal.",
)
signin = tg.Data(
    "Portal sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="The emailed link token and the patient's date of birth.",
)
acceptance = tg.Data("Treatment acceptance", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Deposit payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The prospective patient, at home, reading the email and using the portal.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Treating orthodontist: orders the scan and signs off every explanation.
    orthodontist = tm.add(tg.Actor("Orthodontist", role="clinician"))
    # The chairside scanner; its vendor software uploads scans to the aligner cloud.
    scanner = tm.add(
        tg.Device(
            "Intraoral scanner",
            description="One per clinic, running the aligner vendor's capture software.",
        )
    )

with tm.boundary("Aligner vendor cloud", trust=tg.Trust.PARTNER):
    # Produces the treatment plan and the smile simulation from the scan.
    aligner_vendor = tm.add(
        tg.ExternalService(
            "Aligner planning service",
            description="The vendor's technicians and software stage the treatment.",
            controls={c.SupplierAssessment(note="business associate agreement signed")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the plain-language explanation of the plan and its cost.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the invitation email to the patient.
    email = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Takes the deposit; card details go straight to it from the patient's browser.
    processor = tm.add(tg.ExternalService("Card payment processor"))

with tm.boundary("Practice group cloud", trust=tg.Trust.INTERNAL):
    # Pulls plans from the vendor, tracks each case and sends approved explanations.
    case_service = tm.add(
        tg.Service(
            "Case service",
            description="Polls the vendor API, keeps case state, sends the email once approved.",
            controls={
                c.HumanInTheLoop(approver="treating orthodontist"),
                c.SecretsManagement(note="vendor API keys in the cloud secrets manager"),
            },
        )
    )
    # Holds plans, simulations, explanations and acceptances for each case.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={plan, simulation, fee_quote, draft, approved, acceptance, payment_result},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # The group's existing practice management system: patients, fees, insurance.
    pms = tm.add(tg.DataStore("Practice management database", stores={fee_quote, contact}))
    # Builds the prompt from the plan summary and fee, and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Explanation drafting service",
            controls={c.DataMinimization(note="first name only; no date of birth or address")},
        )
    )
    # Where the orthodontist reads, edits and approves the draft beside the simulation.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="practice SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # The patient-facing site: plan, simulation, explanation, acceptance and deposit.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="emailed sign-in link and date of birth")},
        )
    )

# ---------------------------------------------------------------- flows
# Scan to the aligner vendor, plan and simulation back to us.
tm.flow(scanner, aligner_vendor, scan, scan_order, protocol="https")
tm.flow(case_service, aligner_vendor, case_ref, protocol="https", label="poll case status")
tm.flow(aligner_vendor, case_service, plan, simulation, protocol="https")
tm.flow(case_service, case_store, plan, simulation, fee_quote)
tm.flow(pms, case_service, fee_quote, contact)

# Drafting the explanation.
tm.flow(case_store, drafter, plan, fee_quote)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, case_store, draft)

# Orthodontist review.
tm.flow(case_store, console, plan, simulation, fee_quote, draft)
tm.flow(console, orthodontist, plan, simulation, draft, protocol="https")
tm.flow(orthodontist, console, edits, protocol="https")
tm.flow(console, case_service, approved, edits)
tm.flow(case_service, case_store, approved)

# Invitation to the patient.
tm.flow(case_service, email, invite, contact, protocol="https")
tm.flow(email, patient, invite, protocol="smtp")

# Portal: review, accept, pay the deposit.
tm.flow(patient, portal, signin, acceptance, protocol="https")
tm.flow(case_store, portal, approved, simulation, plan, fee_quote)
tm.flow(portal, patient, approved, simulation, plan, fee_quote, protocol="https")
tm.flow(patient, processor, card, protocol="https", label="hosted payment fields")
tm.flow(processor, portal, payment_result, protocol="https", label="payment webhook")
tm.flow(portal, case_store, acceptance, payment_result)
tm.flow(case_service, pms, acceptance, payment_result, label="book treatment start")
tm.flow(case_store, case_service, acceptance, payment_result)
