"""Mushroom farm climate control: the first design, before any security review.

A commercial mushroom farm grows in a row of growing rooms whose temperature,
humidity and CO2 must follow a tight schedule through each flush. Sensors in every
room and cameras over the beds feed a data collector on the growing-room control
network; an edge server in the farm office runs a crop development model, supplied
by an agritech start-up, that predicts how the crop is developing and a setpoint
service that adjusts the room climate controllers over Modbus. The setpoint service
only writes setpoints inside the band the grower has set for each room and phase.
Growers watch the rooms and override setpoints in a web app on the edge server,
reached from the farm and from their phones over HTTPS with an e-mail and password
login; overrides are logged. The start-up pushes a new model every month, which an
update job installs, keeping the previous version for rollback, and receives a
nightly export of climate history and images. The climate controller vendor
supports the controllers remotely through its own VPN router in the control network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mushroom farm climate control",
    profile=tg.RiskProfile.HIGH,
    description="A crop development model steers growing-room climate setpoints within grower limits.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Room climate readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, relative humidity and CO2 per room, every minute.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bed_images = tg.Data(
    "Mushroom bed images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Still images of the beds every 15 minutes.",
)
forecast = tg.Data(
    "Crop development forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted stage and days to harvest per room, with a recommended climate path.",
)
setpoints = tg.Data(
    "Climate setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
controller_status = tg.Data("Controller status and alarms", kind="records")
grower_limits = tg.Data(
    "Grower limits and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Allowed band per room and growth phase, and manual setpoint overrides.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
room_view = tg.Data(
    "Room dashboard", kind="records", description="Readings, images, forecast, setpoints."
)
grower_login = tg.Data("Grower sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
model_artifact = tg.Data(
    "Crop model release",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint and config shipped by the start-up each month.",
)
history_export = tg.Data(
    "Climate history and images export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Nightly export the start-up uses to retrain the model.",
)
support_session = tg.Data(
    "Controller configuration changes",
    kind="records",
    description="Parameter and firmware changes made by the vendor's support engineers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers check and override the rooms from the farm office and from their phones.
    grower = tm.add(tg.Actor("Grower", role="head grower"))

with tm.boundary("Agritech start-up cloud", trust=tg.Trust.PARTNER):
    # The start-up that built the crop model: publishes monthly releases, takes our data.
    startup = tm.add(
        tg.ExternalService(
            "Start-up model update service",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Publishes the monthly model release and receives the nightly export.",
        )
    )

with tm.boundary("Climate controller vendor", trust=tg.Trust.PARTNER):
    # The controller manufacturer's support desk, which connects in when we raise a ticket.
    vendor_support = tm.add(
        tg.ExternalService(
            "Controller vendor remote support",
            description="Vendor support engineers working from the vendor's office.",
        )
    )

with tm.boundary("Farm office network", trust=tg.Trust.INTERNAL):
    # Edge server in the farm office: one machine runs the components below.
    history = tm.add(
        tg.DataStore(
            "Sensor history store",
            stores={readings, bed_images, setpoints},
            description="Time-series database and image folder on the edge server.",
        )
    )
    # Predicts crop development from recent readings and images.
    crop_model = tm.add(
        tg.Model(
            "Crop development model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Built and trained by the agritech start-up; runs on the edge server.",
        )
    )
    # Turns the forecast into setpoints and writes them to the controllers.
    setpoint_service = tm.add(
        tg.Service(
            "Setpoint service",
            description="Every 10 minutes computes new setpoints per room from the forecast.",
            controls={
                c.PolicyEnforcement(
                    rules="never writes a setpoint outside the grower's band for the room and phase"
                )
            },
        )
    )
    # The growers' view of the rooms and their way to set limits and override.
    web_app = tm.add(
        tg.Endpoint(
            "Grower web app",
            purpose=tg.EndpointPurpose.API,
            description="Published to the internet through the office router's port forward.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.AuditLogging(retention_days=365, note="every limit change and override"),
            },
        )
    )
    # Installs the start-up's monthly release on the edge server.
    update_job = tm.add(
        tg.Pipeline(
            "Monthly model update job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelVersioning(note="keeps the previous release for rollback")},
        )
    )

with tm.boundary("Growing-room control network", trust=tg.Trust.RESTRICTED):
    # Temperature, humidity and CO2 probes in every room.
    sensors = tm.add(tg.Device("Room climate sensors", fleet=True))
    # Fixed cameras over the beds.
    cameras = tm.add(tg.Device("Bed cameras", fleet=True))
    # The vendor's climate controllers, one per room, driving fans, heaters and humidifiers.
    controllers = tm.add(
        tg.Device(
            "Room climate controllers",
            fleet=True,
            description="Vendor controllers with a local panel and an embedded web interface.",
        )
    )
    # Polls sensors and controllers and grabs camera images.
    collector = tm.add(tg.Service("Data collector"))
    # The vendor's 4G router, installed with the controllers, for remote support.
    vendor_router = tm.add(
        tg.Service(
            "Vendor VPN router",
            description="Installed and managed by the controller vendor.",
        )
    )

# ---------------------------------------------------------------- flows
# Sensing
tm.flow(sensors, collector, readings, protocol="modbus")
tm.flow(cameras, collector, bed_images, protocol="rtsp")
tm.flow(controllers, collector, controller_status, setpoints, protocol="modbus")
tm.flow(collector, history, readings, bed_images, setpoints)

# Prediction and control
tm.flow(history, crop_model, readings, bed_images)
tm.flow(crop_model, setpoint_service, forecast)
tm.flow(setpoint_service, controllers, setpoints, protocol="modbus", label="write setpoints")

# Growers
tm.flow(grower, web_app, grower_login, grower_limits, protocol="https")
tm.flow(web_app, grower, room_view, protocol="https")
tm.flow(history, web_app, readings, bed_images)
tm.flow(setpoint_service, web_app, forecast, setpoints)
tm.flow(web_app, setpoint_service, grower_limits, label="limits and overrides")

# Start-up: monthly model releases in, nightly data out
tm.flow(startup, update_job, model_artifact, protocol="https", label="monthly release")
tm.flow(update_job, crop_model, model_artifact, label="install")
tm.flow(history, startup, history_export, protocol="https", label="nightly export")

# Controller vendor remote support
tm.flow(vendor_support, vendor_router, support_session, protocol="ipsec")
tm.flow(
    vendor_router, controllers, support_session, protocol="http", label="embedded web interface"
)
tm.flow(controllers, vendor_router, controller_status, protocol="http")
tm.flow(vendor_router, vendor_support, controller_status, protocol="ipsec")
