"""PV plant soiling estimation and automatic cleaning: the first design, before any security review.

A utility-scale solar plant flies inspection drones from docks on site once a
week. The drones photograph every panel row and upload the images over the
plant Wi-Fi to an edge server in the plant's IT room. A soiling model, supplied
and updated by a drone analytics vendor through its customer portal, estimates
how dirty each row is; the results are stored as soiling maps. A cleaning
scheduler turns the maps into a cleaning plan and sends it to the plant SCADA
system, which dispatches the cleaning robots through their fleet controller
without anyone approving it. Operators in the control room see the soiling maps
in a web dashboard and can stop or override robots from the SCADA HMI.
The scheduler talks to SCADA over OPC UA with signing and encryption; the
older robot controller link is plain Modbus TCP. The robots have their own
wind and end-of-row interlocks, and the dashboard uses the plant's SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "PV plant soiling estimation and robotic cleaning",
    profile=tg.RiskProfile.HIGH,
    description="Weekly drone imagery, a vendor soiling model and SCADA-driven cleaning robots.",
)

# ---------------------------------------------------------------- data assets
panel_images = tg.Data(
    "Panel row images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="RGB photographs of each panel row, tagged with row id and GPS position.",
)
soiling_estimates = tg.Data(
    "Soiling estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Estimated soiling loss in percent per panel row.",
)
soiling_map = tg.Data(
    "Soiling map",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_package = tg.Data(
    "Soiling model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="The vendor's model weights and preprocessing config, released quarterly.",
)
cleaning_plan = tg.Data(
    "Cleaning plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which rows each robot cleans and when.",
)
robot_commands = tg.Data(
    "Robot dispatch commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
robot_status = tg.Data("Robot status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
operator_override = tg.Data(
    "Operator override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Drone analytics vendor", trust=tg.Trust.PARTNER):
    # The vendor's customer portal, where new versions of the soiling model are published.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Vendor model portal",
            provides=tg.ExternalCategory.MODEL_HUB,
        )
    )

with tm.boundary("Plant field network", trust=tg.Trust.INTERNAL):
    # Docked drones that fly the weekly photo survey on a fixed route.
    drones = tm.add(tg.Device("Inspection drones", fleet=True))
    # Panel-cleaning robots that run along the rows.
    robots = tm.add(
        tg.Device(
            "Cleaning robots",
            fleet=True,
            controls={
                c.SafetyLimits(limits="on-board stop above 14 m/s wind and at row ends"),
            },
        )
    )

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Receives drone uploads, checks the row tags and files the images.
    ingest = tm.add(tg.Pipeline("Image ingestion", stage=tg.Stage.INGESTION))
    # Image archive on the edge server.
    image_store = tm.add(tg.DataStore("Panel image store", stores={panel_images}))
    # Pulls new model releases from the vendor portal and installs them.
    model_update = tm.add(tg.Pipeline("Model update job", stage=tg.Stage.DEPLOYMENT))
    # Keeps the installed model versions for rollback.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model store",
            stores={model_package},
            controls={c.ModelVersioning(note="previous release kept for rollback")},
        )
    )
    # The vendor's soiling model, run on the plant edge server.
    soiling_model = tm.add(
        tg.Model(
            "Soiling estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Vendor-supplied weights run locally; estimates soiling loss per row.",
        )
    )
    # Soiling maps per survey, read by the dashboard and the scheduler.
    map_store = tm.add(tg.DataStore("Soiling map store", stores={soiling_map}))
    # Turns soiling maps into a cleaning plan and sends it to SCADA.
    scheduler = tm.add(
        tg.Service(
            "Cleaning scheduler",
            description="Picks rows above the soiling threshold and books robot runs.",
        )
    )
    # Web dashboard showing soiling maps to the operators.
    dashboard = tm.add(
        tg.Endpoint(
            "Soiling dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="plant SSO with MFA")},
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The plant SCADA server: dispatches robots and hosts the operator HMI.
    scada = tm.add(tg.Service("SCADA server"))
    # The robot vendor's fleet controller that relays commands to the robots by radio.
    robot_controller = tm.add(tg.Service("Robot fleet controller"))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Plant operators who watch the maps and can stop the robots.
    operator = tm.add(tg.Actor("Plant operator", role="operator"))

# ---------------------------------------------------------------- flows
tm.flow(drones, ingest, panel_images, protocol="https", label="weekly upload over plant Wi-Fi")
tm.flow(ingest, image_store, panel_images)
tm.flow(image_store, soiling_model, panel_images)
tm.flow(soiling_model, map_store, soiling_estimates, soiling_map)

tm.flow(vendor_portal, model_update, model_package, protocol="https", label="quarterly release")
tm.flow(model_update, model_store, model_package)
tm.flow(model_store, soiling_model, model_package, label="load model")

tm.flow(map_store, scheduler, soiling_map)
tm.flow(scheduler, scada, cleaning_plan, protocol="opc-ua+sign-encrypt")
tm.flow(scada, scheduler, robot_status, protocol="opc-ua+sign-encrypt")
tm.flow(scada, robot_controller, robot_commands, protocol="modbus")
tm.flow(robot_controller, scada, robot_status, protocol="modbus")
tm.flow(robot_controller, robots, robot_commands, label="vendor radio link")
tm.flow(robots, robot_controller, robot_status, label="vendor radio link")

tm.flow(map_store, dashboard, soiling_map)
tm.flow(dashboard, operator, soiling_map, protocol="https")
tm.flow(operator, scada, operator_override, label="SCADA HMI")
tm.flow(scada, operator, robot_status, label="SCADA HMI")
