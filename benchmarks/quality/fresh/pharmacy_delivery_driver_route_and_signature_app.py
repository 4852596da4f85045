"""Pharmacy home delivery: driver route and proof-of-delivery app, first design.

A UK pharmacy chain delivers prescriptions to patients' homes. Each evening the
dispensing system sends the next day's delivery manifest to a cloud delivery
platform. A classifier flags the parcels that need a signature (controlled
drugs) or must stay refrigerated, and a route planner orders the stops using a
mapping vendor's routing API. Drivers use an app on company-managed Android
phones to follow the route and record proof of delivery: the patient's
signature on screen, or a photo of where the parcel was left. Pharmacists see
the proof of delivery in the dispensing system, and patients get tracking texts
through an SMS provider. Drivers sign in with a username and password; traffic
uses HTTPS; the delivery database and photo bucket are encrypted with the cloud
KMS; the phones are enrolled in MDM with device encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy delivery driver route and signature app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Route planning, handling flags and proof of delivery for prescription home deliveries.",
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Delivery manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, address, phone number, medicines in each parcel, delivery window.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
parcel_items = tg.Data(
    "Parcel contents",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Product codes, drug schedules and storage notes for each parcel.",
)
handling_flags = tg.Data(
    "Signature and refrigeration flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
stop_list = tg.Data(
    "Stop addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Geocoded patient addresses and time windows for one driver's day.",
)
travel_times = tg.Data("Travel time matrix", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
route = tg.Data(
    "Driver route and delivery list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ordered stops with patient names, addresses and handling flags.",
)
driver_login = tg.Data(
    "Driver sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
driver_updates = tg.Data(
    "Delivery status and driver location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
signature = tg.Data(
    "Patient signature",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Signature captured on the driver's phone screen, with name printed.",
)
proof = tg.Data(
    "Proof of delivery",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Signature image or doorstep photo, GPS position and timestamp.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status_event = tg.Data("Delivery status event", kind="records", sensitivity=tg.Sensitivity.PII)
tracking_text = tg.Data(
    "Tracking text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Phone number, ETA and a note that the pharmacy parcel is on its way.",
)
delivery_history = tg.Data(
    "Past deliveries with handling outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
model_file = tg.Data(
    "Handling model file", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # Employed drivers doing the rounds; they carry controlled drugs in the van.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # The patient (or a carer) receiving the parcel at the door.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Company Android phones running the driver app; they can be lost or stolen on a round.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            fleet=True,
            description="Company-managed Android phones; caches the day's route offline.",
            controls={
                c.EncryptionAtRest(key_management="Android file-based encryption, enforced by MDM")
            },
        )
    )

with tm.boundary("Mapping vendor", trust=tg.Trust.PARTNER):
    # Commercial routing API: travel times between stops.
    maps_api = tm.add(tg.ExternalService("Routing API", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the tracking texts to patients' mobile numbers.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Delivery platform cloud", trust=tg.Trust.INTERNAL):
    # Single API that the driver app and the dispensing system both call.
    delivery_api = tm.add(
        tg.Endpoint(
            "Delivery API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="drivers: username and password; dispensing system: static API key"
                ),
                c.InputValidation(),
            },
        )
    )
    # Orders each driver's stops, respecting time windows and fridge-item windows.
    route_planner = tm.add(tg.Service("Route planner"))
    # Flags parcels needing a signature (controlled drugs) or cold-chain handling.
    handling_model = tm.add(
        tg.Model(
            "Delivery handling classifier",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees over product codes and drug schedules.",
        )
    )
    # Deliveries, routes and statuses for the whole chain.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery database",
            stores={manifest, route, driver_updates, delivery_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Object bucket holding signature images and doorstep photos.
    pod_store = tm.add(
        tg.DataStore(
            "Proof-of-delivery photo bucket",
            stores={proof},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns status changes into tracking texts.
    notifier = tm.add(tg.Service("Tracking notification service"))
    # Monthly retraining of the handling classifier by the data team.
    training = tm.add(tg.Pipeline("Handling model training", stage=tg.Stage.TRAINING))

with tm.boundary("Pharmacy network", trust=tg.Trust.INTERNAL):
    # The chain's existing dispensing / patient medication record system.
    dispensing = tm.add(
        tg.Service(
            "Dispensing system",
            controls={
                c.Authentication(method="NHS smartcard"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Pharmacists book deliveries and check proof of delivery for controlled drugs.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
# Booking deliveries
tm.flow(pharmacist, dispensing, manifest, protocol="https", label="books deliveries")
tm.flow(dispensing, delivery_api, manifest, protocol="https", label="nightly manifest")

# Handling flags
tm.flow(delivery_api, handling_model, parcel_items)
tm.flow(handling_model, delivery_api, handling_flags)
tm.flow(delivery_api, delivery_db, manifest, handling_flags)

# Route planning
tm.flow(delivery_db, route_planner, stop_list)
tm.flow(route_planner, maps_api, stop_list, protocol="https")
tm.flow(maps_api, route_planner, travel_times, protocol="https")
tm.flow(route_planner, delivery_db, route)

# Driver app
tm.flow(driver, driver_app, driver_login, driver_updates, label="signs in, marks stops")
tm.flow(driver_app, delivery_api, driver_login, protocol="https", label="sign-in")
tm.flow(delivery_db, delivery_api, route)
tm.flow(delivery_api, driver_app, route, protocol="https")
tm.flow(driver_app, driver, route, label="on screen")
tm.flow(patient, driver_app, signature, label="signs on the phone screen")
tm.flow(driver_app, delivery_api, proof, driver_updates, protocol="https")
tm.flow(delivery_api, pod_store, proof)
tm.flow(delivery_api, delivery_db, driver_updates)

# Proof of delivery back to the pharmacy
tm.flow(pod_store, delivery_api, proof)
tm.flow(delivery_api, dispensing, proof, driver_updates, protocol="https")
tm.flow(dispensing, pharmacist, proof, protocol="https")

# Tracking texts
tm.flow(delivery_api, notifier, status_event)
tm.flow(notifier, sms_gateway, tracking_text, protocol="https")
tm.flow(sms_gateway, patient, tracking_text, protocol="sms")

# Retraining
tm.flow(delivery_db, training, delivery_history)
tm.flow(training, handling_model, model_file, label="deploy")
