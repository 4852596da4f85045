"""Ferry freight booking with LLM-assisted dangerous-goods checks: the first design.

Freight customers (hauliers and their drivers' dispatchers) book vehicle space on
our ro-ro sailings through the freight booking portal and upload the dangerous-goods
declaration for each hazardous load as a PDF. A declaration checker service in our
cloud account reads the declaration, pulls the vessel's stowage and segregation
rules, and asks a vendor-hosted LLM to check the declared UN numbers, classes and
quantities against those rules and to draft the loading plan note. Drafts land in a
review queue that the duty loading officer works through on the port operations
console; only loads the officer confirms are written into the ship's loading plan,
and the port authority is sent the dangerous-goods manifest for each sailing.
Controls in this design: portal accounts with e-mail and password, upload checks on
file type and size, encryption at rest for bookings and declarations, staff SSO with
MFA on the console and officer confirmation before the plan is finalised.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle booking and hazmat declaration checks",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online freight booking for a North Sea ferry operator, with an LLM that checks "
        "dangerous-goods declarations against stowage rules and drafts loading plan notes."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sailing, vehicle registration, dimensions, driver name and contact.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
declaration = tg.Data(
    "Dangerous-goods declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Shipper's DG form: UN numbers, classes, packing groups, quantities, "
    "emergency contact.",
)
stowage_rules = tg.Data(
    "Stowage and segregation rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="IMDG segregation tables and per-vessel deck restrictions.",
)
check_prompt = tg.Data(
    "Declaration check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the declaration text and the applicable rules.",
)
llm_answer = tg.Data(
    "LLM check result and draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_note = tg.Data(
    "Draft loading plan note",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Proposed deck position, segregation remarks and any rule conflicts found.",
)
confirmation = tg.Data(
    "Hazardous load confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
loading_plan = tg.Data(
    "Ship loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
dg_manifest = tg.Data(
    "Dangerous-goods manifest", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rule_update = tg.Data("Stowage rule update", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hauliers and freight forwarders; anyone can open a freight account.
    customer = tm.add(tg.Actor("Freight customer", role="haulier booking agent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads declarations and drafts the note; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, called per declaration.",
        )
    )

with tm.boundary("Port authority", trust=tg.Trust.PARTNER):
    # The harbour master must be told what dangerous goods each sailing carries.
    port_authority = tm.add(
        tg.ExternalService(
            "Port authority DG notification service",
            description="Receives the dangerous-goods manifest before departure.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where customers book and upload declarations.
    portal = tm.add(
        tg.Endpoint(
            "Freight booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="PDF only, 10 MB limit on declaration uploads"),
            },
        )
    )
    # Holds space on sailings and keeps the bookings.
    booking_service = tm.add(
        tg.Service("Booking service", description="Allocates lane metres on sailings.")
    )
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Uploaded declarations kept as filed, for the officer and for the record.
    declaration_store = tm.add(
        tg.DataStore(
            "Declaration document store",
            stores={declaration},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from the declaration and the rules, calls the LLM, files the draft.
    checker = tm.add(
        tg.Service(
            "Declaration checker",
            description="Extracts the declaration text, selects the vessel's rules, asks the "
            "LLM for a rule check and a draft loading plan note.",
        )
    )
    # The reference rules the check is made against.
    rules_store = tm.add(tg.DataStore("Stowage rules library", stores={stowage_rules}))
    # Drafts waiting for the duty loading officer.
    review_queue = tm.add(tg.DataStore("Hazmat review queue", stores={draft_note}))

with tm.boundary("Port operations network", trust=tg.Trust.INTERNAL):
    # The officer on shift who signs off every hazardous load.
    officer = tm.add(tg.Actor("Duty loading officer", role="loading officer"))
    # Keeps the stowage rules current when vessels or regulations change.
    superintendent = tm.add(
        tg.Actor("Marine superintendent", role="marine operations", privileged=True)
    )
    # Where drafts are reviewed and confirmed.
    console = tm.add(
        tg.Endpoint(
            "Loading officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Finalises the ship's plan; takes hazardous loads only once confirmed.
    planner = tm.add(
        tg.Service(
            "Ship loading plan system",
            description="Builds the deck plan per sailing from bookings and confirmed loads.",
            controls={c.HumanInTheLoop(approver="duty loading officer")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, booking, declaration, protocol="https")
tm.flow(portal, customer, booking_confirmation, protocol="https")
tm.flow(portal, booking_service, booking)
tm.flow(booking_service, portal, booking_confirmation)
tm.flow(booking_service, booking_db, booking)
tm.flow(portal, declaration_store, declaration, label="upload")

tm.flow(declaration_store, checker, declaration)
tm.flow(rules_store, checker, stowage_rules)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, llm_answer, protocol="https")
tm.flow(checker, review_queue, draft_note)

tm.flow(review_queue, console, draft_note)
tm.flow(declaration_store, console, declaration, label="original for comparison")
tm.flow(console, officer, draft_note, declaration, protocol="https")
tm.flow(officer, console, confirmation, protocol="https")
tm.flow(console, planner, confirmation)
tm.flow(booking_db, planner, booking, label="sailing manifest sync")
tm.flow(planner, console, loading_plan)
tm.flow(planner, port_authority, dg_manifest, protocol="https")

tm.flow(superintendent, rules_store, rule_update, protocol="https")
