"""Wholesale fruit importer: shipment ripeness inspection and claims drafting, first design.

When a reefer container arrives at the importer's cold store, a quality inspector
samples pallets, photographs the fruit (colour, bruising, mould, decay) and runs
pressure tests with a Bluetooth penetrometer paired to a company tablet. The
tablet app uploads photos and readings to the inspection API in the importer's
cloud tenant, which files them with the container's purchase order. A drafting
service sends the photos, readings and the contract's quality spec to a hosted
multimodal LLM, which drafts a quality report and, where the fruit is out of
spec, a supplier claim with the proposed deduction. The claims manager reviews,
edits and approves each draft in the claims portal; only approved claims are
e-mailed to the shipper or grower through the company's mail service, and their
replies come back the same way. Staff sign in with Entra ID single sign-on and
MFA, traffic to the cloud is HTTPS and the inspection store is encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fruit import inspection and claims drafting",
    profile=tg.RiskProfile.LOW,
    description=(
        "Inspectors' photos and pressure tests become LLM-drafted quality reports and "
        "supplier claims that a claims manager approves before they go to shippers."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Inspection photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pallet labels, cut fruit, decay and bruising, temperature recorder display.",
)
pressure = tg.Data(
    "Pressure test readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Penetrometer firmness readings per fruit sample, in kgf.",
)
inspection = tg.Data(
    "Inspection record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Container number, sample counts, defect tallies, inspector notes and readings.",
)
orders = tg.Data(
    "Purchase orders and quality specs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Agreed prices, tolerances, firmness and Brix ranges per supplier contract.",
)
supplier_contacts = tg.Data(
    "Supplier and shipper contacts", sensitivity=tg.Sensitivity.PII, kind="records"
)
prompt = tg.Data(
    "Report drafting prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the inspection record, photos and the contract quality spec.",
)
completion = tg.Data(
    "LLM draft completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
draft_report = tg.Data(
    "Draft quality report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
draft_claim = tg.Data(
    "Draft supplier claim",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Defect findings, affected pallets and the proposed deduction or rejection.",
)
approved_claim = tg.Data(
    "Approved claim and quality report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
shipper_reply = tg.Data(
    "Shipper claim response",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Acceptance, counter-offer or dispute, often with their own photos attached.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cold store inspection bay", trust=tg.Trust.INTERNAL):
    # The person who samples and tests the fruit as containers are unloaded.
    inspector = tm.add(tg.Actor("Quality inspector", role="inspector"))
    # Handheld firmness tester; pairs with the tablet and sends each reading.
    penetrometer = tm.add(
        tg.Device("Digital penetrometer", description="Bluetooth fruit firmness tester.")
    )
    # Company-managed tablet running the inspection app (camera, forms, upload).
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            description="Rugged Android tablets in the inspection bay.",
        )
    )

with tm.boundary("Importer cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from the tablets and files them against the container.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Entra ID single sign-on with MFA")},
        )
    )
    # Blob storage and database for photos, readings and inspection records.
    inspection_store = tm.add(
        tg.DataStore(
            "Inspection records store",
            stores={photos, pressure, inspection, draft_report, draft_claim},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The company's ERP: purchase orders, contract specs and supplier contacts.
    erp = tm.add(tg.DataStore("ERP", stores={orders, supplier_contacts}))
    # Builds the prompt from the inspection and spec, calls the LLM, stores the drafts.
    drafting = tm.add(
        tg.Service(
            "Report and claim drafting service",
            description="Runs when an inspection is submitted; no tools, one LLM call per container.",
        )
    )
    # Where the claims manager reads, edits, approves and sends drafts.
    claims_portal = tm.add(
        tg.Service(
            "Claims review portal",
            controls={
                tg.controls.Authentication(method="Entra ID single sign-on with MFA"),
                tg.controls.HumanInTheLoop(
                    approver="the claims manager", note="every claim is approved before it is sent"
                ),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves and sends claims; negotiates with shippers.
    claims_manager = tm.add(tg.Actor("Claims manager", role="claims manager"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and readings and writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts quality reports and supplier claims from photos and readings.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The company's hosted e-mail, used to send claims and receive replies.
    mail = tm.add(tg.ExternalService("Company mail service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Exporters, growers and shipping lines the claims go to.
    shipper = tm.add(tg.Actor("Shipper or grower", role="supplier"))

# ---------------------------------------------------------------- flows
# Inspection in the bay
tm.flow(penetrometer, tablet, pressure, protocol="bluetooth")
tm.flow(inspector, tablet, photos, inspection, label="takes photos and fills the form")
tm.flow(tablet, inspection_api, photos, pressure, inspection, protocol="https")
tm.flow(inspection_api, tablet, inspection, protocol="https", label="container lookup and receipt")
tm.flow(erp, inspection_api, orders, label="purchase order for the container")
tm.flow(inspection_api, inspection_store, photos, pressure, inspection)

# Drafting
tm.flow(inspection_store, drafting, photos, pressure, inspection)
tm.flow(erp, drafting, orders)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, inspection_store, draft_report, draft_claim)

# Review and approval
tm.flow(inspection_store, claims_portal, photos, inspection, draft_report, draft_claim)
tm.flow(claims_portal, inspection_store, draft_report, draft_claim, label="edits")
tm.flow(erp, claims_portal, orders, supplier_contacts)
tm.flow(claims_portal, claims_manager, photos, draft_report, draft_claim, protocol="https")
tm.flow(claims_manager, claims_portal, approved_claim, protocol="https", label="edits and approves")

# Sending to shippers and their replies
tm.flow(claims_portal, mail, approved_claim, protocol="https")
tm.flow(mail, shipper, approved_claim, protocol="smtp")
tm.flow(shipper, mail, shipper_reply, protocol="smtp")
tm.flow(mail, claims_manager, shipper_reply, protocol="https")
