"""Hospital porter task dispatch: the first design, before any security review.

An NHS acute trust dispatches its porters (patient moves, specimen runs to the lab,
equipment deliveries) with a dispatch service on the trust's own servers. Ward staff
request jobs in the existing bed management system, which passes them to the
dispatcher over an HL7 interface. The dispatcher asks an in-house model how long
each job will take, then assigns jobs to porters' handsets to keep waiting short;
urgent specimen runs always go first. Handsets talk to a handset API over the staff
Wi-Fi and sign in with a badge number and PIN. Porter supervisors watch the job
board in a console (trust single sign-on) and can reassign jobs. Every job is
logged, and a monthly job retrains the duration model from the task logs; the data
scientist checks the error metrics before the new version goes in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital porter task dispatch",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts porter job durations and assigns jobs to porters' handsets.",
)

# ---------------------------------------------------------------- data assets
job_request = tg.Data(
    "Porter job request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Job type, from and to locations, patient name and bed, mobility and infection flags, urgency.",
)
job_status = tg.Data("Job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_features = tg.Data("Job features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
duration = tg.Data("Predicted duration", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
assignment = tg.Data(
    "Job assignment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
porter_update = tg.Data(
    "Porter status and location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted, picked up, completed, with the zone the handset last saw.",
)
reassignment = tg.Data(
    "Supervisor reassignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_board = tg.Data("Live job board", kind="records", sensitivity=tg.Sensitivity.PII)
task_logs = tg.Data(
    "Task logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every job with its timings, porter id and locations.",
)
weights = tg.Data(
    "Duration model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
retrain_run = tg.Data("Retraining run settings", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical network", trust=tg.Trust.INTERNAL):
    # Nurses and ward clerks who ask for porters.
    ward_staff = tm.add(tg.Actor("Ward staff", role="nurse or ward clerk"))
    # Existing system where jobs are requested and their progress shown.
    bed_mgmt = tm.add(
        tg.Service(
            "Bed management system",
            controls={c.Authentication(method="trust Active Directory single sign-on")},
        )
    )
    # Oversees the porter pool and moves jobs between porters.
    supervisor = tm.add(tg.Actor("Porter supervisor", role="supervisor"))
    # Web console showing the job board, used to reassign jobs.
    console = tm.add(
        tg.Endpoint(
            "Supervisor console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="trust Active Directory single sign-on"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # Porters on shift, anywhere on site.
    porter = tm.add(tg.Actor("Porter", role="porter"))
    # Rugged phones carried by porters, shared between shifts.
    handset = tm.add(
        tg.Device(
            "Porter handset",
            fleet=True,
            controls={c.Authentication(method="badge number and 4-digit PIN")},
        )
    )

with tm.boundary("Dispatch servers", trust=tg.Trust.INTERNAL):
    # Queues jobs, puts urgent specimens first and assigns jobs to porters.
    dispatcher = tm.add(
        tg.Service(
            "Porter dispatch service",
            description="Optimiser that assigns jobs using predicted durations and porter positions.",
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Predicts how long a job will take from its type, route and time of day.
    model = tm.add(
        tg.Model(
            "Task duration model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor over job type, from/to zones, hour and staffing.",
        )
    )
    # What the handsets call to fetch jobs and post status.
    handset_api = tm.add(tg.Endpoint("Handset API", purpose=tg.EndpointPurpose.API))
    # Every job and its timings, kept for audit and retraining.
    log_store = tm.add(tg.DataStore("Task log store", stores={task_logs}))

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Runs the monthly retrain and checks the new model's error.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Monthly retraining of the duration model from the task logs.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="error metrics checked by the data scientist")},
        )
    )
    # Holds the model versions the dispatcher loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(ward_staff, bed_mgmt, job_request, protocol="https", label="requests a porter")
tm.flow(bed_mgmt, ward_staff, job_status, protocol="https")
tm.flow(bed_mgmt, dispatcher, job_request, protocol="mllp", label="HL7 job message")
tm.flow(dispatcher, bed_mgmt, job_status, protocol="mllp", label="HL7 status message")

tm.flow(dispatcher, model, job_features)
tm.flow(model, dispatcher, duration)

tm.flow(dispatcher, handset_api, assignment)
tm.flow(handset_api, handset, assignment, protocol="https")
tm.flow(handset, porter, assignment, label="shown on the handset screen")
tm.flow(porter, handset, porter_update, label="tapped on the touchscreen")
tm.flow(handset, handset_api, porter_update, protocol="https")
tm.flow(handset_api, dispatcher, porter_update)

tm.flow(dispatcher, console, job_board, protocol="https")
tm.flow(console, supervisor, job_board, protocol="https")
tm.flow(supervisor, console, reassignment, protocol="https")
tm.flow(console, dispatcher, reassignment, protocol="https")

tm.flow(dispatcher, log_store, task_logs)
tm.flow(log_store, retraining, task_logs, label="monthly extract")
tm.flow(data_scientist, retraining, retrain_run, protocol="ssh", label="starts the run")
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, label="deploy new version")
