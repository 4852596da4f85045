"""Buoy position anomaly model: the first design, before any security review.

A general lighthouse authority maintains several hundred navigation buoys. Each
buoy carries an AIS aid-to-navigation transponder, whose position reports reach
us through the national shore AIS network, and a GPS monitoring unit that reports
position and battery state by satellite through a telemetry provider. An ingestion
pipeline in the authority's operations network decodes both feeds into a position
history; an anomaly model compares each buoy's track with its charted position and
watch circle from the buoy register and flags buoys that have dragged or been
struck. An alerting service raises flagged buoys on the operations console and pages
the duty officer out of hours by SMS; the officer decides whether to issue a
navigational warning and send a vessel. Officers' dispositions label past alerts,
and a monthly job retrains the model into a registry. The console uses the
authority's Active Directory sign-in; the ingestion decoder rejects malformed reports.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Buoy position anomaly model",
    profile=tg.RiskProfile.HIGH,
    description="Flags dragged or struck navigation buoys from AIS and GPS position reports.",
)

# ---------------------------------------------------------------- data assets
ais_reports = tg.Data(
    "AIS aid-to-navigation position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="AIS message 21 broadcasts: buoy MMSI, position, off-position flag.",
)
gps_telemetry = tg.Data(
    "GPS position telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position fixes, battery voltage and lantern status every 15 minutes.",
)
positions = tg.Data(
    "Buoy position history",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
register = tg.Data(
    "Charted buoy positions and watch circles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
anomaly_flag = tg.Data(
    "Buoy anomaly flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
buoy_alert = tg.Data(
    "Buoy off-station alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page = tg.Data(
    "Duty officer SMS page",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert text and the duty officer's mobile number.",
)
disposition = tg.Data(
    "Alert disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed drag, collision damage, false alarm or maintenance move.",
)
training_set = tg.Data(
    "Labelled track history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Anomaly model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # The buoys themselves: AIS AtoN transponder plus GPS monitoring unit on each.
    buoys = tm.add(tg.Device("Navigation buoys", fleet=True))

with tm.boundary("Shore AIS network", trust=tg.Trust.PARTNER):
    # National network of shore AIS base stations, run by another agency, relaying NMEA.
    ais_network = tm.add(tg.ExternalService("Shore AIS network", provides="data-provider"))

with tm.boundary("Satellite telemetry provider", trust=tg.Trust.PARTNER):
    # Commercial satellite service that relays the GPS units' reports over an API.
    telemetry = tm.add(tg.ExternalService("Buoy telemetry service", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway used for out-of-hours paging.
    sms_gateway = tm.add(tg.ExternalService("SMS paging gateway"))

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # Decodes AIS and telemetry into one position history.
    ingestion = tm.add(
        tg.Pipeline(
            "Position ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="decoder drops malformed or out-of-range reports")},
        )
    )
    # Time series of every reported buoy position.
    history = tm.add(tg.DataStore("Position history store", stores={positions, disposition}))
    # Authority's register of charted positions and allowed watch circle radii.
    buoy_register = tm.add(tg.DataStore("Buoy register", stores={register}))
    # Scores each buoy's recent track against its charted position.
    model = tm.add(
        tg.Model(
            "Buoy position anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Isolation forest over distance from charted position, drift "
            "speed and heading; a flag means the buoy may have dragged or been struck.",
        )
    )
    # Applies thresholds to the model's flags and raises alerts.
    alerting = tm.add(tg.Service("Alerting service"))
    # Where the duty officer sees alerts, tracks and records dispositions.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.AuditLogging(note="acknowledgements and dispositions"),
            },
        )
    )
    # Monthly retraining on labelled track history.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds model versions; the alerting host loads the current one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Decides what to do about a flagged buoy: warning, vessel, or nothing.
    officer = tm.add(tg.Actor("Duty officer", role="duty officer"))

# ---------------------------------------------------------------- flows
tm.flow(buoys, ais_network, ais_reports, protocol="marine vhf", label="AIS VDL broadcast")
tm.flow(buoys, telemetry, gps_telemetry, protocol="iridium sbd")
tm.flow(ais_network, ingestion, ais_reports, protocol="tcp", label="NMEA 0183 stream")
tm.flow(telemetry, ingestion, gps_telemetry, protocol="https", label="API poll")
tm.flow(ingestion, history, positions)

tm.flow(history, model, positions)
tm.flow(buoy_register, model, register)
tm.flow(model, alerting, anomaly_flag)
tm.flow(buoy_register, alerting, register, label="watch circle thresholds")
tm.flow(alerting, console, buoy_alert)
tm.flow(history, console, positions, label="recent tracks")
tm.flow(console, officer, buoy_alert, positions, protocol="https")
tm.flow(alerting, sms_gateway, page, protocol="https")
tm.flow(sms_gateway, officer, page, protocol="sms")
tm.flow(officer, console, disposition, protocol="https")
tm.flow(console, history, disposition, label="label past alerts")

tm.flow(history, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load current version")
