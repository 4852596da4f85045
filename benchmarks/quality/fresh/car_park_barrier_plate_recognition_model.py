"""Car park barriers: number plate recognition for entry, exit and charging (first design).

A car park operator runs ticketless car parks in the UK. At every entry and exit lane
an ANPR camera sends images to a lane controller on site, which runs our plate
recognition model (bought from an ANPR vendor as an ONNX file and pushed to sites from
our model registry). Entry and exit events go to the parking events API in our cloud;
the parking session service opens the barrier at once for registered permit holders
and, for everyone else, works out the hourly charge from the tariff settings. Drivers
pay by card at the exit pay terminal (a P2PE reader talking to the payment provider)
or online in the permit portal, where permit holders also register their plates.
Back-office staff handle disputes with the stored plate images, correct misreads,
manage permits and change tariffs. Controls in this design: a per-site API key on the
events API, TLS on links leaving a site, P2PE card terminals, staff SSO with MFA and
roles, encryption at rest on the cloud stores and versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car park barrier plate recognition",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="ANPR at car park barriers: permit holders let through, others charged by the hour.",
)

# ---------------------------------------------------------------- data assets
vehicle = tg.Data("Vehicle at the barrier", kind="media", sensitivity=tg.Sensitivity.PII)
plate_images = tg.Data(
    "Plate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Camera frames and plate crops of each vehicle entering or leaving.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The registration number read and the model's confidence.",
)
events = tg.Data(
    "Entry and exit events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, site, lane, time and a reference to the stored image.",
)
decision = tg.Data(
    "Barrier decision and amount due", kind="records", sensitivity=tg.Sensitivity.PII
)
sessions = tg.Data(
    "Parking sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
permits = tg.Data(
    "Permit holder records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, registered plates and permit validity.",
)
tariffs = tg.Data(
    "Tariffs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data(
    "Payment request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
paid = tg.Data("Paid signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
corrections = tg.Data(
    "Session corrections and permit changes", kind="records", sensitivity=tg.Sensitivity.PII
)
plate_model = tg.Data(
    "Plate model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
site_key = tg.Data("Site API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Anyone who drives in: visitors who pay by the hour and permit holders.
    driver = tm.add(tg.Actor("Driver", role="motorist"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquirer: terminal payments and the hosted online payment page.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("ANPR vendor", trust=tg.Trust.PARTNER):
    # Supplies new versions of the plate recognition model as ONNX files.
    vendor = tm.add(tg.ExternalService("ANPR model vendor", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Car park site network", trust=tg.Trust.INTERNAL):
    # One camera per lane, looking at the front plate as the car reaches the barrier.
    cameras = tm.add(tg.Device("ANPR lane cameras", fleet=True))
    # Reads plates from camera frames at the edge, in the lane controller.
    plate_model_el = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Finds the plate and reads its characters; runs on the lane controller.",
        )
    )
    # Edge box per site: runs the model, raises the barrier, sends events to the cloud.
    lane = tm.add(
        tg.Service(
            "Lane controller",
            description="Opens the barrier on the cloud's decision or on a paid signal.",
        )
    )
    # Card reader at each exit lane; card data is encrypted in the reader (P2PE).
    terminal = tm.add(tg.Device("Exit pay terminal", fleet=True))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives entry and exit events from all sites and returns barrier decisions.
    events_api = tm.add(
        tg.Endpoint(
            "Parking events API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Matches entry to exit, checks permits and computes the hourly charge.
    session_service = tm.add(tg.Service("Parking session service"))
    # Permits and parking sessions.
    parking_db = tm.add(
        tg.DataStore(
            "Parking database",
            stores={sessions, permits},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plate images kept for disputes and misread checks.
    image_store = tm.add(
        tg.DataStore(
            "Plate image store",
            stores={plate_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hourly rates and daily caps per car park.
    tariff_store = tm.add(tg.DataStore("Tariff settings", stores={tariffs}))
    # Public web portal: permit registration and paying for a stay online by plate.
    portal = tm.add(
        tg.Endpoint(
            "Permit and payment portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff web app for disputes, misread corrections, permits and tariffs.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Holds the vendor's model versions and pushes the approved one to every site.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={plate_model}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Customer service and operations staff.
    staff = tm.add(tg.Actor("Back-office staff", role="operations staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(driver, cameras, vehicle, label="drives up to the barrier")
tm.flow(cameras, lane, plate_images, protocol="rtsp")
tm.flow(lane, plate_model_el, plate_images)
tm.flow(plate_model_el, lane, plate_read)

tm.flow(lane, events_api, events, site_key, protocol="https", controls={tls})
tm.flow(lane, image_store, plate_images, protocol="https", controls={tls})
tm.flow(events_api, session_service, events)
tm.flow(parking_db, session_service, permits, sessions, label="permit and entry lookup")
tm.flow(tariff_store, session_service, tariffs)
tm.flow(session_service, parking_db, sessions)
tm.flow(session_service, events_api, decision)
tm.flow(events_api, lane, decision, protocol="https", controls={tls})

tm.flow(lane, terminal, decision, label="amount due")
tm.flow(driver, terminal, card, label="taps card")
tm.flow(
    terminal,
    payments,
    card,
    payment_request,
    protocol="https",
    controls={
        c.EncryptionInTransit(protocol="P2PE and TLS", note="card data encrypted in the reader")
    },
)
tm.flow(payments, terminal, payment_result, protocol="https")
tm.flow(terminal, lane, paid, label="opens barrier")

tm.flow(driver, portal, permits, protocol="https", controls={tls}, label="registers plates")
tm.flow(portal, parking_db, permits)
tm.flow(parking_db, portal, sessions, permits)
tm.flow(portal, driver, sessions, protocol="https", controls={tls}, label="stays to pay")
tm.flow(portal, payments, payment_request, protocol="https")
tm.flow(driver, payments, card, protocol="https", label="hosted payment page")
tm.flow(payments, portal, payment_result, protocol="https")
tm.flow(portal, parking_db, sessions, label="marks stay paid")

tm.flow(staff, back_office, corrections, tariffs, protocol="https", controls={tls})
tm.flow(back_office, parking_db, corrections)
tm.flow(parking_db, back_office, sessions, permits)
tm.flow(image_store, back_office, plate_images, label="dispute evidence")
tm.flow(back_office, tariff_store, tariffs)
tm.flow(back_office, staff, sessions, plate_images, protocol="https", controls={tls})

tm.flow(vendor, registry, plate_model, protocol="https", label="new model version")
tm.flow(registry, plate_model_el, plate_model, protocol="https", label="push to sites")
