"""Hydrant inspection priority model: the first design, before any security review.

The fire and rescue service inspects some 30,000 hydrants on a rolling cycle.
This model ranks them so that crews inspect the likeliest-defective ones first.
The water company sends a nightly SFTP export of network pressure and flow
readings per district metered area; crews record inspections (defects, flow test
results) on the mobile data terminals in their appliances, which post them to an
inspection API in our data centre. A preparation pipeline joins the readings, the
GIS hydrant register and the inspection history into features; a monthly job
retrains a gradient-boosted ranker and an analyst promotes it from the registry.
Each week the model scores every hydrant and the hydrant officer reviews the
ranking in a planning dashboard before issuing station schedules, which the MDTs
pull. Defects are reported to the water company through its repair portal.
Staff sign in with corporate single sign-on; MDTs use per-appliance certificates.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydrant inspection priority model",
    profile=tg.RiskProfile.HIGH,
    description="Ranks fire hydrants for inspection from water network data and crew reports.",
)

# ---------------------------------------------------------------- data assets
pressure = tg.Data(
    "Network pressure and flow readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Water company logger data, shared under a data-sharing agreement.",
)
reports = tg.Data(
    "Inspection reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hydrant ID, date, appliance callsign, defects found, flow test result.",
)
assets = tg.Data(
    "Hydrant asset data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Location, type, main size, install year, status and last inspection date.",
)
schedule = tg.Data("Inspection schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_rows = tg.Data(
    "Historical features and defect labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
features = tg.Data("Hydrant features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Ranker model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ranking = tg.Data(
    "Ranked inspection list",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
defects = tg.Data("Defect notifications", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
repairs = tg.Data("Repair status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Water company", trust=tg.Trust.PARTNER):
    # The water company's nightly export of its pressure logger network.
    pressure_export = tm.add(
        tg.DataSource(
            "Water network pressure export",
            origin=tg.Origin.PARTNER,
            provides={pressure},
            description="CSV files dropped on our SFTP server each night.",
        )
    )
    # The water company repairs hydrants; defects are raised on its portal.
    repair_portal = tm.add(tg.ExternalService("Water company repair portal"))

with tm.boundary("Fire appliances", trust=tg.Trust.INTERNAL):
    # Crews inspect hydrants on their station ground and record the result.
    crew = tm.add(tg.Actor("Firefighter crew", role="operational crew"))
    # Mobile data terminals fitted in each appliance, on the public mobile network.
    mdt = tm.add(tg.Device("Appliance mobile data terminal", fleet=True))

with tm.boundary("Service data centre", trust=tg.Trust.INTERNAL):
    # Receives inspection reports from MDTs and serves each station its schedule.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-appliance device certificate on the MDT")},
        )
    )
    # Existing GIS register of every hydrant in the service area.
    asset_register = tm.add(
        tg.DataStore(
            "Hydrant asset register",
            stores={assets},
            controls={c.RBAC(), c.DataVersioning(note="nightly backups")},
        )
    )
    # Inspection reports and the schedules issued to stations.
    inspection_db = tm.add(
        tg.DataStore(
            "Inspection database",
            stores={reports, schedule},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Where the hydrant officer reviews the ranking and issues schedules.
    dashboard = tm.add(
        tg.Endpoint(
            "Inspection planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate Active Directory single sign-on"),
                c.RBAC(note="only the hydrant team can issue schedules"),
            },
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Joins readings, asset data and inspection history into features.
        prep = tm.add(
            tg.Pipeline(
                "Feature preparation pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(note="export files must match the agreed CSV layout")
                },
            )
        )
        # Past features with whether the next inspection found a defect.
        training_set = tm.add(tg.Dataset("Ranker training set", stores={training_rows}))
        # Monthly retraining of the gradient-boosted ranker.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="hold-out defect recall reported before promotion")
                },
            )
        )
        # Versions of the trained ranker; the analyst promotes one to scoring.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Weekly batch scoring of every hydrant.
        model = tm.add(
            tg.Model(
                "Hydrant priority ranker",
                task=tg.Task.RANKER,
                high_stakes=True,
                controls={
                    c.HumanInTheLoop(
                        approver="hydrant officer reviews the ranking before schedules go out"
                    )
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plans inspections and raises defects with the water company.
    officer = tm.add(tg.Actor("Hydrant officer", role="water officer"))
    # Maintains the pipelines and promotes model versions.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pressure_export, prep, pressure, protocol="sftp", label="nightly export")

tm.flow(crew, mdt, reports, label="entered at the hydrant")
tm.flow(mdt, inspection_api, reports, protocol="https")
tm.flow(inspection_api, inspection_db, reports)
tm.flow(inspection_db, inspection_api, schedule)
tm.flow(inspection_api, mdt, schedule, protocol="https")
tm.flow(mdt, crew, schedule, label="station's inspection list")

tm.flow(asset_register, prep, assets)
tm.flow(inspection_db, prep, reports)
tm.flow(prep, training_set, training_rows)
tm.flow(training_set, training, training_rows)
tm.flow(training, registry, weights)
tm.flow(analyst, registry, release, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, label="deploy")

tm.flow(prep, model, features, label="weekly scoring batch")
tm.flow(model, dashboard, ranking)
tm.flow(inspection_db, dashboard, reports)
tm.flow(dashboard, officer, ranking, reports, protocol="https")
tm.flow(officer, dashboard, schedule, protocol="https", label="issues station schedules")
tm.flow(dashboard, inspection_db, schedule)

tm.flow(officer, repair_portal, defects, protocol="https")
tm.flow(repair_portal, officer, repairs, protocol="https")
tm.flow(officer, asset_register, assets, protocol="https", label="status and repair updates")
