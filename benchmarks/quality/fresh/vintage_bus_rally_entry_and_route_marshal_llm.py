"""Vintage bus rally entries and route marshalling: the first design, before any security review.

Our club runs a one-day vintage bus rally with a road run between two towns. Bus
owners enter online: they sign in to the entry portal and upload photos of the bus,
its registration certificate (V5C), MOT and insurance certificate, and a short history.
A review service in our cloud account sends each entry's documents to a hosted LLM,
which checks that the registration matches the entry, the bus is old enough and the
insurance covers the rally date, and records the result on the entry; the rally
secretary looks only at entries the check flags. The same LLM drafts the programme
text from the histories and photos, and the secretary edits and approves it before
it is published on the rally website. On the day, route marshals report breakdowns
from their phones through a small web app signed in with the event's marshal PIN,
and the control room sees them on a dashboard to send the recovery truck.
TLS throughout, owner sign-in, file checks on upload and encrypted document storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Vintage bus rally entry and route marshal system",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online entries with LLM document checks, an LLM-drafted programme, "
    "and breakdown reports from route marshals on rally day.",
)

# ---------------------------------------------------------------- data assets
entry_form = tg.Data(
    "Bus entry form",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Owner name, address, phone, e-mail, bus registration, chassis, year and history.",
)
bus_photos = tg.Data("Bus photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
documents = tg.Data(
    "Registration and insurance certificates",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="V5C registration certificate, MOT certificate and insurance certificate.",
)
owner_login = tg.Data(
    "Owner sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
check_prompt = tg.Data("Document check prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
check_result = tg.Data(
    "Document check result and entry status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
programme_prompt = tg.Data(
    "Programme drafting prompt", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt"
)
programme_draft = tg.Data(
    "Programme draft", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
programme = tg.Data("Published programme", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
secretary_decision = tg.Data(
    "Secretary entry decision and programme approval",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
confirmation = tg.Data("Entry confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="records")
breakdown_report = tg.Data(
    "Breakdown report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Bus registration, location on the route, what is wrong, marshal's name.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
recovery_update = tg.Data(
    "Recovery status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bus owners entering the rally; anyone can create an account.
    owner = tm.add(tg.Actor("Bus owner", role="entrant"))
    # Volunteer marshals on the route, using their own phones over mobile data.
    marshal = tm.add(tg.Actor("Route marshal", role="volunteer marshal"))
    # Public visitors reading the programme.
    visitor = tm.add(tg.Actor("Rally visitor", role="public"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Where owners sign in, fill in the entry and upload files.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Entries, owner accounts and the check status of each entry.
    entry_db = tm.add(
        tg.DataStore("Entry database", stores={entry_form, owner_login, check_result})
    )
    # Object storage for uploaded photos and certificates.
    doc_store = tm.add(
        tg.DataStore(
            "Document and photo storage",
            stores={documents, bus_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends documents to the LLM for checking and asks it to draft the programme.
    review = tm.add(
        tg.Service(
            "Entry review service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="rally secretary",
                    note="the secretary reviews entries the check flags; passing entries are accepted automatically",
                ),
            },
        )
    )
    # Public rally website with the approved programme.
    website = tm.add(
        tg.Endpoint("Rally website", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Small web app marshals open on their phones to report breakdowns.
    marshal_app = tm.add(
        tg.Endpoint(
            "Marshal reporting app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="shared marshal PIN for the event")},
        )
    )
    # Breakdown reports and recovery status for the day.
    breakdown_log = tm.add(
        tg.DataStore("Breakdown log", stores={breakdown_report, recovery_update})
    )
    # Control room screen listing open breakdowns.
    dashboard = tm.add(
        tg.Endpoint(
            "Control room dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="club Google Workspace accounts with 2SV")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model reading the certificates and photos, and writing programme text.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends entry confirmations to owners.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Club committee", trust=tg.Trust.INTERNAL):
    # Reviews flagged entries and approves the programme.
    secretary = tm.add(tg.Actor("Rally secretary", role="club officer", privileged=True))
    # Runs the control room on the day and dispatches recovery.
    controller = tm.add(tg.Actor("Control room controller", role="club volunteer"))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, entry_form, documents, bus_photos, owner_login, protocol="https")
tm.flow(portal, owner, check_result, protocol="https", label="entry status")
tm.flow(portal, entry_db, entry_form, owner_login)
tm.flow(entry_db, portal, entry_form, check_result)
tm.flow(portal, doc_store, documents, bus_photos)

tm.flow(entry_db, review, entry_form)
tm.flow(doc_store, review, documents, bus_photos)
tm.flow(review, llm, check_prompt, documents, protocol="https")
tm.flow(llm, review, check_result, protocol="https")
tm.flow(review, entry_db, check_result)
tm.flow(review, mailer, confirmation, protocol="https")
tm.flow(mailer, owner, confirmation, protocol="smtp")

tm.flow(review, llm, programme_prompt, bus_photos, protocol="https", label="draft programme")
tm.flow(llm, review, programme_draft, protocol="https", label="programme draft")
tm.flow(review, dashboard, check_result, programme_draft, label="flagged entries and draft")
tm.flow(dashboard, secretary, check_result, programme_draft, protocol="https")
tm.flow(secretary, dashboard, secretary_decision, protocol="https")
tm.flow(dashboard, review, secretary_decision)
tm.flow(review, website, programme, label="publish approved programme")
tm.flow(website, visitor, programme, protocol="https")

tm.flow(marshal, marshal_app, breakdown_report, protocol="https")
tm.flow(marshal_app, marshal, recovery_update, protocol="https")
tm.flow(marshal_app, breakdown_log, breakdown_report)
tm.flow(breakdown_log, marshal_app, recovery_update)
tm.flow(breakdown_log, dashboard, breakdown_report, recovery_update)
tm.flow(dashboard, controller, breakdown_report, protocol="https")
tm.flow(controller, dashboard, recovery_update, protocol="https")
tm.flow(dashboard, breakdown_log, recovery_update)
