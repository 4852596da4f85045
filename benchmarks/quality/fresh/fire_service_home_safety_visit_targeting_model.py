"""Home fire safety visit targeting: the first design, before any security review.

A county fire and rescue service wants to send its community safety officers to
the households most at risk of a dwelling fire, not just to whoever asks first.
Partner agencies (adult social care, district nurses, housing associations, the
police) refer vulnerable residents through a web referral portal the service hosts
in its cloud tenant; referrals often carry health and mobility details. A nightly
feature pipeline joins referrals with the service's own incident history and a
licensed address and household segmentation dataset, keyed on the property UPRN.
A gradient-boosted ranking model, retrained quarterly on visit outcomes and later
incidents by the data team, scores every household in a weekly batch job; the
ranked list lands in the home safety visit system, where station managers allocate
visits and officers record outcomes. Partners sign in to the portal with an e-mail
and password; staff use single sign-on with MFA. The referral database is encrypted
and covered by a DPIA; the visit system uses role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home fire safety visit targeting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Ranks households for home fire safety visits from partner referrals, "
        "incident history and household data."
    ),
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Partner referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Resident name, address, age, health and mobility needs, smoking, "
    "oxygen use, hoarding, and the referrer's notes.",
)
referral_status = tg.Data(
    "Referral status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Acknowledgement and whether a visit has been booked or completed.",
)
incidents = tg.Data(
    "Incident history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ten years of attended incidents by address: fires, casualties, causes.",
)
household_data = tg.Data(
    "Address and household segmentation data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licensed address gazetteer and household-level demographic segments.",
)
features = tg.Data(
    "Household risk features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="One row per UPRN: referral flags, incident counts, segment, tenure.",
)
outcomes = tg.Data(
    "Visit outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="What officers found on each visit, and risk level recorded.",
)
training_config = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
score = tg.Data("Household fire risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
priority_list = tg.Data(
    "Ranked visit priority list",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Households in score order per station area, with risk band.",
)
visit_record = tg.Data(
    "Visit booking and outcome entry", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Social care, health, housing and police staff who refer residents they work with.
    referrer = tm.add(tg.Actor("Partner referrer", role="partner agency caseworker"))

with tm.boundary("Data supplier", trust=tg.Trust.PARTNER):
    # Licensed address and household segmentation data, delivered quarterly.
    vendor_data = tm.add(
        tg.DataSource(
            "Household segmentation supplier",
            origin=tg.Origin.VENDOR,
            provides={household_data},
        )
    )

with tm.boundary("Fire service cloud tenant", trust=tg.Trust.INTERNAL):
    # Web form partners use to refer a resident; on the public internet for partners.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Where every referral is kept until the visit is done.
    referral_db = tm.add(
        tg.DataStore(
            "Referral database",
            stores={referral, referral_status},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); substantial public interest, Art. 9(2)(g)"
                ),
            },
        )
    )

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Joins referrals, incidents, household data and outcomes per UPRN each night.
        feature_job = tm.add(tg.Pipeline("Nightly feature build", stage=tg.Stage.PREPROCESSING))
        # Offline table the training and scoring jobs both read.
        feature_table = tm.add(
            tg.FeatureStore("Household feature table", stores={features, outcomes}, online=False)
        )
        # Quarterly retraining, run by the data team from a notebook-built job.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Keeps each trained ranking model; scoring loads the version marked live.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # The ranking model itself: probability of a dwelling fire in the next year.
        model = tm.add(
            tg.Model(
                "Household fire risk model",
                task=tg.Task.RANKER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; decides the order in which households are offered a visit.",
            )
        )
        # Scores every household once a week and writes the ranked list.
        scoring = tm.add(tg.Service("Weekly scoring job"))

    # Case system for visits: bookings, outcomes and the weekly priority list.
    visit_system = tm.add(
        tg.DataStore(
            "Home safety visit system",
            stores={priority_list, visit_record, outcomes},
        )
    )
    # Screens station managers and officers use to allocate and record visits.
    planner = tm.add(
        tg.Service(
            "Visit planning app",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="station manager allocates each week's visits"),
            },
        )
    )

with tm.boundary("Fire service corporate network", trust=tg.Trust.INTERNAL):
    # System of record for every incident the service attends.
    incident_system = tm.add(
        tg.DataSource("Incident recording system", origin=tg.Origin.INTERNAL, provides={incidents})
    )
    # Community safety officers and station managers who carry out the visits.
    officer = tm.add(tg.Actor("Community safety officer", role="community safety staff"))
    # Builds features, retrains and releases the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(referrer, portal, referral, protocol="https")
tm.flow(portal, referrer, referral_status, protocol="https")
tm.flow(portal, referral_db, referral)
tm.flow(referral_db, portal, referral_status)

tm.flow(referral_db, feature_job, referral, label="nightly export")
tm.flow(incident_system, feature_job, incidents, label="nightly export")
tm.flow(vendor_data, feature_job, household_data, protocol="sftp", label="quarterly delivery")
tm.flow(visit_system, feature_job, outcomes, label="nightly export")
tm.flow(feature_job, feature_table, features, outcomes)

tm.flow(analyst, training, training_config)
tm.flow(feature_table, training, features, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")

tm.flow(feature_table, scoring, features, label="weekly batch")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, visit_system, priority_list)

tm.flow(visit_system, planner, priority_list, visit_record)
tm.flow(planner, visit_system, visit_record, referral_status)
tm.flow(visit_system, referral_db, referral_status, label="visit status sync")
tm.flow(planner, officer, priority_list, visit_record, protocol="https")
tm.flow(officer, planner, visit_record, protocol="https")
