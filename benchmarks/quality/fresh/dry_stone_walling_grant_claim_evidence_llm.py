"""Dry stone walling grant claims: LLM evidence checking, the first design.

Farmers and land managers with a capital-grant agreement to restore dry stone
walls claim the grant online once the work is done. They sign in to the claim
portal and upload the claim form, geotagged before-and-after photos of each wall
section and the walling contractor's invoice. In the agency's cloud an evidence
service checks the photos' GPS tags against the agreed parcels from the rural
land register, then sends the photos, the invoice and the agreed wall lengths to
a hosted multimodal LLM, which writes an evidence assessment: lengths and costs
read from the invoice, whether the photos show the agreed sections rebuilt, and
discrepancies. A grant officer reviews each claim in the caseworker console and
approves every payment, which goes to the shared payments system as a batch.
Controls: portal sign-in, TLS on outside links, file-type and size checks on
uploads, encryption at rest of the evidence store, role-based console access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dry stone walling grant claim evidence checking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Capital-grant claims for dry stone wall restoration, checked by an LLM "
    "before a grant officer approves payment.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Grant claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Agreement number, claimant name and address, sections and metres claimed.",
)
photos = tg.Data(
    "Geotagged wall photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Before-and-after photos of each wall section with EXIF GPS and time.",
)
invoices = tg.Data(
    "Walling contractor invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photographed invoices naming the contractor, metres and price.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
parcels = tg.Data(
    "Parcel and agreement details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Parcel geometry and the wall sections and lengths agreed in the grant.",
)
geo_result = tg.Data("Photo location check result", kind="records")
evidence_prompt = tg.Data(
    "Evidence prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, agreed lengths, the invoice and the photos of one claim.",
)
assessment = tg.Data(
    "Evidence assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
llm_logs = tg.Data("LLM call logs", kind="logs", sensitivity=tg.Sensitivity.PII)
payment_decision = tg.Data(
    "Payment decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_instruction = tg.Data(
    "Grant payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
remittance = tg.Data("Payment remittance status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The grant holder, claiming on their own agreement from home or the farm office.
    farmer = tm.add(tg.Actor("Farmer or land manager", role="grant claimant"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public web API of the claim service: the only way claims and evidence come in.
    portal = tm.add(
        tg.Endpoint(
            "Claim portal API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer reference number and password"),
                c.InputValidation(note="JPEG, PNG and PDF only, 20 MB per file"),
            },
        )
    )
    # Holds the uploaded photos and invoices for the evidence service and caseworkers.
    evidence_store = tm.add(
        tg.DataStore(
            "Claim evidence store",
            stores={photos, invoices},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Case records: claims, evidence assessments and payment decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_form, assessment, payment_decision, remittance},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up new claims, runs the location check, builds the prompt and calls the LLM.
    evidence_service = tm.add(
        tg.Service(
            "Evidence checking service",
            description="Queues each submitted claim, gathers its evidence and agreement "
            "details, and records the LLM's assessment against the claim.",
        )
    )
    # Deterministic check that photo GPS tags fall inside the agreed parcels.
    geo_check = tm.add(
        tg.Service(
            "Photo location checker",
            description="Reads EXIF GPS and timestamps and tests them against parcel geometry.",
        )
    )
    # Kept for troubleshooting and for answering claimants who query an assessment.
    llm_log_store = tm.add(tg.DataStore("LLM call log store", stores={llm_logs}))
    # Where grant officers work the claim queue and record payment decisions.
    console = tm.add(
        tg.Endpoint(
            "Caseworker console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency single sign-on"),
                c.RBAC(),
                c.HumanInTheLoop(approver="grant officer"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads photos and invoices; its assessment guides the officer's decision.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Government shared services", trust=tg.Trust.PARTNER):
    # The authoritative record of land parcels and the grant agreements on them.
    land_register = tm.add(
        tg.ExternalService(
            "Rural land register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Shared finance system that pays grants into claimants' registered bank accounts.
    payments = tm.add(tg.ExternalService("Shared payments system"))

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Decides each claim; approves or rejects the payment.
    officer = tm.add(tg.Actor("Grant officer", role="caseworker"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(farmer, portal, claim_form, photos, invoices, protocol="https", controls={tls})
tm.flow(portal, farmer, claim_status, protocol="https", controls={tls})
tm.flow(portal, evidence_store, photos, invoices)
tm.flow(portal, claims_db, claim_form)
tm.flow(claims_db, portal, claim_status, label="claim status lookup")

tm.flow(claims_db, evidence_service, claim_form, label="new claims queue")
tm.flow(evidence_store, evidence_service, photos, invoices)
tm.flow(land_register, evidence_service, parcels, protocol="https", controls={tls})
tm.flow(evidence_service, geo_check, photos, parcels)
tm.flow(geo_check, evidence_service, geo_result)
tm.flow(evidence_service, llm, evidence_prompt, protocol="https", controls={tls})
tm.flow(llm, evidence_service, assessment, protocol="https", controls={tls})
tm.flow(evidence_service, claims_db, assessment)
tm.flow(evidence_service, llm_log_store, llm_logs)

tm.flow(claims_db, console, claim_form, assessment)
tm.flow(evidence_store, console, photos, invoices)
tm.flow(console, officer, claim_form, assessment, photos, invoices, protocol="https")
tm.flow(officer, console, payment_decision, protocol="https")
tm.flow(console, claims_db, payment_decision)
tm.flow(console, payments, payment_instruction, protocol="sftp", label="nightly payment batch")
tm.flow(payments, claims_db, remittance, protocol="sftp")
