"""Accordion reed-tuning audio model: the first design, before any security review.

An accordion repair workshop in Germany retunes instruments reed by reed. At the
tuning bench the tuner sounds each reed on the tuning bellows; a measurement
microphone feeds the bench PC, where a pitch model (fine-tuned in house from open
pitch-estimation weights) estimates how many cents each reed is off its target,
and the bench app shows which reed to scrape, at tip or heel, and by how much.
Recordings and per-reed measurements are kept on the workshop NAS. In calibration
sessions a strobe tuner's reference readings label recordings for a training set;
the owner fine-tunes the model on a workstation and copies checkpoints that pass
a held-out cents-error check into a versioned model folder the bench PC loads.
When a job is done, a report generator builds a tuning report from the job record
and the measurements and e-mails it to the customer through a mail provider.
Everything runs on the workshop LAN; NAS shares need individual user accounts.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Accordion reed-tuning audio model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Bench guidance from a reed pitch model, with tuning reports for customers.",
)

# ---------------------------------------------------------------- data assets
reed_audio = tg.Data(
    "Reed recordings",
    kind="media",
    description="Short clips of one reed sounding on the tuning bellows.",
)
reed_position = tg.Data(
    "Reed position and target",
    kind="records",
    description="Which bank, register and note is on the bellows, and the target "
    "temperament and tremolo detune.",
)
pitch_estimates = tg.Data(
    "Pitch estimates",
    kind="model-output",
    description="Estimated frequency, cents off target and a confidence per reed.",
)
guidance = tg.Data(
    "Tuning guidance", kind="records", description="Scrape tip or heel, and how much."
)
measurements = tg.Data(
    "Reed measurements",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Before and after cents per reed, per instrument.",
)
reference_readings = tg.Data(
    "Strobe tuner reference readings",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
labeled_recordings = tg.Data(
    "Labeled reed recordings",
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Open pitch-estimation weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="Published PyTorch checkpoint of an open pitch-estimation network.",
)
model_checkpoint = tg.Data(
    "Fine-tuned reed pitch checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="torch.save checkpoint (.pt).",
)
training_settings = tg.Data("Fine-tuning run settings", kind="instructions")
job_records = tg.Data(
    "Repair job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, e-mail and postal address, instrument make and serial, "
    "work ordered and price.",
)
tuning_report = tg.Data(
    "Tuning report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF with the customer's name, the instrument and a before/after table per reed.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the tuning report by e-mail; brings the instrument in person.
    customer = tm.add(tg.Actor("Customer", role="instrument owner"))
    # Where the open base weights are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail API that delivers the reports.
    mail_provider = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # Sounds reeds, reads the guidance and scrapes the reeds.
    tuner = tm.add(tg.Actor("Tuner", role="reed tuner"))
    # Takes jobs at the counter and runs the fine-tuning.
    owner = tm.add(tg.Actor("Workshop owner", role="workshop owner", privileged=True))
    # Builds and sends the customer's report when a job is closed.
    report_generator = tm.add(
        tg.Service(
            "Report generator",
            description="Script on the front-desk PC: merges the job record and the "
            "measurements into a PDF and sends it through the mail provider's API.",
        )
    )

    with tm.boundary("Tuning bench", trust=tg.Trust.INTERNAL):
        # Captures each reed's sound at the bellows.
        microphone = tm.add(tg.Device("Bench measurement microphone", fleet=False))
        # Gives reference pitch during calibration sessions, to label recordings.
        strobe = tm.add(tg.Device("Strobe tuner", fleet=False))
        # Records, calls the model and shows the tuner what to do.
        bench_app = tm.add(
            tg.Service(
                "Bench tuning app",
                description="Desktop app on the bench PC: records reeds, runs the model, "
                "shows cents off and scraping guidance, saves measurements.",
            )
        )
        # Estimates cents off pitch per reed from the recording.
        pitch_model = tm.add(
            tg.Model(
                "Reed pitch model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                description="Open pitch-estimation network fine-tuned on accordion reeds; "
                "runs locally on the bench PC.",
            )
        )

    with tm.boundary("Workshop NAS", trust=tg.Trust.INTERNAL):
        # Keeps every recording and per-reed measurement by job.
        recordings_store = tm.add(
            tg.DataStore(
                "Recordings and measurements share",
                stores={reed_audio, measurements},
                controls={c.Authentication(method="individual NAS user accounts with password")},
            )
        )
        # Customer and job records of the workshop.
        job_db = tm.add(
            tg.DataStore(
                "Repair job database",
                stores={job_records},
                controls={c.Authentication(method="individual NAS user accounts with password")},
            )
        )
        # Labeled recordings from calibration sessions.
        training_set = tm.add(
            tg.Dataset(
                "Reed training set",
                stores={labeled_recordings, reference_readings},
                purpose="fine-tuning",
                controls={c.DataVersioning(note="DVC snapshots on the NAS")},
            )
        )
        # Versioned folder of checkpoints the bench PC loads from.
        model_folder = tm.add(
            tg.ModelRegistry(
                "Model checkpoint folder",
                stores={model_checkpoint},
                controls={c.ModelVersioning(note="one folder per dated version; bench pins one")},
            )
        )

    with tm.boundary("Owner's workstation", trust=tg.Trust.INTERNAL):
        # Fine-tunes the pitch model on the GPU workstation.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Fine-tuning script",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="pip-installs its requirements, downloads the base weights, "
                "fine-tunes and checks cents error on held-out reeds.",
                controls={c.ModelValidation(note="held-out cents-error threshold before copying")},
            )
        )

# ---------------------------------------------------------------- flows
# At the bench.
tm.flow(microphone, bench_app, reed_audio, protocol="usb")
tm.flow(tuner, bench_app, reed_position, label="on the panel")
tm.flow(bench_app, pitch_model, reed_audio, protocol="local")
tm.flow(pitch_model, bench_app, pitch_estimates, protocol="local")
tm.flow(bench_app, tuner, guidance, pitch_estimates, label="on the panel")
tm.flow(bench_app, recordings_store, reed_audio, measurements, protocol="smb")
tm.flow(recordings_store, bench_app, measurements, protocol="smb", label="earlier passes")

# Calibration sessions and fine-tuning.
tm.flow(strobe, bench_app, reference_readings, protocol="usb")
tm.flow(bench_app, training_set, labeled_recordings, reference_readings, protocol="smb")
tm.flow(training_set, fine_tuning, labeled_recordings, reference_readings, protocol="smb")
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(owner, fine_tuning, training_settings, protocol="local")
tm.flow(fine_tuning, model_folder, model_checkpoint, protocol="smb")
tm.flow(model_folder, pitch_model, model_checkpoint, protocol="smb", label="load pinned version")

# Jobs and reports.
tm.flow(owner, job_db, job_records, protocol="smb", label="intake at the counter")
tm.flow(job_db, owner, job_records, protocol="smb")
tm.flow(job_db, report_generator, job_records, protocol="smb")
tm.flow(recordings_store, report_generator, measurements, protocol="smb")
tm.flow(report_generator, mail_provider, tuning_report, protocol="https")
tm.flow(mail_provider, customer, tuning_report, protocol="smtp+starttls")
