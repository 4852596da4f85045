"""Pension transfer scam warning model: the first design, before any security review.

A UK pension provider scores every transfer-out request for signs of a pension scam
before the money leaves. Requests arrive from receiving schemes over the Origo transfer
hub; the member confirms the request and answers due-diligence questions (how they were
contacted, promised returns, adviser) in the member portal. A transfer case service
gathers the signals: the receiving scheme and adviser against an internal watchlist and
the FCA register, the member's age and fund, and timing (recent contact-detail changes,
a request soon after a cold call). An in-house classifier returns a scam-risk score;
requests above the hold threshold wait in a review workbench for a transfer specialist,
and the rest go straight to the payment run. Specialist outcomes label past cases for
monthly retraining. Members sign in with a password and SMS code, staff with SSO and MFA;
member records are encrypted, the hub link uses mutual TLS, and model versions are
validated before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension transfer scam warning model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores pension transfer-out requests for scam indicators and holds risky ones "
        "for a transfer specialist before payment."
    ),
)

# ---------------------------------------------------------------- data assets
transfer_request = tg.Data(
    "Transfer request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Member, policy, receiving scheme name and PSTR, adviser FCA number, amount.",
)
scheme_bank_details = tg.Data(
    "Receiving scheme bank details",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transfer_status = tg.Data("Transfer status", sensitivity=tg.Sensitivity.PII, kind="records")
member_answers = tg.Data(
    "Due-diligence answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="How the member was approached, promised returns, who advised them.",
)
member_record = tg.Data(
    "Member record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Age, fund value, contact details and their change history.",
)
adviser_query = tg.Data("Adviser FCA reference", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
adviser_status = tg.Data(
    "Adviser register status", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
watchlist_entries = tg.Data(
    "Scheme and adviser watchlist entries",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scam_features = tg.Data("Scam indicator features", sensitivity=tg.Sensitivity.PII, kind="features")
risk_score = tg.Data(
    "Scam risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
specialist_decision = tg.Data(
    "Specialist release decision", sensitivity=tg.Sensitivity.PII, kind="records"
)
outcome_labels = tg.Data(
    "Transfer outcome labels",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled transfer history", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
model_artifact = tg.Data(
    "Scam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
payment_instruction = tg.Data(
    "Transfer payment instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The scheme member transferring out; may be the target of a scammer.
    member = tm.add(tg.Actor("Scheme member", role="pension member"))

with tm.boundary("Origo transfer hub", trust=tg.Trust.PARTNER):
    # Industry hub through which receiving schemes request transfers from us.
    origo = tm.add(
        tg.ExternalService(
            "Origo Options hub",
            description="Relays transfer requests from receiving schemes and our responses.",
        )
    )

with tm.boundary("FCA", trust=tg.Trust.PARTNER):
    # Public register: is the named adviser authorised for pension transfers?
    fca_register = tm.add(
        tg.ExternalService("FCA Financial Services Register", provides="data-provider")
    )

with tm.boundary("Clearing bank", trust=tg.Trust.PARTNER):
    # Pays released transfers to the receiving scheme's account.
    bank = tm.add(tg.ExternalService("Clearing bank BACS gateway"))

with tm.boundary("Provider data centre", trust=tg.Trust.INTERNAL):
    # Where the member confirms the transfer and answers the scam questions.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose="api",
            controls={
                c.Authentication(method="member password and SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Orchestrates each request: gathers signals, scores, holds or releases.
    case_service = tm.add(
        tg.Service(
            "Transfer case service",
            description="Builds features, calls the model, holds high scores, releases the rest.",
            controls={
                c.HumanInTheLoop(
                    approver="a pension transfer specialist",
                    note="only requests scored above the hold threshold wait; the rest go straight through",
                ),
                c.AuditLogging(),
            },
        )
    )
    # The pension administration system of record.
    member_db = tm.add(
        tg.DataStore(
            "Pension administration records",
            stores={member_record, transfer_status},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Internal list of suspicious receiving schemes and introducers.
    watchlist = tm.add(tg.DataStore("Scheme and adviser watchlist", stores={watchlist_entries}))
    # In-house gradient-boosted classifier scoring scam likelihood.
    model = tm.add(
        tg.Model(
            "Scam risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above the threshold holds the transfer.",
            controls={
                c.ExplainabilityLogging(note="top contributing indicators shown to the specialist")
            },
        )
    )
    # Specialists' queue of held transfers.
    workbench = tm.add(
        tg.Service(
            "Specialist review workbench",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Releases payments for approved and auto-cleared transfers.
    payments = tm.add(tg.Service("Transfer payment run"))

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Past transfers with specialist outcomes, for retraining.
        outcomes = tm.add(
            tg.Dataset(
                "Transfer outcomes dataset",
                stores={training_set, outcome_labels},
                controls={c.DataVersioning()},
            )
        )
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the scam model; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning(), c.ModelValidation()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trained pension-scam specialist who decides on held transfers.
    specialist = tm.add(tg.Actor("Transfer specialist", role="scam specialist"))

# ---------------------------------------------------------------- flows
# request intake
tm.flow(
    origo,
    case_service,
    transfer_request,
    scheme_bank_details,
    protocol="mtls",
    label="transfer request message",
)
tm.flow(case_service, origo, transfer_status, protocol="mtls")
tm.flow(member, portal, member_answers, protocol="https")
tm.flow(portal, member, transfer_status, protocol="https")
tm.flow(portal, case_service, member_answers)
tm.flow(case_service, portal, transfer_status)

# signals
tm.flow(member_db, case_service, member_record)
tm.flow(case_service, member_db, transfer_status)
tm.flow(case_service, fca_register, adviser_query, protocol="https")
tm.flow(fca_register, case_service, adviser_status, protocol="https")
tm.flow(watchlist, case_service, watchlist_entries)

# scoring
tm.flow(case_service, model, scam_features)
tm.flow(model, case_service, risk_score)

# specialist review of held requests
tm.flow(case_service, workbench, transfer_request, scam_features, risk_score, label="held case")
tm.flow(workbench, specialist, transfer_request, scam_features, risk_score, protocol="https")
tm.flow(specialist, workbench, specialist_decision, protocol="https")
tm.flow(workbench, case_service, specialist_decision)
tm.flow(specialist, watchlist, watchlist_entries, protocol="https", label="adds flagged schemes")

# payment of released transfers
tm.flow(case_service, payments, payment_instruction, scheme_bank_details)
tm.flow(payments, bank, payment_instruction, scheme_bank_details, protocol="sftp")

# retraining
tm.flow(workbench, outcomes, outcome_labels, label="specialist outcomes")
tm.flow(case_service, outcomes, training_set, label="nightly export")
tm.flow(outcomes, training, training_set, outcome_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy promoted version")
