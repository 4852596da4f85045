"""IVF clinic: embryo ranking from time-lapse images by a vendor model.

An IVF clinic in the EU cultures embryos in time-lapse incubators that photograph
each embryo every few minutes. The images go to the incubator's on-premises image
server, and a connector uploads each finished sequence to the vendor's cloud, where
a CE-marked ranking model scores every embryo of a cycle. Embryologists review the
ranking beside the images in the vendor's assessment console and, with the patient,
choose which embryo to transfer; the choice is recorded in the clinic's EMR. Weeks
later nurses record the pregnancy outcome in the EMR, and a weekly export job sends
outcomes, keyed by embryo slide id, to the vendor, which retrains the model on
outcomes pooled from many clinics. Patients follow their cycle (embryo updates,
transfer day, results) and confirm the transfer choice in the clinic's patient app.
Lab systems sit on a segregated lab network; the EMR and app backend on the clinic's
hosted infrastructure.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IVF embryo time-lapse ranking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Vendor AI ranks embryos from time-lapse images; embryologists and patients "
    "choose; outcomes flow back to the vendor for cross-clinic retraining.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Embryo time-lapse images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Image sequences per embryo, labelled with patient id, cycle and slide id.",
)
ranking = tg.Data(
    "Embryo ranking scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transfer_decision = tg.Data(
    "Embryo transfer decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "IVF patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identity, medical history, cycles, embryos, transfers and outcomes.",
)
outcome = tg.Data(
    "Pregnancy outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="hCG result and clinical pregnancy at the six-week scan.",
)
outcome_labels = tg.Data(
    "Outcome labels by slide id",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Embryo slide id, clinic id and pregnancy outcome; no names.",
)
patient_update = tg.Data(
    "Cycle updates for patient",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Embryo development news, images, transfer date and test results.",
)
patient_consent = tg.Data(
    "Patient transfer confirmation", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
training_set = tg.Data(
    "Cross-clinic training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Time-lapse sequences and outcomes pooled from the vendor's client clinics.",
)
weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="unknown"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # IVF patients using the clinic's app on their phones.
    patient = tm.add(tg.Actor("Patient", role="ivf patient"))

with tm.boundary("Clinic lab network", trust=tg.Trust.RESTRICTED):
    # Time-lapse incubators photographing each embryo every few minutes.
    incubator = tm.add(tg.Device("Time-lapse incubator", fleet=True))
    # Vendor-supplied on-premises server holding the image sequences.
    image_server = tm.add(tg.DataStore("Time-lapse image server", stores={images}))
    # Vendor-supplied agent that uploads finished sequences and fetches rankings.
    connector = tm.add(
        tg.Service(
            "Vendor cloud connector",
            description="Uploads each completed sequence; polls for the cycle's ranking.",
        )
    )
    # Vendor viewer showing images with the ranking, where the transfer embryo is chosen.
    console = tm.add(
        tg.Service(
            "Embryo assessment console",
            controls={
                c.Authentication(method="clinic Active Directory password"),
                c.HumanInTheLoop(approver="embryologist, with the patient"),
            },
        )
    )
    # Lab staff who grade embryos and choose, with the patient, which to transfer.
    embryologist = tm.add(tg.Actor("Embryologist", role="embryologist"))

with tm.boundary("Clinic hosted systems", trust=tg.Trust.INTERNAL):
    # The clinic's system of record for patients, cycles and outcomes.
    emr = tm.add(
        tg.DataStore(
            "Fertility EMR",
            stores={patient_record, transfer_decision, outcome},
            controls={
                c.EncryptionAtRest(key_management="hosting provider managed keys"),
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Weekly extract of outcomes for the vendor, keyed by slide id.
    export_job = tm.add(
        tg.Service(
            "Weekly outcome export job",
            controls={c.DataMinimization(note="names and dates of birth removed; slide id kept")},
        )
    )
    # Backend of the patient app: cycle updates and transfer confirmation.
    app_api = tm.add(
        tg.Endpoint(
            "Patient app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, SMS code on sign-in from a new device"
                ),
            },
        )
    )
    # Nurses who record pregnancy tests and scans.
    nurse = tm.add(tg.Actor("Clinic nurse", role="nurse"))

with tm.boundary("Ranking vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor's ingest and ranking API, one account per clinic.
    ranking_api = tm.add(
        tg.Endpoint(
            "Embryo ranking API",
            returns_scores=True,
            controls={c.Authentication(method="per-clinic API key")},
        )
    )
    # The CE-marked model that ranks a cycle's embryos for transfer.
    ranking_model = tm.add(
        tg.Model(
            "Embryo ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Deep network over time-lapse sequences; scores implantation potential.",
            controls={
                c.ModelCards(note="instructions for use and clinical validation summary"),
                c.SupplierAssessment(note="medical-device and GDPR review at procurement"),
            },
        )
    )
    # Images and outcomes pooled from every client clinic.
    vendor_dataset = tm.add(tg.Dataset("Vendor cross-clinic dataset", stores={training_set}))
    # Vendor's periodic retraining on the pooled data.
    vendor_training = tm.add(tg.Pipeline("Vendor retraining pipeline", stage=tg.Stage.TRAINING))
    # Vendor's released model versions.
    vendor_registry = tm.add(
        tg.ModelRegistry("Vendor model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# imaging and ranking
tm.flow(incubator, image_server, images, label="lab LAN")
tm.flow(image_server, connector, images)
tm.flow(connector, ranking_api, images, protocol="https")
tm.flow(ranking_api, ranking_model, images)
tm.flow(ranking_model, ranking_api, ranking)
tm.flow(ranking_api, connector, ranking, protocol="https")
tm.flow(connector, image_server, ranking)

# choosing the embryo
tm.flow(image_server, console, images, ranking)
tm.flow(console, embryologist, images, ranking)
tm.flow(embryologist, console, transfer_decision)
tm.flow(console, emr, transfer_decision, protocol="https")
tm.flow(emr, app_api, patient_update)
tm.flow(app_api, patient, patient_update, protocol="https")
tm.flow(patient, app_api, patient_consent, protocol="https")
tm.flow(app_api, emr, patient_consent)

# outcomes and retraining
tm.flow(nurse, emr, outcome, protocol="https")
tm.flow(emr, export_job, outcome)
tm.flow(export_job, ranking_api, outcome_labels, protocol="https")
tm.flow(ranking_api, vendor_dataset, images, outcome_labels)
tm.flow(vendor_dataset, vendor_training, training_set)
tm.flow(vendor_training, vendor_registry, weights)
tm.flow(vendor_registry, ranking_model, weights, label="deploy")
