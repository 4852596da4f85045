"""Loading dock yard scheduler: the first design, before any security review.

A distribution centre in Germany receives a few hundred trucks a day. Carriers'
dispatchers book unloading slots on a public booking portal (company account,
e-mail and password) and give the truck plate and the driver's mobile number.
At the gate, cameras stream video over the yard OT network to an edge gateway,
where a plate and trailer-number recognition model reads each arriving truck.
A dock scheduler in the cloud matches the read to its booking and to the
advance shipping notice from the warehouse management system, asks an
unloading-time model how long each load will take, and assigns a dock door; the
driver gets the door by SMS. Yard staff see the plan on site tablets and can
override any assignment; overrides are logged. The unloading-time model is
retrained monthly from past dock events exported from the WMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loading dock yard scheduler",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Gate plate recognition, unloading-time estimates and dock door assignment.",
)

# ---------------------------------------------------------------- data assets
gate_video = tg.Data(
    "Gate camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Shows plates, trailer numbers and often the driver in the cab.",
)
gate_read = tg.Data(
    "Plate and trailer read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking = tg.Data(
    "Slot booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Carrier, PO numbers, truck plate, driver mobile number, requested slot.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
asn = tg.Data("Advance shipping notice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
load_features = tg.Data("Load features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
estimate = tg.Data(
    "Unloading time estimate", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
assignment = tg.Data(
    "Dock door assignment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Yard override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
driver_sms = tg.Data("Driver door notification", kind="records", sensitivity=tg.Sensitivity.PII)
dock_history = tg.Data(
    "Historical dock events", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
estimator_artifact = tg.Data(
    "Estimator model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Carrier dispatchers from many haulage companies, some only occasional.
    dispatcher = tm.add(tg.Actor("Carrier dispatcher", role="carrier"))

with tm.boundary("Gate lane", trust=tg.Trust.UNTRUSTED):
    # Drivers arrive at the gate; they are not employees and not all are pre-registered.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Yard OT network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras at the inbound gate lanes.
    cameras = tm.add(tg.Device("Gate cameras", description="Four IP cameras on the gate lanes."))
    # Small industrial PC in the gatehouse that receives the streams and runs recognition.
    gateway = tm.add(tg.Service("Edge gateway"))
    # Off-the-shelf plate/container-number OCR model, fine-tuned on our trailer markings.
    recogniser = tm.add(
        tg.Model(
            "Plate and trailer recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # Yard marshals working from managed tablets on the site Wi-Fi.
    yard_staff = tm.add(tg.Actor("Yard staff", role="yard marshal"))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Existing WMS: source of ASNs and receiving timestamps, told which door each truck uses.
    wms = tm.add(tg.Service("Warehouse management system"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the assigned door to the driver's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Logistics cloud", trust=tg.Trust.INTERNAL):
    # Public booking site and API for carriers.
    portal = tm.add(
        tg.Endpoint(
            "Carrier booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password per carrier account")},
        )
    )
    # Bookings, gate reads and the current door plan.
    yard_db = tm.add(
        tg.DataStore("Yard database", stores={booking, gate_read, assignment, override})
    )
    # Matches arrivals to bookings and assigns doors; an optimiser, not an LLM.
    scheduler = tm.add(tg.Service("Dock scheduler"))
    # Gradient-boosted regressor predicting minutes to unload from the ASN and carrier history.
    estimator = tm.add(tg.Model("Unloading time model", task=tg.Task.REGRESSOR))
    # Backend for the yard tablets: live plan, manual reassignments.
    tablet_api = tm.add(
        tg.Endpoint(
            "Yard tablet API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="personal PIN on an MDM-managed tablet"),
                c.AuditLogging(retention_days=90, note="every override with user and time"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of past dock events with actual unloading durations.
        history = tm.add(tg.Dataset("Dock history dataset", stores={dock_history}))
        # Monthly retraining job that replaces the estimator.
        training = tm.add(tg.Pipeline("Estimator retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tm.flow(driver, cameras, gate_video, label="truck arrives at gate")
tm.flow(cameras, gateway, gate_video, protocol="rtsp")
tm.flow(gateway, recogniser, gate_video, protocol="local")
tm.flow(recogniser, gateway, gate_read, protocol="local")
tm.flow(gateway, yard_db, gate_read, protocol="https")

tm.flow(dispatcher, portal, booking, protocol="https")
tm.flow(portal, dispatcher, booking_confirmation, protocol="https")
tm.flow(portal, yard_db, booking)

tm.flow(yard_db, scheduler, booking, gate_read, override)
tm.flow(wms, scheduler, asn, protocol="https")
tm.flow(scheduler, estimator, load_features)
tm.flow(estimator, scheduler, estimate)
tm.flow(scheduler, yard_db, assignment)
tm.flow(scheduler, wms, assignment, protocol="https")
tm.flow(scheduler, sms, driver_sms, protocol="https")
tm.flow(sms, driver, driver_sms, label="SMS")

tm.flow(yard_staff, tablet_api, override, protocol="https")
tm.flow(tablet_api, yard_staff, assignment, protocol="https")
tm.flow(yard_db, tablet_api, assignment)
tm.flow(tablet_api, yard_db, override)

tm.flow(wms, history, dock_history, protocol="sftp", label="monthly export")
tm.flow(history, training, dock_history)
tm.flow(training, estimator, estimator_artifact, label="deploy")
