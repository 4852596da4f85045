"""Driver coaching from telematics: the first design, before any security review.

A parcel delivery fleet operating in the EU wants weekly coaching for its van
drivers. Telematics units in the vans report harsh braking, harsh cornering and
speeding events to the telematics vendor's platform; a nightly ingestion job
pulls them over the vendor's API and attributes each event to the driver on
shift, using the vehicle assignments in the workforce management system. Once a
week a coaching job summarises each driver's events (event type, time and speed
over the limit only, no GPS trace), adds the safety team's coaching guidelines
and asks a hosted LLM for a short message to the driver and a per-depot report.
Messages are sent automatically to the driver app, where drivers can reply or
dispute an event; depot managers read the reports and replies on a dashboard
behind corporate SSO. Events are encrypted at rest and kept for 180 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driver coaching from telematics",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "LLM-written weekly coaching messages for delivery drivers and depot reports "
        "for managers, from telematics driving events."
    ),
)

# ---------------------------------------------------------------- data assets
raw_events = tg.Data(
    "Telematics events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicle id, time, GPS position, speed, road speed limit and event type.",
)
assignments = tg.Data(
    "Driver vehicle assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which driver had which van on which shift, depot, name and app account.",
)
driver_events = tg.Data(
    "Driver driving events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Telematics events attributed to a named driver.",
)
guidelines = tg.Data(
    "Coaching guidelines and prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tone, thresholds and the system prompt the safety team maintains.",
)
coaching_prompt = tg.Data(
    "Weekly coaching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, the driver's first name, depot and the week's event summary.",
)
drafts = tg.Data(
    "Coaching message and depot report drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
coaching_message = tg.Data("Driver coaching message", kind="model-output", sensitivity="pii")
depot_report = tg.Data(
    "Depot driving report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-driver event counts, trends and the model's coaching priorities.",
)
driver_reply = tg.Data(
    "Driver reply or event dispute",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
manager_notes = tg.Data("Manager follow-up notes", kind="records", sensitivity="pii")

# ---------------------------------------------------------------- elements
with tm.boundary("Vans", trust=tg.Trust.UNTRUSTED):
    # Vendor-fitted units in every van: accelerometer, GPS and CAN bus speed.
    units = tm.add(tg.Device("Van telematics units", fleet=True))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor's platform collects the units' events and exposes them over an API.
    telematics = tm.add(
        tg.ExternalService("Telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the coaching messages and depot reports.
    llm = tm.add(tg.LLM("Coaching LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Fleet cloud", trust=tg.Trust.INTERNAL):
    # Nightly pull of the day's events, matched to the driver on shift.
    ingestion = tm.add(
        tg.Pipeline(
            "Event ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor API key in the cloud secret store")},
        )
    )
    # Driver-attributed events, the basis of every message and report.
    events_store = tm.add(
        tg.DataStore(
            "Driving events store",
            stores={driver_events},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=180)},
        )
    )
    # The safety team's guidelines and prompt text.
    guidelines_store = tm.add(tg.DataStore("Coaching guidelines store", stores={guidelines}))
    # Weekly batch that summarises each driver's week and calls the LLM.
    coaching_job = tm.add(
        tg.Service(
            "Weekly coaching job",
            controls={c.DataMinimization(note="no GPS positions or addresses in prompts")},
        )
    )
    # Messages, reports, replies and manager notes, per driver and week.
    coaching_store = tm.add(
        tg.DataStore(
            "Coaching history store",
            stores={coaching_message, depot_report, driver_reply, manager_notes},
        )
    )
    # Back end of the company driver app that also carries delivery manifests.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual employee number and PIN")},
        )
    )
    # Where depot managers read their depot's reports and drivers' replies.
    dashboard = tm.add(
        tg.Endpoint(
            "Depot manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Source of shifts and vehicle assignments.
    workforce = tm.add(
        tg.DataStore("Workforce management system", stores={assignments}, controls={c.RBAC()})
    )
    # Reads reports, follows up with drivers.
    manager = tm.add(tg.Actor("Depot manager", role="manager"))
    # Owns the coaching guidelines and prompt.
    safety_lead = tm.add(tg.Actor("Fleet safety lead", role="safety team"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers use the app on company handhelds over mobile data.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))

# ---------------------------------------------------------------- flows
tm.flow(units, telematics, raw_events, protocol="mqtts")
tm.flow(telematics, ingestion, raw_events, protocol="https", label="nightly API pull")
tm.flow(workforce, ingestion, assignments)
tm.flow(ingestion, events_store, driver_events)

tm.flow(events_store, coaching_job, driver_events)
tm.flow(workforce, coaching_job, assignments)
tm.flow(guidelines_store, coaching_job, guidelines)
tm.flow(coaching_job, llm, coaching_prompt, protocol="https")
tm.flow(llm, coaching_job, drafts, protocol="https")
tm.flow(coaching_job, coaching_store, coaching_message, depot_report)

tm.flow(coaching_store, driver_api, coaching_message)
tm.flow(driver_api, driver, coaching_message, protocol="https")
tm.flow(driver, driver_api, driver_reply, protocol="https")
tm.flow(driver_api, coaching_store, driver_reply)

tm.flow(coaching_store, dashboard, depot_report, driver_reply)
tm.flow(dashboard, manager, depot_report, driver_reply, protocol="https")
tm.flow(manager, dashboard, manager_notes, protocol="https")
tm.flow(dashboard, coaching_store, manager_notes)
tm.flow(events_store, dashboard, driver_events, label="event drill-down")

tm.flow(safety_lead, guidelines_store, guidelines, protocol="https")
