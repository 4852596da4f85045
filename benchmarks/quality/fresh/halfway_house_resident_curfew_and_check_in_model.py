"""Halfway house resident curfew and check-in: the first design, before any security review.

Residents of a probation halfway house check in several times a day at a kiosk
in the house lobby by putting a finger on its reader; the kiosk sends the
fingerprint template to a check-in API in our cloud tenancy, which matches it
against the templates enrolled by the house manager. At night, residents check
in by calling an automated line run by a telephony provider, which posts each
call to our phone check-in gateway. An in-house model scores every resident's
check-in history and flags missed or unusual check-ins on the duty officer's
dashboard; the duty officer decides whether a breach is reported to the
probation service through its partner portal. Staff sign in with the agency's
SSO and MFA and see residents by role; the resident database is encrypted at
rest; the model is retrained monthly on past check-ins and officers' outcomes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Halfway house resident curfew and check-in model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fingerprint and phone check-ins for halfway house residents, with a model "
    "that flags missed or unusual check-ins for the duty officer.",
)

# ---------------------------------------------------------------- data assets
fingerprint = tg.Data(
    "Fingerprint template",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric template captured at the kiosk and enrolled for each resident.",
)
resident_record = tg.Data(
    "Resident record and curfew conditions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, licence conditions, curfew hours and registered phone number.",
)
kiosk_check_in = tg.Data("Kiosk check-in event", kind="records", sensitivity=tg.Sensitivity.PII)
kiosk_reply = tg.Data("Check-in confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
night_call = tg.Data(
    "Night check-in call",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The resident's call from the registered phone, with the PIN keyed in.",
)
call_webhook = tg.Data(
    "Phone check-in webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number, keyed PIN and call time posted by the telephony provider.",
)
check_in_history = tg.Data(
    "Check-in history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
check_in_features = tg.Data(
    "Check-in pattern features", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
flag = tg.Data(
    "Missed or unusual check-in flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A score and reason codes for each resident's check-ins of the night.",
)
decision = tg.Data(
    "Duty officer breach decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether a flag is a breach, explained, or a false alarm, with notes.",
)
breach_report = tg.Data(
    "Curfew breach report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
training_set = tg.Data(
    "Labelled check-in history",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past check-ins with the duty officers' decisions as labels.",
)
weights = tg.Data(
    "Check-in model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Residents are on licence; at night they call in from their registered phones.
    resident = tm.add(tg.Actor("Resident", role="halfway house resident"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # The provider's automated line answers night calls and posts them to us.
    ivr = tm.add(
        tg.ExternalService(
            "Automated check-in phone line",
            description="Hosted IVR that reads the caller number and keyed PIN.",
        )
    )

with tm.boundary("Halfway house premises", trust=tg.Trust.INTERNAL):
    # The kiosk in the lobby where residents check in with a fingerprint.
    kiosk = tm.add(
        tg.Device(
            "Fingerprint check-in kiosk",
            fleet=False,
            description="Wall-mounted kiosk with a fingerprint reader on the house LAN.",
        )
    )
    # Night staff who review flags and decide whether to report a breach.
    duty_officer = tm.add(tg.Actor("Duty officer", role="duty officer"))
    # Enrols residents' fingerprints and keeps their curfew conditions up to date.
    house_manager = tm.add(tg.Actor("House manager", role="house manager", privileged=True))

with tm.boundary("Check-in cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives kiosk check-ins and matches fingerprints against enrolled templates.
    check_in_api = tm.add(
        tg.Endpoint(
            "Check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-kiosk API key")},
        )
    )
    # Turns the telephony provider's webhook calls into check-in events.
    phone_gateway = tm.add(
        tg.Service(
            "Phone check-in gateway",
            controls={
                c.Authentication(
                    method="caller number matched to the resident record and the resident's own PIN"
                )
            },
        )
    )
    # Scores each resident's check-ins and flags missed or unusual ones.
    model = tm.add(
        tg.Model(
            "Check-in anomaly model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over check-in times, gaps and channels.",
        )
    )
    # What the duty officer works from: flags, history and the breach decision.
    dashboard = tm.add(
        tg.Endpoint(
            "Duty officer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the duty officer decides every breach report"),
            },
        )
    )
    # Monthly retraining on past check-ins labelled with officers' decisions.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))

    with tm.boundary("Resident data tier", trust=tg.Trust.RESTRICTED):
        # Residents, their curfew conditions and enrolled fingerprint templates.
        resident_db = tm.add(
            tg.DataStore(
                "Resident database",
                stores={resident_record, fingerprint},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every check-in from both channels, plus the officers' decisions.
        check_in_log = tm.add(
            tg.DataStore("Check-in log", stores={check_in_history, decision, training_set})
        )

with tm.boundary("Probation service", trust=tg.Trust.PARTNER):
    # The probation service's case system, where breach reports are received.
    probation = tm.add(
        tg.ExternalService(
            "Probation case management portal",
            description="Partner portal where reported breaches reach the offender manager.",
        )
    )

# ---------------------------------------------------------------- flows
# Daytime check-in at the kiosk
tm.flow(resident, kiosk, fingerprint, label="finger on reader")
tm.flow(kiosk, check_in_api, fingerprint, kiosk_check_in, protocol="https")
tm.flow(resident_db, check_in_api, fingerprint, resident_record, label="template match")
tm.flow(check_in_api, check_in_log, check_in_history)
tm.flow(check_in_api, kiosk, kiosk_reply, protocol="https")
tm.flow(kiosk, resident, kiosk_reply, label="shown on screen")

# Night check-in by phone
tm.flow(resident, ivr, night_call, protocol="pstn")
tm.flow(ivr, phone_gateway, call_webhook, protocol="https")
tm.flow(resident_db, phone_gateway, resident_record, label="registered number and PIN")
tm.flow(phone_gateway, check_in_log, check_in_history)

# Flagging and the duty officer's decision
tm.flow(check_in_log, model, check_in_features, label="nightly and hourly scoring")
tm.flow(resident_db, model, resident_record, label="curfew hours")
tm.flow(model, dashboard, flag)
tm.flow(check_in_log, dashboard, check_in_history)
tm.flow(dashboard, duty_officer, flag, check_in_history, protocol="https")
tm.flow(duty_officer, dashboard, decision, protocol="https")
tm.flow(dashboard, check_in_log, decision)
tm.flow(dashboard, probation, breach_report, protocol="https")

# Enrolment and curfew conditions
tm.flow(house_manager, kiosk, fingerprint, label="enrolment mode")
tm.flow(check_in_api, resident_db, fingerprint, label="enrolled template")
tm.flow(house_manager, dashboard, resident_record, protocol="https")
tm.flow(dashboard, resident_db, resident_record)

# Retraining
tm.flow(check_in_log, retraining, training_set)
tm.flow(retraining, model, weights, label="deploy new version")
