"""Harbour survey and silting model: the first design.

The harbour authority's survey boat runs a multibeam echosounder over the
channels and berths each week. The acquisition software on board uploads the
raw soundings over 4G to the authority's survey store. A cleaning pipeline
reduces them to chart datum with the quayside tide gauge and runs an in-house
model that flags spurious soundings (fish, bubbles, multipath); the duty
hydrographer reviews the flags, edits them and approves the cleaned surface.
Approved depths are published as safe depths to the harbour pilots through a
pilot portal on the internet. A second model predicts silting from the depth
history; the dredging planner uses its forecast to specify dredging contracts,
and contractors return their post-dredge surveys. Both models are retrained
from the survey history and the hydrographer's edits.
Controls: a hydrographer approves each publication, pilots sign in to the
portal, uploads use SFTP, files are schema-checked, surveys and models versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour survey and silting model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Cleans multibeam survey data with a model, publishes safe depths to pilots "
        "and forecasts silting for dredging contracts."
    ),
)

# ---------------------------------------------------------------- data assets
raw = tg.Data(
    "Raw multibeam soundings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Beam depths with position, heading, heave and sound-velocity profile.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
contractor_survey = tg.Data(
    "Contractor post-dredge survey",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tide = tg.Data(
    "Tide gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sounding_features = tg.Data("Sounding features", kind="features")
flags = tg.Data("Sounding flags", kind="model-output")
review = tg.Data("Cleaned surface for review", kind="records")
edits = tg.Data(
    "Hydrographer sounding edits",
    kind="labels",
    description="Flags the hydrographer accepted, rejected or added.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
surface = tg.Data(
    "Approved depth surface",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
approval = tg.Data("Publication approval", kind="records")
safe_depths = tg.Data(
    "Published safe depths",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Least depths per channel section and berth, for passage planning.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pilot_query = tg.Data("Pilot depth query", kind="records")
history = tg.Data("Depth history features", kind="features")
forecast = tg.Data(
    "Silting forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Predicted depth loss per area for the next six months.",
)
spec = tg.Data(
    "Dredging specification",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Areas, design depths and volumes put out to the dredging contractor.",
)
training = tg.Data(
    "Survey history and edits",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifacts = tg.Data("Model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Survey boat", trust=tg.Trust.INTERNAL):
    # The hull-mounted multibeam echosounder with its motion sensor and GNSS.
    echosounder = tm.add(tg.Device("Multibeam echosounder", fleet=False))
    # Logs the soundings on board and uploads each day's lines.
    acquisition = tm.add(
        tg.Service(
            "Survey acquisition software",
            description="Vendor acquisition package on the boat's survey PC.",
        )
    )

with tm.boundary("Quayside telemetry", trust=tg.Trust.INTERNAL):
    # Radar tide gauge on the quay, for reducing soundings to chart datum.
    tide_gauge = tm.add(tg.Device("Tide gauge", fleet=False))

with tm.boundary("Harbour authority network", trust=tg.Trust.INTERNAL):
    # Landing area for raw lines from our boat and surveys from contractors.
    raw_store = tm.add(tg.DataStore("Raw survey store", stores={raw, contractor_survey}))
    # Reduces, cleans and grids each survey; holds it for the hydrographer's review.
    cleaning = tm.add(
        tg.Pipeline(
            "Depth cleaning pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="survey files must be in the agreed format")},
        )
    )
    # Point-cloud classifier that flags spurious soundings.
    cleaning_model = tm.add(
        tg.Model(
            "Sounding cleaning model",
            task=tg.Task.CLASSIFIER,
            description="Flags soundings from fish, bubbles, multipath and side-lobe noise.",
        )
    )
    # The authoritative record of every approved survey, kept for years.
    bathy_db = tm.add(
        tg.DataStore(
            "Bathymetry database",
            stores={surface, edits, training},
            controls={c.DataVersioning(note="each survey is kept as its own version")},
        )
    )
    # Predicts how fast each area silts up.
    silting_model = tm.add(
        tg.Model(
            "Silting prediction model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model over depth history, river flow and season.",
        )
    )
    # Turns an approved surface into safe depths and pushes them to the portal.
    publisher = tm.add(
        tg.Service(
            "Safe depth publishing service",
            controls={
                c.HumanInTheLoop(approver="the duty hydrographer approves each survey's release")
            },
        )
    )
    # The duty hydrographer: reviews cleaning and releases depths.
    hydrographer = tm.add(tg.Actor("Hydrographer", role="hydrographic surveyor"))
    # Harbour engineer who plans maintenance dredging.
    planner = tm.add(tg.Actor("Dredging planner", role="harbour engineer"))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Retrains both models from the survey history every quarter.
        trainer = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Holds the model versions the pipelines load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifacts}, controls={c.ModelVersioning()})
        )

with tm.boundary("Harbour DMZ", trust=tg.Trust.INTERNAL):
    # Web portal where pilots read the latest safe depths before a passage.
    portal = tm.add(
        tg.Endpoint(
            "Pilot portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="individual pilot username and password")},
        )
    )

with tm.boundary("Pilotage", trust=tg.Trust.PARTNER):
    # Licensed harbour pilots, on their portable pilot units on board ships.
    pilot = tm.add(tg.Actor("Harbour pilot", role="marine pilot"))

with tm.boundary("Dredging contractor", trust=tg.Trust.PARTNER):
    # Term contractor who dredges and surveys the result.
    contractor = tm.add(tg.ExternalService("Dredging contractor"))

# ---------------------------------------------------------------- flows
# Acquisition and upload.
tm.flow(echosounder, acquisition, raw, label="survey LAN")
tm.flow(acquisition, raw_store, raw, protocol="sftp", label="4G upload")
tm.flow(contractor, raw_store, contractor_survey, protocol="sftp")
tm.flow(tide_gauge, cleaning, tide, protocol="mqtt")

# Cleaning and review.
tm.flow(raw_store, cleaning, raw, contractor_survey)
tm.flow(cleaning, cleaning_model, sounding_features)
tm.flow(cleaning_model, cleaning, flags)
tm.flow(cleaning, hydrographer, review, flags)
tm.flow(hydrographer, cleaning, edits, label="accepts, rejects or adds flags")
tm.flow(cleaning, bathy_db, surface, edits)

# Publication to pilots.
tm.flow(bathy_db, publisher, surface)
tm.flow(hydrographer, publisher, approval)
tm.flow(publisher, portal, safe_depths, protocol="https")
tm.flow(pilot, portal, pilot_query, protocol="https")
tm.flow(portal, pilot, safe_depths, protocol="https")

# Silting forecast and dredging.
tm.flow(bathy_db, silting_model, history)
tm.flow(silting_model, planner, forecast)
tm.flow(planner, contractor, spec, protocol="smtps", label="tender and work order")

# Retraining.
tm.flow(bathy_db, trainer, training)
tm.flow(trainer, registry, artifacts)
tm.flow(registry, cleaning_model, artifacts, label="deploy")
tm.flow(registry, silting_model, artifacts, label="deploy")
