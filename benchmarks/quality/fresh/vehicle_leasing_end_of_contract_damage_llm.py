"""End-of-contract damage assessment: the first design, before any security review.

When a lease ends, an inspector from our contracted inspection company visits the
lessee, photographs the car on the company's tablet app and types condition notes.
The app uploads photos and notes to our inspection upload API in the leasing cloud.
A damage assessment service combines them with the lease contract and our fair wear
and tear guidelines and repair price list, and asks a hosted multimodal LLM to mark
each item as fair wear or chargeable damage and draft the charges.
Drafts wait in a review queue; an end-of-contract assessor checks them against the
photos in the review console and approves them, and billing then issues the invoice.
Lessees see the damage report, photos and invoice in the customer portal and can
dispute charges there. Controls in this design: OAuth client credentials for the
contractor's uploads, TLS on external links, KMS encryption of the photo store,
SSO with MFA and an audit trail on the review console, assessor approval of every
charge, and a vetted LLM vendor contract with no training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle leasing end-of-contract damage assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM assesses return-inspection photos and notes against fair wear "
    "guidelines and drafts damage charges for an assessor to approve.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Exterior, interior, tyre and odometer photos; show plates and the lessee's home.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notes = tg.Data(
    "Inspector condition notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes per panel, mileage reading and remarks about the handover.",
)
contract = tg.Data(
    "Lease contract details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lessee name and address, vehicle, term, contracted mileage, maintenance package.",
)
guidelines = tg.Data(
    "Fair wear and tear guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Industry fair wear standard with our own acceptance thresholds.",
)
price_list = tg.Data(
    "Repair price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Agreed body shop rates per repair type, used to price each damage item.",
)
prompt = tg.Data(
    "Damage assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, guidelines, price list, contract details, notes and photos.",
)
assessment = tg.Data(
    "LLM damage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-item verdict (fair wear or chargeable), reasoning and suggested charge.",
)
drafts = tg.Data("Draft damage charges", kind="records", sensitivity=tg.Sensitivity.PII)
approved = tg.Data(
    "Approved damage charges",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice = tg.Data(
    "Damage report and invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
dispute = tg.Data(
    "Charge dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The lessee's objection to a charge, with optional photos of their own.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer whose lease is ending; receives and can dispute the charges.
    lessee = tm.add(tg.Actor("Lessee", role="customer"))

with tm.boundary("Inspection contractor", trust=tg.Trust.PARTNER):
    # The contractor's field inspector who examines the returned vehicle on site.
    inspector = tm.add(tg.Actor("Field inspector", role="inspection contractor staff"))
    # The contractor's tablet app that captures the photos and notes.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="Run by the inspection company on its own tablets.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and drafts the assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose vision-language model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Leasing cloud", trust=tg.Trust.INTERNAL):
    # Where the contractor's app delivers completed inspections.
    upload_api = tm.add(
        tg.Endpoint(
            "Inspection upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials issued to the contractor")
            },
        )
    )
    # Keeps the evidence behind every charge for the life of the claim.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo store",
            stores={photos, notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference data the assessment is made against.
    guideline_store = tm.add(
        tg.DataStore("Fair wear guidelines store", stores={guidelines, price_list})
    )
    # Orchestrates the assessment: builds the prompt, calls the LLM, parses the result.
    assessor_service = tm.add(
        tg.Service(
            "Damage assessment service",
            description="Runs when an inspection is uploaded; writes one draft per vehicle.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Queue of drafted charges awaiting review, and of disputes raised by lessees.
    review_queue = tm.add(tg.DataStore("Draft charge review queue", stores={drafts, dispute}))
    # Staff tool to compare each drafted charge with the photos and approve or amend it.
    console = tm.add(
        tg.Service(
            "Charge review console",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="end-of-contract assessor"),
                c.AuditLogging(),
            },
        )
    )
    # Lessee-facing site for the damage report, invoice and disputes.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.Contestability(note="lessees can dispute any charge; an assessor re-reviews it"),
            },
        )
    )

with tm.boundary("Core leasing systems", trust=tg.Trust.INTERNAL):
    # System of record for lease agreements and customers.
    lease_admin = tm.add(tg.DataStore("Lease administration system", stores={contract}))
    # Issues the end-of-contract invoice once charges are approved.
    billing = tm.add(tg.Service("Billing system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff member who decides the final charges.
    assessor = tm.add(tg.Actor("End-of-contract assessor", role="remarketing staff"))

# ---------------------------------------------------------------- flows
tm.flow(inspector, tablet, notes, label="typed on site")
tm.flow(tablet, upload_api, photos, notes, protocol="https")
tm.flow(upload_api, photo_store, photos, notes)

tm.flow(photo_store, assessor_service, photos, notes)
tm.flow(guideline_store, assessor_service, guidelines, price_list)
tm.flow(lease_admin, assessor_service, contract)
tm.flow(assessor_service, llm, prompt, protocol="https")
tm.flow(llm, assessor_service, assessment, protocol="https")
tm.flow(assessor_service, review_queue, drafts)

tm.flow(review_queue, console, drafts, dispute)
tm.flow(photo_store, console, photos, notes)
tm.flow(console, assessor, drafts, dispute, photos, protocol="https")
tm.flow(assessor, console, approved, protocol="https", label="approves or amends")
tm.flow(console, billing, approved)
tm.flow(billing, lease_admin, approved, label="charges posted to the lease account")

tm.flow(billing, portal, invoice)
tm.flow(photo_store, portal, photos)
tm.flow(portal, lessee, invoice, photos, protocol="https")
tm.flow(lessee, portal, dispute, protocol="https")
tm.flow(portal, review_queue, dispute)
