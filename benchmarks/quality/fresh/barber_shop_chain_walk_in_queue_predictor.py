"""Barber shop walk-in queue predictor: the first design, before any security review.

A barber shop chain with shops across the Netherlands and Germany takes walk-ins
only. Customers join a shop's queue from the mobile app or on the check-in
tablet at the shop door; barbers mark each cut started and finished on the same
tablet. A queue service in our cloud keeps the live queue per shop, and a
regression model predicts the wait from the queue, the barbers on shift (synced
daily from the workforce scheduling SaaS) and the time of day. Predicted waits
are shown in the app and on a screen in each shop, and the app suggests a
nearby shop with a shorter wait from the customer's location. The model is
retrained weekly on queue history. Controls in this design: the app and the
tablets sign in to the queue API (customer accounts, per-shop device tokens),
the API is rate limited, everything goes over HTTPS, and the queue database
uses the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Barber shop walk-in queue predictor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts walk-in wait times per shop, shows them in the app and on shop "
        "screens, and suggests a shop with a shorter wait."
    ),
)

# ---------------------------------------------------------------- data assets
check_in = tg.Data(
    "Queue check-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First name, phone number, shop, service wanted and check-in time.",
)
location = tg.Data(
    "Customer location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The phone's approximate position, sent when asking for a suggestion.",
)
cut_status = tg.Data(
    "Cut started and finished events", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
queue_state = tg.Data(
    "Live queue",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
roster = tg.Data(
    "Barber shift roster",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which barber works in which shop and when.",
)
features = tg.Data(
    "Wait-time features",
    kind="features",
    description="Queue length, services queued, barbers on shift, time of day per shop.",
)
predicted_wait = tg.Data(
    "Predicted wait times", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
suggestion = tg.Data("Shop suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
queue_history = tg.Data(
    "Queue history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past check-ins with actual start times, phone numbers dropped.",
)
model_artifact = tg.Data(
    "Wait-time model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who installs the app can join a queue.
    customer = tm.add(tg.Actor("Customer", role="walk-in customer"))
    # The chain's iOS and Android app.
    app = tm.add(tg.Device("Customer mobile app", fleet=True))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Cuts hair and marks each customer's cut started and finished.
    barber = tm.add(tg.Actor("Barber", role="shop staff"))
    # Tablet by the door: walk-ins check in here, barbers update the queue.
    tablet = tm.add(tg.Device("Shop check-in tablet", fleet=True))
    # Wall screen showing this shop's wait and the queue by first name.
    screen = tm.add(tg.Device("Shop wait-time screen", fleet=True))

with tm.boundary("Workforce scheduling vendor", trust=tg.Trust.PARTNER):
    # SaaS where shop managers plan the barbers' shifts.
    scheduling = tm.add(tg.ExternalService("Workforce scheduling SaaS"))

with tm.boundary("Queue platform", trust=tg.Trust.INTERNAL):
    # Single API for the app, the tablets and the screens.
    queue_api = tm.add(
        tg.Endpoint(
            "Queue API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for customer accounts; per-shop device token for tablets"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Keeps the live queue per shop and asks the model for wait times.
    queue_service = tm.add(tg.Service("Queue service"))
    # Live queues and check-ins, plus the synced rosters.
    queue_db = tm.add(
        tg.DataStore(
            "Queue database",
            stores={queue_state, roster, check_in},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Predicts the wait per shop.
    wait_model = tm.add(
        tg.Model(
            "Wait-time predictor",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression over queue and shift features.",
        )
    )
    # Picks nearby shops with a shorter predicted wait.
    suggester = tm.add(tg.Service("Shop suggestion service"))
    # Queue history exported nightly for training.
    history = tm.add(tg.Dataset("Queue history set", stores={queue_history}))
    # Weekly retraining job that replaces the model file.
    retraining = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

# ---------------------------------------------------------------- flows
# check-in from the app
tm.flow(customer, app, check_in, location)
tm.flow(app, queue_api, check_in, location, protocol="https")
tm.flow(queue_api, app, predicted_wait, suggestion, protocol="https")
tm.flow(app, customer, predicted_wait, suggestion)

# check-in and status at the shop
tm.flow(customer, tablet, check_in)
tm.flow(barber, tablet, cut_status)
tm.flow(tablet, queue_api, check_in, cut_status, protocol="https")
tm.flow(queue_api, tablet, queue_state, predicted_wait, protocol="https")
tm.flow(queue_api, screen, queue_state, predicted_wait, protocol="https")

# queue handling and prediction
tm.flow(queue_api, queue_service, check_in, cut_status)
tm.flow(queue_service, queue_db, queue_state, check_in)
tm.flow(queue_db, queue_service, queue_state, roster)
tm.flow(scheduling, queue_service, roster, protocol="https", label="daily roster sync")
tm.flow(queue_service, wait_model, features)
tm.flow(wait_model, queue_service, predicted_wait)
tm.flow(queue_service, queue_api, queue_state, predicted_wait)

# suggestion
tm.flow(queue_api, suggester, location)
tm.flow(queue_service, suggester, predicted_wait)
tm.flow(suggester, queue_api, suggestion)

# retraining
tm.flow(queue_db, history, queue_history, label="nightly export")
tm.flow(history, retraining, queue_history)
tm.flow(retraining, wait_model, model_artifact, label="replace model file")
