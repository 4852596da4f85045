"""Watch service intake with LLM-drafted estimates: the first design, before review.

An independent watch service centre in Germany. Customers register a repair on the
customer portal (name, return address, watch make, model and serial, the fault they
see) and post the watch in. At the bench a technician opens the case and photographs
the movement on a microscope-camera workstation, which uploads the photos to the
photo store in our cloud tenancy. An estimate drafter sends the photos, the bench
notes, the watch's service history and extracts of our parts catalogue and price list
to a hosted multimodal LLM, which drafts the service estimate and flags parts that look
non-genuine. The master watchmaker reviews every draft in the workshop app and
approves it before the estimate is e-mailed; the customer accepts or declines it in
the portal. Customers sign in with e-mail and password; staff use Microsoft 365 SSO
with MFA and roles; the databases and buckets use the cloud provider's encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Watch service intake and estimate drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Bench photos of watch movements go to a hosted LLM that drafts the service "
        "estimate and flags suspected counterfeit parts; the master watchmaker approves."
    ),
)

# ---------------------------------------------------------------- data assets
service_request = tg.Data(
    "Service request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, return address, phone, watch make, model and serial, fault description.",
)
movement_photos = tg.Data(
    "Movement photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Macro photos of the open movement, dial side and case back with serials.",
)
bench_notes = tg.Data("Bench condition notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
service_history = tg.Data(
    "Service history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
parts_catalogue = tg.Data(
    "Parts catalogue and price list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
price_updates = tg.Data("Price list updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
drafting_request = tg.Data("Drafting request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
estimate_prompt = tg.Data(
    "Estimate prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, movement photos, bench notes, fault text, history, catalogue extract.",
)
draft_estimate = tg.Data(
    "Draft estimate and authenticity flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Proposed work, parts and prices, plus parts the model thinks are not genuine.",
)
estimate_approval = tg.Data(
    "Estimate approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_estimate = tg.Data(
    "Approved estimate",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
estimate_email = tg.Data("Estimate notification", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Estimate acceptance", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Watch owners anywhere in the EU; anyone can create a portal account.
    customer = tm.add(tg.Actor("Customer", role="watch owner"))

with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # Opens the watch, photographs the movement and writes condition notes.
    technician = tm.add(tg.Actor("Bench technician", role="bench staff"))
    # Approves every estimate and maintains the parts catalogue and price list.
    master = tm.add(tg.Actor("Master watchmaker", role="head of workshop", privileged=True))
    # Microscope camera on a bench PC; uploads photos straight to the cloud bucket.
    workstation = tm.add(
        tg.Device(
            "Bench photo workstation",
            fleet=True,
            description="Windows PC with a microscope camera at each of the four benches.",
        )
    )

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where customers register repairs and answer estimates.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff web app: intake, review queue, approval and sending of estimates.
    workshop_app = tm.add(
        tg.Service(
            "Workshop app",
            internet_facing=True,
            description="Web app staff reach from the workshop and from home.",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the master watchmaker"),
            },
        )
    )
    # Builds the prompt, calls the hosted model and files the draft for review.
    drafter = tm.add(
        tg.Service(
            "Estimate drafter",
            description="Triggered by the workshop app once photos and notes are in.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # System of record for service orders, estimates and their history.
    order_db = tm.add(
        tg.DataStore(
            "Service order database",
            stores={
                service_request,
                bench_notes,
                service_history,
                draft_estimate,
                approved_estimate,
                acceptance,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object bucket for the movement photos of each order.
    photo_store = tm.add(
        tg.DataStore(
            "Movement photo store",
            stores={movement_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the drafter quotes from: genuine part numbers and our prices.
    catalogue = tm.add(tg.DataStore("Parts catalogue", stores={parts_catalogue}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model behind the vendor's API: drafts estimates, flags counterfeit parts.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the movement photos, drafts the estimate, flags counterfeit parts.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells customers their estimate is ready.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Registration and the customer's answer
tm.flow(customer, portal, service_request, protocol="https")
tm.flow(portal, order_db, service_request)
tm.flow(order_db, portal, approved_estimate, label="estimate to view")
tm.flow(portal, customer, approved_estimate, protocol="https")
tm.flow(customer, portal, acceptance, protocol="https")
tm.flow(portal, order_db, acceptance)

# At the bench
tm.flow(technician, workstation, movement_photos, label="photographs at the bench")
tm.flow(workstation, photo_store, movement_photos, protocol="https")
tm.flow(technician, workshop_app, bench_notes, protocol="https")
tm.flow(workshop_app, order_db, bench_notes, service_request)
tm.flow(order_db, workshop_app, service_request, service_history, draft_estimate)

# Drafting
tm.flow(workshop_app, drafter, drafting_request)
tm.flow(photo_store, drafter, movement_photos)
tm.flow(order_db, drafter, service_request, bench_notes, service_history)
tm.flow(catalogue, drafter, parts_catalogue)
tm.flow(drafter, llm, estimate_prompt, protocol="https")
tm.flow(llm, drafter, draft_estimate, protocol="https")
tm.flow(drafter, order_db, draft_estimate)

# Review and approval by the master watchmaker
tm.flow(photo_store, workshop_app, movement_photos)
tm.flow(workshop_app, master, draft_estimate, movement_photos, protocol="https")
tm.flow(master, workshop_app, estimate_approval, protocol="https")
tm.flow(workshop_app, order_db, approved_estimate)
tm.flow(master, catalogue, price_updates, protocol="https")

# Telling the customer
tm.flow(workshop_app, mailer, estimate_email, protocol="https")
tm.flow(mailer, customer, estimate_email, protocol="smtp")
