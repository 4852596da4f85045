"""Fairground ride vibration checks: the first design, before any security review.

A travelling funfair moves to a new town most weeks. At each set-up the ride crew
clip wireless vibration sensors onto the main bearings, slew rings and known weld
joints of each ride, register where each sensor sits, and run every ride through
empty test cycles. The sensors publish readings over MQTT on the site Wi-Fi to an
edge gateway in the control trailer, which turns them into spectra and runs an
in-house model that flags bearings and welds whose vibration looks wrong. The ride
inspector sees the flags on a tablet dashboard, checks the flagged parts by hand,
records what was found and signs each ride off before public opening. After each
set-up the trailer syncs its data over 4G to the fair's cloud account, where a
contract data scientist retrains the model over the winter, checks it against held
out runs and publishes a new version that the gateway pulls at the next set-up.
Crew sign in to the dashboard with personal PINs; cloud storage is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fairground ride vibration checks",
    profile=tg.RiskProfile.HIGH,
    description="Flags suspect ride bearings and welds for the inspector before opening.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Ride vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accelerometer samples per sensor during the test cycles.",
)
placement = tg.Data(
    "Sensor placement map",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which sensor is on which bearing or weld of which ride at this set-up.",
)
spectra = tg.Data(
    "Vibration spectra features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
flags = tg.Data(
    "Bearing and weld flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per component: a score and whether it needs a hands-on check.",
)
signoff = tg.Data(
    "Ride inspection sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The inspector's name, the ride, the time and fit or not fit for opening.",
)
outcomes = tg.Data(
    "Confirmed inspection outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the inspector found at each flagged part: worn, cracked or fine.",
)
train_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Vibration model artifact",
    format="joblib",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn model saved with joblib.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Fairground site",
    trust=tg.Trust.INTERNAL,
    description="The field the fair is built on; open to the public once rides open.",
):
    # Battery accelerometers clipped to bearings and welds, one set per ride.
    sensors = tm.add(
        tg.Device(
            "Ride vibration sensors",
            fleet=True,
            description="Wireless accelerometers on the site Wi-Fi, moved between rides.",
        )
    )
    # Mounts the sensors, registers their placement and runs the test cycles.
    foreman = tm.add(tg.Actor("Ride foreman", role="ride crew"))
    # The competent person who decides whether each ride may open.
    inspector = tm.add(tg.Actor("Ride inspector", role="inspector"))

    with tm.boundary("Control trailer", trust=tg.Trust.INTERNAL):
        # Mini PC in the trailer: MQTT broker, signal processing, runs the model.
        gateway = tm.add(
            tg.Service(
                "Site edge gateway",
                description="Collects readings, computes spectra, runs the model, syncs to cloud.",
            )
        )
        # The model that decides which parts the inspector should look at first.
        model = tm.add(
            tg.Model(
                "Bearing and weld vibration model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Scores each monitored part; above a threshold it is flagged.",
            )
        )
        # Local copy of this set-up's data, so the checks work without a 4G signal.
        site_store = tm.add(
            tg.DataStore(
                "Site readings store",
                stores={readings, placement, flags, signoff, outcomes},
            )
        )
        # Web dashboard served by the gateway, used from the crew tablets.
        dashboard = tm.add(
            tg.Endpoint(
                "Inspection dashboard",
                purpose=tg.EndpointPurpose.API,
                description="Sensor registration, flags per ride, findings and sign-off.",
                controls={
                    c.Authentication(method="personal PIN for each crew member"),
                    c.HumanInTheLoop(
                        approver="the ride inspector",
                        note="no ride opens without the inspector's sign-off",
                    ),
                },
            )
        )

with tm.boundary("Fair cloud account", trust=tg.Trust.INTERNAL):
    # Every set-up's readings, flags and findings, for history and retraining.
    history = tm.add(
        tg.DataStore(
            "Ride vibration history",
            stores={readings, flags, signoff, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Winter retraining on the season's confirmed outcomes.
    training = tm.add(
        tg.Pipeline(
            "Winter retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="evaluated on held-out runs before release")},
        )
    )
    # Bucket of model versions the gateways pull from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model artifact bucket",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Builds and retrains the model under contract; has admin on the cloud account.
    scientist = tm.add(tg.Actor("Contract data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Set-up: sensors registered and test cycles run
tm.flow(foreman, dashboard, placement, protocol="https", label="registers sensors at set-up")
tm.flow(dashboard, site_store, placement)
tm.flow(sensors, gateway, readings, protocol="mqtt", label="test-cycle readings")
tm.flow(site_store, gateway, placement, label="sensor-to-part lookup")
tm.flow(gateway, site_store, readings)

# Scoring
tm.flow(gateway, model, spectra)
tm.flow(model, gateway, flags)
tm.flow(gateway, site_store, flags)

# Inspection before opening
tm.flow(site_store, dashboard, flags, readings)
tm.flow(dashboard, inspector, flags, protocol="https")
tm.flow(inspector, dashboard, outcomes, signoff, protocol="https")
tm.flow(dashboard, site_store, outcomes, signoff)

# Sync and retraining
tm.flow(
    gateway,
    history,
    readings,
    flags,
    signoff,
    outcomes,
    protocol="https",
    label="sync over 4G after each set-up",
)
tm.flow(site_store, gateway, readings, flags, signoff, outcomes, label="sync export")
tm.flow(history, training, readings, outcomes)
tm.flow(scientist, training, train_config, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(scientist, registry, release, protocol="https", label="publishes the version")
tm.flow(registry, gateway, artifact, protocol="https", label="pulled at set-up")
tm.flow(gateway, model, artifact, label="loads the model")
