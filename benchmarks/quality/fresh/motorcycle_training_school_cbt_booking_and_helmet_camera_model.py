"""Motorcycle training school: CBT booking and helmet camera model, first design.

Learner riders book Compulsory Basic Training (CBT) days on the school's website,
giving their provisional licence number and hiring a bike and kit, and pay through
a hosted checkout. Instructors wear helmet cameras on the on-road ride; back at the
training office the cameras are docked and the footage uploaded to cloud storage.
A footage analysis job runs a video model (fine-tuned from open weights) that
marks riding events such as missed rear observations, late braking and poor lane
position; instructors review the events in a portal, correct them, write the
debrief and record the CBT sign-off themselves. Corrected events feed retraining.
Learners see their feedback report when they sign in to the website.
Controls in this design: TLS, password sign-in for learners and instructors,
checked payment webhook signatures and encryption at rest in the cloud stores.
UK GDPR applies: licence numbers, and footage of learners and other road users.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Motorcycle training school CBT booking and helmet camera model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="CBT bookings, payments and helmet camera riding feedback for a training school.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, provisional licence number, phone, e-mail, bike and kit hire.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notification = tg.Data("Learner e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
footage = tg.Data(
    "Helmet camera footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Video of the learner riding ahead, other road users and number plates.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
events = tg.Data(
    "Riding events",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Time-stamped events with a confidence per learner ride.",
)
progress = tg.Data(
    "Learner progress record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reviewed riding events, instructor debrief and the CBT sign-off.",
)
debrief = tg.Data("Instructor debrief and sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
corrections = tg.Data("Event corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data("Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Riding event model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a provisional licence can book a CBT day.
    learner = tm.add(tg.Actor("Learner rider", role="customer"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the school.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail for confirmations and feedback-ready notices.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Training office", trust=tg.Trust.INTERNAL):
    # Instructors run the day, ride with learners and sign off the CBT.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))
    # Action camera on the instructor's helmet, filming the learner riding ahead.
    camera = tm.add(tg.Device("Instructor helmet camera", fleet=True))
    # Office PC where cameras are docked over USB and footage is uploaded.
    upload_pc = tm.add(
        tg.Device(
            "Footage upload PC",
            fleet=False,
            description="Windows PC in the office with a storage access key for uploads.",
        )
    )

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site; learners also sign in to read their feedback report.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Availability, instructor-to-learner ratios, bike hire, payments and e-mails.
    booking_service = tm.add(tg.Service("Booking service"))
    # Bookings, learners and their progress records.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, progress},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for uploaded ride footage.
    footage_store = tm.add(
        tg.DataStore(
            "Ride footage store",
            stores={footage},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Triggered per upload: decodes the footage, runs the model, writes events.
    analysis = tm.add(tg.Service("Footage analysis job"))
    # Video model that marks riding events; it advises, the instructor decides.
    model = tm.add(
        tg.Model(
            "Riding event detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # Where instructors review events and clips, correct them and record the sign-off.
    portal = tm.add(
        tg.Endpoint(
            "Instructor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips with instructor-corrected events, kept for retraining.
        dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={clips}))
        # Occasional fine-tuning run, started by hand, using open-source video libraries.
        training = tm.add(
            tg.Pipeline("Model fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )

# ---------------------------------------------------------------- flows
# booking and payment
tm.flow(learner, website, booking, protocol="https")
tm.flow(website, booking_service, booking)
tm.flow(booking_service, booking_db, booking)
tm.flow(booking_db, booking_service, booking, progress)
tm.flow(booking_service, website, confirmation, progress)
tm.flow(website, learner, confirmation, progress, protocol="https")
tm.flow(booking_service, payments, checkout, protocol="https")
tm.flow(
    payments,
    booking_service,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature is checked")},
)
tm.flow(booking_service, mailer, notification, protocol="https")
tm.flow(mailer, learner, notification, protocol="smtp")

# footage capture and analysis
tm.flow(camera, upload_pc, footage, protocol="usb")
tm.flow(upload_pc, footage_store, footage, protocol="https")
tm.flow(footage_store, analysis, footage)
tm.flow(analysis, model, frames)
tm.flow(model, analysis, events)
tm.flow(analysis, booking_db, events)

# instructor review and sign-off
tm.flow(booking_db, portal, booking, progress)
tm.flow(footage_store, portal, footage, label="event clips")
tm.flow(portal, instructor, booking, progress, footage, protocol="https")
tm.flow(instructor, portal, debrief, corrections, protocol="https")
tm.flow(portal, booking_db, debrief)

# retraining
tm.flow(portal, dataset, corrections)
tm.flow(footage_store, dataset, clips, label="clips for corrected events")
tm.flow(dataset, training, clips, corrections)
tm.flow(training, model, weights, label="deploy new weights")
