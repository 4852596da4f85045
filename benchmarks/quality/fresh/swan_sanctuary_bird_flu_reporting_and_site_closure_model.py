"""Swan sanctuary avian flu surveillance and site closure: the first design.

Members of the public report dead or sick swans and other waterfowl through a
web form on the sanctuary's site (location, description, photos, and a name and
phone number so a ranger can call back). Rangers log their own finds and sample
collections from a phone app signed in with their staff accounts. Both go to a
report intake API in the sanctuary's cloud tenancy and into a surveillance
database. The national reference laboratory drops swab test results by SFTP.
A daily scoring job turns each lake's recent reports and lab results into
features and asks an in-house model for the chance of avian flu at that lake;
the model is retrained by a volunteer data scientist from past outbreak records.
The sanctuary manager reviews the estimates on a dashboard, decides on site
closures and notifies the animal health agency through its online reporting
portal. The public form is rate limited and checks uploads; staff sign in with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Swan sanctuary bird flu reporting and site closure",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public and ranger reports of dead or sick birds, lab results and a lake-level "
        "avian flu risk model supporting the manager's site closure decisions."
    ),
)

# ---------------------------------------------------------------- data assets
public_report = tg.Data(
    "Public dead bird report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lake, location, species, number of birds, what was seen, reporter name and phone.",
)
bird_photos = tg.Data("Bird photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
ranger_report = tg.Data(
    "Ranger field report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Carcass finds, sick birds seen, samples taken and their sample ids.",
)
lab_results = tg.Data(
    "Swab test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
surveillance_records = tg.Data(
    "Surveillance records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="All reports and lab results per lake, with reporter contact details.",
)
lake_features = tg.Data("Lake risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_estimate = tg.Data(
    "Lake avian flu risk estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
outbreak_history = tg.Data(
    "Historical outbreak records",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past seasons' reports and confirmed outbreaks per lake, contact details removed.",
)
model_artifact = tg.Data(
    "Risk model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)
closure_decision = tg.Data(
    "Site closure decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
agency_notification = tg.Data(
    "Suspected outbreak notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lake, dates, birds affected, lab results and the manager's contact details.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Walkers, anglers and visitors who find a dead or sick bird.
    public = tm.add(tg.Actor("Member of the public", role="reporter"))

with tm.boundary("Ranger phones", trust=tg.Trust.INTERNAL):
    # Rangers are the sanctuary's own staff out on the lakes.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))
    # Sanctuary-issued phones with the reporting app; many of them.
    ranger_app = tm.add(
        tg.Device(
            "Ranger reporting app",
            description="App on sanctuary-issued phones for field reports and photos.",
            controls={c.Authentication(method="individual staff account with MFA")},
        )
    )

with tm.boundary("Reference laboratory", trust=tg.Trust.PARTNER):
    # The national lab that tests swabs the rangers send in.
    lab = tm.add(
        tg.DataSource(
            "Reference lab results drop",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="The lab uploads result files to our SFTP drop as tests complete.",
        )
    )

with tm.boundary("Animal health agency", trust=tg.Trust.PARTNER):
    # The government agency that must be told of suspected notifiable disease.
    agency = tm.add(
        tg.ExternalService(
            "Animal health agency reporting portal",
            description="The agency's online form for reporting suspected avian influenza.",
        )
    )

with tm.boundary("Sanctuary cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives both public web form submissions and ranger app reports.
    intake = tm.add(
        tg.Endpoint(
            "Report intake API",
            purpose=tg.EndpointPurpose.API,
            description="Backs the public report form and the ranger app.",
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo type and size checks, required fields"),
            },
        )
    )
    # Single source of truth for reports, lab results, estimates and decisions.
    surveillance_db = tm.add(
        tg.DataStore(
            "Surveillance database",
            stores={surveillance_records, bird_photos, risk_estimate, closure_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs once a day over every lake and stores the estimates.
    scoring_job = tm.add(
        tg.Service(
            "Daily lake risk scoring job",
            description="Builds per-lake features from the last 14 days and scores each lake.",
        )
    )
    # Estimates the probability of avian flu at a lake.
    risk_model = tm.add(
        tg.Model(
            "Avian flu lake risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model giving a probability of avian flu per lake.",
        )
    )
    # Retrains the model before each season from past outbreak records.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Keeps the trained model files the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model store",
            stores={model_artifact},
            description="A storage bucket of versioned model files.",
        )
    )
    # The manager's view of reports, lab results and per-lake estimates.
    dashboard = tm.add(
        tg.Endpoint(
            "Surveillance dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual staff account with MFA"),
                c.HumanInTheLoop(approver="sanctuary manager"),
            },
        )
    )

with tm.boundary("Sanctuary office", trust=tg.Trust.INTERNAL):
    # Decides closures and makes the statutory notification.
    manager = tm.add(tg.Actor("Sanctuary manager", role="manager"))
    # Volunteer who maintains and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Volunteer data scientist", role="model maintainer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(public, intake, public_report, bird_photos, protocol="https", label="web report form")
tm.flow(
    intake, public, closure_decision, protocol="https", label="closure notices shown on the form"
)
tm.flow(ranger, ranger_app, ranger_report, bird_photos)
tm.flow(ranger_app, intake, ranger_report, bird_photos, protocol="https")
tm.flow(intake, ranger_app, closure_decision, protocol="https", label="current closures")
tm.flow(intake, surveillance_db, surveillance_records, bird_photos)
tm.flow(surveillance_db, intake, closure_decision)
tm.flow(lab, surveillance_db, lab_results, protocol="sftp")

tm.flow(surveillance_db, scoring_job, surveillance_records, label="daily batch read")
tm.flow(scoring_job, risk_model, lake_features)
tm.flow(risk_model, scoring_job, risk_estimate)
tm.flow(scoring_job, surveillance_db, risk_estimate)
tm.flow(registry, risk_model, model_artifact, label="load current version")

tm.flow(surveillance_db, training, outbreak_history, label="seasonal export")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, training, outbreak_history, protocol="https", label="starts retraining")

tm.flow(surveillance_db, dashboard, surveillance_records, risk_estimate)
tm.flow(dashboard, manager, surveillance_records, risk_estimate, protocol="https")
tm.flow(manager, dashboard, closure_decision, protocol="https")
tm.flow(dashboard, surveillance_db, closure_decision)
tm.flow(manager, agency, agency_notification, protocol="https")
