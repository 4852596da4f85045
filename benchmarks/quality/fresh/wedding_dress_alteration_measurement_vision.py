"""Bridal alteration measurements from fitting photos: the first design.

A two-branch bridal shop wants to cut the time fitters spend measuring alterations.
Brides book fittings on the shop's website. At the fitting, the fitter photographs
the bride in her pinned gown on a fitting-room tablet and uploads the photos and her
notes to the shop's alterations app in its cloud account. A pose and measurement
model, fine-tuned from open weights by a freelance ML developer, estimates the
alterations (hem, bust, waist, straps) and the hours of work. The fitter confirms or
corrects every estimate; only a confirmed sheet is booked into the seamstresses'
shared calendar. Brides get confirmations by e-mail and SMS. Confirmed sheets and
photos are exported monthly to fine-tune the model. Staff sign in with their own
e-mail and password; the photo bucket and database use the cloud's default
encryption; the booking form validates its fields."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridal alteration measurement vision",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Estimates gown alteration measurements from fitting photos and books "
    "seamstress time, for a two-branch bridal shop.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Fitting booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Bride's name, phone, e-mail, wedding date, gown and preferred slot.",
)
booking_confirmation = tg.Data(
    "Fitting and alteration confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
customer_records = tg.Data(
    "Bride and order records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fitting_notes = tg.Data(
    "Fitter's fitting notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pinned areas, fabric, bride's wishes, typed on the tablet.",
)
photos = tg.Data(
    "Fitting photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Front, side and back photos of the bride in her gown, often partly pinned.",
)
estimate = tg.Data(
    "Estimated alteration measurements",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Per-alteration measurements in cm and the estimated hours of work.",
)
alteration_sheet = tg.Data(
    "Confirmed alteration sheet",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
appointments = tg.Data(
    "Seamstress appointments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Calendar entries: bride's first name, gown, work to do, hours.",
)
availability = tg.Data(
    "Seamstress availability", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
training_examples = tg.Data(
    "Photo and measurement training examples",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
)
weights = tg.Data(
    "Measurement model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch .pt checkpoint of the fine-tuned pose and measurement model.",
)
training_config = tg.Data(
    "Fine-tuning script and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brides book fittings from home and receive confirmations.
    bride = tm.add(tg.Actor("Bride", role="customer"))

with tm.boundary("Freelancer", trust=tg.Trust.PARTNER):
    # The contractor who built the model and re-runs the monthly fine-tune remotely.
    ml_dev = tm.add(tg.Actor("Freelance ML developer", role="contractor", privileged=True))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Shared calendar the seamstresses already use for their workroom diary.
    calendar = tm.add(
        tg.ExternalService("Seamstress shared calendar", provides=tg.ExternalCategory.GENERIC)
    )
    # Sends booking and alteration confirmations by e-mail and SMS.
    messaging = tm.add(
        tg.ExternalService("E-mail and SMS provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Takes the photos and shows estimates in the fitting room.
    fitter = tm.add(tg.Actor("Fitter", role="bridal fitter"))
    # Does the alterations; reads the confirmed sheets in the workroom.
    seamstress = tm.add(tg.Actor("Seamstress", role="seamstress"))
    # One shop tablet per fitting room, running the alterations web app.
    tablet = tm.add(
        tg.Device(
            "Fitting-room tablet",
            fleet=False,
            description="Two iPads, one per branch, signed in to the alterations app.",
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public booking form on the shop's website.
    booking_site = tm.add(
        tg.Endpoint(
            "Fitting booking page",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="form fields checked for type and length")},
        )
    )
    # The alterations app: holds bookings, calls the model, keeps the sheets.
    app = tm.add(
        tg.Service(
            "Alterations app backend",
            description="Web app for staff: uploads, estimates, confirmations and orders.",
            controls={c.Authentication(method="individual staff e-mail and password")},
        )
    )
    # Vision model that turns the photos into measurement estimates.
    model = tm.add(
        tg.Model(
            "Gown measurement estimator",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights pose model fine-tuned to regress alteration "
            "measurements from gown photos; served in a GPU container.",
        )
    )
    # Books seamstress time from confirmed sheets only.
    scheduler = tm.add(
        tg.Service(
            "Seamstress scheduler",
            description="Finds free seamstress hours before the wedding date and books them.",
            controls={
                c.HumanInTheLoop(
                    approver="the fitter, who confirms or corrects every estimate on the tablet"
                )
            },
        )
    )
    # Object storage bucket for the fitting photos.
    photo_store = tm.add(
        tg.DataStore(
            "Fitting photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Managed database of brides, bookings and alteration orders.
    orders_db = tm.add(
        tg.DataStore(
            "Bride and orders database",
            stores={customer_records, alteration_sheet, fitting_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Monthly export of confirmed sheets with their photos, for fine-tuning.
    train_set = tm.add(
        tg.Dataset(
            "Measurement training set",
            stores={training_examples},
            purpose=tg.DatasetPurpose.FINE_TUNING,
        )
    )
    # Re-trains the estimator on the new examples once a month.
    fine_tune = tm.add(
        tg.Pipeline(
            "Monthly fine-tuning job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )
    # Bucket of model checkpoints; the serving container loads the pinned one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model checkpoint bucket",
            stores={weights},
            controls={c.ModelVersioning(note="serving pins a checkpoint by file name and date")},
        )
    )

# ---------------------------------------------------------------- flows
# Booking
tm.flow(bride, booking_site, booking_request, protocol="https")
tm.flow(booking_site, app, booking_request)
tm.flow(app, orders_db, customer_records)
tm.flow(orders_db, app, customer_records, alteration_sheet, fitting_notes)
tm.flow(
    app, messaging, booking_confirmation, protocol="https", label="booking and alteration dates"
)
tm.flow(messaging, bride, booking_confirmation, protocol="smtp", label="e-mail and SMS")

# Fitting and estimate
tm.flow(fitter, tablet, photos, fitting_notes, label="photographed and typed in the fitting room")
tm.flow(tablet, app, photos, fitting_notes, protocol="https", label="upload")
tm.flow(app, photo_store, photos)
tm.flow(photo_store, app, photos)
tm.flow(app, model, photos)
tm.flow(model, app, estimate)
tm.flow(app, tablet, estimate, protocol="https")
tm.flow(tablet, fitter, estimate, label="shown on the tablet")
tm.flow(fitter, tablet, alteration_sheet, label="confirms or corrects on the tablet")
tm.flow(tablet, app, alteration_sheet, protocol="https", label="confirmation")
tm.flow(app, orders_db, alteration_sheet, fitting_notes)

# Seamstress booking
tm.flow(app, scheduler, alteration_sheet)
tm.flow(calendar, scheduler, availability, protocol="https")
tm.flow(scheduler, calendar, appointments, protocol="https")
tm.flow(calendar, seamstress, appointments, protocol="https")
tm.flow(app, seamstress, alteration_sheet, protocol="https", label="workroom view")

# Monthly fine-tuning
tm.flow(orders_db, train_set, alteration_sheet, label="monthly export")
tm.flow(photo_store, train_set, photos, label="monthly export")
tm.flow(train_set, fine_tune, training_examples)
tm.flow(
    ml_dev,
    fine_tune,
    training_config,
    protocol="https",
    label="runs the job from the cloud console",
)
tm.flow(fine_tune, registry, weights)
tm.flow(registry, model, weights, label="deploy")
