"""Smart building entry by face recognition: the first design.

An office landlord replaces badge entry at the lobby turnstiles of a multi-tenant
building. Each tenant's office admin lists their staff in the tenant portal; staff
get an e-mailed invitation, install the landlord's app and enrol with a selfie,
which the cloud enrolment API checks for liveness and turns into a face template
with the vendor's licensed model. Templates live in the landlord's cloud and are
synced to a matching server in the building's comms room. Lobby cameras stream to
that server, which runs the same model, compares each face with the local
templates and tells the turnstile controller to open on a match. The security desk
watches entry events and can open a turnstile by hand. Staff consent in the app (a
DPIA covers it); templates are encrypted at rest and entry events kept 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart building face entry",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tenants' staff enrol their face in an app; lobby turnstiles open on a face match.",
)

# ---------------------------------------------------------------- data assets
staff_list = tg.Data(
    "Tenant staff list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, work e-mail and tenant floor for each person allowed in.",
)
invitation = tg.Data("Enrolment invitation", kind="records", sensitivity=tg.Sensitivity.PII)
selfie = tg.Data(
    "Enrolment selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Short selfie video taken in the app; biometric data.",
)
template = tg.Data(
    "Face template",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
frame = tg.Data("Lobby camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
face_embedding = tg.Data(
    "Live face embedding", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED
)
unlock = tg.Data("Turnstile unlock command", kind="records")
events = tg.Data(
    "Entry events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who passed which turnstile when, with the match score and a snapshot.",
)
override = tg.Data("Manual turnstile override", kind="records")
enrol_status = tg.Data("Enrolment status", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Face model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A tenant's employee who wants to walk in without a badge.
    employee = tm.add(tg.Actor("Tenant employee", role="tenant staff"))
    # The landlord's enrolment app on the employee's own phone.
    app = tm.add(
        tg.Device(
            "Enrolment phone app",
            description="iOS and Android app; the employee's own smartphone.",
        )
    )

with tm.boundary("Tenant offices", trust=tg.Trust.PARTNER):
    # Each tenant company's office manager decides who of theirs may enter.
    tenant_admin = tm.add(tg.Actor("Tenant office admin", role="tenant administrator"))

with tm.boundary("Face recognition vendor", trust=tg.Trust.PARTNER):
    # The licensed model comes from the vendor's customer portal with each release.
    vendor = tm.add(tg.ExternalService("Vendor model download portal", provides="model-hub"))

with tm.boundary("Landlord cloud", trust=tg.Trust.INTERNAL):
    # Tenant admins manage their staff list and see their enrolments here.
    portal = tm.add(
        tg.Endpoint(
            "Tenant portal",
            purpose="api",
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Takes the selfie from the app, checks liveness and computes the template.
    enrol_api = tm.add(
        tg.Endpoint(
            "Enrolment API",
            purpose="api",
            controls={
                c.Authentication(method="one-time invitation link sent to the work e-mail"),
                c.DeepfakeDetection(note="vendor SDK passive liveness check on the selfie"),
                c.RateLimiting(requests_per_minute=20),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
            },
        )
    )
    # The same licensed model, run by the enrolment API to make the template.
    enrol_model = tm.add(
        tg.Model(
            "Enrolment face model",
            task="embedding",
            origin="open-weights",
        )
    )
    # Master copy of staff records and face templates for all tenants.
    template_db = tm.add(
        tg.DataStore(
            "Face template database",
            stores={template, staff_list},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )

with tm.boundary("Building network", trust=tg.Trust.INTERNAL):
    # One camera above each lobby turnstile lane.
    camera = tm.add(tg.Device("Turnstile camera"))
    # Existing turnstile controller; opens a lane when told to.
    turnstile = tm.add(tg.Device("Turnstile controller"))
    # Guards at the lobby desk watch entries and let people through by hand.
    guard = tm.add(tg.Actor("Security desk officer", role="security guard"))
    console = tm.add(
        tg.Endpoint(
            "Security desk console",
            purpose="api",
            controls={c.Authentication(method="shared desk login with password")},
        )
    )

    with tm.boundary("Comms room", trust=tg.Trust.RESTRICTED):
        # Matches live faces against the local template copy and opens the lane.
        matcher = tm.add(
            tg.Service(
                "Face matching server",
                description="Opens the lane when the best match is above the threshold.",
            )
        )
        # Licensed face recognition model run on the matching server.
        model = tm.add(
            tg.Model(
                "Face recognition model",
                task="embedding",
                origin="open-weights",
                high_stakes=True,
            )
        )
        # Local replica so the lobby keeps working if the internet link drops.
        local_templates = tm.add(tg.DataStore("Local template cache", stores={template}))
        # Entry events for the security desk and for tenant disputes.
        event_log = tm.add(
            tg.DataStore(
                "Entry event log",
                stores={events},
                controls={c.AuditLogging(retention_days=90)},
            )
        )

# ---------------------------------------------------------------- flows
# tenant admin lists staff; staff enrol
tm.flow(tenant_admin, portal, staff_list, protocol="https")
tm.flow(portal, template_db, staff_list)
tm.flow(template_db, portal, staff_list, label="enrolment status")
tm.flow(portal, tenant_admin, staff_list, protocol="https")
tm.flow(portal, employee, invitation, protocol="smtp", label="invitation e-mail")
tm.flow(employee, app, selfie, label="selfie taken on the phone")
tm.flow(app, enrol_api, invitation, selfie, protocol="https")
tm.flow(enrol_api, enrol_model, selfie)
tm.flow(enrol_model, enrol_api, template)
tm.flow(enrol_api, template_db, template)
tm.flow(enrol_api, app, enrol_status, protocol="https")
tm.flow(template_db, local_templates, template, protocol="https", label="sync every 5 minutes")

# model supply
tm.flow(vendor, model, weights, protocol="https", label="installed by the integrator")
tm.flow(vendor, enrol_model, weights, protocol="https", label="deployed with each release")

# entry at the lobby
tm.flow(employee, camera, frame, label="walks up to the turnstile")
tm.flow(camera, matcher, frame, protocol="rtsp")
tm.flow(matcher, model, frame)
tm.flow(model, matcher, face_embedding)
tm.flow(local_templates, matcher, template)
tm.flow(matcher, turnstile, unlock, protocol="http")
tm.flow(matcher, event_log, events)

# security desk
tm.flow(guard, console, override, protocol="https")
tm.flow(event_log, console, events, protocol="https")
tm.flow(console, guard, events, protocol="https")
tm.flow(console, turnstile, override, protocol="http")
