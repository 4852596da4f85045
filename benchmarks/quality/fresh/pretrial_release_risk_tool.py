"""Pretrial release risk tool: the first design, before any security review.

After a booking, an assessment service in the county justice data centre pulls the
defendant's criminal history from the state repository and the charges, prior
failures to appear and court dates from the court's case management system. It
feeds these inputs to a logistic-regression model, built by the county analytics
unit from past cases, that scores the risk of failing to appear. The score and its
inputs are stored with each assessment. Pretrial officers review them in a web
workbench, interview the defendant and file a release recommendation to the case;
the judge reads it in the case management system and decides at first appearance.
Defence counsel see the score and every input through the court's online portal
and can challenge them at the hearing. Staff sign in with county SSO, access is by
role, assessments are audit-logged, and the model was validated on local outcomes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pretrial release risk tool",
    profile=tg.RiskProfile.HIGH,
    description="Failure-to-appear risk scores supporting pretrial release recommendations "
    "in a county court.",
)

# ---------------------------------------------------------------- data assets
history_query = tg.Data(
    "Criminal history query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and state id of the booked defendant.",
)
criminal_history = tg.Data(
    "Criminal history records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_data = tg.Data(
    "Case data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current charges, prior failures to appear, pending cases, court dates.",
)
inputs = tg.Data(
    "Assessment inputs",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
score = tg.Data(
    "FTA risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
interview = tg.Data("Interview notes", kind="records", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Release recommendation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decision = tg.Data(
    "Release decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
access_request = tg.Data("Defence case lookup", kind="records", sensitivity=tg.Sensitivity.PII)
history_cases = tg.Data(
    "Historical cases and appearance outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
weights = tg.Data("FTA model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_script = tg.Data("Training script", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("State criminal justice network", trust=tg.Trust.PARTNER):
    # The state repository of arrests and convictions; the main model input.
    state_repo = tm.add(
        tg.DataSource(
            "State criminal history repository",
            origin=tg.Origin.PARTNER,
            provides={criminal_history},
        )
    )

with tm.boundary("County justice data centre", trust=tg.Trust.INTERNAL):
    # The court's system of record for cases, hearings and release orders.
    cms = tm.add(
        tg.DataStore("Court case management system", stores={case_data, recommendation, decision})
    )
    # Gathers inputs after booking, calls the model and stores the assessment.
    assessment = tm.add(
        tg.Service(
            "Assessment service",
            controls={c.ExplainabilityLogging(note="every input and the score stored together")},
        )
    )
    # The failure-to-appear model.
    model = tm.add(
        tg.Model(
            "FTA risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression; score bands 1-6 shown to officers and the court.",
            controls={
                c.HumanInTheLoop(approver="pretrial officer recommends; judge decides"),
                c.ModelValidation(note="validation study on three years of county cases"),
            },
        )
    )
    # Scores, inputs and recommendations per assessment.
    assessment_db = tm.add(
        tg.DataStore(
            "Assessment database",
            stores={inputs, score, interview, recommendation},
            controls={
                c.AuditLogging(retention_days=365),
                c.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )
    # Pretrial officers' web app: review score, record interview, draft recommendation.
    workbench = tm.add(
        tg.Endpoint(
            "Pretrial officer workbench",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="county Active Directory SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Analytics workspace", trust=tg.Trust.INTERNAL):
        # Extract of past cases with whether the defendant appeared.
        dataset = tm.add(tg.Dataset("Historical case extract", stores={history_cases}))
        # Refits the model when the analytics unit revalidates it.
        training = tm.add(
            tg.Pipeline("Model refit", stage=tg.Stage.TRAINING, third_party_packages=True)
        )

with tm.boundary("County DMZ", trust=tg.Trust.INTERNAL):
    # Lets defence counsel see the score and the inputs behind it.
    portal = tm.add(
        tg.Endpoint(
            "Defence access portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            returns_scores=True,
            controls={
                c.Authentication(method="court e-filing account"),
                c.Contestability(
                    note="inputs disclosed so counsel can challenge them at the hearing"
                ),
            },
        )
    )

with tm.boundary("Pretrial services office", trust=tg.Trust.INTERNAL):
    # Prepares the release recommendation.
    officer = tm.add(tg.Actor("Pretrial officer", role="pretrial officer"))
    # County analyst who maintains the model.
    analyst = tm.add(tg.Actor("County data analyst", role="analyst", privileged=True))

with tm.boundary("Courthouse network", trust=tg.Trust.INTERNAL):
    # Decides release at first appearance.
    judge = tm.add(tg.Actor("Judge", role="judge", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public defenders and private counsel, from their own offices.
    counsel = tm.add(tg.Actor("Defence counsel", role="defence attorney"))

# ---------------------------------------------------------------- flows
tm.flow(assessment, state_repo, history_query, protocol="tls")
tm.flow(state_repo, assessment, criminal_history, protocol="tls")
tm.flow(cms, assessment, case_data)
tm.flow(assessment, model, inputs)
tm.flow(model, assessment, score)
tm.flow(assessment, assessment_db, inputs, score)

tm.flow(assessment_db, workbench, inputs, score)
tm.flow(workbench, officer, inputs, score, protocol="https")
tm.flow(officer, workbench, interview, recommendation, protocol="https")
tm.flow(workbench, assessment_db, interview, recommendation)
tm.flow(workbench, cms, recommendation, score, label="filed to the case")
tm.flow(cms, judge, recommendation, score, case_data, protocol="https")
tm.flow(judge, cms, decision, protocol="https")

tm.flow(counsel, portal, access_request, protocol="https")
tm.flow(assessment_db, portal, inputs, score)
tm.flow(portal, counsel, inputs, score, protocol="https")

tm.flow(cms, dataset, history_cases, label="yearly extract")
tm.flow(dataset, training, history_cases)
tm.flow(analyst, training, training_script)
tm.flow(training, model, weights, label="analyst copies new model file")
