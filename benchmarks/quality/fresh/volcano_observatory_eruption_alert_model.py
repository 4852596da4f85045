"""Volcano observatory eruption alert model: the first design, before any security review.

Unattended field stations on the volcano (broadband seismometers, gas sensors and
tiltmeters) send their readings over radio links to a telemetry receiver at the
observatory, which writes them to a time-series database. A feature pipeline turns
the latest window of readings into features, and an in-house model estimates the
probability of an eruption from them; it is retrained from the observatory's
catalogue of past unrest episodes. The duty volcanologist reviews the estimate on an
alert console and sets the alert level; once approved, an alert publisher sends it
automatically to the civil aviation authority's feed and to the public website.
Controls in this design: staff sign-in and an audit log on the alert console, the
volcanologist's approval before any alert goes out, backtesting of each model version,
snapshots of the time-series database, and HTTPS to the aviation feed and website.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Volcano observatory eruption alert model",
    profile=tg.RiskProfile.HIGH,
    description="Eruption probability from field telemetry; the duty volcanologist sets "
    "the alert level, published to aviation and the public.",
)

# ---------------------------------------------------------------- data assets
seismic = tg.Data(
    "Seismic waveforms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gas = tg.Data(
    "Gas concentrations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tilt = tg.Data(
    "Ground tilt readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Unrest features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
probability = tg.Data(
    "Eruption probability",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of eruption in the next 7 days, with the top contributing signals.",
)
catalogue = tg.Data(
    "Past unrest catalogue",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Eruption model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
alert_level = tg.Data(
    "Approved alert level",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Colour code and level set by the duty volcanologist, with a short statement.",
)
aviation_notice = tg.Data(
    "Aviation volcano notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bulletin = tg.Data(
    "Public alert bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Volcano field sites", trust=tg.Trust.UNTRUSTED):
    # Remote, unattended stations on the flanks; anyone can walk up to them.
    seismometers = tm.add(tg.Device("Seismometer stations"))
    gas_sensors = tm.add(tg.Device("Gas sensor stations"))
    tiltmeters = tm.add(tg.Device("Tiltmeter stations"))

with tm.boundary("Observatory network", trust=tg.Trust.INTERNAL):
    # Radio base station and acquisition software that decode the station streams.
    receiver = tm.add(tg.Service("Telemetry receiver"))
    # Holds every reading; the model and the scientists work from it.
    tsdb = tm.add(
        tg.DataStore(
            "Time-series database",
            stores={seismic, gas, tilt},
            controls={c.DataVersioning(note="hourly snapshots to the observatory NAS")},
        )
    )
    # Computes rolling-window features (event rates, tremor, SO2 flux, tilt rate).
    feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Estimates the eruption probability every 10 minutes.
    model = tm.add(
        tg.Model(
            "Eruption probability model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees trained on past unrest episodes.",
            controls={c.ModelValidation(note="backtested on past episodes before each version")},
        )
    )
    # Labelled episodes from past unrest, curated by the research team.
    training_set = tm.add(tg.Dataset("Unrest training set", stores={catalogue}))
    # Retrains the model a few times a year, when the catalogue grows.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Where the volcanologist sees the estimate and sets the level.
    console = tm.add(
        tg.Endpoint(
            "Alert console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="observatory Active Directory password"),
                c.HumanInTheLoop(approver="duty volcanologist"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Turns an approved level into the aviation notice and the web bulletin.
    publisher = tm.add(tg.Service("Alert publisher"))
    # The scientist on duty who decides the alert level.
    volcanologist = tm.add(tg.Actor("Duty volcanologist", role="volcanologist"))

with tm.boundary("Civil aviation authority", trust=tg.Trust.PARTNER):
    # Ingests observatory notices and relays them to air traffic services.
    aviation_feed = tm.add(tg.ExternalService("Aviation authority notice feed"))

with tm.boundary("Web hosting provider", trust=tg.Trust.PARTNER):
    # The observatory's public website, on a hosted CMS.
    website = tm.add(tg.Service("Public website"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents, media and emergency managers reading the alert level.
    public = tm.add(tg.Actor("Public", role="website reader"))

# ---------------------------------------------------------------- flows
tm.flow(seismometers, receiver, seismic, protocol="seedlink", label="UHF radio link")
tm.flow(gas_sensors, receiver, gas, protocol="radio modem serial", label="UHF radio link")
tm.flow(tiltmeters, receiver, tilt, protocol="radio modem serial", label="UHF radio link")
tm.flow(receiver, tsdb, seismic, gas, tilt)

tm.flow(tsdb, feature_pipeline, seismic, gas, tilt)
tm.flow(feature_pipeline, model, features)
tm.flow(model, console, probability)
tm.flow(console, volcanologist, probability, protocol="https")
tm.flow(volcanologist, console, alert_level, protocol="https", label="sets and approves level")
tm.flow(console, publisher, alert_level)
tm.flow(publisher, aviation_feed, aviation_notice, protocol="https")
tm.flow(publisher, website, bulletin, protocol="https")
tm.flow(website, public, bulletin, protocol="https")

tm.flow(training_set, training, catalogue)
tm.flow(training, model, weights, label="deploy new version")
