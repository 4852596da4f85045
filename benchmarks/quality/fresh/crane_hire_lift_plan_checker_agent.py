"""Lift plan checker agent: the first design, before any security review.

A crane hire firm's customers (contractors hiring a crane with operator) upload their
lift plans and the site's ground investigation reports through the customer portal.
An LLM agent in the firm's cloud account reads each submission, pulls out the loads,
radii, crane configuration and outrigger positions, looks up the allocated crane's
load chart, and has the ground bearing calculator check outrigger pressures against
the customer's ground data and the firm's own site survey records. It writes a check
report flagging unsafe or doubtful lifts into the review queue, where the appointed
person reviews every report and signs the lift plan off or sends it back; the
customer is told by e-mail and sees the status in the portal. Controls in this design:
HTTPS throughout, e-mail and password sign-in to the portal with file type and size
checks, SSO with MFA for staff, read-only tool access, a step limit on the agent,
role-based editing and versioning of load charts, and encryption at rest of uploads.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lift plan checker agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that checks customers' lift plans against crane load charts and site "
        "ground data, flagging unsafe lifts for the appointed person's sign-off."
    ),
)

# ---------------------------------------------------------------- data assets
lift_plan = tg.Data(
    "Lift plan",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer's lift plan and method statement (PDF): loads, radii, crane "
    "configuration, outrigger layout, site drawing, named lift supervisor.",
)
ground_report = tg.Data(
    "Site ground investigation report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer-supplied geotechnical report with allowable bearing pressures.",
)
survey_records = tg.Data(
    "Site survey ground data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Our surveyors' plate bearing tests, voids and services noted at each site.",
)
load_charts = tg.Data(
    "Crane load charts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Manufacturer load charts per crane model and configuration, with our fleet list.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the lift plan and ground report text, and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chart_query = tg.Data("Load chart query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
chart_result = tg.Data(
    "Rated capacity at radius", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bearing_request = tg.Data(
    "Outrigger load calculation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Outrigger loads, mat sizes and the ground values the agent read from the plan.",
)
bearing_result = tg.Data(
    "Ground bearing pressure result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_call = tg.Data(
    "Check report submission", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
check_report = tg.Data(
    "Lift plan check report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each lift checked, its utilisation and ground pressure, and the flags raised.",
)
sign_off = tg.Data(
    "Appointed person sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved, or returned with comments, with the appointed person's name.",
)
status = tg.Data("Lift plan status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
notification = tg.Data(
    "Sign-off notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The contractor's planner or site manager who hires the crane.
    customer = tm.add(tg.Actor("Customer", role="contractor's lift planner"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Signs off every lift plan; the agent only advises them.
    appointed_person = tm.add(tg.Actor("Appointed person", role="appointed person (lifting)"))
    # Keeps the load chart library in step with the fleet and the manufacturers' charts.
    fleet_engineer = tm.add(tg.Actor("Fleet engineer", role="fleet engineer", privileged=True))
    # Visits sites and records ground tests that the customer's report may not cover.
    surveyor = tm.add(tg.Actor("Site surveyor", role="surveyor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the plans and drives the checks; the numbers come from the tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Tells the customer their plan has been signed off or returned.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Crane hire cloud account", trust=tg.Trust.INTERNAL):
    # Where customers submit plans and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            description="Customers see only the submissions of their own company account.",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF only, 25 MB limit"),
            },
        )
    )
    # Holds the submitted plans and ground reports.
    uploads = tm.add(
        tg.DataStore(
            "Lift plan submissions store",
            stores={lift_plan, ground_report},
            controls={tg.controls.EncryptionAtRest(key_management="S3 SSE-KMS")},
        )
    )
    # The checker itself: reads a submission, calls the tools, writes a report.
    agent = tm.add(
        tg.Agent(
            "Lift plan checker agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Runs once per new submission; it flags lifts, it never approves them.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the appointed person, who reviews every check report and signs off the lift plan"
                ),
                tg.controls.CircuitBreaker(max_steps=40),
                tg.controls.SecretsManagement(note="LLM API key in AWS Secrets Manager"),
            },
        )
    )
    # Gives the rated capacity for a crane, configuration, boom length and radius.
    chart_tool = tm.add(
        tg.Tool(
            "Load chart lookup tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # Deterministic outrigger pressure calculation against allowable bearing pressure.
    bearing_tool = tm.add(
        tg.Tool(
            "Ground bearing calculator tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # How the agent files its findings for the appointed person.
    report_tool = tm.add(tg.Tool("Check report tool", capabilities={"write"}))
    # The appointed person's queue of check reports awaiting sign-off.
    review_queue = tm.add(tg.DataStore("Check report queue", stores={check_report, sign_off}))
    # Staff web app for reading reports and the original plans and signing off.
    console = tm.add(
        tg.Endpoint(
            "Appointed person review console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Microsoft Entra ID SSO with MFA")},
        )
    )

    with tm.boundary("Engineering data", trust=tg.Trust.RESTRICTED):
        # The reference the checks are made against.
        chart_library = tm.add(
            tg.DataStore(
                "Load chart library",
                stores={load_charts},
                controls={
                    tg.controls.RBAC(note="only fleet engineers can edit"),
                    tg.controls.DataVersioning(),
                },
            )
        )
        # Our own ground data from site surveys.
        survey_store = tm.add(tg.DataStore("Site survey records", stores={survey_records}))

# ---------------------------------------------------------------- flows
# submission
tm.flow(customer, portal, lift_plan, ground_report, protocol="https")
tm.flow(portal, uploads, lift_plan, ground_report)
tm.flow(uploads, agent, lift_plan, ground_report, label="new submission")

# the agent's checks
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chart_tool, chart_query)
tm.flow(chart_library, chart_tool, load_charts)
tm.flow(chart_tool, agent, chart_result)
tm.flow(agent, bearing_tool, bearing_request)
tm.flow(survey_store, bearing_tool, survey_records)
tm.flow(bearing_tool, agent, bearing_result)
tm.flow(agent, report_tool, report_call)
tm.flow(report_tool, review_queue, check_report)

# appointed person's review and sign-off
tm.flow(review_queue, console, check_report)
tm.flow(uploads, console, lift_plan, ground_report, label="original submission")
tm.flow(console, appointed_person, check_report, lift_plan, ground_report, protocol="https")
tm.flow(appointed_person, console, sign_off, protocol="https")
tm.flow(console, review_queue, sign_off)
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, customer, notification, protocol="smtp")
tm.flow(review_queue, portal, status)
tm.flow(portal, customer, status, protocol="https")

# reference data
tm.flow(fleet_engineer, chart_library, load_charts, protocol="https", label="chart updates")
tm.flow(surveyor, survey_store, survey_records, protocol="https", label="survey results")
