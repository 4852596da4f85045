"""Tyre degradation model: a racing team's first design, before any security review.

During practice, qualifying and the race, each of the team's two cars streams
telemetry (tyre temperatures and pressures, loads, speeds, driver inputs) over
the standard ECU's encrypted radio link to the trackside rack in the garage. A
live strategy service turns the stream into per-stint features and asks an
in-house regression model how much life each tyre set has left; the predicted
wear curves appear on the pit-wall strategy dashboard, where the race
strategists sign in with their team domain accounts and pick the scenarios to
compare. After each run the tyre engineers key in measured tread depths, and
the trackside store syncs sessions back to the factory over the team's
IPsec VPN. At the factory a training pipeline retrains the model on the
historical telemetry, the wear measurements and the tyre supplier's compound
data; versions go to a model registry and are pushed to the trackside rack
before each event. The trackside rack's disks are encrypted because it travels.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Motorsport tyre degradation model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Live tyre-wear predictions for the pit-wall strategists, from car telemetry, "
        "with a model retrained at the factory on past sessions."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Live car telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Several hundred channels per car at up to 1 kHz: tyre temps, pressures, loads.",
)
features = tg.Data(
    "Stint features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Laps on the set, energy put through each tyre, fuel-corrected lap times.",
)
prediction = tg.Data(
    "Tyre wear prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Predicted remaining life and lap-time drop-off per tyre set.",
)
scenario = tg.Data(
    "Strategy scenario selection",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which car, stint and pit lap the strategist wants to compare.",
)
wear = tg.Data(
    "Measured tyre wear",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Tread depths and blistering notes measured on each used set.",
)
history = tg.Data(
    "Historical session telemetry",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
compounds = tg.Data(
    "Tyre compound data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The supplier's compound characteristics and per-event allocation, under NDA.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Tyre model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)
deploy_request = tg.Data(
    "Event deployment request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "On circuit",
    trust=tg.Trust.PARTNER,
    description="The cars on track: the standard ECU is supplied under championship rules "
    "and the radio spectrum is allocated by the organiser and shared with other teams.",
):
    # The source of everything live: one logger per race car.
    car = tm.add(
        tg.Device(
            "Race car telemetry logger",
            fleet=True,
            description="The standard ECU's logger and telemetry radio on each of the two cars.",
        )
    )

with tm.boundary("Tyre supplier", trust=tg.Trust.PARTNER):
    # Compound data the supplier shares with every team before each event.
    supplier = tm.add(
        tg.DataSource(
            "Tyre supplier compound portal",
            origin=tg.Origin.PARTNER,
            provides={compounds},
            description="Downloaded from the supplier's team portal ahead of each event.",
        )
    )

with tm.boundary("Team garage", trust=tg.Trust.INTERNAL):
    # Decodes the radio stream against the channel definitions.
    receiver = tm.add(
        tg.Service(
            "Telemetry receiver",
            description="Decodes the radio stream and rejects frames that do not match "
            "the channel definition file.",
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Keeps the current weekend's sessions on the trackside rack.
    trackside_store = tm.add(
        tg.DataStore(
            "Trackside telemetry store",
            stores={telemetry, wear},
            controls={
                tg.controls.EncryptionAtRest(
                    key_management="LUKS full-disk encryption on the travelling rack"
                )
            },
        )
    )
    # Turns the live stream into features and asks the model.
    live_service = tm.add(
        tg.Service(
            "Live strategy service",
            description="Builds stint features every lap and requests wear predictions.",
        )
    )
    # The model itself, loaded on the trackside rack.
    tyre_model = tm.add(
        tg.Model(
            "Tyre degradation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts remaining tyre life; it informs when the cars pit and how "
            "long a set is run.",
        )
    )
    # What the strategists look at on the pit wall.
    dashboard = tm.add(
        tg.Endpoint(
            "Pit wall strategy dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web dashboard served on the garage LAN to the pit-wall screens.",
            controls={tg.controls.Authentication(method="team Active Directory account")},
        )
    )
    # The people who decide the pit stops.
    strategist = tm.add(tg.Actor("Race strategist", role="strategist"))
    # The people who measure the used tyre sets after each run.
    tyre_engineer = tm.add(tg.Actor("Tyre engineer", role="tyre engineer"))

with tm.boundary("Factory", trust=tg.Trust.INTERNAL):
    # Every past session's telemetry with the wear measured after it.
    dataset = tm.add(
        tg.Dataset(
            "Historical telemetry dataset",
            stores={history, wear},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={tg.controls.RBAC()},
        )
    )
    # Retrains the model between events.
    training = tm.add(
        tg.Pipeline(
            "Tyre model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python job on the factory compute cluster; installs its packages "
            "from PyPI on each run.",
        )
    )
    # Holds each trained version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Copies the chosen version onto the trackside rack before each event.
    deployment = tm.add(tg.Pipeline("Trackside deployment pipeline", stage=tg.Stage.DEPLOYMENT))
    # Builds, trains and ships the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# live path
tm.flow(
    car,
    receiver,
    telemetry,
    protocol="radio",
    label="telemetry radio link",
    controls={
        tg.controls.EncryptionInTransit(protocol="AES encryption of the standard ECU telemetry")
    },
)
tm.flow(receiver, trackside_store, telemetry)
tm.flow(trackside_store, live_service, telemetry, label="live stream")
tm.flow(live_service, tyre_model, features)
tm.flow(tyre_model, live_service, prediction)
tm.flow(live_service, dashboard, prediction)
tm.flow(dashboard, live_service, scenario)
tm.flow(strategist, dashboard, scenario, protocol="https")
tm.flow(dashboard, strategist, prediction, protocol="https")
tm.flow(tyre_engineer, trackside_store, wear, protocol="https", label="after each run")

# back to the factory and into training
tm.flow(
    trackside_store,
    dataset,
    telemetry,
    wear,
    protocol="ipsec",
    label="session sync over the team VPN",
)
tm.flow(supplier, training, compounds, protocol="https")
tm.flow(dataset, training, history, wear)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, deployment, deploy_request, label="before each event")
tm.flow(registry, deployment, artifact)
tm.flow(
    deployment,
    tyre_model,
    artifact,
    protocol="ipsec",
    label="pushed to the trackside rack over the team VPN",
)
