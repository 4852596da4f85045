"""Lift plan drafting agent for a crane hire company: the first design.

Customers' site managers request a contract lift through the customer portal and
upload site drawings, load details, ground-bearing survey results and site photos.
An LLM agent running in the company's cloud account picks up each request: it reads
the uploaded documents, looks up candidate cranes' load charts in the fleet
database at head office, fetches wind forecasts for the site from a weather data
provider, and asks a hosted LLM to propose a crane, its position and the rigging
and to draft the method statement. The draft is saved in the lift plan store.
An appointed lifting engineer reviews every draft in the engineering workbench,
corrects it, and signs it; only signed plans are issued back to the portal.
Controls in this design: portal sign-in and upload checks, encrypted document
storage, a read-only fleet database account, engineer approval of every plan,
SSO with MFA and role checks on the workbench, and logged agent runs.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lift plan drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent drafts crane lift plans and method statements from customer "
        "uploads, load charts and wind forecasts; a lifting engineer signs each one."
    ),
)

# ---------------------------------------------------------------- data assets
lift_request = tg.Data(
    "Lift request",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site address, dates, lift description and the site manager's contact details.",
)
site_documents = tg.Data(
    "Site drawings, load details and ground-bearing survey",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
site_photos = tg.Data(
    "Site photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the lift area; site workers and vehicles are often in them.",
)
load_charts = tg.Data(
    "Crane load charts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wind_forecast = tg.Data(
    "Wind forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, extracted document text and tool results.",
)
llm_reply = tg.Data(
    "LLM reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data(
    "Draft lift plan and method statement",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
engineer_signoff = tg.Data(
    "Engineer corrections and signature",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_plan = tg.Data(
    "Signed lift plan",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer's site manager who books the lift and receives the plan.
    site_manager = tm.add(tg.Actor("Customer site manager", role="customer"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Where customers request lifts, upload site information and download plans.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Bucket holding each job's uploads.
    job_store = tm.add(
        tg.DataStore(
            "Job document store",
            stores={site_documents, site_photos, lift_request},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that drafts the plan from the uploads, load charts and forecast.
    agent = tm.add(
        tg.Agent(
            "Lift plan drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(approver="appointed lifting engineer"),
                tg.controls.AuditLogging(retention_days=2190),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # Tool that returns a job's documents and photos to the agent.
    doc_tool = tm.add(tg.Tool("Job document reader", capabilities={"read"}))
    # Tool that looks up load charts for candidate cranes.
    fleet_tool = tm.add(
        tg.Tool(
            "Fleet load chart lookup",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Tool that fetches the wind forecast for the site and lift dates.
    wind_tool = tm.add(tg.Tool("Wind forecast lookup", capabilities={"read"}))
    # Tool that saves the draft plan and method statement.
    draft_tool = tm.add(tg.Tool("Draft plan writer", capabilities={"write"}))
    # Drafts and signed plans, one version per edit.
    plan_store = tm.add(
        tg.DataStore(
            "Lift plan store",
            stores={draft_plan, signed_plan},
            controls={tg.controls.DataVersioning()},
        )
    )
    # Internal web app where the engineer reviews, corrects, signs and issues plans.
    workbench = tm.add(
        tg.Service(
            "Engineering review workbench",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(note="only appointed lifting engineers can sign and issue"),
                tg.controls.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Fleet system of record: each crane's configuration and load charts.
    fleet_db = tm.add(tg.DataStore("Fleet database", stores={load_charts}))
    # The competent person who must approve every plan before issue.
    engineer = tm.add(tg.Actor("Appointed lifting engineer", role="lifting engineer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the inputs and writes the draft.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weather data provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API with site-specific wind speeds and gusts.
    weather = tm.add(tg.ExternalService("Wind forecast API", provides="data-provider"))

# ---------------------------------------------------------------- flows
# customer request
tm.flow(site_manager, portal, lift_request, site_documents, site_photos, protocol="https")
tm.flow(portal, job_store, lift_request, site_documents, site_photos)
tm.flow(portal, agent, lift_request, label="new job queued")

# agent and model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# agent tools
tm.flow(agent, doc_tool, tool_call)
tm.flow(job_store, doc_tool, site_documents, site_photos)
tm.flow(doc_tool, agent, site_documents, site_photos, label="tool result")

tm.flow(agent, fleet_tool, tool_call)
tm.flow(fleet_tool, fleet_db, tool_call, protocol="tls", label="load chart query over site VPN")
tm.flow(fleet_db, fleet_tool, load_charts, protocol="tls")
tm.flow(fleet_tool, agent, load_charts, label="tool result")

tm.flow(agent, wind_tool, tool_call)
tm.flow(wind_tool, weather, tool_call, protocol="https", label="site location and dates")
tm.flow(weather, wind_tool, wind_forecast, protocol="https")
tm.flow(wind_tool, agent, wind_forecast, label="tool result")

tm.flow(agent, draft_tool, draft_plan)
tm.flow(draft_tool, plan_store, draft_plan)

# engineer review and issue
tm.flow(plan_store, workbench, draft_plan)
tm.flow(workbench, engineer, draft_plan, protocol="https")
tm.flow(engineer, workbench, engineer_signoff, protocol="https")
tm.flow(workbench, plan_store, signed_plan)
tm.flow(workbench, portal, signed_plan, label="issue signed plan")
tm.flow(portal, site_manager, signed_plan, protocol="https")
