"""City 311 service-request routing: the first design, before any security review.

Residents report non-emergency problems (potholes, missed bin collections, broken
street lights, water leaks) through the city's 311 app, the 311 web form, or by
phone. Phone calls are taken by city call-takers on a hosted contact-centre
platform, which transcribes each call and posts the transcript to the city.
An intake API in the city's cloud tenant accepts app and web submissions (photos
included) without requiring an account. A request router sends each request,
with the city's service-category taxonomy, to a hosted LLM that returns a
category, a department and a priority; the router checks the category is in the
taxonomy and writes the case to the 311 CRM and the department's work queue.
Low-confidence classifications go to 311 triage staff instead. Departments update
case status, and residents are notified by SMS or e-mail through a messaging
provider. Staff sign in with city SSO and MFA; the CRM is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal 311 service request routing",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM classification and routing of residents' 311 requests from app, web and "
        "phone transcripts to city departments' work queues."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Resident service request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description, location or address, optional name, phone and e-mail.",
)
photos = tg.Data(
    "Request photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos attached in the app; may show people, faces and number plates.",
)
call_audio = tg.Data("Resident phone call", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Machine transcript of the call plus the call-taker's notes and caller number.",
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Taxonomy instructions plus the request text or transcript.",
)
classification = tg.Data(
    "Request classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Category, department, priority and a confidence value.",
)
taxonomy = tg.Data(
    "Service category taxonomy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Categories, the department that owns each, and priority hints.",
)
case = tg.Data(
    "311 case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_order = tg.Data("Department work order", kind="records", sensitivity=tg.Sensitivity.PII)
triage_item = tg.Data("Low-confidence request", kind="records", sensitivity=tg.Sensitivity.PII)
triage_routing = tg.Data("Manual routing by triage staff", kind="records")
status_update = tg.Data("Case status update", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Status notification",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="SMS or e-mail to the resident's phone number or address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can file a 311 request; accounts are optional.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Hosted telephony platform the call-takers work in; it records and transcribes calls.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            description="Hosted telephony and call transcription; posts each transcript to the city.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The classifier itself: a general-purpose hosted model, prompted with the taxonomy.
    llm = tm.add(
        tg.LLM(
            "Request classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted model that classifies each request against the taxonomy.",
            controls={c.Guardrails(note="the provider's default content filter")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends status SMS and e-mails to residents who left contact details.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Public entry point for the app and the web form.
    intake = tm.add(
        tg.Endpoint(
            "311 intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Accepts app and web submissions, anonymous or signed in.",
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP address"),
                c.InputValidation(note="field lengths, image type and size"),
            },
        )
    )
    # Builds the prompt, calls the LLM, and dispatches the case.
    router = tm.add(
        tg.Service(
            "Request router",
            description=(
                "Sends each request to the LLM, checks the returned category is in the "
                "taxonomy, writes the case and the work order, or hands it to triage."
            ),
            controls={
                c.OutputFiltering(note="category must be one in the taxonomy"),
                c.HumanInTheLoop(
                    approver="311 triage staff",
                    note="low-confidence classifications only; the rest route automatically",
                ),
            },
        )
    )
    # The taxonomy the router puts in every prompt; maintained by the 311 office.
    rules = tm.add(tg.DataStore("Service category taxonomy store", stores={taxonomy}))
    # Photos uploaded with app requests.
    attachments = tm.add(tg.DataStore("Attachment bucket", stores={photos}))
    # The 311 CRM: every case and its history.
    crm = tm.add(
        tg.DataStore(
            "311 CRM",
            stores={case},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where triage staff look at and reroute low-confidence requests.
    console = tm.add(
        tg.Endpoint(
            "Triage console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="city SSO with MFA")},
        )
    )

with tm.boundary("City network", trust=tg.Trust.INTERNAL):
    # City staff who answer 311 calls in the contact-centre platform.
    call_taker = tm.add(tg.Actor("311 call-taker", role="city staff"))
    # City staff who route what the LLM was unsure of.
    triage_staff = tm.add(tg.Actor("311 triage staff", role="city staff"))
    # Each department's existing work-order system (public works, sanitation, water).
    queues = tm.add(
        tg.Service(
            "Department work queues",
            description="Departments' work-order systems, fed by the router.",
        )
    )
    # Crews and supervisors who work and close the cases.
    dept_staff = tm.add(tg.Actor("Department staff", role="city staff"))

# ---------------------------------------------------------------- flows
# App and web submissions
tm.flow(resident, intake, request, photos, protocol="https")
tm.flow(intake, resident, status_update, protocol="https", label="case number and status")
tm.flow(intake, attachments, photos)
tm.flow(intake, router, request)

# Phone
tm.flow(resident, call_taker, call_audio, protocol="pstn", label="phone call")
tm.flow(call_taker, telephony, transcript, protocol="https", label="call notes")
tm.flow(telephony, intake, transcript, protocol="https", label="transcript webhook")

# Classification
tm.flow(rules, router, taxonomy)
tm.flow(router, llm, prompt, protocol="https")
tm.flow(llm, router, classification, protocol="https")

# Dispatch
tm.flow(router, crm, case)
tm.flow(crm, router, case, label="duplicate lookup")
tm.flow(router, queues, work_order, protocol="https")
tm.flow(router, console, triage_item)
tm.flow(console, triage_staff, triage_item, protocol="https")
tm.flow(triage_staff, console, triage_routing, protocol="https")
tm.flow(console, router, triage_routing)

# Work and status
tm.flow(queues, dept_staff, work_order)
tm.flow(dept_staff, queues, status_update)
tm.flow(attachments, queues, photos, protocol="https")
tm.flow(queues, crm, status_update, protocol="https")
tm.flow(crm, messaging, notification, protocol="https")
tm.flow(messaging, resident, notification, label="SMS or e-mail")
