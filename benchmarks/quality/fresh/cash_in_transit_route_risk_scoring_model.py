"""Cash-in-transit route risk scoring: the first design, before any security review.

A cash-in-transit company plans each day's delivery and collection routes for its
armoured crews. A nightly pipeline joins the company's robbery and incident history,
the bulletins that regional police share through their partner portal, and the
reports crews file from their handheld terminals, into risk features per stop and
route segment. An in-house gradient-boosted model scores every route and stop for
robbery risk; the route planning service proposes the day's routes, timings and crew
sizes from those scores. The operations controller reviews the proposal on an
internal dashboard, changes routes and crew sizes, and releases the plan. Crews sign
in on company handhelds (MDM-managed, encrypted) to download the day's plan over the
mobile network. Controls in this design: corporate SSO with MFA for the controller,
role-based access and audit logging on the dashboard, a per-device certificate plus
each crew member's own PIN on the handheld API, TLS on external links, encryption of
the plan database, and the controller's release of every plan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cash-in-transit route risk scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores CIT routes and stops for robbery risk from incident history, police "
        "bulletins and crew reports; the controller adjusts and releases the day plan "
        "that crews receive on handheld terminals."
    ),
)

# ---------------------------------------------------------------- data assets
incidents = tg.Data(
    "Robbery and incident history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past attacks, attempts and suspicious events per site, with dates and outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bulletins = tg.Data(
    "Police crime bulletins",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Regional police alerts on CIT attacks, suspect vehicles and hotspots; shared under agreement.",
)
crew_reports = tg.Data(
    "Crew observation reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes by named crew members: suspicious vehicles, people watching, site problems.",
)
service_orders = tg.Data(
    "Customer service orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which customer sites need a delivery or collection, time windows and declared cash values.",
)
features = tg.Data(
    "Stop and route risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Incident outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Route risk model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
scores = tg.Data(
    "Route and stop risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_plan = tg.Data(
    "Proposed day plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suggested route order, departure times and crew sizes, with the risk score behind each.",
)
plan_changes = tg.Data(
    "Route and crew size changes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Controller edits: reordered or swapped stops, extra crew, cancelled visits, plan release.",
)
day_plan = tg.Data(
    "Released day plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each crew's stops, times, cash values to carry and named crew members.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Police partner portal", trust=tg.Trust.PARTNER):
    # Regional police publish CIT-related bulletins to vetted industry partners.
    police = tm.add(
        tg.DataSource(
            "Police bulletin feed",
            origin=tg.Origin.PARTNER,
            provides={bulletins},
            description="Bulletins downloaded from the police partner portal several times a day.",
        )
    )

with tm.boundary("Field and mobile network", trust=tg.Trust.UNTRUSTED):
    # The crews work on the road; they read the plan and file observations.
    crew = tm.add(tg.Actor("CIT crew member", role="crew"))
    # Company-issued rugged handhelds in the vans, reached over public 4G.
    handheld = tm.add(
        tg.Device(
            "Crew handheld terminal",
            fleet=True,
            description="MDM-managed Android handhelds, one per van.",
            controls={c.EncryptionAtRest(key_management="device keystore, enforced by MDM")},
        )
    )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Existing order management system: where stops come from.
    orders = tm.add(
        tg.DataSource(
            "Order management system",
            origin=tg.Origin.INTERNAL,
            provides={service_orders},
        )
    )
    # The only part of the platform the handhelds reach, via the mobile gateway.
    sync_api = tm.add(
        tg.Endpoint(
            "Handheld sync API",
            purpose=tg.EndpointPurpose.API,
            description="Serves the day plan to handhelds and accepts crew reports.",
            controls={
                c.Authentication(method="per-device certificate plus the crew member's own PIN"),
            },
        )
    )
    # Security department's record of every attack, attempt and crew report.
    incident_db = tm.add(
        tg.DataStore(
            "Incident database",
            stores={incidents, crew_reports},
            controls={c.RBAC()},
        )
    )
    # Nightly job that turns incidents, bulletins and reports into features.
    feature_job = tm.add(
        tg.Pipeline(
            "Risk feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="Geocodes incidents and bulletins, aggregates them per stop and route segment.",
        )
    )
    features_store = tm.add(tg.FeatureStore("Risk feature store", stores={features}, online=True))
    # Monthly retraining on the latest incident outcomes.
    training = tm.add(
        tg.Pipeline("Risk model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Scores each stop and route; drives crew sizes, so it bears on crew safety.
    model = tm.add(
        tg.Model(
            "Route risk model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving a robbery-risk score per stop and segment.",
        )
    )
    # Builds the proposed plan; nothing is released without the controller.
    planner = tm.add(
        tg.Service(
            "Route planning service",
            description="Orders stops, picks time windows and proposes crew sizes from the scores.",
            controls={c.HumanInTheLoop(approver="operations controller releases each day plan")},
        )
    )

    with tm.boundary("Operations zone", trust=tg.Trust.RESTRICTED):
        # Holds the released plans: who carries how much cash, where and when.
        plan_db = tm.add(
            tg.DataStore(
                "Route plan database",
                stores={day_plan, draft_plan, scores},
                controls={c.EncryptionAtRest(key_management="database TDE with HSM-held key")},
            )
        )
        # Web app the controller uses to review, edit and release plans.
        dashboard = tm.add(
            tg.Service(
                "Operations dashboard",
                controls={
                    c.Authentication(method="corporate SSO (OIDC) with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

with tm.boundary("Operations control room", trust=tg.Trust.INTERNAL):
    # Decides routes and crew sizes for the day.
    controller = tm.add(tg.Actor("Operations controller", role="controller", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# data in
tm.flow(police, feature_job, bulletins, protocol="https", label="portal download")
tm.flow(crew, handheld, crew_reports, label="typed on the handheld")
tm.flow(handheld, sync_api, crew_reports, protocol="https", controls={tls})
tm.flow(sync_api, incident_db, crew_reports)
tm.flow(controller, dashboard, incidents, protocol="https", label="logs incidents")
tm.flow(dashboard, incident_db, incidents)

# features and training
tm.flow(incident_db, feature_job, incidents, crew_reports)
tm.flow(feature_job, features_store, features)
tm.flow(features_store, training, features, label="offline snapshot")
tm.flow(incident_db, training, labels)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load on deploy")

# planning
tm.flow(orders, planner, service_orders)
tm.flow(features_store, planner, features, label="online lookup")
tm.flow(planner, model, features)
tm.flow(model, planner, scores)
tm.flow(planner, plan_db, draft_plan)
tm.flow(plan_db, dashboard, draft_plan, scores)
tm.flow(dashboard, controller, draft_plan, scores, protocol="https")
tm.flow(controller, dashboard, plan_changes, protocol="https")
tm.flow(dashboard, planner, plan_changes, label="re-plan with edits")
tm.flow(planner, plan_db, day_plan, label="released plan")

# crews receive the plan
tm.flow(plan_db, sync_api, day_plan)
tm.flow(sync_api, handheld, day_plan, protocol="https", controls={tls})
tm.flow(handheld, crew, day_plan, label="shown on the handheld")
