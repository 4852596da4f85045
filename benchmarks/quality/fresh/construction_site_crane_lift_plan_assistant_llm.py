"""Crane lift plan assistant: the first design, before any security review.

Our lift planners (site engineers) enter a lift's load details in an internal web
app: weight, dimensions, centre of gravity, lifting points, pick-up and set-down
positions. A drafting service pulls the relevant site drawings (from the project's
common data environment, shared with the architect and subcontractors) and the
crane's load charts (from the crane hire company's portal). It then asks a hosted
LLM to draft the lift plan: crane configuration, radii, rigging, exclusion zones
and method. A deterministic calculator checks the duty against the digitised load
chart. An appointed person reviews every draft and signs it off in the web app
before it is issued to the crane supervisor on site. The app sits in the
contractor's cloud tenancy behind Entra ID single sign-on with MFA, and only
appointed persons can sign off. The LLM vendor passed our supplier review.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crane lift plan assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM drafting of crane lift plans for sign-off by an appointed person.",
)

# ---------------------------------------------------------------- data assets
load_details = tg.Data(
    "Load details",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Weight, dimensions, centre of gravity, lifting points, positions.",
)
site_drawings = tg.Data(
    "Site drawings",
    sensitivity="confidential",
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Site layout, ground bearing, overhead services, neighbouring structures.",
)
drawing_extracts = tg.Data("Drawing extracts", sensitivity="confidential", kind="retrieved-context")
load_charts = tg.Data(
    "Crane load charts",
    sensitivity="internal",
    kind="documents",
    description="Manufacturer's rated-capacity charts and crane configuration sheets (PDF).",
)
chart_tables = tg.Data(
    "Digitised load chart tables",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
drafting_prompt = tg.Data(
    "Lift plan drafting prompt",
    sensitivity="confidential",
    kind="prompt",
    description="Instructions, load details, drawing extracts and load chart pages.",
)
draft_plan = tg.Data(
    "Draft lift plan",
    sensitivity="confidential",
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
duty_query = tg.Data(
    "Proposed crane configuration and radius", sensitivity="internal", kind="records"
)
duty_result = tg.Data(
    "Capacity check result",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sign_off = tg.Data("Appointed person sign-off", sensitivity="internal", kind="records")
signed_plan = tg.Data(
    "Signed lift plan",
    sensitivity="confidential",
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Contractor offices and site cabins", trust=tg.Trust.INTERNAL):
    # Site engineer who prepares the lift request and reads the draft.
    planner = tm.add(tg.Actor("Lift planner", role="site engineer"))
    # Competent person (BS 7121) accountable for the lift plan.
    appointed_person = tm.add(tg.Actor("Appointed person", role="appointed person for lifting"))

with tm.boundary("Construction site", trust=tg.Trust.PARTNER):
    # The lifting subcontractor's crane supervisor, who briefs the lift team.
    supervisor = tm.add(tg.Actor("Crane supervisor", role="lifting subcontractor"))

with tm.boundary("Project partners", trust=tg.Trust.PARTNER):
    # SaaS common data environment where designers publish drawings.
    cde = tm.add(
        tg.DataSource(
            "Project common data environment",
            origin="partner",
            provides={site_drawings},
        )
    )
    # Crane hire company's customer portal with charts for the cranes on hire.
    hire_portal = tm.add(
        tg.DataSource("Crane hire company portal", origin="vendor", provides={load_charts})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API (UK/EU region, no training on our data).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            high_stakes=True,
            controls={tg.controls.SupplierAssessment()},
        )
    )

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app for lift requests, draft review and sign-off.
    web_app = tm.add(
        tg.Endpoint(
            "Lift planning web app",
            purpose="api",
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="Entra ID single sign-on with MFA"),
                tg.controls.RBAC(note="only appointed persons can sign off"),
                tg.controls.HumanInTheLoop(approver="the appointed person for the lift"),
            },
        )
    )
    # Builds the prompt from the request, drawings and charts, and calls the LLM.
    drafter = tm.add(tg.Service("Lift plan drafting service"))
    # Deterministic duty check: load against rated capacity at the radius.
    calculator = tm.add(tg.Service("Load chart calculator"))
    # Pulls new drawings and charts, extracts text and chart tables.
    ingestion = tm.add(tg.Pipeline("Document ingestion pipeline", stage="ingestion"))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Searchable index of drawing sheets per project.
        drawing_index = tm.add(tg.VectorStore("Drawing index", stores={drawing_extracts}))
        # Load charts per crane model and configuration.
        chart_library = tm.add(
            tg.DataStore("Load chart library", stores={chart_tables, load_charts})
        )
        # Drafts, sign-offs and issued plans.
        plan_store = tm.add(
            tg.DataStore(
                "Lift plan store",
                stores={draft_plan, duty_result, signed_plan, sign_off},
                controls={
                    tg.controls.AuditLogging(),
                    tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# documents in
tm.flow(cde, ingestion, site_drawings, protocol="https", label="new and revised sheets")
tm.flow(hire_portal, ingestion, load_charts, protocol="https")
tm.flow(ingestion, drawing_index, drawing_extracts)
tm.flow(ingestion, chart_library, chart_tables, load_charts)

# drafting
tm.flow(planner, web_app, load_details, protocol="https")
tm.flow(web_app, drafter, load_details)
tm.flow(drafter, drawing_index, load_details, label="search by project and location")
tm.flow(drawing_index, drafter, drawing_extracts)
tm.flow(chart_library, drafter, load_charts)
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, draft_plan, protocol="https")
tm.flow(drafter, calculator, duty_query)
tm.flow(chart_library, calculator, chart_tables)
tm.flow(calculator, drafter, duty_result)
tm.flow(drafter, plan_store, draft_plan, duty_result)
tm.flow(drafter, web_app, draft_plan)
tm.flow(web_app, planner, draft_plan, protocol="https")

# review, sign-off and issue
tm.flow(plan_store, web_app, draft_plan)
tm.flow(web_app, appointed_person, draft_plan, protocol="https")
tm.flow(appointed_person, web_app, sign_off, protocol="https")
tm.flow(web_app, plan_store, sign_off, signed_plan)
tm.flow(plan_store, web_app, signed_plan)
tm.flow(web_app, supervisor, signed_plan, protocol="https")
