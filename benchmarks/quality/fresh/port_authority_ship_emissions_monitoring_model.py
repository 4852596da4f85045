"""Ship sulphur emissions monitoring: the first design, before any security review.

The port authority runs "sniffer" gas-analyser stations on the breakwater and the
harbour bridge. As a ship passes, a station measures SO2, CO2 and wind in its exhaust
plume and streams the readings over a private cellular APN to an ingestion service in
the authority's cloud tenant, where they are matched to the ship from the port's own
AIS receiver. An in-house regression model estimates each passage's fuel sulphur
content with an uncertainty band, using ship particulars licensed from a commercial
data provider (engine type, scrubber fitted). Passages likely above the 0.10% limit
are flagged; the duty port state control inspector decides whether to board and
sample the fuel, and enters the lab result, which later becomes a training label.
Stations authenticate with per-device certificates over TLS; inspectors and data
scientists sign in through corporate SSO with MFA; readings are schema-checked on
arrival and the measurement database is backed up daily.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port ship emissions monitoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Sniffer-sensor estimates of ships' fuel sulphur content, flagging likely "
        "non-compliant vessels for port state control inspection."
    ),
)

# ---------------------------------------------------------------- data assets
plume = tg.Data(
    "Exhaust plume",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The physical plume drifting past the analyser inlet.",
)
ais = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="MMSI, IMO number, position, speed and heading broadcast by each ship.",
)
readings = tg.Data(
    "Plume sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="1 Hz SO2 and CO2 concentrations, wind speed and direction, station id.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
particulars = tg.Data(
    "Ship particulars",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed vessel data: engines, fuel systems, scrubber fitted, operator.",
)
passage_features = tg.Data(
    "Passage features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plume peak areas, SO2/CO2 ratio, wind, distance and ship particulars per passage.",
)
estimate = tg.Data(
    "Fuel sulphur estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
flags = tg.Data(
    "Inspection target flags",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessels whose estimate exceeds the limit beyond its uncertainty.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcomes = tg.Data(
    "Inspection outcomes and fuel lab results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labels = tg.Data(
    "Lab-confirmed sulphur labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Emissions model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
run_request = tg.Data("Retraining request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Port approaches", trust=tg.Trust.UNTRUSTED):
    # Every passing ship: the subject of the measurement, run by its operator.
    vessel = tm.add(tg.Actor("Passing vessel", role="ship", human=False))

with tm.boundary(
    "Sensor sites",
    trust=tg.Trust.INTERNAL,
    description="Cabinets on the breakwater and the harbour bridge, linked by a private cellular APN.",
):
    # The sniffer stations: gas analysers plus an anemometer, one per site.
    sniffer = tm.add(
        tg.Device(
            "Sniffer sensor station",
            fleet=True,
            description="UV-fluorescence SO2 and NDIR CO2 analysers with a sonic anemometer.",
        )
    )
    # The port's own AIS base station, to know which ship made which plume.
    ais_receiver = tm.add(tg.Device("AIS receiver", fleet=False))

with tm.boundary("Ship data provider", trust=tg.Trust.PARTNER):
    # Commercial ship register, licensed per query.
    provider = tm.add(
        tg.ExternalService("Ship particulars provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Port authority cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives station and AIS streams, time-aligns them and cuts out ship passages.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={c.SchemaEnforcement(note="range and unit checks on every reading")},
        )
    )
    # Raw readings and AIS tracks, kept as the evidence behind each flag.
    measurements = tm.add(
        tg.DataStore(
            "Measurement database",
            stores={readings, ais},
            controls={c.DataVersioning(note="daily snapshots")},
        )
    )
    # Attributes plumes to ships, calls the model and applies the compliance threshold.
    flagging = tm.add(
        tg.Service(
            "Compliance flagging service",
            controls={
                c.HumanInTheLoop(approver="the duty PSC inspector decides whether to board"),
            },
        )
    )
    # The estimator itself: gradient-boosted regression with quantile bands.
    model = tm.add(
        tg.Model(
            "Sulphur emissions model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Estimates fuel sulphur content (% m/m) per passage from plume features.",
        )
    )
    # Flags awaiting decision, and what the inspectors found on board.
    cases = tm.add(tg.DataStore("Inspection case database", stores={flags, outcomes}))
    # Inspectors' web app for the flag list and for recording inspection results.
    portal = tm.add(
        tg.Endpoint(
            "Inspector portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Passages joined with lab-confirmed sulphur content.
        training_set = tm.add(
            tg.Dataset("Labelled passage dataset", stores={passage_features, labels})
        )
        # Quarterly retraining job, started by a data scientist.
        training = tm.add(
            tg.Pipeline(
                "Model retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.Authentication(method="corporate SSO (Entra ID) with MFA")},
            )
        )
        # Versions of the trained estimator; serving loads the version marked current.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Port state control officers who decide on and carry out inspections.
    inspector = tm.add(tg.Actor("PSC inspector", role="inspector"))
    # Maintains and retrains the emissions model.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(vessel, sniffer, plume, label="plume passes the analyser inlet")
tm.flow(vessel, ais_receiver, ais, protocol="AIS VHF")

tm.flow(
    sniffer,
    ingestion,
    readings,
    protocol="mqtt",
    controls={tls, c.MutualAuthentication(note="per-station X.509 client certificates")},
)
tm.flow(ais_receiver, ingestion, ais, protocol="tcp (NMEA)")
tm.flow(ingestion, measurements, readings, ais)

tm.flow(measurements, flagging, readings, ais, label="new passages")
tm.flow(provider, flagging, particulars, protocol="https", controls={tls})
tm.flow(flagging, provider, ais, protocol="https", controls={tls}, label="lookup by IMO number")
tm.flow(flagging, model, passage_features)
tm.flow(model, flagging, estimate)
tm.flow(flagging, cases, flags, estimate)

tm.flow(cases, portal, flags, outcomes)
tm.flow(portal, inspector, flags, protocol="https", controls={tls})
tm.flow(
    inspector,
    portal,
    outcomes,
    protocol="https",
    controls={tls},
    label="boarding result and lab result",
)
tm.flow(portal, cases, outcomes)

tm.flow(cases, training_set, labels, label="lab-confirmed results")
tm.flow(measurements, training_set, passage_features, label="features of sampled passages")
tm.flow(scientist, training, run_request, protocol="https")
tm.flow(training_set, training, passage_features, labels)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load current version")
