"""Harness racing drug-test sample tracking and test selection model: first design.

The state harness racing authority tests horses for prohibited substances. Winners
are always tested; a selection model picks further horses per race meeting from
wagering patterns (late odds plunges, pool anomalies) and form, and the stewards
sign off the test list on course. Sampling officers in each track's test barn scan
the sample kit, seals and the horse's microchip on an authority handheld; the
sample tracking service keeps the chain of custody, books the courier and sends
the laboratory a manifest that identifies samples only by kit code; the lab
returns results over SFTP and adverse findings go to the stewards. The selection
model is retrained each season from past test outcomes. Staff sign in with the
authority's SSO and MFA; the custody database is encrypted and audit-logged; the
model registry is role-restricted and the stewards approve every test list.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Harness racing drug-test sample tracking and selection",
    profile=tg.RiskProfile.HIGH,
    description="Chain of custody of horse drug-test samples from test barn to laboratory, "
    "and a model that targets horses for testing beyond the winners.",
)

# ---------------------------------------------------------------- data assets
betting = tg.Data(
    "Wagering pool and odds movements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tote pool sizes and fixed-odds price moves per runner, race day.",
)
form = tg.Data(
    "Race entries and form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Horses, trainers, drivers, past starts, times and placings.",
)
placings = tg.Data("Official placings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Selection features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
scores = tg.Data(
    "Test selection scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
proposed_list = tg.Data(
    "Proposed test list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Horses to test per race; kept from connections until after the race.",
)
approval = tg.Data(
    "Stewards' test list approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
test_list = tg.Data(
    "Approved test list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
kit_scan = tg.Data(
    "Sample collection record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Kit barcode, seal numbers, horse microchip, race, time, witness name.",
)
custody = tg.Data(
    "Chain-of-custody records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pickup = tg.Data("Courier pickup booking", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tracking = tg.Data("Courier tracking events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manifest = tg.Data(
    "Sample manifest",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Kit codes, sample types and seal numbers; no horse or trainer names.",
)
lab_results = tg.Data(
    "Laboratory results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
findings = tg.Data("Adverse analytical findings", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Test outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Selection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

sso = tg.controls.Authentication(method="authority SSO (OIDC) with MFA")

# ---------------------------------------------------------------- elements
with tm.boundary("Racetrack", trust=tg.Trust.PARTNER):
    # Authority sampling officer working in the track's test barn.
    officer = tm.add(tg.Actor("Sampling officer", role="sampling officer"))
    # Authority-managed handheld: scans kit barcodes, seals and microchips.
    handheld = tm.add(
        tg.Device(
            "Test barn handheld", description="Authority-issued Android handheld on mobile data."
        )
    )
    # Stewards on course: sign off the test list and receive adverse findings.
    stewards = tm.add(tg.Actor("Stewards", role="stewards", privileged=True))

with tm.boundary("Wagering operator", trust=tg.Trust.PARTNER):
    # Race-day tote and fixed-odds feed under the authority's data agreement.
    betting_feed = tm.add(
        tg.DataSource("Wagering data feed", origin=tg.Origin.PARTNER, provides={betting})
    )

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Refrigerated courier carrying sealed sample boxes to the laboratory.
    courier = tm.add(tg.ExternalService("Sample courier", provides="generic"))

with tm.boundary("Accredited laboratory", trust=tg.Trust.PARTNER):
    # Racing chemistry laboratory's information system; sees kit codes only.
    lab = tm.add(tg.ExternalService("Laboratory LIMS", provides="generic"))

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # System of record for meetings, entries, form, results and licensees.
    race_admin = tm.add(tg.DataStore("Racing administration database", stores={form, placings}))
    # Builds features for each race, calls the model, proposes the test list.
    selector = tm.add(
        tg.Service(
            "Test selection service",
            controls={
                sso,
                tg.controls.HumanInTheLoop(approver="the stewards of the meeting"),
            },
        )
    )
    # Chain of custody from collection to lab result; books couriers, sends manifests.
    tracker = tm.add(tg.Service("Sample tracking service", controls={sso}))
    # Every collection, seal, handover and result, per sample kit.
    custody_db = tm.add(
        tg.DataStore(
            "Chain-of-custody database",
            stores={custody, lab_results},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(),
            },
        )
    )

    with tm.boundary("Integrity analytics", trust=tg.Trust.RESTRICTED):
        # Gradient-boosted classifier scoring each runner's case for a test.
        model = tm.add(
            tg.Model(
                "Test selection model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
            )
        )
        # Past seasons' features and test outcomes.
        dataset = tm.add(tg.Dataset("Selection training set", stores={features, outcomes}))
        # Retrains the model before each season.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; only integrity analysts may release one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={tg.controls.RBAC()})
        )

with tm.boundary("Authority office", trust=tg.Trust.INTERNAL):
    # Integrity analyst who owns the model and reviews each season's release.
    analyst = tm.add(tg.Actor("Integrity analyst", role="integrity analyst", privileged=True))

# ---------------------------------------------------------------- flows
# Choosing whom to test
tm.flow(betting_feed, selector, betting, protocol="https", label="race-day feed")
tm.flow(race_admin, selector, form)
tm.flow(selector, model, features)
tm.flow(model, selector, scores)
tm.flow(selector, stewards, proposed_list, protocol="https")
tm.flow(stewards, selector, approval, protocol="https")
tm.flow(selector, tracker, test_list)
tm.flow(race_admin, tracker, placings, label="winners to test")

# Collecting and tracking samples
tm.flow(tracker, handheld, test_list, protocol="https")
tm.flow(officer, handheld, kit_scan, label="scanned in the test barn")
tm.flow(handheld, tracker, kit_scan, protocol="https")
tm.flow(tracker, custody_db, custody)
tm.flow(custody_db, tracker, custody)
tm.flow(tracker, courier, pickup, protocol="https")
tm.flow(courier, tracker, tracking, protocol="https", label="polled tracking API")
tm.flow(tracker, lab, manifest, protocol="sftp")
tm.flow(lab, tracker, lab_results, protocol="sftp")
tm.flow(tracker, custody_db, lab_results)
tm.flow(tracker, stewards, findings, protocol="https")

# Retraining
tm.flow(selector, dataset, features, label="race-day feature log")
tm.flow(tracker, dataset, outcomes, label="season export")
tm.flow(dataset, training, features, outcomes)
tm.flow(training, registry, weights)
tm.flow(analyst, registry, release, protocol="https", label="approves the season's model")
tm.flow(registry, model, weights, label="deploy")
