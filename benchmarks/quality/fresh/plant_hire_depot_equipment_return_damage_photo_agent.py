"""Plant hire depot return damage agent: the first design, before any security review.

When a machine comes back from hire, depot staff photograph it on a depot tablet
and book the return through the inspection API. An LLM agent in our cloud then
looks up the check-out photos and the hire contract, sends both sets of photos to
a hosted vision model, and drafts any damage charge against the repair rate card
into a review queue. The depot manager checks each draft with its photos in a
review console (Entra ID sign-in with MFA) and approves, edits or rejects it; only
approved charges are posted to the customer's account in the hire management
system and e-mailed to the account contact. Customers see the charge and the
return photos in the existing account portal (e-mail and password) and can raise
a dispute there, which the depot manager resolves from the console. Tablets sign
in with one login per depot; photos are encrypted at rest and every link is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plant hire depot return damage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An agent compares return and check-out photos of hired machines with a vision "
        "model and drafts damage charges that the depot manager approves."
    ),
)

# ---------------------------------------------------------------- data assets
return_photos = tg.Data(
    "Return photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of the machine taken in the return bay.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout_photos = tg.Data(
    "Check-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of the machine taken when it went out on hire.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inspection = tg.Data(
    "Return inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Asset number, hire number, hour meter, fuel level and the inspector's name.",
)
job = tg.Data("Damage review job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lookup = tg.Data("Hire lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
contract = tg.Data(
    "Hire contract and customer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, site contact, hire dates, damage waiver and account terms.",
)
rates = tg.Data("Repair rate card", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vision_prompt = tg.Data(
    "Damage assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Both sets of photos, the machine type and the instructions.",
)
findings = tg.Data("Damage findings", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft damage charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Damage items, repair lines from the rate card, amount and customer account.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data("Manager charge decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved = tg.Data(
    "Approved damage charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Damage charge notice", kind="documents", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Charge dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's reasons, with any photos or documents they attach.",
)
outcome = tg.Data("Dispute outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The hirer: a contractor or sole trader with an account.
    customer = tm.add(tg.Actor("Customer", role="hire customer"))

with tm.boundary("Depot", trust=tg.Trust.INTERNAL):
    # Yard staff who check machines back in.
    yard_staff = tm.add(tg.Actor("Depot staff", role="yard fitter"))
    # Approves every charge and handles disputes for the depot.
    manager = tm.add(tg.Actor("Depot manager", role="depot manager"))
    # Managed tablets with the return app, one or two per depot.
    tablet = tm.add(tg.Device("Depot tablet", fleet=True))

with tm.boundary("Hire platform", trust=tg.Trust.INTERNAL):
    # Receives returns from the tablets and starts a damage review.
    inspection_api = tm.add(
        tg.Endpoint(
            "Return inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="depot account on the tablet app, one login per depot")
            },
        )
    )
    # Check-out and return photos of every machine.
    photo_store = tm.add(
        tg.DataStore(
            "Equipment photo store",
            stores={return_photos, checkout_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Compares the photos, drafts the charge and sends it once approved.
    agent = tm.add(
        tg.Agent(
            "Damage assessment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the depot manager",
                    note="a charge is posted and sent only after approval in the review console",
                )
            },
        )
    )
    # Reads the hire contract, rate card and photos for the returned machine.
    lookup_tool = tm.add(tg.Tool("Hire and photo lookup tool", capabilities={"read"}))
    # Writes the agent's draft into the review queue.
    drafting_tool = tm.add(tg.Tool("Charge drafting tool", capabilities={"write"}))
    # Posts the approved charge to the account and e-mails the customer.
    notice_tool = tm.add(tg.Tool("Charge notice tool", capabilities={"write", "send-messages"}))
    # Drafts waiting for the manager, the manager's decisions and approved charges.
    queue = tm.add(tg.DataStore("Damage charge review queue", stores={draft, decision, approved}))
    # Where the depot manager reviews drafts and disputes.
    console = tm.add(
        tg.Endpoint(
            "Manager review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="managers see their own depot's queue"),
            },
        )
    )
    # The existing customer-facing account portal.
    portal = tm.add(
        tg.Endpoint(
            "Customer account portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The company's hire management system: contracts, accounts, rates, invoices.
    hms = tm.add(
        tg.DataStore(
            "Hire management system",
            stores={contract, rates, inspection, approved, dispute, outcome},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

with tm.boundary("Vision model provider", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that describes differences between the photos.
    vision = tm.add(tg.LLM("Hosted vision model", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(
    yard_staff, tablet, return_photos, inspection, label="photographs the machine in the return bay"
)
tm.flow(tablet, inspection_api, return_photos, inspection, protocol="https")
tm.flow(inspection_api, photo_store, return_photos)
tm.flow(inspection_api, hms, inspection, label="books the machine off hire")
tm.flow(inspection_api, agent, job)

tm.flow(agent, lookup_tool, lookup)
tm.flow(photo_store, lookup_tool, checkout_photos, return_photos)
tm.flow(hms, lookup_tool, contract, rates)
tm.flow(lookup_tool, agent, checkout_photos, return_photos, contract, rates)
tm.flow(agent, vision, vision_prompt, protocol="https")
tm.flow(vision, agent, findings, protocol="https")
tm.flow(agent, drafting_tool, draft)
tm.flow(drafting_tool, queue, draft)

tm.flow(queue, console, draft)
tm.flow(photo_store, console, checkout_photos, return_photos)
tm.flow(console, manager, draft, checkout_photos, return_photos, protocol="https")
tm.flow(manager, console, decision, protocol="https", label="approves, edits or rejects")
tm.flow(console, queue, decision, approved)
tm.flow(queue, agent, decision, approved, label="approved drafts")
tm.flow(agent, notice_tool, approved)
tm.flow(notice_tool, hms, approved, label="posts charge to the account")
tm.flow(
    notice_tool, customer, notice, protocol="smtp+starttls", label="e-mail to the account contact"
)

tm.flow(hms, portal, approved)
tm.flow(photo_store, portal, return_photos)
tm.flow(portal, customer, approved, return_photos, protocol="https")
tm.flow(customer, portal, dispute, protocol="https")
tm.flow(portal, hms, dispute)
tm.flow(hms, console, dispute, label="open disputes")
tm.flow(console, manager, dispute, protocol="https")
tm.flow(manager, console, outcome, protocol="https")
tm.flow(console, hms, outcome)
tm.flow(hms, portal, outcome)
tm.flow(portal, customer, outcome, protocol="https")
