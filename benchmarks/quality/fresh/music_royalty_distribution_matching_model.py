"""Music royalty distribution with a usage matching model: the first design.

A European music rights society collects usage reports (played and streamed
tracks with play counts) from licensed radio stations and streaming services,
which upload them over SFTP each month. An ingestion pipeline validates the
files against the DDEX/CSV report schema and normalises them into usage lines.
An in-house matching model scores candidate works from the society's catalogue
for each line; the matching service accepts matches above a confidence
threshold and sends the rest to a matching team, who match them by hand in an
internal workbench. Confirmed matches are used to retrain the model quarterly.
Each quarter a calculation job turns matched usage and the ownership shares in
the catalogue into royalties, and a payment run, signed off by the head of
distribution, sends a payment file to the society's bank. Songwriters and
publishers register works, keep their bank details and read their statements
in a member portal (e-mail and password sign-in). Runs in the society's cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Music royalty distribution with a matching model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Matches radio and streaming usage to registered works, calculates "
        "royalties and pays songwriters and publishers quarterly."
    ),
)

# ---------------------------------------------------------------- data assets
usage_reports = tg.Data(
    "Licensee usage reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Track title, artist, ISRC, station or service, play and stream counts.",
)
usage_lines = tg.Data(
    "Normalised usage lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_registrations = tg.Data(
    "Work registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Titles, writers and their IPI numbers, publisher and ownership shares.",
)
works = tg.Data(
    "Works and ownership shares",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
match_candidates = tg.Data(
    "Candidate works for a usage line", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_scores = tg.Data(
    "Match confidence scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_results = tg.Data(
    "Match results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
unmatched = tg.Data(
    "Unmatched usage queue", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
manual_matches = tg.Data(
    "Manual match decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
confirmed_matches = tg.Data(
    "Confirmed matches for retraining",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Matching model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted ranker saved with joblib.",
)
member_profile = tg.Data("Member profile", kind="records", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Member bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder, IBAN or sort code and account number for royalty payments.",
)
allocations = tg.Data(
    "Royalty allocations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
statements = tg.Data("Royalty statements", kind="documents", sensitivity=tg.Sensitivity.PII)
payment_file = tg.Data(
    "Quarterly payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_status = tg.Data(
    "Payment confirmations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Songwriters and publishers who are members of the society.
    member = tm.add(tg.Actor("Songwriter or publisher member", role="member"))

with tm.boundary("Licensees", trust=tg.Trust.PARTNER):
    # Radio stations and streaming services upload their usage reports monthly.
    licensee_reports = tm.add(
        tg.DataSource(
            "Licensee usage reporting",
            origin=tg.Origin.PARTNER,
            provides={usage_reports},
            description="Radio stations' playlists and streaming services' DDEX sales reports.",
        )
    )

with tm.boundary("Society bank", trust=tg.Trust.PARTNER):
    # The society's bank executes the quarterly payments to members.
    bank = tm.add(tg.ExternalService("Society's bank host-to-host payments"))

with tm.boundary("Society cloud", trust=tg.Trust.INTERNAL):
    # Members register works, update bank details and download statements here.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Validates and normalises the uploaded usage report files.
    ingestion = tm.add(
        tg.Pipeline(
            "Usage report ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="DDEX DSR / playlist CSV schema checks")},
        )
    )
    # Holds usage lines and their match status, automatic or manual.
    usage_db = tm.add(
        tg.DataStore(
            "Usage and matching database", stores={usage_lines, match_results, manual_matches}
        )
    )
    # The society's register of works and who owns what share of each.
    catalogue = tm.add(tg.DataStore("Works catalogue", stores={works}))
    # Looks up candidate works, asks the model, auto-accepts above the threshold.
    matcher = tm.add(
        tg.Service(
            "Usage matching service",
            description="Accepts matches scoring above 0.92; everything below goes to manual matching.",
        )
    )
    # Ranks candidate works for each usage line by title, writer and ISRC similarity.
    model = tm.add(
        tg.Model(
            "Usage matching model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Internal web tool where the matching team resolves unmatched usage.
    workbench = tm.add(
        tg.Endpoint(
            "Manual matching workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Quarterly retraining of the matching model on confirmed matches.
    retraining = tm.add(tg.Pipeline("Quarterly matching model retraining", stage=tg.Stage.TRAINING))
    # Keeps versions of the matching model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Turns matched usage and ownership shares into per-member royalties.
    calculation = tm.add(tg.Service("Quarterly royalty calculation job"))

    with tm.boundary("Finance zone", trust=tg.Trust.RESTRICTED):
        # Member profiles, bank details and statements.
        member_db = tm.add(
            tg.DataStore(
                "Member and payment database",
                stores={member_profile, bank_details, statements},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Builds the quarterly payment file once distribution signs it off.
        payment_run = tm.add(
            tg.Service(
                "Quarterly payment run",
                controls={c.HumanInTheLoop(approver="head of distribution signs off the run")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Society staff who match what the model could not.
    matching_team = tm.add(tg.Actor("Matching team analyst", role="matching analyst"))

# ---------------------------------------------------------------- flows
# Members and the portal
tm.flow(member, portal, work_registrations, member_profile, bank_details, protocol="https")
tm.flow(portal, member, statements, member_profile, protocol="https")
tm.flow(portal, catalogue, work_registrations, label="new registrations")
tm.flow(catalogue, portal, works, label="member's registered works")
tm.flow(portal, member_db, member_profile, bank_details)
tm.flow(member_db, portal, member_profile, statements)

# Usage ingestion and matching
tm.flow(licensee_reports, ingestion, usage_reports, protocol="sftp")
tm.flow(ingestion, usage_db, usage_lines)
tm.flow(usage_db, matcher, usage_lines)
tm.flow(catalogue, matcher, works, label="candidate lookup")
tm.flow(matcher, model, match_candidates)
tm.flow(model, matcher, match_scores)
tm.flow(matcher, usage_db, match_results)

# Manual matching
tm.flow(usage_db, workbench, unmatched)
tm.flow(catalogue, workbench, works, label="works search")
tm.flow(workbench, matching_team, unmatched, works, protocol="https")
tm.flow(matching_team, workbench, manual_matches, protocol="https")
tm.flow(workbench, usage_db, manual_matches)

# Retraining
tm.flow(usage_db, retraining, confirmed_matches)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")

# Calculation and payment
tm.flow(usage_db, calculation, match_results, label="matched usage")
tm.flow(catalogue, calculation, works, label="ownership shares")
tm.flow(calculation, member_db, statements)
tm.flow(calculation, payment_run, allocations)
tm.flow(member_db, payment_run, bank_details)
tm.flow(payment_run, bank, payment_file, protocol="sftp")
tm.flow(bank, payment_run, payment_status, protocol="sftp")
