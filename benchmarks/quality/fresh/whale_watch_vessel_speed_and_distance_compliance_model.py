"""Whale-watch vessel compliance checker: the first design, before any security review.

The harbour authority licenses whale-watching tour boats and sets speed limits
in marked zones and minimum approach distances to whales. Its own shore AIS
receiver stations pick up the boats' AIS broadcasts and forward them to an
ingestion service that builds vessel tracks. Rangers and trained volunteer
observers log whale sightings (species, position, time) in a sightings app.
Each night a case builder matches tracks against the zones and sightings and
asks an in-house compliance model to score each encounter for a likely speed or
distance breach. For flagged encounters it gathers the evidence and has a hosted
LLM draft a warning letter to the operator. A compliance officer reviews every
case and letter in a review console (staff SSO with MFA) and only approved letters
are e-mailed. Everything runs in the authority's cloud tenancy; the receivers send
over a cellular site VPN, and case data is encrypted, role-restricted and audited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Whale-watch vessel compliance checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="AIS tracks checked against speed zones and whale sightings; LLM-drafted warning letters.",
)

# ---------------------------------------------------------------- data assets
ais = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="MMSI, position, speed over ground and heading, every few seconds.",
)
tracks = tg.Data(
    "Vessel tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sightings = tg.Data(
    "Whale sighting reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species, estimated position, time, group size and the observer's id.",
)
observer_login = tg.Data(
    "Observer login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
rules = tg.Data(
    "Speed zones and distance rules",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Zone polygons, speed limits and minimum approach distances per species.",
)
operators = tg.Data(
    "Licensed operator and skipper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operator, vessel names and MMSI, skippers on the licence, contact addresses.",
)
encounter = tg.Data(
    "Encounter features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Speed in zone, closest approach to each sighting, time within the limit.",
)
breach_score = tg.Data(
    "Suspected breach scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
evidence = tg.Data(
    "Case evidence",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Track segment, sightings used, the rule, the score, operator and skipper.",
)
letter_prompt = tg.Data("Letter drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_letter = tg.Data("Draft warning letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Officer case decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve, amend, or close with no action, with the officer's reasons.",
)
warning_letter = tg.Data("Warning letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Sea and public networks", trust=tg.Trust.UNTRUSTED):
    # The boats being checked: AIS is unauthenticated broadcast radio.
    transponders = tm.add(tg.Device("Tour boat AIS transponders"))
    # Rangers and volunteers on shore and on board, using their own phones.
    observer = tm.add(tg.Actor("Whale observer", role="ranger or volunteer observer"))
    # Receives the letters; the party whose licence is at stake.
    operator = tm.add(tg.Actor("Tour boat operator", role="licensed operator"))

with tm.boundary("Shore receiver sites", trust=tg.Trust.INTERNAL):
    # The authority's own receivers on headlands; unattended.
    receivers = tm.add(tg.Device("Shore AIS receiver stations"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the letter text only; no decision is taken there.
    llm = tm.add(tg.LLM("Hosted letter-drafting LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Harbour authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where observers send sightings from the app.
    sightings_api = tm.add(
        tg.Endpoint(
            "Sightings API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="observer e-mail and password"),
                c.InputValidation(
                    note="species from a fixed list, positions inside the harbour area"
                ),
            },
        )
    )
    # Decodes NMEA sentences and stitches positions into tracks per MMSI.
    ingestion = tm.add(
        tg.Service(
            "AIS ingestion service",
            controls={
                c.SchemaEnforcement(note="malformed NMEA sentences and bad checksums dropped")
            },
        )
    )
    # Tracks per vessel, kept as evidence for cases.
    track_store = tm.add(tg.DataStore("Vessel track store", stores={tracks}))
    # Sightings and the observers' accounts.
    sighting_store = tm.add(tg.DataStore("Sightings store", stores={sightings, observer_login}))
    # Reference data the harbour master's team publishes.
    rules_store = tm.add(tg.DataStore("Zone and rules configuration", stores={rules}))
    # Links MMSI numbers to licensed operators and skippers.
    register = tm.add(
        tg.DataStore(
            "Operator licence register",
            stores={operators},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Nightly orchestration: features, scoring, evidence, drafts.
    case_builder = tm.add(
        tg.Service(
            "Nightly case builder",
            description="Builds encounter features from tracks, sightings and rules, scores "
            "them, and opens a case with an LLM draft for each score over the threshold.",
        )
    )
    # Gradient-boosted classifier trained on past officer-reviewed encounters.
    compliance_model = tm.add(
        tg.Model(
            "Vessel speed and distance compliance model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each encounter for a likely speed or approach-distance breach, "
            "allowing for the uncertainty of sighting positions.",
            controls={c.ExplainabilityLogging(note="features and score kept with each case")},
        )
    )
    # Cases, drafts, decisions and the letters sent: the enforcement record.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={evidence, draft_letter, decision, warning_letter},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Where officers review cases, edit drafts and send letters.
    console = tm.add(
        tg.Endpoint(
            "Case review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (OIDC) with MFA"),
                c.RBAC(note="compliance officers only"),
                c.HumanInTheLoop(approver="harbour compliance officer, for every letter"),
            },
        )
    )

with tm.boundary("Harbour office", trust=tg.Trust.INTERNAL):
    # Decides every case; signs and sends the letters.
    officer = tm.add(tg.Actor("Harbour compliance officer", role="compliance officer"))

# ---------------------------------------------------------------- flows
tm.flow(transponders, receivers, ais, protocol="vhf", label="AIS broadcast")
tm.flow(receivers, ingestion, ais, protocol="udp", label="raw NMEA over the cellular site VPN")
tm.flow(ingestion, track_store, tracks)

tm.flow(observer, sightings_api, sightings, protocol="https")
tm.flow(sightings_api, sighting_store, sightings)
tm.flow(sighting_store, sightings_api, observer_login, label="sign-in check")

tm.flow(track_store, case_builder, tracks, label="nightly batch")
tm.flow(sighting_store, case_builder, sightings, label="nightly batch")
tm.flow(rules_store, case_builder, rules)
tm.flow(case_builder, compliance_model, encounter)
tm.flow(compliance_model, case_builder, breach_score)
tm.flow(register, case_builder, operators, label="MMSI to operator lookup")
tm.flow(case_builder, llm, letter_prompt, protocol="https")
tm.flow(llm, case_builder, draft_letter, protocol="https")
tm.flow(case_builder, case_store, evidence, draft_letter)

tm.flow(case_store, console, evidence, draft_letter)
tm.flow(console, officer, evidence, draft_letter, protocol="https")
tm.flow(officer, console, decision, warning_letter, protocol="https")
tm.flow(console, case_store, decision, warning_letter)
tm.flow(
    console, operator, warning_letter, protocol="smtp", label="e-mailed from the harbour mailbox"
)
