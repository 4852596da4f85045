"""Aquarium water quality alerts: the first design, before any security review.

Each exhibit and quarantine tank in the aquarium has probes for temperature, pH,
salinity, dissolved oxygen, ammonia and ORP. The probes are wired to a sensor
gateway in the life-support plant room, which polls them over Modbus and pushes
readings every minute to an ingestion API in our cloud tenant, where they are
kept in a time-series database. A forecasting model predicts water-quality
problems a few hours ahead; the alert service sends predicted problems to the
on-call aquarists' phones through a push notification provider. Aquarists open
the alert in the mobile app, confirm or dismiss it, and can change the dosing
pumps (buffer, salt, oxygen) of the tank remotely; the command goes back through
the gateway to the tank's dosing controller. Confirmed and dismissed alerts are
labels for quarterly retraining. Controls: TLS from the gateway and the app,
staff SSO with MFA on the app, an aquarist confirming every dosing change, and
an audit log of commands. No personal data beyond staff accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquarium water quality alert model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts tank water-quality problems, alerts on-call aquarists, remote dosing.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tank sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prediction = tg.Data("Water quality prediction", kind="model-output")
alert = tg.Data(
    "Water quality alert", kind="model-output", description="Tank, predicted problem, horizon."
)
confirmation = tg.Data(
    "Alert confirmation", kind="feedback", description="Confirmed or dismissed, with a note."
)
dosing_command = tg.Data(
    "Dosing command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
labels = tg.Data("Alert outcome labels", kind="labels")
weights = tg.Data("Forecast model artifact", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Life support network", trust=tg.Trust.INTERNAL):
    # The probes in every tank: the only view the system has of the water.
    probes = tm.add(tg.Device("Tank sensor probes", fleet=True))
    # Polls the probes and relays readings out and dosing commands in.
    gateway = tm.add(
        tg.Service(
            "Sensor gateway",
            description="Industrial PC in the plant room; outbound HTTPS to the cloud, Modbus to the tanks.",
        )
    )
    # The pumps that add buffer, salt or oxygen to a tank.
    dosing = tm.add(
        tg.Device(
            "Dosing controllers",
            fleet=True,
            description="One PLC-driven dosing unit per tank system.",
        )
    )

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives readings from the gateway and hands it dosing commands when it polls.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.SchemaEnforcement(note="units and ranges per probe type")},
        )
    )
    # Keeps readings for the model, for dashboards and for retraining.
    tsdb = tm.add(tg.DataStore("Time-series database", stores={readings}))
    # Forecasts pH, oxygen and ammonia excursions per tank.
    model = tm.add(
        tg.Model(
            "Water quality forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Per-tank gradient-boosted forecaster, 1-6 hour horizon.",
        )
    )
    # Decides which predictions become alerts and who is on call.
    alert_service = tm.add(tg.Service("Alert service", description="On-call rota and thresholds."))
    # Backend of the aquarist mobile app: alert confirmation and dosing changes.
    app_api = tm.add(
        tg.Endpoint(
            "Aquarist app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )
    # Turns an approved dosing change into a command for the gateway, and records it.
    command_service = tm.add(
        tg.Service(
            "Dosing command service",
            controls={
                c.HumanInTheLoop(approver="on-call aquarist"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Readings joined with confirmed or dismissed alerts.
    training_set = tm.add(tg.Dataset("Alert history dataset", stores={readings, labels}))
    # Quarterly retraining, run by the data team.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to phones (APNs / FCM).
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Staff phones with the aquarist app; they leave the building with their owners.
    phones = tm.add(tg.Device("Aquarist phones", fleet=True))
    # The on-call aquarist: confirms alerts and adjusts dosing.
    aquarist = tm.add(tg.Actor("On-call aquarist", role="aquarist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(probes, gateway, readings, protocol="modbus")
tm.flow(gateway, ingest, readings, protocol="https")
tm.flow(ingest, tsdb, readings)
tm.flow(tsdb, model, readings)
tm.flow(model, alert_service, prediction)
tm.flow(alert_service, push, alert, protocol="https")
tm.flow(push, phones, alert, protocol="https")
tm.flow(phones, aquarist, alert)

tm.flow(aquarist, phones, confirmation, dosing_command)
tm.flow(phones, app_api, confirmation, dosing_command, protocol="https")
tm.flow(app_api, phones, alert, readings, protocol="https", label="tank view")
tm.flow(tsdb, app_api, readings)
tm.flow(app_api, alert_service, confirmation)
tm.flow(app_api, command_service, dosing_command)
tm.flow(command_service, ingest, dosing_command)
tm.flow(ingest, gateway, dosing_command, protocol="https", label="command poll response")
tm.flow(gateway, dosing, dosing_command, protocol="modbus")
tm.flow(dosing, gateway, readings, protocol="modbus", label="pump status")

tm.flow(alert_service, training_set, labels)
tm.flow(tsdb, training_set, readings)
tm.flow(training_set, training, readings, labels)
tm.flow(training, model, weights, label="deploy")
