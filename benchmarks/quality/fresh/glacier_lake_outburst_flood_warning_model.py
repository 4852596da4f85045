"""Glacial lake outburst flood (GLOF) early warning: the first design, before review.

The regional civil protection agency watches a moraine-dammed glacial lake above
three villages. Water-level gauges and seismic/geophone sensors at the lake send
readings over a satellite link; the satellite operator delivers the messages to an
ingest service on the agency's servers, which range-checks them and stores them.
Every ten minutes a risk run combines the latest readings with satellite images
bought from a commercial imagery provider and asks an in-house model for an
outburst risk estimate. Above the alert threshold, the alert dispatcher sends a
cell-broadcast warning and siren triggers to the villages through the telecom
operator's gateway, and pages the duty hydrologist, who can cancel a false alarm
from the duty console (password plus TOTP, actions logged). The sensor vendor
maintains the stations remotely over the same satellite link. Traffic to the
imagery provider, the telecom gateway and the console is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glacial lake outburst flood warning",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Sensor- and imagery-based outburst risk model that warns three villages "
        "by cell broadcast and sirens."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water-level and seismic readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
station_status = tg.Data("Station diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
station_config = tg.Data(
    "Station firmware and configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Firmware images, sampling rates and alarm thresholds set by the vendor.",
)
imagery = tg.Data(
    "Satellite images of the lake",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed optical and radar scenes; the licence forbids redistribution.",
)
model_inputs = tg.Data("Risk model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data(
    "Outburst risk estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warning = tg.Data(
    "Public flood warning",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
siren_trigger = tg.Data(
    "Siren activation command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page = tg.Data("Duty hydrologist page", sensitivity=tg.Sensitivity.INTERNAL)
cancellation = tg.Data(
    "False-alarm cancellation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lake site", trust=tg.Trust.UNTRUSTED):
    # Unattended solar-powered stations on the moraine; anyone can walk up to them.
    stations = tm.add(
        tg.Device(
            "Lake monitoring stations",
            fleet=True,
            description="Radar water-level gauges and geophones with satellite modems.",
        )
    )

with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # Carries station messages both ways and delivers them to our ingest endpoint.
    sat_link = tm.add(tg.ExternalService("Satellite messaging service"))

with tm.boundary("Sensor vendor", trust=tg.Trust.PARTNER):
    # The vendor's service desk pushes firmware and settings and reads diagnostics.
    vendor_portal = tm.add(tg.ExternalService("Vendor remote maintenance service"))
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Imagery provider", trust=tg.Trust.PARTNER):
    # Commercial provider from which the agency buys recent scenes of the lake.
    imagery_api = tm.add(
        tg.ExternalService("Satellite imagery provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Telecom operator", trust=tg.Trust.PARTNER):
    # The only way the warning reaches phones and sirens in the valley.
    cb_gateway = tm.add(tg.ExternalService("Cell-broadcast and SMS gateway"))

with tm.boundary("Villages", trust=tg.Trust.UNTRUSTED):
    # Residents and visitors in the three villages below the lake.
    residents = tm.add(tg.Actor("Village residents", role="public"))
    # GSM-triggered sirens, one or two per village.
    sirens = tm.add(tg.Device("Village sirens", fleet=True))

with tm.boundary("Off-site", trust=tg.Trust.UNTRUSTED):
    # On call around the clock, usually from home or in the field with a phone.
    hydrologist = tm.add(tg.Actor("Duty hydrologist", role="on-call hydrologist"))

with tm.boundary("Agency data centre", trust=tg.Trust.INTERNAL):
    # Receives station messages from the satellite operator and range-checks them.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="physical range and rate-of-change checks")},
        )
    )
    # Time series of readings and the purchased scenes the model reads.
    archive = tm.add(
        tg.DataStore(
            "Observation archive",
            stores={readings, imagery},
            controls={c.DataVersioning(note="nightly backup to the second site")},
        )
    )
    # Every ten minutes: fetches a scene if a new one is out, builds inputs, calls the model.
    risk_run = tm.add(
        tg.Service(
            "Ten-minute risk assessment",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Hydrologists' model of outburst likelihood from level rise, seismic activity
    # and lake extent in the imagery.
    risk_model = tm.add(
        tg.Model(
            "Outburst risk model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted model trained on past level rises and outbursts.",
        )
    )
    # Turns a risk above threshold into warnings, siren triggers and the page;
    # stops the siren cycle when the duty hydrologist cancels.
    dispatcher = tm.add(
        tg.Service("Alert dispatcher", controls={c.AuditLogging(retention_days=365)})
    )
    # Where the duty hydrologist sees the risk, readings and images, and cancels.
    console = tm.add(
        tg.Endpoint(
            "Duty console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency account password with TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Station telemetry over the satellite link.
tm.flow(stations, sat_link, readings, station_status, protocol="iridium-sbd")
tm.flow(sat_link, ingest, readings, station_status, protocol="https", label="message delivery")
tm.flow(ingest, archive, readings)

# Vendor maintenance, through the same link.
tm.flow(vendor_engineer, vendor_portal, station_config, protocol="https")
tm.flow(vendor_portal, sat_link, station_config, protocol="https")
tm.flow(sat_link, stations, station_config, protocol="iridium-sbd")
tm.flow(sat_link, vendor_portal, station_status, protocol="https", label="diagnostics copy")
tm.flow(vendor_portal, vendor_engineer, station_status, protocol="https")

# Imagery purchase and the ten-minute risk run.
tm.flow(risk_run, imagery_api, protocol="https", label="new scene query")
tm.flow(imagery_api, risk_run, imagery, protocol="https")
tm.flow(risk_run, archive, imagery, label="store scene")
tm.flow(archive, risk_run, readings, imagery)
tm.flow(risk_run, risk_model, model_inputs)
tm.flow(risk_model, risk_run, risk)
tm.flow(risk_run, dispatcher, risk)

# Warning, sirens and paging through the telecom operator.
tm.flow(dispatcher, cb_gateway, warning, siren_trigger, page, protocol="https")
tm.flow(cb_gateway, residents, warning, protocol="cell-broadcast")
tm.flow(cb_gateway, sirens, siren_trigger, protocol="sms")
tm.flow(cb_gateway, hydrologist, page, protocol="sms")

# The duty hydrologist checks the situation and may cancel.
tm.flow(dispatcher, console, risk, label="alert status")
tm.flow(archive, console, readings, imagery)
tm.flow(console, hydrologist, risk, readings, imagery, protocol="https")
tm.flow(hydrologist, console, cancellation, protocol="https")
tm.flow(console, dispatcher, cancellation)
