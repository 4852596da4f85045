"""Home care visit verification: the first design, before any security review.

A home care agency sends carers to clients' homes on a daily rota. Carers use the
agency's phone app to see their rota and to check in and out of each visit; the app
records the time and the phone's GPS position at check-in and check-out. A nightly
job scores every visit with a model trained on past visits, flagging those that look
wrong (too short, too far from the client's address, overlapping another visit).
Care coordinators review the flags in a web console, can send carers a query through
the app, and confirm or adjust the paid hours that go to the payroll provider; their
decisions are kept as labels for the monthly retraining. A monthly job sends the
commissioning local council a visit report over SFTP, and clients' families see
visit times in a family app. Everything runs in the agency's cloud tenancy; staff
sign in with SSO and MFA, carers and families with a username and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care agency visit verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags doubtful home care visits for coordinators, who adjust carers' pay.",
)

# ---------------------------------------------------------------- data assets
check_in = tg.Data(
    "Check-in and check-out events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Carer, visit, timestamp and GPS position from the phone.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rota = tg.Data(
    "Carer rota",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Today's visits: client name, address, key-safe notes and care tasks.",
)
visits = tg.Data(
    "Visit records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Planned and recorded visits with clients' care needs and carers' locations.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Visit features", kind="features", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Visit flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Flag reason (too short, wrong place, overlapping) and a score.",
)
outcomes = tg.Data(
    "Coordinator flag outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each flag was upheld or cleared, used to retrain.",
)
queries = tg.Data("Carer queries and replies", kind="records", sensitivity=tg.Sensitivity.PII)
pay = tg.Data(
    "Paid hours and adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
council_report = tg.Data(
    "Monthly council visit report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Delivered visits and hours per commissioned client.",
)
family_view = tg.Data("Family visit times", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Visit history training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Visit-check model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Carers are employed or zero-hours staff working from their own phones.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # The agency app on carers' own phones: rota, check-in, check-out, queries.
    carer_app = tm.add(
        tg.Device("Carer phone app", description="Android and iOS app on personal phones.")
    )
    # Relatives given access by the client to see when carers came.
    family = tm.add(tg.Actor("Client family member", role="family"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The mobile back end the carer app talks to.
    visit_api = tm.add(
        tg.Endpoint(
            "Visit API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password, session kept on the phone")},
        )
    )
    # The family app's back end: visit times for the client the account is linked to.
    family_api = tm.add(
        tg.Endpoint(
            "Family app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The system of record for rotas, visits, flags and pay adjustments.
    visit_db = tm.add(
        tg.DataStore(
            "Visit database",
            stores={visits, check_in, flags, outcomes, queries, pay},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores the previous day's visits each night and writes the flags.
    scoring_job = tm.add(tg.Service("Nightly visit scoring job"))
    # The model that decides which visits look wrong.
    model = tm.add(
        tg.Model(
            "Visit-check model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over visit length, distance and overlaps.",
        )
    )
    # Coordinators' web console for flags, carer queries and pay adjustments.
    console = tm.add(
        tg.Service(
            "Coordinator console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="a care coordinator confirms every pay adjustment"),
            },
        )
    )
    # Sends the commissioning council its monthly report.
    report_job = tm.add(tg.Service("Monthly council report job"))
    # Retrains the visit-check model on visit history and coordinator outcomes.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model that the scoring job loads.
    model_store = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Coordinators run the rota for an area and manage its carers.
    coordinator = tm.add(tg.Actor("Care coordinator", role="coordinator"))

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # Outsourced payroll that pays carers for confirmed hours.
    payroll = tm.add(tg.ExternalService("Payroll provider", controls={c.SupplierAssessment()}))

with tm.boundary("Local council", trust=tg.Trust.PARTNER):
    # The council's commissioning team, which checks delivered care against contracts.
    council = tm.add(tg.Actor("Council commissioning team", role="commissioner"))

# ---------------------------------------------------------------- flows
tm.flow(carer, carer_app, check_in, label="taps check-in and check-out on the phone")
tm.flow(carer_app, carer, rota, queries)
tm.flow(carer, carer_app, queries, label="replies to coordinator queries")
tm.flow(carer_app, visit_api, check_in, queries, protocol="https")
tm.flow(visit_api, carer_app, rota, queries, protocol="https")
tm.flow(visit_api, visit_db, check_in, queries)
tm.flow(visit_db, visit_api, rota, queries)

tm.flow(visit_db, scoring_job, visits)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, flags)
tm.flow(scoring_job, visit_db, flags)

tm.flow(visit_db, console, visits, flags, queries)
tm.flow(console, visit_db, outcomes, queries, pay)
tm.flow(console, coordinator, visits, flags, queries, protocol="https")
tm.flow(coordinator, console, outcomes, queries, pay, protocol="https")
tm.flow(console, payroll, pay, protocol="https")

tm.flow(visit_db, report_job, visits)
tm.flow(report_job, council, council_report, protocol="sftp")

tm.flow(family, family_api, protocol="https", label="signs in to the family app")
tm.flow(visit_db, family_api, family_view)
tm.flow(family_api, family, family_view, protocol="https")

tm.flow(visit_db, training, training_set, outcomes)
tm.flow(training, model_store, weights)
tm.flow(model_store, model, weights, label="loaded by the scoring job")
