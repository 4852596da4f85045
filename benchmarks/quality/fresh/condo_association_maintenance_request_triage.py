"""Condo maintenance request triage: the first design, before any security review.

A property management company runs condo buildings for owners' associations in
the EU. Residents file maintenance requests (a description and up to five
photos) through the resident portal, signing in with e-mail and password. A
triage service sends each new request, its photos and the list of contractors
for the building to a hosted multimodal LLM, which returns an urgency level, a
suggested contractor and a draft reply to the resident. Building managers see
the triage in a web console on the office network (company SSO), edit or accept
it, and only then does the notification service e-mail the reply to the resident
and the work order to the contractor through a transactional e-mail provider.
Requests and photos live in the company's cloud account, encrypted at rest with
provider-managed keys; the LLM vendor is under a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Condo maintenance request triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM triage of residents' maintenance requests, approved by building managers.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Maintenance request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident name, unit, contact details, access instructions and the problem text.",
)
photos = tg.Data(
    "Request photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside residents' homes.",
)
contractors = tg.Data(
    "Contractor directory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Trades, buildings served, negotiated rates and contact details.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request text, its photos and the building's contractors.",
)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Urgency, suggested contractor and draft reply to the resident.",
)
decision = tg.Data("Manager decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reply = tg.Data("Reply to resident", kind="model-output", sensitivity=tg.Sensitivity.PII)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Unit address, resident contact, access instructions and the job.",
)
status = tg.Data("Request status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents (owners and tenants) file and follow their requests.
    resident = tm.add(tg.Actor("Resident", role="resident"))
    # Contractors receive work orders by e-mail; they have no portal account.
    contractor = tm.add(tg.Actor("Contractor", role="contractor"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The only public entry point: request form, photo upload and status page.
    portal = tm.add(
        tg.Endpoint(
            "Resident portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo type and size checks, at most five photos"),
            },
        )
    )
    # Builds the prompt, calls the LLM and stores its triage for review.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Runs on each new request; writes urgency, contractor and draft.",
        )
    )
    # Where building managers review, edit and approve each triage.
    console = tm.add(
        tg.Endpoint(
            "Manager console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO"),
                c.RBAC(note="managers see only the buildings they manage"),
            },
        )
    )
    # Sends messages only after a manager approved them in the console.
    notifier = tm.add(
        tg.Service(
            "Notification service",
            controls={c.HumanInTheLoop(approver="building manager")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for requests, triage results and their status.
        request_db = tm.add(
            tg.DataStore(
                "Request database",
                stores={request, triage_result, decision},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Object storage bucket for uploaded photos.
        photo_store = tm.add(
            tg.DataStore(
                "Photo bucket",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Contractors per building, maintained by the managers.
        directory = tm.add(tg.DataStore("Contractor directory store", stores={contractors}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the text and the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service delivering replies and work orders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Approves every reply and work order before it is sent.
    manager = tm.add(tg.Actor("Building manager", role="building manager"))

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, request, photos, protocol="https")
tm.flow(portal, resident, status, protocol="https", label="request status and replies")
tm.flow(portal, request_db, request)
tm.flow(request_db, portal, status)
tm.flow(portal, photo_store, photos)
tm.flow(portal, triage, request, label="new request event")

tm.flow(photo_store, triage, photos)
tm.flow(directory, triage, contractors)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_result, protocol="https")
tm.flow(triage, request_db, triage_result)

tm.flow(request_db, console, request, triage_result)
tm.flow(photo_store, console, photos)
tm.flow(console, manager, request, photos, triage_result, protocol="https")
tm.flow(manager, console, decision, protocol="https", label="approve or edit")
tm.flow(manager, console, contractors, protocol="https", label="maintain contractors")
tm.flow(console, directory, contractors)
tm.flow(console, request_db, decision)
tm.flow(console, notifier, reply, work_order, label="approved messages")

tm.flow(notifier, mailer, reply, work_order, protocol="https")
tm.flow(mailer, resident, reply, protocol="smtp+starttls")
tm.flow(mailer, contractor, work_order, protocol="smtp+starttls")
