"""Solar farm panel soiling and crack inspection: the first design, before any security review.

A solar farm operator runs a drone dock on each of its utility-scale sites. A
remote pilot in the operations centre schedules weekly missions in the drone
vendor's fleet cloud; the drone flies the rows, and its RGB and thermal images
sync through the vendor cloud into our inspection cloud account. An analysis
service tiles the images, runs a fine-tuned open-weights detector for soiling
and cracked or hot-spotting panels, weighs soiling against string currents from
the plant's SCADA historian, and stores findings per panel. Maintenance planners
review findings on an O&M dashboard (company SSO with MFA) and approve every
panel replacement; soiling cleans above the loss threshold are raised in the
CMMS automatically. Contracted cleaning crews get work orders in the CMMS app,
and the CMMS calls back when orders close. Planners' confirmations become labels
for quarterly retraining, which must pass a held-out check before registering.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm panel soiling drone inspection",
    profile=tg.RiskProfile.LOW,
    description="Drone imagery and a detector find soiled and cracked panels; crews are dispatched from the findings.",
)

# ---------------------------------------------------------------- data assets
mission = tg.Data("Flight mission plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data("Drone flight telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
images = tg.Data(
    "RGB and thermal panel images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Geotagged stills of every panel row, taken at 30 m.",
)
tiles = tg.Data("Panel image tiles", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
string_currents = tg.Data(
    "String current readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly DC current per string from the plant historian.",
)
detections = tg.Data(
    "Soiling and crack detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
findings = tg.Data(
    "Panel findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Panel id, soiling index, crack or hot spot, estimated energy loss.",
)
confirmations = tg.Data("Finding confirmations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Cleaning and replacement work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Site, block, rows and panels to clean or replace, with the due date.",
)
completion = tg.Data(
    "Work order completion reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Status, crew notes and after-photos of the cleaned or replaced panels.",
)
training_set = tg.Data(
    "Labelled panel tiles", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Solar farm sites", trust=tg.Trust.INTERNAL):
    # Drone-in-a-box on each site: flies the missions and uploads over the site 4G router.
    dock = tm.add(tg.Device("Inspection drone dock", fleet=True))

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Plant historian of inverter and string data; read only, via its DMZ replica.
    historian = tm.add(
        tg.DataSource("SCADA historian", origin=tg.Origin.INTERNAL, provides={string_currents})
    )

with tm.boundary("Drone vendor cloud", trust=tg.Trust.PARTNER):
    # The drone maker's fleet management cloud: missions, live view and media sync.
    fleet_cloud = tm.add(
        tg.ExternalService("Drone fleet cloud", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Licensed remote pilot who plans and supervises every flight.
    pilot = tm.add(tg.Actor("Remote pilot", role="drone pilot"))
    # Plans maintenance; reviews findings and approves replacements.
    planner = tm.add(tg.Actor("Maintenance planner", role="planner"))

with tm.boundary("Inspection cloud account", trust=tg.Trust.INTERNAL):
    # Pulls each flight's media from the vendor cloud with an API key from the secret store.
    ingestion = tm.add(
        tg.Pipeline(
            "Image ingestion pipeline", stage=tg.Stage.INGESTION, controls={c.SecretsManagement()}
        )
    )
    # Raw images and tiles, kept for trend comparison between flights.
    image_store = tm.add(
        tg.DataStore(
            "Inspection image store",
            stores={images, tiles},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Tiles images, calls the detector, maps detections to panels, adds the power loss.
    analysis = tm.add(tg.Service("Inspection analysis service"))
    # The detector: fine-tuned from an open-weights object detection model.
    detector = tm.add(
        tg.Model(
            "Panel soiling and crack detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Fine-tuned YOLO model over RGB and thermal tiles.",
        )
    )
    # Findings per panel and flight, and their review status.
    findings_db = tm.add(tg.DataStore("Findings database", stores={findings, confirmations}))
    # Web dashboard for O&M staff; also raises and tracks work orders in the CMMS.
    dashboard = tm.add(
        tg.Endpoint(
            "O&M dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="maintenance planner",
                    note="panel replacements wait for approval; soiling cleans over 3% "
                    "estimated loss are raised automatically",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed findings with their tiles, for retraining.
        dataset = tm.add(tg.Dataset("Panel training set", stores={training_set}))
        # Quarterly retraining; registers a model only if it beats the current one on a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out precision and recall must not drop")},
            )
        )
        # Versioned detector weights that the analysis service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("CMMS vendor", trust=tg.Trust.PARTNER):
    # Maintenance management SaaS that dispatches work orders to crews' phones.
    cmms = tm.add(tg.ExternalService("CMMS", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Cleaning contractor", trust=tg.Trust.PARTNER):
    # Contracted crews who clean and replace panels; use the CMMS mobile app.
    crew = tm.add(tg.Actor("Cleaning crew", role="contractor"))

# ---------------------------------------------------------------- flows
tm.flow(pilot, fleet_cloud, mission, protocol="https")
tm.flow(fleet_cloud, pilot, telemetry, protocol="https", label="live view")
tm.flow(fleet_cloud, dock, mission, protocol="https")
tm.flow(dock, fleet_cloud, images, telemetry, protocol="https")
tm.flow(fleet_cloud, ingestion, images, protocol="https", label="media sync after each flight")

tm.flow(ingestion, image_store, images, tiles)
tm.flow(image_store, analysis, tiles)
tm.flow(historian, analysis, string_currents, protocol="https", label="hourly export")
tm.flow(analysis, detector, tiles)
tm.flow(detector, analysis, detections)
tm.flow(analysis, findings_db, findings)

tm.flow(findings_db, dashboard, findings, confirmations)
tm.flow(dashboard, planner, findings, protocol="https")
tm.flow(planner, dashboard, confirmations, protocol="https")
tm.flow(dashboard, findings_db, confirmations)
tm.flow(dashboard, cmms, work_order, protocol="https")
tm.flow(cmms, crew, work_order, protocol="https")
tm.flow(crew, cmms, completion, protocol="https")
tm.flow(cmms, dashboard, completion, protocol="https", label="work order status webhook")

tm.flow(findings_db, dataset, confirmations, label="quarterly export")
tm.flow(image_store, dataset, tiles, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="load approved version")
