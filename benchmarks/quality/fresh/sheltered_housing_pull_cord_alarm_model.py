"""Sheltered housing pull-cord alarm and inactivity model: the first design, before review.

A housing association's sheltered schemes give each flat a social alarm hub with
pull cords and PIR motion sensors. Hubs send alarm calls over the phone line, or
over 4G where the flat has no landline, to an alarm-receiving centre (ARC) platform
run by a contractor, which also holds resident records and family contacts. Motion
events are exported from the platform into the association's cloud, where a model
learns each resident's usual morning routine and flags unusual inactivity (no
movement by mid-morning). The welfare alert service raises a welfare call in the
platform's queue; the association's 24-hour alarm centre phones the resident and
sends the scheme warden or calls an ambulance, and phones listed family contacts.
Controls: operator sign-in with MFA and call recording on the platform, a contract
and DPA with the ARC contractor, missed-heartbeat alerts per hub, an API key for
raising welfare calls, and encrypted storage of the activity history.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sheltered housing pull-cord alarm and inactivity model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Social alarms and an inactivity model raising welfare calls for "
    "sheltered housing residents.",
)

# ---------------------------------------------------------------- data assets
cord_pull = tg.Data("Pull-cord activation", kind="records", sensitivity=tg.Sensitivity.PII)
motion_events = tg.Data(
    "Motion sensor events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-room movement timestamps from the flat's PIR sensors.",
)
alarm_call = tg.Data(
    "Alarm call",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hub id, alarm type (pull cord, sensor, low battery, heartbeat) and time.",
)
speech = tg.Data(
    "Speech with resident",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Two-way voice between the operator and the resident through the hub or phone.",
)
activity_export = tg.Data("Activity export", kind="records", sensitivity=tg.Sensitivity.PII)
activity_history = tg.Data(
    "Resident activity history",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Daily movement patterns per resident, which reveal health and routine.",
)
baselines = tg.Data(
    "Per-resident routine baselines",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.PII,
    description="Usual first-movement time and variability per resident and weekday.",
)
inactivity_alert = tg.Data(
    "Inactivity alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
welfare_call = tg.Data(
    "Welfare call request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident, scheme, flat and reason, raised in the ARC call queue.",
)
resident_records = tg.Data(
    "Resident records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Name, flat, medical conditions, medication, key safe code, GP.",
)
family_contacts = tg.Data("Family contact details", kind="records", sensitivity=tg.Sensitivity.PII)
call_queue = tg.Data(
    "Alarm and welfare call queue",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Incoming calls with the resident's record shown to the operator.",
)
call_outcome = tg.Data("Call outcome notes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
dispatch = tg.Data(
    "Dispatch request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who needs help, where, the key safe code and what is known.",
)
visit_outcome = tg.Data("Visit outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED)
family_update = tg.Data("Family update", kind="records", sensitivity=tg.Sensitivity.PII)
api_key = tg.Data("ARC platform API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Resident flats", trust=tg.Trust.UNTRUSTED):
    # The person the service protects; pulls the cord or simply moves about the flat.
    resident = tm.add(tg.Actor("Resident", role="sheltered housing resident"))
    # Social alarm hub with speakerphone; dials the ARC over the phone line or 4G.
    hub = tm.add(tg.Device("Alarm hub", fleet=True))
    # PIR motion sensors in hall, kitchen and bathroom, radio-linked to the hub.
    sensors = tm.add(tg.Device("Motion sensors", fleet=True))

with tm.boundary("ARC contractor platform", trust=tg.Trust.PARTNER):
    # The alarm-receiving centre platform the contractor runs; our operators work in it.
    arc_platform = tm.add(
        tg.Service(
            "ARC platform",
            description="Receives alarm calls, queues welfare calls, shows resident records.",
            controls={
                c.Authentication(method="contractor SSO with MFA for operators"),
                c.AuditLogging(note="call recording and event log kept by the contractor"),
                c.AnomalyDetection(note="line-fault and missed-heartbeat alerts for each hub"),
                c.SupplierAssessment(note="contract and data processing agreement"),
            },
        )
    )
    # Resident profiles and contacts held on the contractor's platform.
    resident_db = tm.add(
        tg.DataStore("Resident record store", stores={resident_records, family_contacts})
    )

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Pulls motion events from the ARC platform's export API every 15 minutes.
    ingest = tm.add(tg.Pipeline("Activity ingestion", stage=tg.Stage.INGESTION))
    # History of movement per resident, for the model and its baselines.
    activity_db = tm.add(
        tg.DataStore(
            "Activity history store",
            stores={activity_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job fitting each resident's usual morning routine.
    baseline_job = tm.add(tg.Pipeline("Nightly baseline training", stage=tg.Stage.TRAINING))
    # Compares this morning's movement with the resident's baseline.
    model = tm.add(
        tg.Model(
            "Inactivity model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags residents with no movement by mid-morning against their routine.",
        )
    )
    # Turns alerts into welfare calls in the ARC queue.
    alert_service = tm.add(
        tg.Service(
            "Welfare alert service",
            controls={c.SecretsManagement(note="ARC API key in the cloud secret store")},
        )
    )

with tm.boundary("Association alarm centre", trust=tg.Trust.INTERNAL):
    # 24-hour operators who answer alarms and welfare calls.
    operator = tm.add(tg.Actor("Alarm centre operator", role="alarm centre operator"))
    # On-call scheme warden who visits the flat.
    warden = tm.add(tg.Actor("Scheme warden", role="warden"))

with tm.boundary("Outside parties", trust=tg.Trust.UNTRUSTED):
    # Relatives the resident has listed as contacts.
    family = tm.add(tg.Actor("Family contact", role="next of kin"))
    # Called on 999 when the resident needs medical help.
    ambulance = tm.add(tg.ExternalService("Ambulance service"))

# ---------------------------------------------------------------- flows
# In the flat
tm.flow(resident, hub, cord_pull, label="pulls the cord")
tm.flow(sensors, hub, motion_events, protocol="869 MHz social alarm radio")

# Hub to the ARC
tm.flow(hub, arc_platform, alarm_call, protocol="pstn", label="alarm call over the phone line")
tm.flow(hub, arc_platform, alarm_call, motion_events, protocol="https", label="4G data path")
tm.flow(hub, arc_platform, speech, protocol="pstn", label="speakerphone")
tm.flow(arc_platform, hub, speech, protocol="pstn", label="speakerphone")

# ARC platform and its records
tm.flow(resident_db, arc_platform, resident_records, family_contacts)
tm.flow(arc_platform, resident_db, resident_records, family_contacts, label="record updates")

# Inactivity model in the association's cloud
tm.flow(arc_platform, ingest, activity_export, protocol="https", label="export API pull")
tm.flow(ingest, activity_db, activity_history)
tm.flow(activity_db, baseline_job, activity_history)
tm.flow(baseline_job, model, baselines)
tm.flow(activity_db, model, activity_history, label="this morning's movement")
tm.flow(model, alert_service, inactivity_alert)
tm.flow(
    alert_service,
    arc_platform,
    welfare_call,
    api_key,
    protocol="https",
    controls={c.Authentication(method="API key issued by the ARC contractor")},
)

# Alarm centre
tm.flow(arc_platform, operator, call_queue, protocol="https")
tm.flow(operator, arc_platform, call_outcome, resident_records, family_contacts, protocol="https")
tm.flow(operator, resident, speech, protocol="phone", label="welfare phone call")
tm.flow(resident, operator, speech, protocol="phone", label="welfare phone call")
tm.flow(operator, warden, dispatch, protocol="phone")
tm.flow(warden, operator, visit_outcome, protocol="phone")
tm.flow(operator, ambulance, dispatch, protocol="phone", label="999 call")
tm.flow(operator, family, family_update, protocol="phone")
tm.flow(family, operator, family_contacts, protocol="phone", label="contact details changes")
