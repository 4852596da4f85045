"""Bridge bearing and joint deformation monitoring: the first design.

The highway authority's structures team wants early warning of movement in the
bearings and expansion joints of its major bridges. At each monitored bridge a
fixed lidar scanner in a roadside cabinet scans the bearing shelves and joints
every few hours, and a data logger reads the strain gauges on the deck and
piers. A site gateway in the cabinet uploads both over a cellular link (HTTPS,
per-gateway API key) to an ingestion pipeline in the authority's cloud tenancy.
A movement analysis service registers each scan against the baseline, adds the
strain history and air temperature from the national weather service, and asks
an in-house deformation model for bearing displacement and joint gap estimates.
Movement beyond the expected thermal range raises an inspection task in the
structures asset management system. Engineers review trends and label events
on a dashboard (corporate SSO with MFA); their labels feed retraining, and a
data scientist approves new model versions in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bridge bearing lidar deformation monitoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Detects bearing and joint movement on highway bridges from fixed lidar "
        "scans and strain gauges, and raises inspection tasks for the structures team."
    ),
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Lidar point cloud scans",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Point clouds of bearing shelves and joints, a few hundred MB per scan.",
)
strain = tg.Data(
    "Strain gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
temperature = tg.Data("Air temperature readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Movement features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Registered displacement vectors, strain history and temperature per bearing.",
)
estimates = tg.Data(
    "Bearing displacement estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tasks = tg.Data(
    "Inspection tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
labels = tg.Data(
    "Engineer event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Deformation model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the point cloud registration and movement network.",
)
approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Bridge sites",
    trust=tg.Trust.INTERNAL,
    description="Roadside cabinets at each monitored bridge, cellular uplink.",
):
    # The measurement itself: fixed scanner aimed at the bearings and joints.
    lidar = tm.add(
        tg.Device(
            "Fixed lidar scanner",
            description="Scheduled scans of bearing shelves and expansion joints.",
        )
    )
    # The second signal: strain gauges wired to a logger in the cabinet.
    logger = tm.add(tg.Device("Strain gauge data logger"))
    # Buffers both feeds on site and uploads them when the cellular link is up.
    gateway = tm.add(
        tg.Service(
            "Site gateway",
            description="Industrial PC in the cabinet; holds the per-gateway API key.",
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Thermal expansion explains most bearing movement, so temperature is needed.
    weather = tm.add(
        tg.ExternalService(
            "National weather service API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from every site and files them by bridge and bearing.
    ingestion = tm.add(
        tg.Pipeline(
            "Site upload ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.Authentication(method="per-gateway API key")},
        )
    )
    # Raw scans are kept for re-analysis and as evidence for the engineers.
    scan_store = tm.add(
        tg.DataStore(
            "Point cloud store",
            stores={scans},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Strain, temperature and model estimates as time series per bearing.
    timeseries = tm.add(
        tg.DataStore("Sensor time-series database", stores={strain, temperature, estimates})
    )
    # Runs after each scan: registration, feature building, thresholds, tasks.
    analysis = tm.add(
        tg.Service(
            "Movement analysis service",
            description=(
                "Compares estimated movement to the expected thermal range and raises "
                "an inspection task when a bearing or joint is outside it."
            ),
        )
    )
    # The in-house model that turns scans and strain into movement estimates.
    model = tm.add(
        tg.Model(
            "Bearing deformation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Estimates bearing displacement and joint gap change per scan.",
        )
    )
    # Where engineers look at trends and label what the movement really was.
    dashboard = tm.add(
        tg.Endpoint(
            "Structures monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Labelled scan excerpts and strain windows for retraining.
        dataset = tm.add(
            tg.Dataset(
                "Labelled movement dataset",
                stores={scans, labels},
                purpose=tg.DatasetPurpose.TRAINING,
            )
        )
        # Retrains the model quarterly or after enough new labelled events.
        training = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds model versions; serving pulls the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The system of work the structures team already uses for inspections.
    asset_mgmt = tm.add(tg.Service("Structures asset management system"))
    # Acts on inspection tasks and labels movement events.
    engineer = tm.add(tg.Actor("Structures engineer", role="bridge engineer"))
    # Owns the model and approves releases to serving.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(lidar, gateway, scans, label="cabinet LAN")
tm.flow(logger, gateway, strain, protocol="modbus")
tm.flow(
    gateway,
    ingestion,
    scans,
    strain,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
    label="cellular upload",
)
tm.flow(ingestion, scan_store, scans)
tm.flow(ingestion, timeseries, strain)

tm.flow(weather, analysis, temperature, protocol="https")
tm.flow(analysis, timeseries, temperature, estimates)
tm.flow(scan_store, analysis, scans)
tm.flow(timeseries, analysis, strain, estimates, label="history per bearing")
tm.flow(analysis, model, features)
tm.flow(model, analysis, estimates)
tm.flow(analysis, asset_mgmt, tasks, protocol="https")
tm.flow(asset_mgmt, engineer, tasks, protocol="https", label="work queue")

tm.flow(timeseries, dashboard, strain, temperature, estimates)
tm.flow(scan_store, dashboard, scans, label="scan viewer")
tm.flow(dashboard, engineer, estimates, scans, protocol="https")
tm.flow(engineer, dashboard, labels, protocol="https")
tm.flow(dashboard, dataset, labels)
tm.flow(scan_store, dataset, scans, label="excerpts of labelled events")
tm.flow(dataset, training, scans, labels)
tm.flow(training, registry, weights)
tm.flow(scientist, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="deploy")
