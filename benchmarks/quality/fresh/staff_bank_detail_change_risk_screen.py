"""Staff bank detail change risk screen: the first design, before any security review.

Employees of a mid-size EU retailer (store, warehouse and head-office staff) sign in
to the HR portal through the company's Entra ID tenant, from home or their phones,
to change the bank account their salary is paid into. The bank change service
gathers risk signals for each request (device and sign-in location and the date of
the last password reset from Entra ID, employment start and account age from the
HR database) and asks the risk model on the company's ML platform for a score.
Changes scoring above the hold threshold wait in a payroll review console until
payroll staff call the employee back on the phone number held in HR; all others
are sent straight to the in-house payroll system ahead of the monthly pay run.
The model is retrained by the data science team from past change requests and the
call-back outcomes. Controls in this design: SSO sign-in (MFA only for head-office
staff), TLS on every link, role-based access and audit logs in payroll, encrypted
payroll data and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Staff bank detail change risk screen",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Risk-scores employees' salary bank account changes; high-risk ones wait "
    "for a payroll call-back, the rest go straight to payroll.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Employee sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sso_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
change_request = tg.Data(
    "Bank detail change request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Employee id, new IBAN and account holder name, device and IP of the request.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
change_status = tg.Data("Change request status", sensitivity=tg.Sensitivity.PII, kind="records")
signal_query = tg.Data("Sign-in signal query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
sign_in_signals = tg.Data(
    "Sign-in risk signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recent sign-in devices, IP locations and the last password reset.",
)
employee_record = tg.Data(
    "Employee record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Start date, account age, current bank details and call-back phone number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_features = tg.Data("Change risk features", sensitivity=tg.Sensitivity.PII, kind="features")
risk_score = tg.Data(
    "Change risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
held_change = tg.Data("Held bank change", sensitivity=tg.Sensitivity.PII, kind="records")
callback_call = tg.Data("Call-back conversation", sensitivity=tg.Sensitivity.PII, kind="media")
callback_outcome = tg.Data(
    "Call-back outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed by the employee, or reported as not made by them.",
)
bank_update = tg.Data(
    "Salary bank account update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payroll_records = tg.Data(
    "Payroll records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Salaries and the bank accounts they are paid into.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Past change requests with outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
training_code = tg.Data(
    "Training code and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any employee, signing in from home, a store terminal or a phone.
    employee = tm.add(tg.Actor("Employee", role="employee"))

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # The company's identity provider: signs employees in and keeps their sign-in logs.
    idp = tm.add(
        tg.ExternalService(
            "Entra ID tenant",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Workforce SSO; also queried for sign-in logs through Microsoft Graph.",
        )
    )

with tm.boundary("Corporate cloud", trust=tg.Trust.INTERNAL):
    # The self-service HR portal where employees file the change.
    portal = tm.add(
        tg.Endpoint(
            "HR self-service portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID SSO: password, MFA for head-office staff only")
            },
        )
    )
    # Gathers signals, asks for a score and routes the change to review or payroll.
    change_service = tm.add(
        tg.Service(
            "Bank change service",
            description="Holds changes scoring above 0.7 for a call-back; sends the rest on.",
            controls={
                c.HumanInTheLoop(approver="payroll staff, by call-back", above="risk score 0.7"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The HR system of record: employee master data and the change history.
    hr_db = tm.add(
        tg.DataStore(
            "HR database",
            stores={employee_record, change_request, callback_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # The platform's shared model-serving endpoint for this model.
    scoring = tm.add(
        tg.Endpoint(
            "Change risk scoring endpoint",
            returns_scores=True,
            controls={c.Authentication(method="platform-issued service API key")},
        )
    )
    # Scores how likely a change request is account-takeover fraud.
    model = tm.add(
        tg.Model(
            "Bank change fraud risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Inputs: device, sign-in location, recent password reset, account age.",
            controls={c.ModelVersioning()},
        )
    )
    # Past requests joined with call-back outcomes, exported monthly from HR.
    training_set = tm.add(tg.Dataset("Change request training set", stores={training_data}))
    # Monthly retraining job on the platform's shared training cluster.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # The platform's registry of model versions, from which serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Payroll team members who call employees back about held changes.
    payroll_staff = tm.add(tg.Actor("Payroll staff", role="payroll administrator", privileged=True))
    # Data scientists who own the risk model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
    # Queue of held changes, worked by the payroll team.
    review_console = tm.add(
        tg.Service(
            "Payroll review console",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # The in-house payroll system that pays salaries in the monthly run.
    payroll = tm.add(
        tg.DataStore(
            "Payroll system",
            stores={payroll_records},
            controls={
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(employee, idp, sign_in, protocol="https")
tm.flow(idp, employee, sso_token, protocol="https")
tm.flow(employee, portal, sso_token, change_request, protocol="https")
tm.flow(portal, employee, change_status, protocol="https")

# scoring
tm.flow(portal, change_service, change_request)
tm.flow(change_service, portal, change_status)
tm.flow(change_service, idp, signal_query, protocol="https", label="Microsoft Graph sign-in logs")
tm.flow(idp, change_service, sign_in_signals, protocol="https")
tm.flow(hr_db, change_service, employee_record)
tm.flow(change_service, hr_db, change_request, label="change history")
tm.flow(change_service, scoring, risk_features, protocol="https")
tm.flow(scoring, model, risk_features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, change_service, risk_score, protocol="https")

# low-risk changes go straight to payroll
tm.flow(change_service, payroll, bank_update, protocol="https", label="below hold threshold")

# high-risk changes wait for a call-back
tm.flow(change_service, review_console, held_change, protocol="https", label="above hold threshold")
tm.flow(review_console, payroll_staff, held_change, protocol="https")
tm.flow(hr_db, review_console, employee_record, protocol="https", label="call-back phone number")
tm.flow(payroll_staff, employee, callback_call, protocol="phone", label="call-back")
tm.flow(employee, payroll_staff, callback_call, protocol="phone")
tm.flow(payroll_staff, review_console, callback_outcome, protocol="https")
tm.flow(review_console, payroll, bank_update, label="confirmed by call-back")
tm.flow(review_console, hr_db, callback_outcome, protocol="https")

# retraining
tm.flow(hr_db, training_set, training_data, protocol="https", label="monthly export")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
