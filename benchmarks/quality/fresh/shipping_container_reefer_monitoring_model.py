"""Reefer monitoring: the first design, before any security review.

The shipping line's refrigerated containers (reefers) report supply/return air
temperature, power state and door-open events every few minutes. At sea each unit
talks over the ship's power-line modem to an onboard reefer gateway, which batches
readings to our cloud over the vessel's VSAT link; in terminals and on trucks the
unit's own cellular modem sends them straight to the cloud ingestion API.
In the cloud, an alerting service scores recent telemetry with an in-house model
that predicts unit failure and cargo-spoilage risk. Alerts go to the crew (shown
on the onboard gateway's dashboard), to the reefer operations desk, and by e-mail
to the shipper through a mail provider. Shippers sign in to a customer portal to
see their own containers' temperature history and risk. The model is retrained
monthly from telemetry history and maintenance/claims records.
Controls in this design: TLS and per-unit certificates on the cellular path, HTTPS
over VSAT, OIDC sign-in and role checks on the portal, encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reefer container monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Failure and cargo-spoilage prediction for refrigerated containers at sea "
    "and in terminals, with crew, operations and shipper alerts and a shipper portal.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Reefer telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Container id, temperatures, setpoint, power state, door events, position.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
risk = tg.Data(
    "Failure and spoilage risk",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
crew_alert = tg.Data("Crew reefer alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crew_ack = tg.Data("Crew acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ops_alert = tg.Data("Operations alert", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
shipper_alert = tg.Data(
    "Shipper alert e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Container, cargo, risk level, addressed to the shipper's named contact.",
)
bookings = tg.Data(
    "Shipment bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cargo type, required setpoint, route, shipper account and contact persons.",
)
portal_query = tg.Data("Portal query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
container_view = tg.Data(
    "Container status view", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
maintenance = tg.Data(
    "Maintenance and claims records",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unit repairs, compressor failures and cargo claims, used as labels.",
)
artifact = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Deck and terminal yards", trust=tg.Trust.UNTRUSTED):
    # The reefer controllers with their modems: on deck, in terminal stacks and on
    # trucks, physically reachable by stevedores, truckers and anyone in the yard.
    reefers = tm.add(
        tg.Device(
            "Reefer units",
            fleet=True,
            description="Reefer controller with power-line modem and a cellular telematics modem.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipper staff who book reefer cargo and follow it in the portal.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))

with tm.boundary("Vessel network", trust=tg.Trust.INTERNAL):
    # Onboard box that polls the reefers, forwards readings over VSAT and shows
    # alerts to the crew on its dashboard.
    gateway = tm.add(
        tg.Service(
            "Vessel reefer gateway",
            description="Polls reefers on the power-line network, batches to shore, crew dashboard.",
        )
    )
    # Reefer electrician and engineers who act on alarms at sea.
    crew = tm.add(tg.Actor("Vessel crew", role="crew"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers shipper alerts.
    mailer = tm.add(tg.ExternalService("E-mail delivery service", provides="generic"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives batches from vessel gateways and readings from cellular modems.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.MutualAuthentication(note="per-unit X.509 certificates on cellular modems")
            },
        )
    )
    # Time-series history of every unit, plus the latest risk per container.
    store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, risk},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores recent telemetry against the booking, applies thresholds, fans out alerts.
    alerting = tm.add(tg.Service("Reefer alerting service"))
    # Predicts compressor/power failure and spoilage risk from recent readings.
    model = tm.add(
        tg.Model(
            "Reefer failure and spoilage model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over 24h telemetry windows and cargo setpoint.",
        )
    )
    # Shipper-facing web portal showing their containers.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via the line's customer identity platform"),
                c.RBAC(note="shows only containers booked under the signed-in shipper account"),
            },
        )
    )
    # Existing booking system: which cargo is in which container, for whom.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining from telemetry history and maintenance/claims labels.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Repair and claims history exported from the equipment maintenance system.
        maint_db = tm.add(tg.DataStore("Maintenance records", stores={maintenance}))
        # Versioned model artifacts that the alerting service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # 24/7 reefer desk that follows up alerts with vessels and terminals.
    ops = tm.add(tg.Actor("Reefer operations desk", role="operations staff"))

# ---------------------------------------------------------------- flows
# at sea: reefer -> vessel gateway -> shore
tm.flow(reefers, gateway, telemetry, protocol="modbus", label="power-line modem poll")
tm.flow(
    gateway,
    ingestion,
    telemetry,
    protocol="https",
    label="batched over VSAT",
)
# in terminals and on trucks: straight over cellular
tm.flow(
    reefers,
    ingestion,
    telemetry,
    protocol="mqtt",
    label="cellular",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingestion, store, telemetry)

# scoring and alerting
tm.flow(store, alerting, telemetry, label="recent readings")
tm.flow(booking_db, alerting, bookings, label="cargo and contacts")
tm.flow(alerting, model, telemetry)
tm.flow(model, alerting, risk)
tm.flow(alerting, store, risk, label="latest risk per container")
tm.flow(alerting, gateway, crew_alert, protocol="https", label="over VSAT")
tm.flow(gateway, crew, crew_alert, label="onboard dashboard")
tm.flow(crew, gateway, crew_ack, label="acknowledge alarm")
tm.flow(gateway, alerting, crew_ack, protocol="https", label="over VSAT")
tm.flow(alerting, ops, ops_alert, protocol="https")
tm.flow(alerting, mailer, shipper_alert, protocol="https")
tm.flow(mailer, shipper, shipper_alert, protocol="smtp")

# customer portal
tm.flow(shipper, portal, portal_query, protocol="https")
tm.flow(portal, booking_db, portal_query, label="shipper's bookings")
tm.flow(booking_db, portal, bookings)
tm.flow(portal, store, portal_query, label="telemetry and risk")
tm.flow(store, portal, telemetry, risk)
tm.flow(portal, shipper, container_view, protocol="https")

# retraining
tm.flow(store, training, telemetry, label="telemetry history")
tm.flow(maint_db, training, maintenance)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load at deploy")
