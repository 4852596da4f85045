"""Forestry harvest planning from satellite and drone imagery: the first design.

A forestry company estimates standing timber volume and storm (windthrow) damage
across its estates. Scenes bought from a commercial satellite imagery provider and
orthomosaics flown by a contracted drone survey firm are ingested into an imagery
store in the company's cloud account. Two in-house models run there in batch: a
volume regressor per stand and a storm-damage segmentation detector. A harvest
planning optimiser (no language model) combines their outputs with the forest
inventory GIS (stands, ownership, streams, protected habitats) to propose harvest
blocks. Foresters review, edit and approve plans in a web planning app; only
approved plans become work orders, which are synced to the harvester crews'
tablets over the mobile network. Crews send back production reports, which update
the inventory and are used, with foresters' ground plots, to retrain the models.
Foresters sign in with company SSO; crews sign in on the tablets with a crew login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Forestry harvest planning from satellite imagery",
    profile=tg.RiskProfile.HIGH,
    description="Timber volume and storm-damage estimates driving harvest plans and work orders.",
)

# ---------------------------------------------------------------- data assets
scenes = tg.Data(
    "Satellite scenes",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed multispectral scenes; the licence forbids redistribution.",
)
drone_imagery = tg.Data(
    "Drone orthomosaics and point clouds", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
tiles = tg.Data(
    "Analysis-ready image tiles",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inventory = tg.Data(
    "Forest inventory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stand boundaries, species, age, ownership, streams and protected habitats.",
)
ground_plots = tg.Data(
    "Ground plot measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
production = tg.Data(
    "Harvester production reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Volumes cut per block and progress, with crew and machine ids.",
)
training_examples = tg.Data(
    "Training examples", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint for the detector, joblib file for the regressor.",
)
volume_estimates = tg.Data(
    "Timber volume estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
damage_map = tg.Data(
    "Storm damage map",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
draft_plan = tg.Data(
    "Draft harvest plan", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved_plan = tg.Data(
    "Approved harvest plan",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plan_decision = tg.Data(
    "Forester approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Harvest work order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Block boundary, fell and retain trees, extraction routes, hazards.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Satellite imagery vendor", trust=tg.Trust.PARTNER):
    # Commercial provider; new scenes fetched from its delivery API after each pass.
    satellite = tm.add(
        tg.DataSource("Satellite imagery provider", origin=tg.Origin.VENDOR, provides={scenes})
    )

with tm.boundary("Drone survey contractor", trust=tg.Trust.PARTNER):
    # Contracted drone firm that flies estates after storms and uploads its products.
    drone = tm.add(
        tg.DataSource("Drone survey uploads", origin=tg.Origin.PARTNER, provides={drone_imagery})
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Pulls, reprojects and tiles imagery into the store.
    ingest = tm.add(tg.Pipeline("Imagery ingestion pipeline", stage=tg.Stage.INGESTION))
    # Object storage of raw and tiled imagery.
    imagery_store = tm.add(
        tg.DataStore(
            "Imagery store",
            stores={scenes, drone_imagery, tiles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The system of record for stands and constraints, edited by foresters.
    gis = tm.add(
        tg.DataStore(
            "Forest inventory GIS",
            stores={inventory, ground_plots, production},
            controls={c.RBAC()},
        )
    )
    # Per-stand timber volume from imagery features and inventory attributes.
    volume_model = tm.add(tg.Model("Timber volume model", task=tg.Task.REGRESSOR, high_stakes=True))
    # Segments windthrown and broken trees in post-storm imagery.
    damage_model = tm.add(
        tg.Model("Storm damage detector", task=tg.Task.DETECTOR, high_stakes=True)
    )
    # Optimiser that proposes harvest blocks and sequencing; no language model.
    planner = tm.add(tg.Service("Harvest planning optimiser"))
    # Web app where foresters review, edit and approve plans.
    planning_app = tm.add(
        tg.Endpoint(
            "Harvest planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Turns approved plans into work orders and collects production reports.
    work_orders = tm.add(
        tg.Service(
            "Work order service",
            controls={c.HumanInTheLoop(approver="responsible forester approves the plan first")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Ground plots and harvester volumes paired with imagery tiles.
        training_set = tm.add(
            tg.Dataset("Training dataset", stores={training_examples, ground_plots})
        )
        # Periodic retraining, evaluated against held-out ground plots.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="hold-out ground plot error report")},
            )
        )
        # Versioned model artifacts that the batch jobs load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves harvest plans and maintains inventory and ground plots.
    forester = tm.add(tg.Actor("Forester", role="forester"))
    # Trains models and promotes new versions.
    ml_engineer = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Field mobile network", trust=tg.Trust.UNTRUSTED):
    # Rugged tablets in the harvester cabs; work orders are cached for offline use.
    tablets = tm.add(
        tg.Device(
            "Harvester crew tablets",
            fleet=True,
            controls={c.Authentication(method="per-crew username and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(satellite, ingest, scenes, protocol="https")
tm.flow(drone, ingest, drone_imagery, protocol="sftp")
tm.flow(ingest, imagery_store, scenes, drone_imagery, tiles)

tm.flow(imagery_store, volume_model, tiles)
tm.flow(gis, volume_model, inventory)
tm.flow(imagery_store, damage_model, tiles)
tm.flow(volume_model, planner, volume_estimates)
tm.flow(damage_model, planner, damage_map)
tm.flow(volume_model, gis, volume_estimates, label="writes estimates to stands")
tm.flow(gis, planner, inventory, label="constraints and stand data")

tm.flow(planner, planning_app, draft_plan, volume_estimates, damage_map)
tm.flow(planning_app, forester, draft_plan, damage_map, protocol="https")
tm.flow(forester, planning_app, plan_decision, protocol="https")
tm.flow(planning_app, work_orders, approved_plan)
tm.flow(work_orders, tablets, work_order, protocol="https", label="work order sync")
tm.flow(tablets, work_orders, production, protocol="https", label="production reports")
tm.flow(work_orders, gis, production)

tm.flow(forester, gis, ground_plots, inventory, protocol="https", label="inventory edits")
tm.flow(gis, training_set, ground_plots, production)
tm.flow(imagery_store, training_set, tiles)
tm.flow(training_set, training, training_examples, ground_plots)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes version")
tm.flow(registry, volume_model, weights, label="batch job loads model")
tm.flow(registry, damage_model, weights, label="batch job loads model")
