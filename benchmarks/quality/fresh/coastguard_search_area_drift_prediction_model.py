"""Coastguard drift prediction and search area planning: the first design.

When a person, life raft or small boat is reported in the water, the search mission
coordinator (SMC) at the rescue coordination centre opens the incident in the drift
planning console. The planning service takes the last known position, time and
object type from the incident management system and runs an in-house drift model
(Monte Carlo particle drift with a learned leeway correction) over gridded wind, tide
and current fields. It proposes search areas ranked by probability of containment;
the SMC reviews, edits and approves them before any rescue unit is tasked. An hourly
job pulls forecasts from the met service and the oceanographic agency over HTTPS, and
fixes from datum marker buoys dropped by rescue units. The drift science team retrains
the leeway correction yearly from closed cases and drifter trials. Controls: directory
sign-in and roles on the console, SMC approval of every plan, schema checks on
ingested grids, hindcast validation and versioning of model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coastguard search area drift prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts where a person or vessel has drifted and proposes search areas to the SMC.",
)

# ---------------------------------------------------------------- data assets
incident = tg.Data(
    "Incident details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Last known position and time, object type, persons on board, "
    "casualty description and the reporting person's phone number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
search_request = tg.Data(
    "Search planning request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Incident reference, chosen scenario, leeway category and time window.",
)
scenario = tg.Data(
    "Drift scenario",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Start position and uncertainty, object leeway category, drift window.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
currents = tg.Data("Tide and current forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
buoy_positions = tg.Data(
    "Datum marker buoy positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GPS fixes from self-locating buoys dropped at the datum by rescue units.",
)
env_fields = tg.Data(
    "Gridded environmental fields",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drift_prediction = tg.Data(
    "Drift probability map",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposed_areas = tg.Data(
    "Proposed search areas",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
approved_plan = tg.Data(
    "Approved search plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Search areas, patterns and units as approved by the SMC.",
)
closed_cases = tg.Data(
    "Closed case drift records",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Last known and found positions, object type and times of closed cases.",
)
trial_results = tg.Data(
    "Drifter trial results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Measured leeway of objects in field trials, entered by the science team.",
)
training_config = tg.Data("Training run configuration", kind="instructions")
artifact = tg.Data("Leeway correction model", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Dropped at the datum by lifeboats and helicopters; reports by satellite.
    buoy = tm.add(tg.Device("Datum marker buoy", fleet=True))

with tm.boundary("Met and ocean data providers", trust=tg.Trust.PARTNER):
    # National met service: hourly NWP wind forecasts.
    met = tm.add(tg.ExternalService("Met service forecast API", provides="data-provider"))
    # Oceanographic agency: tidal stream and ocean current model output.
    ocean = tm.add(tg.ExternalService("Ocean current and tide service", provides="data-provider"))

with tm.boundary("MRCC operations network", trust=tg.Trust.INTERNAL):
    # The person who owns the search and decides where units go.
    smc = tm.add(tg.Actor("Search mission coordinator", role="SAR coordinator"))
    # Web front end the SMC plans searches in, on the ops-room workstations.
    console = tm.add(
        tg.Endpoint(
            "Drift planning console",
            purpose="api",
            controls={
                c.Authentication(method="coastguard Active Directory sign-in"),
                c.RBAC(),
            },
        )
    )
    # Existing system of record for every SAR incident.
    ims = tm.add(
        tg.DataStore(
            "Incident management system",
            stores={incident, approved_plan},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Keeps every proposal and approved plan for the incident log and later review.
    plan_store = tm.add(
        tg.DataStore(
            "Search plan store",
            stores={proposed_areas, approved_plan},
            controls={c.AuditLogging()},
        )
    )

    with tm.boundary("Drift modelling cluster", trust=tg.Trust.INTERNAL):
        # Builds the scenario, runs the model and turns the probability map into areas.
        planner = tm.add(
            tg.Service(
                "Search planning service",
                controls={
                    c.HumanInTheLoop(
                        approver="search mission coordinator",
                        note="no search area reaches a rescue unit until the SMC approves it",
                    )
                },
            )
        )
        # The prediction: particle drift plus learned leeway correction.
        model = tm.add(
            tg.Model(
                "Drift prediction model",
                task="regressor",
                origin="in-house",
                high_stakes=True,
                description="Monte Carlo particle drift over wind and current fields with "
                "a gradient-boosted leeway correction per object type.",
            )
        )
        # Hourly pull of forecasts and buoy fixes, regridded for the model.
        ingest = tm.add(
            tg.Pipeline(
                "Environmental data ingest job",
                stage="ingestion",
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(note="rejects grids with missing time steps or bad extents")
                },
            )
        )
        # Rolling cache of the latest 72 hours of gridded fields.
        env_cache = tm.add(
            tg.DataStore("Environmental data cache", stores={env_fields, buoy_positions})
        )

with tm.boundary("Drift science network", trust=tg.Trust.INTERNAL):
    # Oceanographers who calibrate and retrain the leeway correction.
    scientist = tm.add(tg.Actor("Drift scientist", role="oceanographer", privileged=True))
    # Closed cases and drifter trials used for retraining.
    dataset = tm.add(
        tg.Dataset("Historical drift dataset", stores={closed_cases, trial_results, env_fields})
    )
    # Yearly retraining, with hindcast checks against held-back cases.
    training = tm.add(
        tg.Pipeline(
            "Leeway model training",
            stage="training",
            third_party_packages=True,
            controls={c.ModelValidation(note="hindcast against held-back drifter trials")},
        )
    )
    # Versions of the trained correction model that the cluster loads.
    registry = tm.add(
        tg.ModelRegistry("Drift model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Environmental data in
tm.flow(met, ingest, wind, protocol="https", label="hourly pull")
tm.flow(ocean, ingest, currents, protocol="https", label="hourly pull")
tm.flow(buoy, ingest, buoy_positions, protocol="https", label="relayed by satellite data service")
tm.flow(ingest, env_cache, env_fields, buoy_positions)

# Planning a search
tm.flow(smc, console, search_request, protocol="https")
tm.flow(console, planner, search_request, protocol="https")
tm.flow(ims, planner, incident, protocol="https", label="incident lookup")
tm.flow(env_cache, planner, env_fields, buoy_positions)
tm.flow(planner, model, scenario, env_fields)
tm.flow(model, planner, drift_prediction)
tm.flow(planner, plan_store, proposed_areas)
tm.flow(planner, console, proposed_areas, protocol="https")
tm.flow(console, smc, proposed_areas, protocol="https")
tm.flow(smc, console, approved_plan, protocol="https", label="approves or edits areas")
tm.flow(console, plan_store, approved_plan)
tm.flow(console, ims, approved_plan, protocol="https", label="recorded on the incident log")

# Retraining the leeway correction
tm.flow(ims, dataset, closed_cases, label="yearly export of closed cases")
tm.flow(env_cache, dataset, env_fields, label="archived hindcast fields")
tm.flow(scientist, dataset, trial_results)
tm.flow(scientist, training, training_config)
tm.flow(dataset, training, closed_cases, trial_results, env_fields)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
