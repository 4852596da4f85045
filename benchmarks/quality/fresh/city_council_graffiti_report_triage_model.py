"""Graffiti report triage for a city council: the first design, before any security review.

Residents report graffiti through the council website's "report it" form, with photos,
a map pin and, optionally, their name and e-mail address for updates. A triage service
in the council's cloud tenancy runs an in-house image classifier on the photos: it
flags offensive content (hate symbols, slurs, obscene images) for removal within 24
hours and sorts the rest by surface and size. Jobs go automatically to the cleansing
contractor through the council's hosted works management system; crews see them on
tablets and close them with an after-photo, returned to us by a status callback.
Street-scene officers review flags and correct triage in a dashboard behind council
single sign-on; corrections are exported monthly to fine-tune the classifier from a
backbone pulled from a public model hub. The form is rate limited and checks uploads
are images of a sane size; stores use the cloud provider's encryption; residents get
progress e-mails through the government notification service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Graffiti report triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Triages residents' graffiti reports and photos, flags offensive content "
    "and routes cleaning jobs to the cleansing contractor.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Graffiti report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location pin, description, optional reporter name and e-mail address.",
)
photo = tg.Data(
    "Report photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Residents' photos; may show passers-by, faces, house numbers or plates.",
)
reference = tg.Data("Report reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Offensive-content flag, surface type, size band and priority.",
)
case = tg.Data(
    "Graffiti case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
correction = tg.Data(
    "Officer triage corrections", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
job = tg.Data(
    "Cleaning job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Location, priority, surface and a link to the report photos.",
)
completion = tg.Data(
    "Job completion and after-photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
job_status = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
update_email = tg.Data(
    "Progress e-mail to reporter", kind="records", sensitivity=tg.Sensitivity.PII
)
training_images = tg.Data(
    "Labelled graffiti images", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data("Pretrained backbone weights", format="pickle")
weights = tg.Data(
    "Triage classifier checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PyTorch checkpoint written by the training job.",
)
training_config = tg.Data("Training run configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can use the public form; no account is needed to report graffiti.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))
    # Where the training job downloads its pretrained image backbone from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only public entry point: the website's report form posts here.
    report_api = tm.add(
        tg.Endpoint(
            "Report submission API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP address"),
                c.InputValidation(note="JPEG/PNG only, max 10 MB per photo, 5 photos"),
            },
        )
    )
    # Object bucket holding the original photos, referenced by case records and jobs.
    photo_store = tm.add(
        tg.DataStore(
            "Report photo bucket",
            stores={photo, completion},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrates triage: runs the classifier, writes the case, routes the job.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Calls the classifier on each new report, stores the case, "
            "creates the cleaning job and handles job status callbacks.",
        )
    )
    # The classifier itself, served as a container next to the triage service.
    classifier = tm.add(
        tg.Model(
            "Graffiti triage classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned image classifier: offensive content flag, surface "
            "type and size band, which set the job priority.",
        )
    )
    # System of record for reports and their triage history.
    case_db = tm.add(
        tg.DataStore(
            "Graffiti case database",
            stores={case, correction},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where officers review flagged reports and correct the classifier's calls.
    dashboard = tm.add(
        tg.Service(
            "Triage review dashboard",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(note="street-scene team role only"),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Monthly snapshot of photos with officer-corrected labels.
        train_set = tm.add(tg.Dataset("Triage training set", stores={training_images}))
        # Fine-tunes the backbone on the training set; run by the data scientist.
        training = tm.add(
            tg.Pipeline(
                "Classifier fine-tuning job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versioned checkpoints the triage deployment loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews offensive-content flags and fixes misrouted jobs.
    officer = tm.add(tg.Actor("Street-scene officer", role="council officer"))
    # Owns the classifier and runs retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Works management vendor", trust=tg.Trust.PARTNER):
    # Hosted job scheduling system the council already uses for street cleansing.
    works = tm.add(
        tg.ExternalService(
            "Works management system",
            description="SaaS job scheduling; the council integrates with an API key.",
        )
    )

with tm.boundary("Cleansing contractor", trust=tg.Trust.PARTNER):
    # Contractor-owned tablets running the works vendor's mobile app.
    crew_tablet = tm.add(tg.Device("Crew tablet app", description="Contractor crews' tablets."))

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government notification service that sends the progress e-mails.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Reporting
tm.flow(resident, report_api, report, photo, protocol="https", controls={tls})
tm.flow(report_api, resident, reference, protocol="https", controls={tls})
tm.flow(report_api, photo_store, photo)
tm.flow(report_api, triage, report)

# Triage
tm.flow(photo_store, triage, photo)
tm.flow(triage, classifier, photo)
tm.flow(classifier, triage, triage_result)
tm.flow(triage, case_db, case)
tm.flow(case_db, triage, case, label="case lookup on status callback")

# Routing to crews
tm.flow(triage, works, job, protocol="https", label="create cleaning job")
tm.flow(works, crew_tablet, job, photo, protocol="https")
tm.flow(crew_tablet, works, completion, protocol="https")
tm.flow(works, triage, job_status, completion, protocol="https", label="job status callback")
tm.flow(triage, photo_store, completion)

# Keeping the reporter informed
tm.flow(triage, notify, update_email, protocol="https")
tm.flow(notify, resident, update_email, protocol="smtp", label="progress e-mail")

# Officer review
tm.flow(case_db, dashboard, case)
tm.flow(photo_store, dashboard, photo)
tm.flow(dashboard, officer, case, photo, protocol="https", controls={tls})
tm.flow(officer, dashboard, correction, protocol="https", controls={tls})
tm.flow(dashboard, case_db, correction)
tm.flow(dashboard, works, job, protocol="https", label="re-route or re-prioritise job")

# Retraining
tm.flow(case_db, train_set, correction, label="monthly export")
tm.flow(photo_store, train_set, photo, label="monthly export")
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(data_scientist, training, training_config)
tm.flow(train_set, training, training_images)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy new version")
