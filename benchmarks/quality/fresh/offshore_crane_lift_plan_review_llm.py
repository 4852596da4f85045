"""Offshore crane lift plan review: the first design, before any security review.

Lift supervisors on the platform upload each lift plan (load, rigging arrangement,
crane configuration, sling and shackle calculations) to an onshore lift planning
web app over the satellite WAN. A review service retrieves the relevant clauses of
the company lifting procedures, crane load charts and rigging standards from an
indexed library, looks up the certificates of the named lifting gear, and takes
the met-ocean forecast and the platform weather station's live wind readings. A
hosted LLM compares the plan against all of this and drafts a review. The offshore
installation manager (OIM) reads plan and review and signs off or rejects; no lift
goes ahead without that signature. Controls: corporate SSO and roles in the app,
OIM approval of every plan, audit logging in the review service, encrypted plan
storage, document-control provenance on indexed standards, a vetted LLM supplier.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore crane lift plan review",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM review of offshore crane lift plans against rigging standards and weather "
        "limits, ahead of the OIM's sign-off."
    ),
)

# ---------------------------------------------------------------- data assets
lift_plan = tg.Data(
    "Lift plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="PDF and form data: load weight and centre of gravity, radius, rigging, named lift team.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
standards_docs = tg.Data(
    "Lifting standards documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Company lifting procedures, crane load charts, rigging standard extracts.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
standard_clauses = tg.Data(
    "Standard clauses and load charts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="retrieved-context",
)
gear_certificates = tg.Data(
    "Lifting gear certificates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Safe working load, last thorough examination and expiry per item of gear.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Met-ocean forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
wind_readings = tg.Data(
    "Live wind and motion readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
review_prompt = tg.Data(
    "Lift plan review prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt"
)
review_draft = tg.Data(
    "Lift plan review",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Per-check pass, concern or fail with the clause cited, and the weather window.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_off = tg.Data(
    "OIM sign-off decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Approved or rejected, with comments, name and time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore installation network", trust=tg.Trust.INTERNAL):
    # Prepares each lift plan with the crane operator and banksman.
    supervisor = tm.add(tg.Actor("Lift supervisor", role="offshore lift supervisor"))
    # Holds the authority to approve lifts on the installation.
    oim = tm.add(tg.Actor("Offshore installation manager", role="installation manager"))
    # The platform's existing anemometer and motion sensor package.
    weather_station = tm.add(tg.Device("Platform weather station", fleet=False))

with tm.boundary("Met-ocean provider", trust=tg.Trust.PARTNER):
    # Contracted forecaster already used for marine operations planning.
    metocean = tm.add(
        tg.DataSource("Met-ocean forecast service", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("LLM provider tenancy", trust=tg.Trust.PARTNER):
    # Hosted model deployed in the operator's subscription with the cloud vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks plans against standards and weather limits; drafts the review.",
            controls={c.SupplierAssessment(note="enterprise terms, no training on prompts")},
        )
    )

with tm.boundary("Onshore data centre", trust=tg.Trust.INTERNAL):
    # Where supervisors upload plans and the OIM signs them off.
    web_app = tm.add(
        tg.Endpoint(
            "Lift planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="only the OIM role can sign off a plan"),
                c.HumanInTheLoop(
                    approver="offshore installation manager",
                    note="every lift plan is signed off by the OIM before the lift",
                ),
            },
        )
    )
    # Assembles context for a plan, calls the LLM and stores the review.
    review_service = tm.add(
        tg.Service(
            "Lift plan review service",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Plans, reviews and sign-offs: the record of every lift.
    plan_store = tm.add(
        tg.DataStore(
            "Lift plan document store",
            stores={lift_plan, review_draft, sign_off},
            controls={c.EncryptionAtRest(key_management="storage array encryption")},
        )
    )
    # Chunked, embedded standards and load charts the review retrieves from.
    standards_index = tm.add(tg.VectorStore("Lifting standards index", stores={standard_clauses}))
    # Turns controlled standards documents into index chunks.
    indexer = tm.add(
        tg.Pipeline(
            "Standards indexing pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.ProvenanceTracking(note="document number and revision kept on each chunk")},
        )
    )
    # Synced from the maintenance system: what gear is certified for what load.
    gear_register = tm.add(tg.DataStore("Lifting equipment register", stores={gear_certificates}))

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Lifting technical authority: owns the procedures and publishes revisions.
    lifting_ta = tm.add(
        tg.Actor("Lifting technical authority", role="onshore lifting engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# plan in, over the satellite WAN
tm.flow(supervisor, web_app, lift_plan, protocol="https")
tm.flow(web_app, supervisor, review_draft, sign_off, protocol="https")
tm.flow(web_app, plan_store, lift_plan, sign_off)
tm.flow(web_app, review_service, lift_plan, label="review requested")

# context for the review
tm.flow(review_service, standards_index, lift_plan, label="clause search")
tm.flow(standards_index, review_service, standard_clauses)
tm.flow(gear_register, review_service, gear_certificates, label="gear lookup")
tm.flow(metocean, review_service, forecast, protocol="https")
tm.flow(weather_station, review_service, wind_readings, protocol="mqtt", label="over satellite WAN")

# the LLM review
tm.flow(review_service, llm, review_prompt, protocol="https")
tm.flow(llm, review_service, review_draft, protocol="https")
tm.flow(review_service, plan_store, review_draft)

# OIM sign-off
tm.flow(plan_store, web_app, lift_plan, review_draft, sign_off)
tm.flow(web_app, oim, lift_plan, review_draft, protocol="https")
tm.flow(oim, web_app, sign_off, protocol="https")

# standards upkeep
tm.flow(lifting_ta, indexer, standards_docs, protocol="https", label="publishes revision")
tm.flow(indexer, standards_index, standard_clauses)
