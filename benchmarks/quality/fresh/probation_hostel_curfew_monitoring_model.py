"""Probation hostel curfew monitoring model: the first design, before any security review.

The probation service runs approved premises where residents live under licence
curfews. Door contact sensors on room and exit doors report to the door system
vendor's cloud, which hosts the sensor data; residents check in on a tablet on each
landing with their key fob, and staff record observations in a monitoring web app.
An ingestion pipeline in the probation service's cloud tenancy pulls door events
from the vendor's API and curfew conditions from the probation case system, and
an in-house model scores each resident every 15 minutes for a likely curfew breach
and rising risk. The duty manager sees the flags, records whether each was right,
and decides whether to request a recall in the probation case system. Residents
read their own records at a kiosk in the common room. Controls in this design: staff
sign in with SSO and MFA under roles, residents use key fob and PIN at the kiosk,
the store is encrypted, the web app keeps an audit log, and the vendor was assessed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Probation hostel curfew monitoring model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags likely curfew breaches and rising risk at approved premises for the "
        "duty manager, who decides on recall."
    ),
)

# ---------------------------------------------------------------- data assets
door_events = tg.Data(
    "Door sensor events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Open and close events per room and exit door, with timestamps.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
check_in = tg.Data(
    "Room check-in",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Resident's key fob id, landing and time.",
)
observations = tg.Data(
    "Staff observations",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Free-text notes on behaviour, visitors, substance use and mood.",
)
conditions = tg.Data(
    "Licence conditions and curfew hours",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
features = tg.Data("Curfew features", sensitivity=tg.Sensitivity.REGULATED, kind="features")
flags = tg.Data(
    "Breach and risk flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Breach likelihood, risk trend and the events behind them.",
)
flag_outcome = tg.Data(
    "Flag review outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="labels",
    description="Duty manager marks each flag confirmed or false.",
)
recall_request = tg.Data(
    "Recall request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
record_request = tg.Data("Own record view request", sensitivity=tg.Sensitivity.PII, kind="records")
own_record = tg.Data(
    "Resident's own record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The resident's check-ins, door events and observations.",
)
history = tg.Data(
    "Historical curfew outcomes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Past features with confirmed breaches and flag outcomes.",
)
artifact = tg.Data(
    "Breach model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Resident areas", trust=tg.Trust.UNTRUSTED):
    # The people under curfew; they use the tablet and the kiosk.
    resident = tm.add(tg.Actor("Resident", role="approved premises resident"))
    # Contact sensors on each room door and exit door, wired to the vendor's gateway.
    door_sensors = tm.add(tg.Device("Door contact sensors", fleet=True))
    # One tablet per landing where residents tap their key fob to check in.
    tablet = tm.add(tg.Device("Room check-in tablet", fleet=True))
    # Common-room kiosk where residents read their own records.
    kiosk = tm.add(tg.Device("Resident records kiosk", fleet=False))

with tm.boundary("Premises staff office", trust=tg.Trust.INTERNAL):
    # Residential workers record what they see on their rounds.
    staff = tm.add(tg.Actor("Residential worker", role="probation hostel staff"))
    # Reviews the flags and decides whether to request a recall.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))

with tm.boundary("Door system vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor hosts all sensor data and exposes it through an API.
    vendor_cloud = tm.add(
        tg.DataStore(
            "Door vendor cloud",
            stores={door_events},
            controls={c.SupplierAssessment(note="security questionnaire at procurement")},
        )
    )

with tm.boundary("Probation cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app for staff and duty managers, also the API the tablets and kiosk call.
    web_app = tm.add(
        tg.Endpoint(
            "Monitoring web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="staff: Entra ID SSO with MFA; residents at the kiosk: key fob and "
                    "4-digit PIN"
                ),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Pulls door events and curfew conditions and builds the features the model uses.
    ingestion = tm.add(tg.Pipeline("Curfew data ingestion", stage=tg.Stage.INGESTION))
    # Holds check-ins, observations, door events, features, flags and outcomes.
    store = tm.add(
        tg.DataStore(
            "Monitoring data store",
            stores={door_events, check_in, observations, conditions, features, flags, flag_outcome},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault managed keys")},
        )
    )
    # Scores each resident for breach likelihood and risk trend every 15 minutes.
    model = tm.add(
        tg.Model(
            "Curfew breach risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="duty manager decides any recall")},
        )
    )
    # Extract of past features and confirmed outcomes for retraining.
    training_set = tm.add(tg.Dataset("Curfew training set", stores={history}))
    # Quarterly retraining run by the probation data team.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Probation national systems", trust=tg.Trust.RESTRICTED):
    # System of record for each person on probation; recalls are raised here.
    case_system = tm.add(tg.Service("Probation case system"))

# ---------------------------------------------------------------- flows
# Sensor data, via the vendor.
tm.flow(door_sensors, vendor_cloud, door_events, protocol="https", label="vendor gateway over 4G")
tm.flow(vendor_cloud, ingestion, door_events, protocol="https", label="vendor API pull every 5 min")

# Check-ins and observations.
tm.flow(resident, tablet, check_in, label="taps key fob")
tm.flow(tablet, web_app, check_in, protocol="https")
tm.flow(staff, web_app, observations, protocol="https")
tm.flow(web_app, store, check_in, observations, flag_outcome)

# Curfew conditions from the case system.
tm.flow(case_system, ingestion, conditions, protocol="sftp", label="nightly export")

# Features and scoring.
tm.flow(ingestion, store, door_events, conditions, features)
tm.flow(store, model, features)
tm.flow(model, store, flags)

# Duty manager review and recall.
tm.flow(store, web_app, flags, observations, check_in, door_events)
tm.flow(web_app, duty_manager, flags, observations, protocol="https")
tm.flow(duty_manager, web_app, flag_outcome, protocol="https")
tm.flow(duty_manager, case_system, recall_request, protocol="https")

# Residents' own records.
tm.flow(resident, kiosk, record_request, label="key fob and PIN at the kiosk")
tm.flow(kiosk, web_app, record_request, protocol="https")
tm.flow(web_app, kiosk, own_record, protocol="https")
tm.flow(kiosk, resident, own_record, label="on screen")

# Retraining.
tm.flow(store, training_set, history, label="quarterly extract")
tm.flow(training_set, training, history)
tm.flow(training, model, artifact, label="deploy")
