"""Carer visit time and travel verification: the first design, before any security review.

A home care agency in England sends carers to clients' homes on a rota kept in a
rostering SaaS. Carers check in and out of each visit in the agency's phone app,
which sends the time and a GPS fix to the agency's cloud backend. Each night a job
scores the day's visits with an in-house model that flags visits that look too short
or that were not checked in at the client's home. Care coordinators in the office
review every flag on a web dashboard and confirm or correct the hours before they
are exported to the payroll bureau; unflagged visits go through as recorded. Once a
month the export job uploads a visit report to each funding council's provider
portal. The model is retrained from past visits and coordinators' decisions.
Controls in this design: carer sign-in to the API, SSO with MFA and roles on the
dashboard, coordinator approval of flagged visits, encryption at rest of the visit
database, and HTTPS or SFTP on every link.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Carer visit time and travel verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags short or off-site home care visits for coordinator review before payroll.",
)

# ---------------------------------------------------------------- data assets
check_in = tg.Data(
    "GPS check-in and check-out",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Carer ID, visit ID, timestamp and the phone's GPS position.",
)
schedule = tg.Data(
    "Visit schedule and client addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Planned visits, care package minutes and client home addresses.",
)
rota = tg.Data("Carer rota", kind="records", sensitivity=tg.Sensitivity.PII)
visits = tg.Data(
    "Visit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visit_features = tg.Data(
    "Visit duration and distance features", kind="features", sensitivity=tg.Sensitivity.PII
)
flags = tg.Data(
    "Visit flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Short-visit and off-site scores with the reason shown to coordinators.",
)
decisions = tg.Data(
    "Coordinator review decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approved_hours = tg.Data(
    "Approved visit hours",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
council_report = tg.Data(
    "Monthly council visit report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Planned against delivered minutes per funded client.",
)
history = tg.Data("Labelled visit history", kind="training-data", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data(
    "Visit checker model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile networks", trust=tg.Trust.UNTRUSTED):
    # The carer is the person whose visits are checked.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # The agency's app on carers' own or agency phones takes the GPS fix.
    phone = tm.add(
        tg.Device(
            "Carer phone app",
            fleet=True,
            description="Android and iOS app; shows the rota and records check-ins with GPS.",
        )
    )

with tm.boundary("Rostering vendor", trust=tg.Trust.PARTNER):
    # The system of record for who visits whom and when.
    rostering = tm.add(
        tg.ExternalService(
            "Rostering system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Rostering SaaS used by the office to plan visits.",
        )
    )

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # The backend the app talks to; also receives the nightly schedule sync.
    visit_api = tm.add(
        tg.Endpoint(
            "Visit check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="carer ID and password")},
        )
    )
    # Holds schedules, check-ins, flags, review decisions and approved hours.
    visit_db = tm.add(
        tg.DataStore(
            "Visit database",
            stores={schedule, check_in, visits, flags, decisions, approved_hours},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly batch that scores the day's visits.
    checking_job = tm.add(
        tg.Service(
            "Visit checking job",
            description="Computes duration and distance from the client's home; calls the model.",
        )
    )
    # Decides which visits a coordinator must look at before payroll.
    checker = tm.add(
        tg.Model(
            "Visit verification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier; flags short or off-site visits.",
        )
    )
    # Where coordinators see flags and confirm or correct the hours.
    dashboard = tm.add(
        tg.Endpoint(
            "Coordinator review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="care coordinator"),
            },
        )
    )
    # Sends approved hours to payroll and monthly reports to councils.
    export_job = tm.add(tg.Service("Payroll and council export job"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past visits joined with what coordinators decided about them.
        training_set = tm.add(tg.Dataset("Visit training set", stores={history}))
        # Monthly retraining of the verification model.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Reviews flagged visits; knows the clients and carers.
    coordinator = tm.add(tg.Actor("Care coordinator", role="coordinator"))

with tm.boundary("Payroll bureau", trust=tg.Trust.PARTNER):
    # Pays carers from the approved hours.
    payroll = tm.add(tg.ExternalService("Payroll bureau service"))

with tm.boundary("Funding council", trust=tg.Trust.PARTNER):
    # Councils require monthly evidence of delivered care.
    council_portal = tm.add(tg.ExternalService("Council provider portal"))
    commissioner = tm.add(tg.Actor("Council commissioner", role="commissioner"))

# ---------------------------------------------------------------- flows
tm.flow(carer, phone, check_in, label="taps check-in and check-out")
tm.flow(phone, visit_api, check_in, protocol="https")
tm.flow(visit_api, phone, rota, protocol="https", label="today's visits")
tm.flow(phone, carer, rota, label="shown on screen")

tm.flow(rostering, visit_api, schedule, protocol="https", label="nightly schedule sync")
tm.flow(visit_api, visit_db, schedule, check_in)
tm.flow(visit_db, visit_api, rota)

tm.flow(visit_db, checking_job, schedule, visits)
tm.flow(checking_job, checker, visit_features)
tm.flow(checker, checking_job, flags)
tm.flow(checking_job, visit_db, flags)

tm.flow(visit_db, dashboard, flags, visits)
tm.flow(dashboard, coordinator, flags, visits, protocol="https")
tm.flow(coordinator, dashboard, decisions, protocol="https")
tm.flow(dashboard, visit_db, decisions, approved_hours)

tm.flow(visit_db, export_job, approved_hours, visits)
tm.flow(export_job, payroll, approved_hours, protocol="sftp", label="weekly payroll file")
tm.flow(export_job, council_portal, council_report, protocol="https", label="monthly upload")
tm.flow(council_portal, commissioner, council_report, protocol="https")

tm.flow(visit_db, training_set, history, label="monthly export")
tm.flow(training_set, training, history)
tm.flow(training, checker, artifact, label="deploy")
