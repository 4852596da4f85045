"""Customer-side leak alerts from smart water meters: first design, before review.

A UK water company has fitted smart meters to household supplies. Each meter
sends hourly readings over a fixed radio network that a contractor operates; the
contractor's head-end drops the readings to us as hourly files over SFTP. An
ingestion job loads them into the meter readings store, and a daily scoring job
computes night-time flow features and runs an in-house leak model that flags
continuous flow suggesting a leak on the customer's side of the meter. Flagged
households get an SMS and an e-mail with advice through a messaging provider;
high-use alerts also invite the customer to book a free leak check visit in the
customer portal. Technicians record what they found, and those outcomes label
the data the model is retrained on every quarter. Controls in this design: radio
frames are encrypted and authenticated by the meters, the SFTP drop uses key
authentication, incoming files are schema-checked, stores use role-based access.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Water meter leak alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Detects likely customer-side leaks from hourly smart meter readings and alerts customers.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hourly meter readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Meter serial, timestamp and cumulative volume; linked to a household.",
)
flow_features = tg.Data(
    "Night-flow features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Minimum night flow, hours of continuous flow, usage against the household's baseline.",
)
leak_score = tg.Data("Leak likelihood score", sensitivity=tg.Sensitivity.PII, kind="model-output")
customer_record = tg.Data(
    "Customer account and contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
leak_alert = tg.Data(
    "Leak alert record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which household, when, estimated continuous flow, high-use flag, visit eligibility.",
)
alert_message = tg.Data(
    "Leak alert SMS and e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Advice on finding a leak, with a portal link for a free check when high use.",
)
portal_login = tg.Data(
    "Portal sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
visit_request = tg.Data(
    "Leak check visit request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Chosen slot, access notes and phone number.",
)
visit_booking = tg.Data("Leak check visit booking", sensitivity=tg.Sensitivity.PII, kind="records")
visit_outcome = tg.Data(
    "Leak check visit outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Leak found or not, where, and whether it was fixed.",
)
model_artifact = tg.Data(
    "Leak model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # Battery meters in boundary boxes and cellars, physically reachable by anyone.
    meter = tm.add(
        tg.Device(
            "Smart water meter", description="Ultrasonic household meter with a radio module."
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bill payers reading alerts and booking a leak check.
    customer = tm.add(tg.Actor("Household customer", role="customer"))

with tm.boundary("Radio network contractor", trust=tg.Trust.PARTNER):
    # The contractor runs the masts and the head-end that decodes and relays readings.
    head_end = tm.add(
        tg.ExternalService(
            "Radio network head-end",
            provides="data-provider",
            description="Collects radio frames, decrypts them and exports hourly reading files.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Bulk SMS and e-mail delivery for customer notifications.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Water company data platform", trust=tg.Trust.INTERNAL):
    # Picks up the hourly files and loads the readings.
    ingestion = tm.add(
        tg.Pipeline(
            "Meter reading ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.SchemaEnforcement(note="file layout, meter serials and volume ranges")
            },
        )
    )
    # History of readings per meter, also used by billing analysts.
    readings_store = tm.add(
        tg.DataStore(
            "Meter readings store",
            stores={readings},
            controls={
                tg.controls.RBAC(),
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Daily batch: builds features, runs the model, decides which households to alert.
    scoring_job = tm.add(
        tg.Service(
            "Daily leak scoring job",
            description="Alerts when the score passes a threshold on three nights running.",
        )
    )
    # Gradient-boosted classifier trained on past readings and visit outcomes.
    leak_model = tm.add(
        tg.Model("Customer-side leak model", task=tg.Task.CLASSIFIER, returns_scores=True)
    )
    # Sends the SMS and e-mail and writes the alert on the customer's account.
    alert_service = tm.add(tg.Service("Leak alert service"))
    # Quarterly retraining from labelled night-flow history.
    training = tm.add(tg.Pipeline("Quarterly model retraining", stage=tg.Stage.TRAINING))
    # Versions of the model the scoring job loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Customer systems", trust=tg.Trust.INTERNAL):
    # The existing customer account system: contacts, alerts and field visits.
    crm = tm.add(
        tg.DataStore(
            "Customer account system",
            stores={customer_record, leak_alert, visit_booking, visit_outcome},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Existing self-service portal; gains a page to book the free leak check.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose="api",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Company technicians who do the leak check visits and record the outcome.
    technician = tm.add(tg.Actor("Leak technician", role="field technician"))

# ---------------------------------------------------------------- flows
# Readings
tm.flow(
    meter,
    head_end,
    readings,
    protocol="lorawan",
    controls={
        tg.controls.EncryptionInTransit(protocol="AES-128 frame encryption"),
        tg.controls.MessageIntegrity(note="per-frame MIC with the meter's key"),
    },
)
tm.flow(
    head_end,
    ingestion,
    readings,
    protocol="sftp",
    controls={tg.controls.Authentication(method="SSH key per contractor account")},
)
tm.flow(ingestion, readings_store, readings)

# Scoring and alerting
tm.flow(readings_store, scoring_job, readings)
tm.flow(scoring_job, leak_model, flow_features)
tm.flow(leak_model, scoring_job, leak_score)
tm.flow(scoring_job, alert_service, leak_alert)
tm.flow(crm, alert_service, customer_record, label="contact details")
tm.flow(alert_service, crm, leak_alert)
tm.flow(alert_service, messaging, alert_message, protocol="https")
tm.flow(messaging, customer, alert_message, protocol="sms", label="SMS")
tm.flow(messaging, customer, alert_message, protocol="smtp", label="e-mail")

# Leak check booking
tm.flow(customer, portal, portal_login, visit_request, protocol="https")
tm.flow(portal, customer, leak_alert, visit_booking, protocol="https")
tm.flow(crm, portal, leak_alert, customer_record, label="eligibility and account")
tm.flow(portal, crm, visit_booking)

# Visits
tm.flow(crm, technician, visit_booking, protocol="https", label="job list")
tm.flow(technician, crm, visit_outcome, protocol="https")

# Retraining
tm.flow(readings_store, training, readings)
tm.flow(crm, training, visit_outcome, label="labels")
tm.flow(training, registry, model_artifact)
tm.flow(registry, leak_model, model_artifact, label="load latest")
