"""County archive reading room: online document requests, checked and prepared with a hosted LLM.

Registered readers of the county record office sign in to a reader portal and order
documents for a reading-room visit, giving catalogue references and a research purpose.
A request service in the council's cloud tenancy looks up each item in the collections
management system (catalogue entry, access status, closure period, strongroom location)
and sends the request, the catalogue entry and the office's access and handling guidelines
to an LLM hosted by a vendor. The LLM says whether the item looks open, closed or subject
to a data protection closure, and drafts handling instructions for fragile items (cradles,
weights, gloves, supervised use). The draft lands in a request queue; a duty archivist
reviews every request in the staff console, approves or refuses it, and a production slip
prints in the strongroom so the item can be fetched. Readers are told of the outcome by
e-mail. Readers sign in with e-mail and password; staff use council SSO with MFA and
role-based access; every request is approved by an archivist before anything is produced.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County archive document requests and handling LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reader document requests checked against access restrictions and given "
        "handling instructions by a hosted LLM, approved and produced by archivists."
    ),
)

# ---------------------------------------------------------------- data assets
reader_account = tg.Data(
    "Reader account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, reader's ticket number and proof-of-identity check status.",
)
reader_credentials = tg.Data(
    "Reader sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
request = tg.Data(
    "Document request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reader ticket, catalogue references, visit date and free-text research purpose.",
)
catalogue_entry = tg.Data(
    "Catalogue entry with access status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Item description, closure period and reason, and strongroom location; "
    "descriptions of closed files can name living people.",
)
guidelines = tg.Data(
    "Access and handling guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Closure rules (30/100-year, data protection closures) and conservation "
    "handling guidance per material type.",
)
condition_notes = tg.Data(
    "Conservation condition notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Access check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The request, the catalogue entries and the guidelines.",
)
draft = tg.Data(
    "Draft access check and handling instructions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
decision = tg.Data("Archivist request decision", kind="records", sensitivity=tg.Sensitivity.PII)
slip = tg.Data(
    "Production slip",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reference, strongroom location, reader ticket and handling instructions.",
)
notification = tg.Data("Request status e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered readers: family historians, academics, solicitors, anyone with a ticket.
    reader = tm.add(tg.Actor("Reader", role="registered reader"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that checks access restrictions and drafts handling instructions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="council procurement data protection review")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends readers the outcome of their requests.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public website where readers sign in and order documents.
    portal = tm.add(
        tg.Endpoint(
            "Reader portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="catalogue reference format and visit date checked"),
            },
        )
    )
    # Orchestrates catalogue look-ups, the LLM call and notifications.
    request_service = tm.add(
        tg.Service(
            "Request service",
            controls={
                c.HumanInTheLoop(approver="duty archivist, for every request before production"),
            },
        )
    )
    # Reader registrations and sign-in details.
    reader_register = tm.add(
        tg.DataStore(
            "Reader register",
            stores={reader_account, reader_credentials},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pending requests with the LLM's draft and the archivist's decision.
    request_queue = tm.add(
        tg.DataStore("Request queue", stores={request, draft, decision}),
    )

with tm.boundary("Record office network", trust=tg.Trust.INTERNAL):
    # The catalogue and strongroom location index of the whole collection.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={catalogue_entry, condition_notes},
        )
    )
    # Closure rules and conservation guidance the LLM is given.
    guidance_store = tm.add(tg.DataStore("Access and handling guidelines", stores={guidelines}))
    # Where archivists review requests and the LLM's drafts.
    staff_console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(note="archivist and search room assistant roles"),
            },
        )
    )
    # Prints production slips in the strongroom for the fetch.
    printer = tm.add(tg.Device("Strongroom slip printer", fleet=False))
    # Reviews requests, decides access, fetches documents from the strongroom.
    archivist = tm.add(tg.Actor("Archivist", role="duty archivist"))
    # Records the condition of fragile items and keeps the handling guidance up to date.
    conservator = tm.add(tg.Actor("Conservator", role="conservation staff"))

# ---------------------------------------------------------------- flows
tm.flow(reader, portal, reader_credentials, request, protocol="https")
tm.flow(portal, reader, request, decision, protocol="https", label="request status")
tm.flow(portal, reader_register, reader_credentials, label="sign-in check")
tm.flow(reader_register, portal, reader_account)
tm.flow(portal, request_service, request)
tm.flow(request_service, portal, decision, label="request status")

tm.flow(request_service, cms, request, protocol="https", label="catalogue look-up")
tm.flow(cms, request_service, catalogue_entry, condition_notes, protocol="https")
tm.flow(guidance_store, request_service, guidelines, protocol="https")
tm.flow(request_service, llm, prompt, protocol="https")
tm.flow(llm, request_service, draft, protocol="https")
tm.flow(request_service, request_queue, request, draft)

tm.flow(request_queue, staff_console, request, draft, protocol="https")
tm.flow(staff_console, request_queue, decision, protocol="https")
tm.flow(staff_console, archivist, request, draft)
tm.flow(archivist, staff_console, decision)
tm.flow(staff_console, printer, slip, protocol="ipp")
tm.flow(printer, archivist, slip, label="printed slip")
tm.flow(request_queue, request_service, decision)
tm.flow(request_service, mailer, notification, protocol="https")
tm.flow(mailer, reader, notification, protocol="smtp")

tm.flow(conservator, cms, condition_notes)
tm.flow(conservator, guidance_store, guidelines)
