"""Offshore wind blade inspection with drones: the first design, before any security review.

Drone pilots on the operator's service vessels fly a supplier's inspection drones
around each turbine and photograph the blades. The drone supplier's cloud fleet
software plans the flights, receives the flight logs and keeps the raw images.
A ground station on the vessel offloads the images from the drone and uploads
them over the vessel's satellite link to an ingest API in the operator's cloud.
There an inspection service runs an in-house vision model that finds leading-edge
erosion, cracks and lightning damage and ranks the repairs. Blade engineers confirm
or reject each finding in a review app before the confirmed defects go to the
maintenance system, where repair campaigns are planned; confirmed defects on
blades still under warranty are sent to the blade manufacturer's warranty portal.
Controls in this design: TLS on every link, per-vessel API keys on the ingest
API, SSO sign-in and roles on the review app, encryption of the image bucket and
an audit trail on the defect register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind turbine blade drone inspection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drone photos of offshore turbine blades, analysed by a vision model in the "
        "operator's cloud; engineers confirm defects before repairs are planned."
    ),
)

# ---------------------------------------------------------------- data assets
inspection_request = tg.Data(
    "Inspection request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbines to inspect on the next vessel rotation, with their positions.",
)
flight_plan = tg.Data(
    "Flight plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Waypoints and camera triggers around each turbine's blades.",
)
flight_logs = tg.Data("Drone flight logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
blade_images = tg.Data(
    "Raw blade images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution photos of each blade, tagged with turbine, blade and position.",
)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Erosion, crack and lightning-damage findings with severity and a repair rank.",
)
confirmed_defects = tg.Data(
    "Confirmed blade defects",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_orders = tg.Data(
    "Repair campaign work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
warranty_claim = tg.Data(
    "Warranty defect report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed defects with their images, for blades still under warranty.",
)
warranty_response = tg.Data(
    "Warranty claim response", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Service vessel", trust=tg.Trust.INTERNAL):
    # Flies the drone and starts each mission from the ground station.
    pilot = tm.add(tg.Actor("Drone pilot", role="vessel drone pilot"))
    # The supplier's inspection drones, carried on every service vessel.
    drone = tm.add(
        tg.Device(
            "Inspection drone",
            fleet=True,
            description="Supplier's drone with a zoom camera; images stay on its SD card until offload.",
        )
    )
    # Loads flight plans into the drone, offloads images and uploads them over satellite.
    ground_station = tm.add(
        tg.Service(
            "Vessel ground station",
            description="Ruggedised computer on the bridge running the supplier's ground-control app and the operator's upload agent.",
        )
    )

with tm.boundary("Drone supplier cloud", trust=tg.Trust.PARTNER):
    # The supplier's SaaS: plans the flights and keeps the flight logs.
    fleet_software = tm.add(
        tg.ExternalService(
            "Drone fleet software",
            description="Supplier-hosted mission planning and fleet management.",
        )
    )
    # The supplier keeps every raw image it receives from the vessels.
    raw_archive = tm.add(
        tg.DataStore("Supplier raw image archive", stores={blade_images, flight_logs})
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where the vessels upload images to.
    ingest_api = tm.add(
        tg.Endpoint(
            "Image ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # Bucket of the uploaded images, the model's input.
    image_store = tm.add(
        tg.DataStore(
            "Blade image store",
            stores={blade_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model over each new upload and ranks the repairs.
    inspection_service = tm.add(
        tg.Service(
            "Inspection service",
            description="Tiles the images, calls the model and ranks findings by severity and blade position.",
        )
    )
    # The vision model that finds the defects.
    defect_model = tm.add(
        tg.Model(
            "Blade defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector for erosion, cracks and lightning damage, trained in-house.",
        )
    )
    # Every finding and its review status; the record repairs and claims are made from.
    defect_register = tm.add(
        tg.DataStore(
            "Defect register",
            stores={detections, confirmed_defects},
            controls={c.AuditLogging()},
        )
    )
    # Where engineers confirm or reject each finding.
    review_app = tm.add(
        tg.Endpoint(
            "Defect review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="blade engineer"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Confirms defects and asks for inspections.
    engineer = tm.add(tg.Actor("Blade engineer", role="engineer"))
    # Plans repair campaigns from confirmed defects and raises warranty claims.
    maintenance = tm.add(
        tg.Service(
            "Maintenance system",
            description="The operator's asset maintenance system: work orders, campaigns, vessel slots.",
        )
    )

with tm.boundary("Blade manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's portal where warranty claims are filed.
    warranty_portal = tm.add(tg.ExternalService("Manufacturer warranty portal"))

# ---------------------------------------------------------------- flows
tm.flow(engineer, fleet_software, inspection_request, protocol="https")
tm.flow(fleet_software, ground_station, flight_plan, protocol="https", label="over satellite")
tm.flow(ground_station, pilot, flight_plan, label="mission shown on the ground station screen")
tm.flow(pilot, ground_station, flight_plan, label="mission start on the panel")
tm.flow(ground_station, drone, flight_plan, protocol="usb")
tm.flow(drone, ground_station, blade_images, flight_logs, protocol="usb", label="SD card offload")

tm.flow(
    ground_station,
    fleet_software,
    blade_images,
    flight_logs,
    protocol="https",
    label="over satellite",
)
tm.flow(fleet_software, raw_archive, blade_images, flight_logs)
tm.flow(ground_station, ingest_api, blade_images, protocol="https", label="over satellite")
tm.flow(ingest_api, image_store, blade_images)

tm.flow(image_store, inspection_service, blade_images)
tm.flow(inspection_service, defect_model, blade_images)
tm.flow(defect_model, inspection_service, detections)
tm.flow(inspection_service, defect_register, detections)

tm.flow(defect_register, review_app, detections)
tm.flow(image_store, review_app, blade_images)
tm.flow(review_app, engineer, detections, blade_images, protocol="https")
tm.flow(engineer, review_app, confirmed_defects, protocol="https")
tm.flow(review_app, defect_register, confirmed_defects)

tm.flow(defect_register, maintenance, confirmed_defects, protocol="https")
tm.flow(maintenance, engineer, work_orders, protocol="https")
tm.flow(maintenance, warranty_portal, warranty_claim, protocol="https")
tm.flow(warranty_portal, maintenance, warranty_response, protocol="https")
