"""Cross-border payments sanctions screening: the first design, before any security review.

Business customers send cross-border payment instructions (ISO 20022 pacs.008) to
our payments API. Before the orchestrator passes a payment to the SWIFT network,
the screening service pulls the debtor, creditor and bank names out of the message,
looks up candidate entries in a watchlist index built daily from the sanctions list
vendor's file (OFAC, EU, UN and UK lists), and an in-house name-matching model scores
each candidate pair for a fuzzy match. Payments with no score above the threshold go
straight through; any hit is written to the hit store and the payment is held until a
compliance analyst, working in the case management app, releases or rejects it.
Analysts' dispositions are exported nightly into a training set from which the ML
platform retrains the matching model. Controls in this design: OAuth client
credentials and schema validation on the API, payments held when screening fails,
SSO with MFA and roles for analysts, encryption of the hit store, audit logs of
screening and case decisions, versioned watchlists and registered model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cross-border payments sanctions screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Fuzzy-matching sanctions screening of outgoing cross-border payments, "
        "with hits held for compliance analysts."
    ),
)

# ---------------------------------------------------------------- data assets
payment = tg.Data(
    "Payment message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="ISO 20022 pacs.008: parties' names and addresses, accounts, amount, purpose.",
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
screening_request = tg.Data(
    "Screening request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Party and bank names, addresses and countries extracted from the payment.",
)
candidates = tg.Data(
    "Candidate name pairs",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Each party name paired with the watchlist entries that share a token or phonetic key.",
)
match_scores = tg.Data("Match scores", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
verdict = tg.Data("Screening verdict", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
list_file = tg.Data(
    "Sanctions list file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The vendor's licensed daily delta of sanctioned persons, entities and aliases.",
)
watchlist = tg.Data(
    "Watchlist entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hit = tg.Data(
    "Sanctions hit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The held payment, the matched list entry and the model's score.",
)
disposition = tg.Data(
    "Analyst disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="True match or false positive, with the analyst's rationale.",
)
release = tg.Data(
    "Release or reject decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
training_pairs = tg.Data(
    "Labelled name pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past hits with their dispositions.",
)
weights = tg.Data(
    "Matching model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Business customers' treasury systems submit payments through our API.
    customer = tm.add(tg.Actor("Business customer", role="customer", human=False))

with tm.boundary("SWIFT network", trust=tg.Trust.PARTNER):
    # Where screened payments go on to correspondent banks.
    swift = tm.add(
        tg.ExternalService(
            "SWIFT correspondent network",
            description="SWIFTNet FIN / MX messaging to correspondent banks.",
        )
    )

with tm.boundary("Sanctions list vendor", trust=tg.Trust.PARTNER):
    # The licensed source of the consolidated sanctions lists.
    list_vendor = tm.add(
        tg.DataSource(
            "Sanctions list vendor",
            origin=tg.Origin.VENDOR,
            provides={list_file},
            description="Consolidated OFAC, EU, UN and UK HMT lists with aliases, delivered daily.",
        )
    )

with tm.boundary("Payments platform", trust=tg.Trust.INTERNAL):
    # The customer-facing way in for payment instructions.
    api = tm.add(
        tg.Endpoint(
            "Payments API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 client credentials"),
                c.RateLimiting(requests_per_minute=600),
                c.SchemaEnforcement(note="pacs.008 XSD validation"),
            },
        )
    )
    # Holds each payment until screening clears it or an analyst releases it.
    orchestrator = tm.add(
        tg.Service(
            "Payment orchestrator",
            controls={
                c.FailClosed(
                    fallback="payments stay in pending-screening and are not sent to SWIFT "
                    "until a clear verdict or an analyst release arrives"
                ),
            },
        )
    )

    with tm.boundary("Screening zone", trust=tg.Trust.RESTRICTED):
        # Extracts names from the message, finds candidates, asks the model, decides clear or hold.
        screening = tm.add(
            tg.Service(
                "Screening service",
                controls={
                    c.AuditLogging(retention_days=1825, note="screening record kept 5 years")
                },
            )
        )
        # Scores each candidate pair: the fuzzy name match itself.
        matcher = tm.add(
            tg.Model(
                "Sanctions name-matching model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted model over string, phonetic and transliteration "
                "similarities; a score above 0.82 holds the payment.",
            )
        )
        # The searchable copy of the sanctions lists the service screens against.
        watchlist_index = tm.add(
            tg.DataStore(
                "Watchlist index",
                stores={watchlist},
                controls={c.DataVersioning(note="each load is a dated version; hits record it")},
            )
        )
        # Turns the vendor's daily file into watchlist entries.
        list_loader = tm.add(tg.Pipeline("Watchlist loader", stage=tg.Stage.INGESTION))
        # Held hits waiting for an analyst.
        hit_store = tm.add(
            tg.DataStore(
                "Hit store",
                stores={hit, disposition},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held payments and decides whether they are true matches.
    analyst = tm.add(tg.Actor("Compliance analyst", role="sanctions analyst"))
    # The analysts' case queue and decision screen.
    case_app = tm.add(
        tg.Service(
            "Case management app",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past hits with analysts' dispositions, the model's training data.
    training_set = tm.add(tg.Dataset("Disposition training set", stores={training_pairs}))
    # Periodic retraining of the matching model.
    retraining = tm.add(tg.Pipeline("Matcher retraining", stage=tg.Stage.TRAINING))
    # Versions of the matching model the screening service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, api, payment, protocol="https")
tm.flow(api, customer, payment_status, protocol="https")
tm.flow(api, orchestrator, payment)
tm.flow(orchestrator, api, payment_status)

tm.flow(orchestrator, screening, screening_request)
tm.flow(screening, watchlist_index, screening_request, label="candidate lookup")
tm.flow(watchlist_index, screening, watchlist)
tm.flow(screening, matcher, candidates)
tm.flow(matcher, screening, match_scores)
tm.flow(screening, orchestrator, verdict)
tm.flow(screening, hit_store, hit)

tm.flow(hit_store, case_app, hit)
tm.flow(case_app, analyst, hit, protocol="https")
tm.flow(analyst, case_app, disposition, protocol="https")
tm.flow(case_app, hit_store, disposition)
tm.flow(case_app, orchestrator, release)
tm.flow(orchestrator, swift, payment, protocol="mtls", label="SWIFTNet via Alliance gateway")

tm.flow(list_vendor, list_loader, list_file, protocol="sftp", label="daily delta")
tm.flow(list_loader, watchlist_index, watchlist)

tm.flow(hit_store, training_set, training_pairs, label="nightly export")
tm.flow(training_set, retraining, training_pairs)
tm.flow(retraining, registry, weights)
tm.flow(registry, matcher, weights, label="load approved version")
