"""Quarry blast design review assistant: the first design, before any security review.

The quarry's blasting engineers upload each blast design (hole layout, charge
weights, timing) together with the drill logs from the rigs and the latest
geological survey. A review service in the company's cloud tenant pulls these,
adds the relevant blasting regulations and the site's own rules, and asks an
LLM hosted by a vendor to check the design against them; it stores the
resulting review note for the engineer. The shotfirer reads the design and the
note and signs off every blast in the review app before it is fired.
Vibration monitors around the site boundary upload each blast's readings to the
monitoring vendor's platform; a reporting job pulls them, compiles the results
and e-mails them to the council. Engineers and the shotfirer sign in with the
company's Microsoft accounts; traffic to the cloud is HTTPS; the review notes
and sign-offs are kept with an audit trail.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Quarry blast design review assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM review of blast designs against blasting regulations and site rules, "
        "shotfirer sign-off, and vibration reporting to the council."
    ),
)

# ---------------------------------------------------------------- data assets
blast_design = tg.Data(
    "Blast design",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hole layout, burden and spacing, charge weights per delay, initiation timing.",
)
drill_logs = tg.Data(
    "Drill logs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hole depths, angles, voids and water found while drilling.",
)
survey = tg.Data(
    "Geological survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Face profile, joints and faults, rock strength from the consultant.",
)
regulations = tg.Data(
    "Blasting regulations and site rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the design, drill logs, survey extract and the rules that apply.",
)
llm_review = tg.Data(
    "LLM review draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_note = tg.Data(
    "Review note",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_off = tg.Data(
    "Shotfirer blast sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
vibration_readings = tg.Data(
    "Blast vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Peak particle velocity and air overpressure per monitor per blast.",
)
council_report = tg.Data(
    "Council vibration report",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Quarry site network", trust=tg.Trust.INTERNAL):
    # Designs blasts and asks for the review.
    engineer = tm.add(tg.Actor("Blasting engineer", role="blasting engineer"))
    # Legally responsible for the blast; signs off each one.
    shotfirer = tm.add(tg.Actor("Shotfirer", role="shotfirer"))
    # Logger on each drill rig; uploads the logs when a pattern is drilled.
    drill_rig = tm.add(
        tg.Device("Drill rig data logger", description="Measure-while-drilling logger on each rig.")
    )

with tm.boundary("Quarry perimeter", trust=tg.Trust.UNTRUSTED):
    # Seismographs at the nearest houses and the site boundary, on cellular links.
    monitors = tm.add(
        tg.Device(
            "Blast vibration monitor",
            description="Ground vibration and air overpressure monitors around the site.",
        )
    )

with tm.boundary("Geology consultant", trust=tg.Trust.PARTNER):
    # The consultant who surveys the faces and issues the survey reports.
    consultant = tm.add(
        tg.DataSource("Geological survey consultant", origin=tg.Origin.PARTNER, provides={survey})
    )

with tm.boundary("Vibration monitoring vendor", trust=tg.Trust.PARTNER):
    # The monitor vendor's hosted platform the monitors report to.
    vib_platform = tm.add(
        tg.ExternalService("Vibration monitoring platform", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the vendor's API does the checking.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks a blast design against the regulations and site rules.",
        )
    )

with tm.boundary("Council", trust=tg.Trust.PARTNER):
    # The planning authority's environmental officer receives the vibration results.
    council = tm.add(tg.Actor("Council environmental officer", role="regulator"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Web app where engineers upload and the shotfirer signs off.
    review_app = tm.add(
        tg.Endpoint(
            "Blast review web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company Microsoft accounts (OIDC)"),
                tg.controls.RBAC(note="only the shotfirer role can sign off"),
            },
        )
    )
    # Builds the prompt, calls the LLM, writes the review note.
    reviewer = tm.add(
        tg.Service(
            "Blast review service",
            description="Assembles the design, logs, survey and rules into a review prompt.",
            controls={
                tg.controls.HumanInTheLoop(approver="the shotfirer signs off every blast"),
            },
        )
    )
    # Designs, drill logs and surveys for each bench and blast.
    design_store = tm.add(
        tg.DataStore(
            "Blast records store",
            stores={blast_design, drill_logs, survey, sign_off, vibration_readings},
            controls={tg.controls.AuditLogging()},
        )
    )
    # The regulations and the site's rules the review checks against.
    rules_store = tm.add(tg.DataStore("Regulations and site rules library", stores={regulations}))
    # Review notes kept as the record of what was checked.
    notes_store = tm.add(
        tg.DataStore(
            "Review note store",
            stores={review_note},
            controls={tg.controls.AuditLogging()},
        )
    )
    # Pulls vibration results after each blast and e-mails the council.
    reporter = tm.add(tg.Service("Vibration reporting job"))

# ---------------------------------------------------------------- flows
# Inputs to the review.
tm.flow(engineer, review_app, blast_design, survey, protocol="https", label="upload")
tm.flow(consultant, engineer, survey, protocol="smtp+starttls", label="survey report by e-mail")
tm.flow(drill_rig, review_app, drill_logs, protocol="https", label="pattern drilled")
tm.flow(review_app, design_store, blast_design, drill_logs, survey)

# The review.
tm.flow(review_app, reviewer, blast_design, label="review requested")
tm.flow(design_store, reviewer, blast_design, drill_logs, survey)
tm.flow(rules_store, reviewer, regulations)
tm.flow(reviewer, llm, review_prompt, protocol="https")
tm.flow(llm, reviewer, llm_review, protocol="https")
tm.flow(reviewer, notes_store, review_note)
tm.flow(notes_store, review_app, review_note)
tm.flow(review_app, engineer, review_note, protocol="https")

# Sign-off.
tm.flow(review_app, shotfirer, blast_design, review_note, protocol="https")
tm.flow(shotfirer, review_app, sign_off, protocol="https", label="signs off the blast")
tm.flow(review_app, design_store, sign_off, label="sign-off recorded")

# Vibration monitoring and reporting.
tm.flow(monitors, vib_platform, vibration_readings, protocol="https", label="cellular upload")
tm.flow(vib_platform, reporter, vibration_readings, protocol="https")
tm.flow(reporter, design_store, vibration_readings, label="results against the blast")
tm.flow(reporter, council, council_report, protocol="smtp+starttls", label="e-mailed report")
