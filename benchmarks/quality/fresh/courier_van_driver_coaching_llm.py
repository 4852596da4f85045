"""Courier van driver coaching: the first design, before any security review.

A parcel-delivery company in the EU coaches its van drivers from telematics. Each
van's telematics unit sends speed, harsh-braking, idling and route-deviation
events, and its dashcam uploads short clips around each event, to our analytics
platform in an EU cloud region. Once a week a batch job builds a prompt per
driver from that week's events and the driver's replies to last week's note,
and a hosted LLM (EU endpoint, vendor DPA in place) writes a coaching note and a
score. Depot managers sign in to a review portal (SSO with MFA), watch the
clips, edit the drafts and release them; the driver app shows the note and
lets the driver dispute an event. Released scores are exported to HR's bonus
spreadsheet. Event data is encrypted at rest and deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier van driver coaching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Weekly LLM-written coaching notes and scores for delivery drivers.",
)

# ---------------------------------------------------------------- data assets
telematics = tg.Data(
    "Telematics events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Per-driver speed, harsh braking, idling and route deviations with GPS.",
)
clips = tg.Data(
    "Dashcam event clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="10-second road and cab video around each event.",
)
prompt = tg.Data(
    "Coaching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the week's events and the driver's dispute replies.",
)
draft = tg.Data(
    "Draft coaching note and score", kind="model-output", sensitivity=tg.Sensitivity.PII
)
reviewed = tg.Data(
    "Released coaching note and score",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
manager_edits = tg.Data("Manager edits and release", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Driver dispute reply",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the driver about an event.",
)
bonus_scores = tg.Data(
    "Weekly driver scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Van fleet", trust=tg.Trust.INTERNAL, description="Company vans on the road."):
    # Installed in every van: the source of the driving events.
    telematics_unit = tm.add(tg.Device("Van telematics unit", description="Cellular uplink."))
    # Road- and cab-facing camera that uploads a clip when an event fires.
    dashcam = tm.add(tg.Device("Dashcam"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person being coached and scored.
    driver = tm.add(tg.Actor("Van driver", role="driver"))
    # The existing driver app on the driver's phone, with a new coaching tab.
    driver_app = tm.add(tg.Device("Driver app", description="iOS and Android phone app."))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that writes the note and the score.
    llm = tm.add(
        tg.LLM(
            "Hosted coaching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General chat model behind the vendor's EU API endpoint.",
            controls={
                c.SupplierAssessment(note="DPA signed, EU processing, no training on inputs")
            },
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL, description="EU cloud region."):
    # Receives events and clip uploads from the vans.
    ingest = tm.add(
        tg.Endpoint(
            "Telematics ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # All driving events and clips, per driver.
    event_store = tm.add(
        tg.DataStore(
            "Driving event store",
            stores={telematics, clips},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=90)},
        )
    )
    # Builds one prompt per driver, calls the LLM and stores the drafts.
    coaching_job = tm.add(tg.Service("Weekly coaching job", controls={c.SecretsManagement()}))
    # Drafts, released notes, scores and driver replies.
    coaching_store = tm.add(
        tg.DataStore("Coaching records", stores={draft, reviewed, dispute, bonus_scores})
    )
    # Where depot managers read, edit and release the week's notes.
    review_portal = tm.add(
        tg.Service(
            "Coaching review portal",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="depot manager"),
            },
        )
    )
    # Backend the driver app calls for notes and dispute replies.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="employee number and password")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each driver's note before it is sent, at their depot.
    manager = tm.add(tg.Actor("Depot manager", role="depot manager"))
    # HR's spreadsheet that turns weekly scores into bonuses.
    bonus_sheet = tm.add(
        tg.DataStore("HR bonus spreadsheet", stores={bonus_scores}, controls={c.RBAC()})
    )
    # Owns the bonus spreadsheet and pays the bonuses.
    hr = tm.add(tg.Actor("HR payroll officer", role="hr"))

# ---------------------------------------------------------------- flows
# from the vans
tm.flow(telematics_unit, ingest, telematics, protocol="https")
tm.flow(dashcam, ingest, clips, protocol="https")
tm.flow(ingest, event_store, telematics, clips)

# weekly note generation
tm.flow(event_store, coaching_job, telematics)
tm.flow(coaching_store, coaching_job, dispute, label="last week's replies")
tm.flow(coaching_job, llm, prompt, protocol="https")
tm.flow(llm, coaching_job, draft, protocol="https")
tm.flow(coaching_job, coaching_store, draft)

# manager review
tm.flow(coaching_store, review_portal, draft)
tm.flow(event_store, review_portal, clips, telematics)
tm.flow(review_portal, manager, draft, clips, telematics, protocol="https")
tm.flow(manager, review_portal, manager_edits, protocol="https")
tm.flow(review_portal, coaching_store, reviewed)

# to and from the driver
tm.flow(coaching_store, driver_api, reviewed)
tm.flow(driver_api, driver_app, reviewed, protocol="https")
tm.flow(driver_app, driver, reviewed)
tm.flow(driver, driver_app, dispute)
tm.flow(driver_app, driver_api, dispute, protocol="https")
tm.flow(driver_api, coaching_store, dispute)

# bonuses
tm.flow(review_portal, bonus_sheet, bonus_scores, protocol="https", label="weekly export")
tm.flow(bonus_sheet, hr, bonus_scores)
