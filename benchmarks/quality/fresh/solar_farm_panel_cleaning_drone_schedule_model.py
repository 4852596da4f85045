"""Solar farm panel-cleaning scheduler: the first design, before any security review.

Fixed soiling cameras across the array photograph reference panels every hour. A
site edge gateway in the substation control room collects the images over the
site LAN and reads string-level power output from the SCADA historian, then uploads
both to the operator's cloud analytics account. A soiling detection model scores
each image; a cleaning schedule model combines the soiling index, the measured power
loss and a commercial weather forecast (rain and dust) to predict how much energy a
cleaning run would recover per array block. A scheduler turns those predictions
into a proposed cleaning plan that the site manager reviews and approves in the
operations portal (corporate SSO with MFA). Approved missions go to the drone
vendor's fleet cloud, which dispatches the cleaning drones from their docks; the
drone firmware enforces a geofence and returns to dock on lost link. ML engineers
label soiling images and retrain both models; artifacts are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm panel-cleaning drone scheduler",
    profile=tg.RiskProfile.LOW,
    description=(
        "Decides when cleaning drones run on a utility-scale solar farm from soiling "
        "images, weather and measured power loss, with the site manager approving."
    ),
)

# ---------------------------------------------------------------- data assets
soiling_images = tg.Data(
    "Soiling camera images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly stills of reference panels in each array block.",
)
power_readings = tg.Data(
    "String power readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-string DC power and irradiance from the inverters, 5-minute values.",
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Rain probability, wind and dust forecast for the site, 7 days ahead.",
)
soiling_index = tg.Data("Soiling index", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
schedule_features = tg.Data(
    "Schedule features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Soiling index, power loss and forecast per array block.",
)
recovery_prediction = tg.Data(
    "Predicted energy recovery",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
proposed_plan = tg.Data(
    "Proposed cleaning plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
plan_decision = tg.Data(
    "Plan approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
missions = tg.Data(
    "Cleaning missions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved blocks, time windows and routes for each drone.",
)
mission_status = tg.Data(
    "Drone mission status",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
)
soiling_labels = tg.Data("Soiling labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
cleaning_outcomes = tg.Data(
    "Cleaning outcomes",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past cleaning runs with the power recovered afterwards.",
)
model_artifacts = tg.Data(
    "Model artifacts",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the detector and joblib file of the schedule model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Solar site network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on masts in each array block: the raw evidence of soiling.
    cameras = tm.add(tg.Device("Soiling cameras", fleet=True))
    # Inverter and string data already collected by the plant SCADA system.
    historian = tm.add(tg.DataStore("SCADA historian", stores={power_readings}))
    # Small industrial PC in the control room that bridges the site LAN to the cloud.
    gateway = tm.add(
        tg.Service(
            "Site edge gateway",
            description="Pulls camera stills and historian values, uploads them hourly.",
        )
    )
    # The vendor's cleaning drones, docked at the array edges.
    drones = tm.add(
        tg.Device(
            "Cleaning drones",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="drone firmware enforces the site geofence, wind limit and "
                    "return-to-dock on lost link"
                )
            },
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API: rain cleans panels for free, dust storms re-soil them.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Drone vendor cloud", trust=tg.Trust.PARTNER):
    # The drone maker's fleet platform; we only submit missions through its API.
    fleet_cloud = tm.add(tg.ExternalService("Drone fleet management cloud"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Object storage for uploaded images, kept for scoring and for labelling.
    image_store = tm.add(
        tg.DataStore(
            "Soiling image store",
            stores={soiling_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Vision model that turns an image into a soiling index per block.
    detector = tm.add(tg.Model("Soiling detection model", task=tg.Task.DETECTOR))
    # Predicts the energy a cleaning run would recover, given soiling, loss and weather.
    schedule_model = tm.add(tg.Model("Cleaning schedule model", task=tg.Task.REGRESSOR))
    # Turns predictions into a plan under drone, water and time-window constraints.
    scheduler = tm.add(
        tg.Service(
            "Cleaning scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="site manager", note="no mission is sent without approval"
                )
            },
        )
    )
    # Web portal where the site manager reviews and approves the plan.
    portal = tm.add(
        tg.Endpoint(
            "Operations portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="approvals are logged with user and time"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labelled images and past cleaning outcomes the two models are trained on.
        training_set = tm.add(
            tg.Dataset(
                "Soiling training set",
                stores={soiling_images, soiling_labels, cleaning_outcomes},
            )
        )
        # Monthly retraining job for both models.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifacts},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Accountable for the site's yield and for any drone activity on it.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))
    # Labels images and runs retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, gateway, soiling_images, protocol="rtsp", label="hourly still")
tm.flow(historian, gateway, power_readings, protocol="opc-ua")
tm.flow(gateway, image_store, soiling_images, protocol="https")
tm.flow(gateway, scheduler, power_readings, protocol="https")

tm.flow(image_store, detector, soiling_images)
tm.flow(detector, scheduler, soiling_index)
tm.flow(weather_api, scheduler, weather, protocol="https")
tm.flow(scheduler, schedule_model, schedule_features)
tm.flow(schedule_model, scheduler, recovery_prediction)

tm.flow(scheduler, portal, proposed_plan)
tm.flow(portal, manager, proposed_plan, protocol="https")
tm.flow(manager, portal, plan_decision, protocol="https")
tm.flow(portal, scheduler, plan_decision)

tm.flow(scheduler, fleet_cloud, missions, protocol="https", label="vendor API, API key")
tm.flow(fleet_cloud, drones, missions, protocol="TLS 1.2", label="LTE link to docks")
tm.flow(drones, fleet_cloud, mission_status, protocol="TLS 1.2", label="LTE link to docks")
tm.flow(fleet_cloud, scheduler, mission_status, protocol="https", label="polled status")

tm.flow(image_store, training_set, soiling_images)
tm.flow(ml_engineer, training_set, soiling_labels, protocol="https", label="labelling tool")
tm.flow(scheduler, training_set, cleaning_outcomes)
tm.flow(training_set, training, soiling_images, soiling_labels, cleaning_outcomes)
tm.flow(training, registry, model_artifacts)
tm.flow(registry, detector, model_artifacts, label="deploy")
tm.flow(registry, schedule_model, model_artifacts, label="deploy", id="registry->schedule-model")
