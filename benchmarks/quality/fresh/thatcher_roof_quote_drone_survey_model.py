"""Drone roof survey and quoting for a thatching business: the first design, before any security review.

A small thatching firm in England surveys customers' thatched roofs with a drone
instead of ladders. Customers ask for a survey through a form on the firm's
website. On site the owner flies the drone; photos go from the drone to a
tablet app, which uploads them to a quoting web app in the firm's cloud
account. A vision model, trained for the firm by a freelance ML contractor,
estimates reed depth loss per roof section from the photos. The owner checks
the estimate against the photos, writes the quote in the app and sends it to
the customer by e-mail through a mail provider. After each job the owner
enters the reed depths measured on the roof, which the contractor uses to
retrain the model a few times a year. The owner signs in with a password, the
cloud storage uses the provider's default encryption, and uploads use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Thatched roof drone survey and quoting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone photos of thatched roofs, a reed depth loss model, and quotes the owner sends.",
)

# ---------------------------------------------------------------- data assets
survey_request = tg.Data(
    "Survey request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, roof age and notes, preferred dates.",
)
acknowledgement = tg.Data(
    "Request acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
roof_photos = tg.Data(
    "Roof photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Drone stills of the customer's house and garden, with GPS position in the EXIF.",
)
depth_estimate = tg.Data(
    "Reed depth loss estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated depth loss in mm per roof section, with a heatmap overlay.",
)
customer_records = tg.Data(
    "Customer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customers, properties, survey dates, job notes and quotes sent.",
)
quote = tg.Data(
    "Quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Work described per roof section, price and the customer's name and address.",
)
measured_depths = tg.Data(
    "Measured reed depths",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Depths gauged on the roof during the job, per section.",
)
training_examples = tg.Data(
    "Labelled survey examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past survey photos paired with the measured depths.",
)
training_code = tg.Data(
    "Training scripts and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
eval_metrics = tg.Data("Evaluation metrics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Depth model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt) saved by the training script.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners who want a survey and receive the quote.
    customer = tm.add(tg.Actor("Customer", role="homeowner"))
    # Freelancer who built the model and retrains it remotely.
    contractor = tm.add(tg.Actor("ML contractor", role="freelance ML contractor", privileged=True))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers quotes from the firm's address.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Field kit", trust=tg.Trust.INTERNAL):
    # The firm's one survey drone, flown by the owner on site.
    drone = tm.add(tg.Device("Survey drone", fleet=False))
    # Tablet on the drone controller; its app uploads photos once back on signal.
    tablet = tm.add(tg.Device("Pilot tablet app", fleet=False))

with tm.boundary("Owner's office", trust=tg.Trust.INTERNAL):
    # The business owner: reviews estimates, writes and sends every quote.
    owner = tm.add(tg.Actor("Owner", role="business owner", privileged=True))

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # Public enquiry form on the firm's website.
    form = tm.add(
        tg.Endpoint(
            "Survey enquiry form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields and format checks")},
        )
    )
    # The owner's web app: uploads, estimates, customer records, quotes.
    app = tm.add(
        tg.Service(
            "Quoting web app",
            internet_facing=True,
            description="Used by the owner from the office, the van and the tablet.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Serves the depth model behind the quoting app.
    model = tm.add(
        tg.Model(
            "Reed depth loss model",
            task=tg.Task.REGRESSOR,
            description="Segmentation backbone with a regression head, fine-tuned on the firm's surveys.",
        )
    )
    # Bucket of every survey's photos.
    photo_store = tm.add(
        tg.DataStore(
            "Survey photo bucket",
            stores={roof_photos},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Customer, property and job database.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and job database",
            stores={customer_records, survey_request, quote, depth_estimate, measured_depths},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Photos and measured depths gathered for retraining.
    dataset = tm.add(tg.Dataset("Labelled survey set", stores={training_examples}))
    # Retraining run by the contractor on a cloud VM.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket folder the serving container loads the checkpoint from.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(customer, form, survey_request, protocol="https")
tm.flow(form, customer, acknowledgement, protocol="https")
tm.flow(form, customer_db, survey_request)

tm.flow(drone, tablet, roof_photos, protocol="ocusync", label="drone video and stills link")
tm.flow(tablet, app, roof_photos, protocol="https", label="upload")
tm.flow(app, photo_store, roof_photos)
tm.flow(photo_store, app, roof_photos)
tm.flow(app, model, roof_photos)
tm.flow(model, app, depth_estimate)

tm.flow(customer_db, app, customer_records, survey_request)
tm.flow(app, customer_db, customer_records, depth_estimate, quote, measured_depths)
tm.flow(app, owner, roof_photos, depth_estimate, customer_records, protocol="https")
tm.flow(owner, app, quote, measured_depths, protocol="https")
tm.flow(app, mail, quote, protocol="https")
tm.flow(mail, customer, quote, protocol="smtp")

tm.flow(photo_store, dataset, roof_photos, label="export for retraining")
tm.flow(customer_db, dataset, measured_depths, label="export for retraining")
tm.flow(contractor, training, training_code, protocol="ssh")
tm.flow(training, contractor, eval_metrics, protocol="ssh")
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load at deploy")
