"""Greyhound racing integrity: betting-pattern monitoring, the first design.

The racing regulator watches betting markets for suspicious patterns around races.
Licensed betting operators push market prices and bet records (with pseudonymous
account ids) to an ingestion API in the regulator's cloud, over HTTPS with a
per-operator API key and schema checks. A feature pipeline joins the bets with race
results, vet checks and trainer records from the racing management system, and an
in-house model scores every race. Flagged races go to a case management service
(SSO with MFA, role-based access, audit log) where investigators decide whether to
withhold dividends (e-mailed to operators) or refer the case to the police.
Stewards see the day's flags on a tablet app at the track, signing in with a
password. Closed cases become labels for quarterly retraining. Bet data is
encrypted at rest with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greyhound racing integrity betting model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags greyhound races with suspicious betting for the regulator's integrity team.",
)

# ---------------------------------------------------------------- data assets
bet_data = tg.Data(
    "Market and bet data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Market prices and bet-level records with operator account ids, stakes and times.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ingest_receipt = tg.Data("Ingestion receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
race_records = tg.Data(
    "Race results, vet checks and trainer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
race_features = tg.Data(
    "Race betting features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
race_flags = tg.Data(
    "Suspicious race flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-race suspicion score and the top contributing markets and accounts.",
)
steward_flags = tg.Data(
    "Race-day flag list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flag_request = tg.Data("Flag list request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
steward_login = tg.Data("Steward sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
case_files = tg.Data(
    "Integrity case files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
investigator_decision = tg.Data(
    "Investigation decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Case notes, and the decision to withhold dividends or refer to police.",
)
withhold_instruction = tg.Data(
    "Dividend withhold instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral_pack = tg.Data("Police referral pack", kind="documents", sensitivity=tg.Sensitivity.PII)
case_outcomes = tg.Data(
    "Case outcome labels", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Suspicion model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Betting operators", trust=tg.Trust.PARTNER):
    # Licensed bookmakers and exchanges, obliged by licence to report bet data.
    operator = tm.add(tg.Actor("Betting operator", role="licensed betting operator", human=False))

with tm.boundary("Law enforcement", trust=tg.Trust.PARTNER):
    # Receives referrals for suspected race fixing or betting fraud.
    police = tm.add(tg.Actor("Police economic crime unit", role="police"))

with tm.boundary("Racecourses", trust=tg.Trust.UNTRUSTED):
    # Stewards officiate at the track and check flags before and after races.
    steward = tm.add(tg.Actor("Race steward", role="steward"))
    # Managed tablets on track Wi-Fi or 4G, running the stewards' app.
    tablet = tm.add(
        tg.Device(
            "Steward tablet app",
            description="Managed tablets showing the day's flagged races at each track.",
        )
    )

with tm.boundary("Regulator cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where operators push their market and bet data.
    ingest_api = tm.add(
        tg.Endpoint(
            "Bet data ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-operator API key"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Builds race-level betting features by joining bets with race records.
    features_job = tm.add(tg.Pipeline("Race feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Scores every race for suspicious betting around it.
    model = tm.add(
        tg.Model(
            "Suspicious betting model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over price moves, stake spikes and account clusters.",
        )
    )
    # Serves the flag list to stewards' tablets on race day.
    flag_api = tm.add(
        tg.Endpoint(
            "Race-day flag API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="steward username and password")},
        )
    )
    # Where investigators work flagged races and record decisions.
    case_mgmt = tm.add(
        tg.Service(
            "Integrity case management",
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="integrity team lead"),
            },
        )
    )
    # Retrains the model from closed cases every quarter.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions that scoring loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

    with tm.boundary("Integrity data tier", trust=tg.Trust.RESTRICTED):
        # Holds every operator's bet records for the retention period.
        bet_store = tm.add(
            tg.DataStore(
                "Bet data store",
                stores={bet_data},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Regulator data centre", trust=tg.Trust.INTERNAL):
    # The existing system of record for races, greyhounds, vets and trainers.
    rms = tm.add(
        tg.DataSource(
            "Racing management system",
            origin=tg.Origin.INTERNAL,
            provides={race_records},
        )
    )

with tm.boundary("Regulator office", trust=tg.Trust.INTERNAL):
    # Investigates flagged races and decides on dividends and referrals.
    investigator = tm.add(tg.Actor("Integrity investigator", role="investigator"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(operator, ingest_api, bet_data, protocol="https", controls={tls})
tm.flow(ingest_api, operator, ingest_receipt, protocol="https", controls={tls})
tm.flow(ingest_api, bet_store, bet_data)

tm.flow(rms, features_job, race_records, protocol="https", label="nightly and post-race export")
tm.flow(bet_store, features_job, bet_data)
tm.flow(features_job, model, race_features)
tm.flow(model, case_mgmt, race_flags)

tm.flow(investigator, case_mgmt, investigator_decision, protocol="https")
tm.flow(case_mgmt, investigator, case_files, race_flags, protocol="https")
tm.flow(bet_store, case_mgmt, bet_data, label="bet drill-down")
tm.flow(rms, case_mgmt, race_records, protocol="https", label="trainer and vet history")
tm.flow(case_mgmt, operator, withhold_instruction, protocol="smtp", label="e-mail to operator")
tm.flow(case_mgmt, police, referral_pack, protocol="https", label="upload to police portal")

tm.flow(case_mgmt, flag_api, steward_flags)
tm.flow(steward, tablet, steward_login, label="sign-in on the tablet")
tm.flow(tablet, flag_api, steward_login, flag_request, protocol="https", controls={tls})
tm.flow(flag_api, tablet, steward_flags, protocol="https", controls={tls})
tm.flow(tablet, steward, steward_flags, label="shown in the app")

tm.flow(case_mgmt, training, case_outcomes)
tm.flow(bet_store, training, bet_data)
tm.flow(rms, training, race_records, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load at deploy")
