"""Pilot roster fatigue modelling: the first design, before any security review.

An EU airline runs a biomathematical fatigue model over its pilot rosters as part
of its fatigue risk management system (FRMS). Every night a pipeline pulls planned
rosters and actual duty times from the crew management system and, for pilots who
have opted in, sleep data from their wearables through the wearable vendor's cloud
API. A scoring service runs the licensed fatigue model over each planned pairing
and flags those whose predicted alertness falls below the airline's threshold.
Crew planners see the flags on a planning dashboard (corporate SSO) and decide
whether to change the roster in the crew management system; the model never
changes a roster itself. The FRM safety office compiles periodic fatigue reports
that the aviation regulator audits over an SFTP exchange. The FRMS data sits in a
restricted zone with encrypted storage; sleep data is health data under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pilot roster fatigue model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Biomathematical fatigue predictions over pilot rosters, flagged to crew planners.",
)

# ---------------------------------------------------------------- data assets
planned_rosters = tg.Data(
    "Planned rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-pilot pairings, duty periods, sectors and rest periods for the next weeks.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
actual_duty = tg.Data(
    "Actual duty times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flown block and duty times, delays and disruptions per pilot.",
)
sleep_data = tg.Data(
    "Pilot sleep data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Sleep onset, duration and quality from wearables: health data (GDPR art. 9).",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
model_inputs = tg.Data(
    "Fatigue model inputs",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Duty timelines in home-base time, time zones crossed and sleep opportunities.",
)
predictions = tg.Data(
    "Alertness predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flags = tg.Data(
    "High-fatigue pairing flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster_changes = tg.Data(
    "Roster changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frm_reports = tg.Data(
    "FRM reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fatigue trends, flagged pairings and mitigations taken, per reporting period.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Crew personal devices", trust=tg.Trust.UNTRUSTED):
    # Pilots who opt in wear a consumer sleep tracker; it syncs to the vendor's app.
    wearable = tm.add(
        tg.Device(
            "Crew wearable",
            fleet=True,
            description="Consumer sleep tracker owned by the pilot, paired with the vendor's phone app.",
        )
    )

with tm.boundary("Wearable vendor", trust=tg.Trust.PARTNER):
    # The only way to get the sleep data: the vendor's cloud API, with an airline API key.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Wearable vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Stores the tracker data and exposes it to the airline for opted-in pilots.",
        )
    )

with tm.boundary("Airline corporate network", trust=tg.Trust.INTERNAL):
    # System of record for rosters: planners build and change pairings here.
    crew_system = tm.add(
        tg.DataStore(
            "Crew management system",
            stores={planned_rosters, actual_duty},
            description="Commercial crew planning and tracking system, run on premises.",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Where planners and the safety office see the fatigue flags.
    dashboard = tm.add(
        tg.Endpoint(
            "Fatigue planning dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            description="Web dashboard listing flagged pairings with their predicted alertness.",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Reviews each flag and decides whether and how to change the roster.
    planner = tm.add(tg.Actor("Crew planner", role="crew planner"))
    # Owns the FRMS: reviews fatigue trends and writes the periodic reports.
    safety_officer = tm.add(tg.Actor("FRM safety officer", role="safety office"))

    with tm.boundary("FRMS data zone", trust=tg.Trust.RESTRICTED):
        # Nightly pull of rosters, actuals and sleep data into the FRMS store.
        ingestion = tm.add(
            tg.Pipeline(
                "Roster and sleep ingestion",
                stage=tg.Stage.INGESTION,
                description="Joins rosters, actual duty times and sleep data per pilot.",
                controls={c.SecretsManagement(note="vendor API key held in the vault")},
            )
        )
        # Holds everything the model consumes and produces, for trend analysis and audit.
        fatigue_store = tm.add(
            tg.DataStore(
                "Fatigue data store",
                stores={planned_rosters, actual_duty, sleep_data, model_inputs, predictions, flags},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Runs the model over every planned pairing and applies the flag threshold.
        scoring = tm.add(
            tg.Service(
                "Fatigue scoring service",
                description="Batch job: scores each pairing and flags those below the alertness threshold.",
                controls={
                    c.HumanInTheLoop(
                        approver="crew planner", note="flags are advisory; planners change rosters"
                    )
                },
            )
        )
        # The licensed biomathematical model (sleep/wake and circadian), run in our environment.
        fatigue_model = tm.add(
            tg.Model(
                "Biomathematical fatigue model",
                task=tg.Task.REGRESSOR,
                returns_scores=True,
                high_stakes=True,
                description="Licensed fatigue model engine predicting alertness over each duty period.",
                controls={c.ModelCards(note="vendor's validation report for the model")},
            )
        )
        # Archive of the FRM reports submitted to and audited by the regulator.
        report_archive = tm.add(
            tg.DataStore(
                "FRM report archive",
                stores={frm_reports},
                controls={c.AuditLogging(retention_days=1825)},
            )
        )

with tm.boundary("Aviation regulator", trust=tg.Trust.PARTNER):
    # Audits the airline's FRMS and its fatigue reports.
    regulator = tm.add(tg.Actor("Aviation regulator inspector", role="regulator"))

# ---------------------------------------------------------------- flows
tm.flow(wearable, vendor_cloud, sleep_data, protocol="https", label="app sync")
tm.flow(vendor_cloud, ingestion, sleep_data, protocol="https", label="nightly API pull")
tm.flow(crew_system, ingestion, planned_rosters, actual_duty, label="nightly export")
tm.flow(ingestion, fatigue_store, planned_rosters, actual_duty, sleep_data, model_inputs)

tm.flow(fatigue_store, scoring, model_inputs)
tm.flow(scoring, fatigue_model, model_inputs)
tm.flow(fatigue_model, scoring, predictions)
tm.flow(scoring, fatigue_store, predictions, flags)

tm.flow(fatigue_store, dashboard, predictions, flags)
tm.flow(dashboard, planner, flags, protocol="https")
tm.flow(planner, dashboard, roster_changes, label="flag reviewed and disposition")
tm.flow(dashboard, fatigue_store, roster_changes, label="planner dispositions")
tm.flow(planner, crew_system, roster_changes, protocol="https", label="changes the roster")

tm.flow(dashboard, safety_officer, predictions, flags, protocol="https", label="fatigue trends")
tm.flow(safety_officer, report_archive, frm_reports, protocol="https")
tm.flow(
    report_archive, regulator, frm_reports, protocol="sftp", label="periodic submission and audit"
)
