"""City street-tree canopy health and branch-fall risk model: the first design.

The council's arboriculture team commissions a drone survey contractor to fly the
street-tree network each season. The contractor uploads imagery and flight logs over
SFTP to the council's cloud tenancy, where a preprocessing pipeline cuts the imagery
into per-tree crown tiles using tree positions from the council's GIS tree inventory.
An in-house detector scores each crown for canopy decline and branch-fall risk.
Residents also report worrying trees through the "Report a tree" form on the council
website; reports land in the council CRM. A prioritisation service combines risk
scores, open resident reports and inventory data (species, size, target zone) into a
ranked work list that the tree officer reviews on a dashboard, signing in with the
council's SSO. The officer raises work orders and records inspection outcomes, which
become labels for seasonal retraining by the council's GIS data analyst. Controls in
this design: per-contractor SSH keys on the upload, SSO with MFA and roles on the
dashboard, the officer's approval of every work order, and cloud-managed encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City street-tree canopy risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores street-tree canopy health and branch-fall risk from contractor drone "
        "surveys and residents' reports, and ranks tree work for the tree officer."
    ),
)

# ---------------------------------------------------------------- data assets
imagery = tg.Data(
    "Drone survey imagery",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="High-resolution RGB and multispectral frames; incidentally captures "
    "people, vehicles and private gardens along the streets.",
)
flight_log = tg.Data("Survey flight logs", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inventory = tg.Data(
    "Tree inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tree id, position, species, height, last inspection, target zone.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
crown_tiles = tg.Data(
    "Tree crown image tiles",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-tree crops of the imagery with vegetation indices.",
)
risk_scores = tg.Data(
    "Canopy health and branch-fall risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
resident_report = tg.Data(
    "Resident tree report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, address or location, description and optional photo.",
)
acknowledgement = tg.Data(
    "Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_list = tg.Data(
    "Prioritised tree work list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ranked trees with scores, linked resident report references and locations.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_order = tg.Data("Tree work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outcomes = tg.Data(
    "Inspection outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The officer's on-site finding for each inspected tree.",
)
training_config = tg.Data("Training run configuration", kind="records")
weights = tg.Data(
    "Canopy risk model weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting a tree they are worried about.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Drone survey contractor", trust=tg.Trust.PARTNER):
    # The commissioned contractor's survey team, who fly and upload the imagery.
    contractor = tm.add(tg.Actor("Drone survey contractor", role="survey contractor"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the contractor delivers imagery after each survey block.
    upload = tm.add(
        tg.Endpoint(
            "Survey upload SFTP endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-contractor SSH key")},
        )
    )
    # The public "Report a tree" form on the council website.
    report_form = tm.add(
        tg.Endpoint(
            "Report a tree web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(), c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Raw survey imagery kept for the season and for re-processing.
    imagery_store = tm.add(
        tg.DataStore(
            "Survey imagery bucket",
            stores={imagery, flight_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cuts imagery into crown tiles at the inventory's tree positions.
    preprocessing = tm.add(tg.Pipeline("Crown tiling pipeline", stage=tg.Stage.PREPROCESSING))
    # The model the council is building: scores each crown.
    risk_model = tm.add(
        tg.Model(
            "Canopy risk model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN scoring canopy dieback, deadwood and branch-fall risk per tree.",
        )
    )
    # Ranks trees for attention from scores, reports and inventory data.
    prioritiser = tm.add(
        tg.Service(
            "Work prioritisation service",
            description="Combines risk scores, open resident reports and target zones "
            "into a ranked work list.",
        )
    )
    # The tree officer's view of the ranked list.
    dashboard = tm.add(
        tg.Endpoint(
            "Tree officer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the tree officer, for every work order"),
            },
        )
    )
    # Crown tiles joined with the officer's inspection outcomes.
    training_set = tm.add(tg.Dataset("Labelled crown training set", stores={crown_tiles, outcomes}))
    # Seasonal retraining run by the analyst.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # Versions of the trained model; serving loads the version set live.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the ranked list, inspects trees and raises work orders.
    officer = tm.add(tg.Actor("Tree officer", role="arboricultural officer"))
    # Runs retraining and sets which model version serves.
    analyst = tm.add(tg.Actor("GIS data analyst", role="data analyst", privileged=True))
    # The council's system of record for street trees.
    gis = tm.add(tg.DataStore("GIS tree inventory", stores={inventory, work_order}))
    # Where resident reports are logged as cases.
    crm = tm.add(
        tg.DataStore(
            "Council CRM",
            stores={resident_report},
            controls={c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# Drone surveys
tm.flow(contractor, upload, imagery, flight_log, protocol="sftp")
tm.flow(upload, imagery_store, imagery, flight_log)
tm.flow(imagery_store, preprocessing, imagery)
tm.flow(gis, preprocessing, inventory, protocol="https", label="tree positions")
tm.flow(preprocessing, risk_model, crown_tiles)
tm.flow(risk_model, prioritiser, risk_scores)

# Residents' reports
tm.flow(resident, report_form, resident_report, protocol="https")
tm.flow(report_form, resident, acknowledgement, protocol="https")
tm.flow(report_form, crm, resident_report, protocol="https")
tm.flow(crm, prioritiser, resident_report, protocol="https", label="hourly sync of open reports")
tm.flow(gis, prioritiser, inventory, protocol="https")

# The tree officer's review
tm.flow(prioritiser, dashboard, work_list)
tm.flow(dashboard, officer, work_list, protocol="https")
tm.flow(officer, dashboard, work_order, outcomes, protocol="https")
tm.flow(dashboard, gis, work_order, protocol="https")

# Retraining
tm.flow(preprocessing, training_set, crown_tiles)
tm.flow(dashboard, training_set, outcomes)
tm.flow(analyst, training, training_config, protocol="https")
tm.flow(training_set, training, crown_tiles, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, risk_model, weights, label="load live version")
