"""E-bike battery fire-risk detection: the first design, before any security review.

Our rental e-bikes carry an IoT module that reads the battery management system
(cell voltages, temperatures, charge/discharge current, fault codes) and GPS, and
reports over cellular MQTT to our bike IoT gateway in the cloud. A fleet control
service feeds recent battery telemetry to an in-house model that flags batteries
at risk of thermal runaway. A flagged bike is locked remotely through the same
gateway (motor assist cut at once, wheel lock engaged when stationary), a work
order is sent to a field mechanic, and if the bike is on a trip the rider gets a
push notification. Fleet operations staff see flags and can unlock a bike by hand.
Riders rent bikes through the rental API in our app; mechanics use the work-order
app. The model is retrained from telemetry and mechanics' inspection results.
Controls: TLS and per-bike keys on the bike link, SMS-code sign-in and rate limits
for riders, SSO for mechanics, audit logs of lock commands, encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-bike battery fire-risk detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags rental e-bike batteries at risk of thermal runaway, locks the bike "
    "remotely, dispatches a mechanic and tells the rider.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Bike battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="BMS readings, fault codes and GPS position; tied to a rider during a trip.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
risk_flag = tg.Data(
    "Thermal-runaway risk flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
lock_cmd = tg.Data(
    "Remote lock command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rental_unlock = tg.Data(
    "Rental unlock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
manual_unlock = tg.Data(
    "Manual unlock by operations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trip_request = tg.Data("Trip request", kind="records", sensitivity=tg.Sensitivity.PII)
trip_status = tg.Data("Trip status", kind="records", sensitivity=tg.Sensitivity.PII)
accounts = tg.Data(
    "Rider accounts and trips",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Phone number, name, push token, trip history with start and end points.",
)
active_trip = tg.Data(
    "Active trip and rider contact", kind="records", sensitivity=tg.Sensitivity.PII
)
rider_msg = tg.Data("Rider lock notification", kind="records", sensitivity=tg.Sensitivity.PII)
work_order = tg.Data(
    "Battery work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bike id, location, risk flag and handling instructions.",
)
inspection = tg.Data(
    "Battery inspection result",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mechanic's finding (swollen, overheated, fine), later used as a training label.",
)
artifact = tg.Data(
    "Fire-risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Streets", trust=tg.Trust.UNTRUSTED):
    # The rental fleet: IoT module wired to the BMS, the motor controller and the wheel lock.
    bikes = tm.add(
        tg.Device(
            "E-bikes",
            fleet=True,
            description="IoT module with cellular modem, GPS, BMS bus and lock control.",
        )
    )
    # Members of the public renting a bike through our phone app.
    rider = tm.add(tg.Actor("Rider", role="customer"))
    # Contract field mechanics who collect and inspect flagged bikes.
    mechanic = tm.add(tg.Actor("Field mechanic", role="mechanic"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notification service that delivers rider messages to the app.
    push = tm.add(tg.ExternalService("Push notification service", provides="generic"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # MQTT broker and device registry: telemetry in, lock and unlock commands out.
    gateway = tm.add(
        tg.Endpoint(
            "Bike IoT gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-bike pre-shared key")},
        )
    )
    # Time-series store of battery telemetry for scoring and training.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores telemetry, locks flagged bikes, raises work orders and rider messages.
    fleet = tm.add(
        tg.Service(
            "Fleet control service",
            controls={c.AuditLogging(retention_days=365, note="every lock and unlock command")},
        )
    )
    # Flags batteries at risk of thermal runaway from recent BMS readings.
    model = tm.add(
        tg.Model(
            "Battery thermal-runaway model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Anomaly model over cell temperature and voltage spread; a flag locks the bike.",
        )
    )
    # Rider-facing API of the rental app: sign-in, start and end trips.
    rental_api = tm.add(
        tg.Endpoint(
            "Rental API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Rider accounts and trips: who is riding which bike right now.
    trips_db = tm.add(
        tg.DataStore(
            "Rider and trip database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Work-order system the mechanics' app talks to.
    work_orders = tm.add(
        tg.Service(
            "Work-order system",
            internet_facing=True,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Periodic retraining from telemetry history and inspection outcomes.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Stores the versions the fleet control service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Fleet operations staff watching flags; they can release a lock by hand.
    ops = tm.add(tg.Actor("Fleet operations staff", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# bike link
tm.flow(bikes, gateway, telemetry, protocol="mqtt", controls={tls}, label="cellular")
tm.flow(gateway, bikes, lock_cmd, rental_unlock, manual_unlock, protocol="mqtt", controls={tls})
tm.flow(gateway, telemetry_db, telemetry)

# detection and response
tm.flow(telemetry_db, fleet, telemetry, label="recent readings")
tm.flow(fleet, model, telemetry)
tm.flow(model, fleet, risk_flag)
tm.flow(fleet, gateway, lock_cmd)
tm.flow(fleet, trips_db, trip_request, label="look up active trip")
tm.flow(trips_db, fleet, active_trip)
tm.flow(fleet, push, rider_msg, protocol="https")
tm.flow(push, rider, rider_msg, protocol="https")
tm.flow(fleet, work_orders, work_order)
tm.flow(work_orders, mechanic, work_order, protocol="https")
tm.flow(mechanic, work_orders, inspection, protocol="https")
tm.flow(fleet, ops, risk_flag, protocol="https")
tm.flow(ops, fleet, manual_unlock, protocol="https")
tm.flow(fleet, gateway, manual_unlock)

# renting
tm.flow(rider, rental_api, trip_request, protocol="https")
tm.flow(rental_api, rider, trip_status, protocol="https")
tm.flow(rental_api, trips_db, accounts)
tm.flow(trips_db, rental_api, accounts)
tm.flow(rental_api, gateway, rental_unlock)

# retraining
tm.flow(telemetry_db, training, telemetry, label="telemetry history")
tm.flow(work_orders, training, inspection)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load at deploy")
