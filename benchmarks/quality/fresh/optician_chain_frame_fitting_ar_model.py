"""Optician chain virtual frame fitting: the first design, before any security review.

Customers of an optician chain try frames on virtually on its website. With the
customer's consent the page streams camera frames to a try-on API in the chain's
cloud, where an open-weights face-landmark model finds the eyes and the face
outline; the API works out pupil distance and face width, and the browser renders
the chosen frames over the live image from the frames' 3D models. Signed-in
customers can save their measurements to their account, and enter or upload their
prescription when they order. Before an order goes to the lens lab, an optician in
one of the stores checks the prescription and the measurements in a review console;
the order service then sends the job to the partner lab over its API. Payments go
through a card payment provider's hosted checkout. Camera frames are not kept; only
the measurements are. Customer data is encrypted at rest, staff sign in through the
company SSO with MFA, and the provider's payment webhooks are signature-checked.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Optician chain frame fitting AR model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Virtual frame try-on and face measurement for online glasses orders, checked by opticians.",
)

# ---------------------------------------------------------------- data assets
camera_frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Webcam or phone-camera images of the customer's face during a try-on session.",
)
landmarks = tg.Data("Face landmarks", kind="model-output", sensitivity=tg.Sensitivity.PII)
measurements = tg.Data(
    "Face measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pupil distance, face width and fitting heights used to make the glasses.",
)
frame_models = tg.Data(
    "Frame 3D models and catalogue", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
account = tg.Data(
    "Customer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, password hash and order history.",
)
prescription = tg.Data(
    "Prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Sphere, cylinder, axis, add and prism per eye, typed in by the customer.",
)
prescription_scan = tg.Data(
    "Prescription scan",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo or PDF of the optometrist's prescription, uploaded by the customer.",
)
order = tg.Data(
    "Glasses order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frame, lenses, prescription and measurements for one pair of glasses.",
)
approval = tg.Data("Prescription approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lab_job = tg.Data("Lab job", kind="records", sensitivity=tg.Sensitivity.REGULATED)
lab_status = tg.Data("Lab job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers on the website, signed in or not.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # The lens lab that glazes and ships the glasses.
    lab = tm.add(
        tg.ExternalService("Lens lab order system", description="Partner lab's order API.")
    )
    # Card payments through the provider's hosted checkout; no card data reaches us.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Website back end: catalogue, accounts, prescriptions and checkout.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=300),
                tg.controls.InputValidation(),
            },
        )
    )
    # Receives the camera stream and returns landmarks and measurements.
    tryon = tm.add(
        tg.Endpoint(
            "Try-on API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                tg.controls.DataMinimization(note="frames processed in memory and dropped"),
                tg.controls.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Finds eye centres and the face outline in each frame.
    face_model = tm.add(
        tg.Model(
            "Face-landmark model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights face mesh model, served on a GPU node pool.",
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Frames, 3D models and sizes that the browser renders over the face.
    catalogue = tm.add(tg.DataStore("Frame catalogue", stores={frame_models}))
    # Sends checked orders to the lab and tracks them.
    order_service = tm.add(
        tg.Service(
            "Order service",
            controls={tg.controls.HumanInTheLoop(approver="store optician")},
        )
    )
    # Staff web app where opticians check prescriptions before release.
    console = tm.add(
        tg.Endpoint(
            "Optician review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Customer data", trust=tg.Trust.RESTRICTED):
        # Accounts, saved measurements, prescriptions and orders.
        customer_db = tm.add(
            tg.DataStore(
                "Customer database",
                stores={account, measurements, prescription, order, lab_status},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Uploaded prescription photos and PDFs.
        scans = tm.add(
            tg.DataStore(
                "Prescription uploads bucket",
                stores={prescription_scan},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Qualified opticians in the stores who check prescriptions and fit.
    optician = tm.add(tg.Actor("Store optician", role="optician"))

# ---------------------------------------------------------------- flows
# Browsing and virtual try-on
tm.flow(customer, storefront, account, prescription, prescription_scan, order, protocol="https")
tm.flow(storefront, customer, frame_models, order, protocol="https")
tm.flow(catalogue, storefront, frame_models)
tm.flow(customer, tryon, camera_frames, protocol="wss")
tm.flow(tryon, face_model, camera_frames)
tm.flow(face_model, tryon, landmarks)
tm.flow(tryon, customer, landmarks, measurements, protocol="wss")
tm.flow(tryon, customer_db, measurements, label="save to account")

# Accounts, prescriptions and orders
tm.flow(storefront, customer_db, account, prescription, order)
tm.flow(customer_db, storefront, account, measurements, prescription, order)
tm.flow(storefront, scans, prescription_scan)

# Payment
tm.flow(storefront, payments, checkout, protocol="https")
tm.flow(
    payments,
    storefront,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider signature checked")},
)

# Optician check
tm.flow(customer_db, console, order, measurements, prescription)
tm.flow(scans, console, prescription_scan)
tm.flow(console, optician, order, measurements, prescription, prescription_scan, protocol="https")
tm.flow(optician, console, approval, protocol="https")
tm.flow(console, order_service, approval)
tm.flow(console, customer_db, order, label="corrections")

# Lab
tm.flow(customer_db, order_service, order)
tm.flow(
    order_service,
    lab,
    lab_job,
    protocol="https",
    controls={tg.controls.Authentication(method="lab API key")},
)
tm.flow(lab, order_service, lab_status, protocol="https", label="status webhook")
tm.flow(order_service, customer_db, lab_status)
