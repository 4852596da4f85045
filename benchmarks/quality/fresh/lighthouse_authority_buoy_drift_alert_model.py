"""Buoy drift alerting for a lighthouse authority: the first design, before any security review.

The authority's lit buoys carry a GPS receiver and a lamp monitor; every 30 minutes
each one sends its position and light status as a short message over a commercial
satellite messaging service, which posts the messages to our ingest API over HTTPS.
Reports land in a position history store next to the buoy station register (each
buoy's charted position and watch circle), which the aids-to-navigation engineers
maintain. A nightly job fits a per-buoy model of normal movement (tide and swell on
the mooring chain) and a monitoring service scores every new report against it;
when a buoy looks off station it raises an alert on the duty officer's console and
pages the officer by SMS. The officer checks the track and, if the buoy has drifted,
issues a navigational warning through the coastguard's maritime safety information
service, which broadcasts it to mariners. The console sits behind corporate SSO
with MFA and role-based access and keeps an audit log; the ingest API checks each
message against the message schema; stores are encrypted and backed up.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Buoy drift alerting",
    profile=tg.RiskProfile.HIGH,
    description="Learns each buoy's normal movement and alerts the duty officer when one drifts off station.",
)

# ---------------------------------------------------------------- data assets
buoy_reports = tg.Data(
    "Buoy position and light status reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Buoy id, GPS fix, time, lamp on/off and battery voltage.",
)
station_register = tg.Data(
    "Buoy station register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Charted position, watch circle radius and light character of each buoy.",
)
movement_features = tg.Data(
    "Recent track features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Distance and bearing from station, speed and heading over the last hours.",
)
drift_score = tg.Data("Off-station score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
drift_model_file = tg.Data(
    "Per-buoy movement model", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
alert = tg.Data(
    "Drift alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page = tg.Data("Duty officer page", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
nav_warning = tg.Data(
    "Navigational warning",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which buoy, its reported position and the advice to mariners.",
)
warning_receipt = tg.Data(
    "Warning number and broadcast schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # The buoys themselves: moored at sea, anyone can reach them by boat.
    buoys = tm.add(
        tg.Device(
            "Buoy GPS and lamp monitor",
            fleet=True,
            description="Solar-powered unit on each lit buoy with a satellite modem.",
        )
    )
    # Ships' crews who act on the broadcast warnings.
    mariners = tm.add(tg.Actor("Mariners", role="vessel crew"))

with tm.boundary("Satellite messaging provider", trust=tg.Trust.PARTNER):
    # Carries the buoys' short messages and posts them on to us.
    satellite = tm.add(
        tg.ExternalService(
            "Satellite messaging service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Short-burst data service; delivers each message to our ingest URL.",
        )
    )

with tm.boundary("Coastguard", trust=tg.Trust.PARTNER):
    # The only body that broadcasts navigational warnings to mariners.
    coastguard = tm.add(
        tg.ExternalService(
            "Coastguard maritime safety information service",
            description="Takes warnings from authorities and broadcasts them on NAVTEX and VHF.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Wakes the duty officer out of hours.
    sms = tm.add(tg.ExternalService("SMS paging service"))

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Receives the satellite provider's message deliveries.
    ingest = tm.add(
        tg.Endpoint(
            "Buoy report ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.SchemaEnforcement(note="rejects messages that do not parse")},
        )
    )
    # Keeps every report, for scoring, fitting and the officer's track view.
    positions = tm.add(
        tg.DataStore(
            "Position history store",
            stores={buoy_reports},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="daily backups"),
            },
        )
    )
    # Where each buoy should be: the reference the model is fitted around.
    register = tm.add(
        tg.DataStore(
            "Buoy station register",
            stores={station_register},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Refits each buoy's movement model from the last months of reports.
    fitting = tm.add(tg.Pipeline("Nightly model fitting job", stage=tg.Stage.TRAINING))
    # Holds the fitted models that the scorer loads.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model store",
            stores={drift_model_file},
            controls={tg.controls.ModelVersioning(note="one dated version per night")},
        )
    )
    # Says how unusual a buoy's latest track is for that buoy.
    drift_model = tm.add(
        tg.Model(
            "Buoy drift model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Per-buoy density model of normal positions; scores each new fix.",
        )
    )
    # Scores each new report and raises alerts (also when a buoy stops reporting).
    monitor = tm.add(tg.Service("Drift monitoring service"))
    # The duty officer's web console: alerts, track view, warning form.
    console = tm.add(
        tg.Service(
            "Duty officer console",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Decides whether a drift is real and issues the warning.
    officer = tm.add(tg.Actor("Duty officer", role="operations duty officer"))
    # Keeps the station register up to date after buoy works.
    engineer = tm.add(tg.Actor("Aids-to-navigation engineer", role="engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(buoys, satellite, buoy_reports, protocol="iridium sbd")
tm.flow(satellite, ingest, buoy_reports, protocol="https", label="message delivery webhook")
tm.flow(ingest, positions, buoy_reports)

tm.flow(engineer, console, station_register, protocol="https", label="edits stations")
tm.flow(console, register, station_register)
tm.flow(register, console, station_register)

tm.flow(positions, fitting, buoy_reports)
tm.flow(register, fitting, station_register)
tm.flow(fitting, model_store, drift_model_file)
tm.flow(model_store, drift_model, drift_model_file, label="load latest")

tm.flow(positions, monitor, buoy_reports, label="new reports and recent track")
tm.flow(register, monitor, station_register)
tm.flow(monitor, drift_model, movement_features)
tm.flow(drift_model, monitor, drift_score)
tm.flow(monitor, console, alert)
tm.flow(console, monitor, acknowledgement)
tm.flow(monitor, sms, page, protocol="https")
tm.flow(sms, officer, page, protocol="sms")

tm.flow(positions, console, buoy_reports, label="track view")
tm.flow(console, officer, alert, buoy_reports, protocol="https")
tm.flow(officer, console, acknowledgement, nav_warning, protocol="https")
tm.flow(console, coastguard, nav_warning, protocol="https")
tm.flow(coastguard, console, warning_receipt, protocol="https")
tm.flow(coastguard, mariners, nav_warning, protocol="marine vhf", label="NAVTEX and VHF broadcast")
