"""Wind turbine climb permit agent: the first design, before any security review.

Before anyone climbs a turbine at our onshore wind farms, a technician (our own or
an OEM contractor's) requests a climb permit from a tablet in the permit app: the
turbine, the work order, the team and the planned window. An LLM agent in our
Azure tenancy checks each team member's GWO certificates and fitness-to-climb
date (our competence register and the WINDA training database), the site
forecast for hub-height wind, gusts and lightning, and the turbine's state in
the SCADA historian (stopped, rotor locked, no active alarms). It then writes a
permit, pending countersignature, into the permit register; the site manager
countersigns it in the app before it is valid. The wind and lightning limits are
in the agent's instructions. The app uses Entra ID sign-in with authenticator
MFA and role-based access; the agent and the app keep audit logs, and the
agent's permit tool can only create pending permits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind turbine technician climb permit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Checks certifications, weather and turbine status before issuing climb permits "
        "that the site manager countersigns."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Climb permit request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Turbine, work order, team members' names and WINDA ids, window, free-text notes.",
)
agent_reply = tg.Data("Permit check summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions with the climb limits, the request and the tool results so far.",
)
llm_output = tg.Data(
    "LLM tool calls and reasoning", kind="model-output", sensitivity=tg.Sensitivity.PII
)

cert_call = tg.Data("Certification lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
cert_result = tg.Data(
    "Certification check result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
competence = tg.Data(
    "Technician competence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="GWO modules and expiry dates, rescue training, fitness-to-climb medical date.",
)
winda_query = tg.Data("WINDA id lookup", kind="records", sensitivity=tg.Sensitivity.PII)
winda_records = tg.Data("WINDA training records", kind="records", sensitivity=tg.Sensitivity.PII)

weather_call = tg.Data("Forecast lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Site weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hourly hub-height wind speed, gusts and lightning risk for the site.",
)

status_call = tg.Data(
    "Turbine status lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
turbine_status = tg.Data(
    "Turbine status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Operating state, rotor lock, yaw, active alarms and nacelle wind speed.",
)

draft_permit = tg.Data("Climb permit", kind="tool-call", sensitivity=tg.Sensitivity.PII)
permit_records = tg.Data(
    "Climb permit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
countersignature = tg.Data(
    "Permit countersignature", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
permit_saved = tg.Data("Permit created", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Field tablets on mobile networks", trust=tg.Trust.UNTRUSTED):
    # Our own and contractors' technicians, requesting permits from site over 4G.
    technician = tm.add(tg.Actor("Turbine technician", role="technician"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Accountable for the site; countersigns every permit before it is valid.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("GWO WINDA", trust=tg.Trust.PARTNER):
    # Global Wind Organisation's database of technicians' training records.
    winda = tm.add(
        tg.ExternalService("WINDA training database", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial site-specific forecast service with an API key per site.
    weather_api = tm.add(
        tg.ExternalService("Site forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Operator Azure tenancy", trust=tg.Trust.INTERNAL):
    # The app technicians and the site manager use; internet-facing for field access.
    app = tm.add(
        tg.Endpoint(
            "Permit app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="Entra ID sign-in with authenticator app MFA, "
                    "contractors as guest accounts"
                ),
                c.RBAC(note="only the site manager role can countersign"),
                c.AuditLogging(),
            },
        )
    )
    # LLM agent that runs the checks and drafts the permit.
    agent = tm.add(
        tg.Agent(
            "Climb permit agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the site manager, who countersigns each permit"),
                c.AuditLogging(),
            },
        )
    )
    # Looks up each team member in the competence register and WINDA.
    cert_tool = tm.add(tg.Tool("Certification check tool", capabilities={"read"}))
    # Fetches the forecast for the site and the planned window.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read"}))
    # Reads the turbine's current state from the historian.
    status_tool = tm.add(
        tg.Tool(
            "Turbine status tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only historian account")},
        )
    )
    # Writes the permit into the register with status pending countersignature.
    permit_tool = tm.add(
        tg.Tool(
            "Permit issuing tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can create pending permits only, not activate")},
        )
    )
    # HSE-maintained register of certificates and fitness-to-climb dates.
    competence_db = tm.add(
        tg.DataStore(
            "Competence register",
            stores={competence},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Every permit, pending, countersigned, closed.
    permit_db = tm.add(tg.DataStore("Permit register", stores={permit_records}))

with tm.boundary("Wind farm OT network", trust=tg.Trust.RESTRICTED):
    # Turbine control and supervision; the historian sits in its DMZ.
    scada = tm.add(tg.Service("Wind farm SCADA server"))
    with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
        # Copy of turbine states and alarms for IT-side readers.
        historian = tm.add(tg.DataStore("SCADA historian", stores={turbine_status}))

# ---------------------------------------------------------------- flows
tm.flow(technician, app, request, protocol="https")
tm.flow(app, agent, request)
tm.flow(agent, app, agent_reply)
tm.flow(app, technician, agent_reply, permit_records, protocol="https", label="status and permit")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, cert_tool, cert_call)
tm.flow(competence_db, cert_tool, competence)
tm.flow(cert_tool, winda, winda_query, protocol="https")
tm.flow(winda, cert_tool, winda_records, protocol="https")
tm.flow(cert_tool, agent, cert_result)

tm.flow(agent, weather_tool, weather_call)
tm.flow(weather_tool, weather_api, weather_call, protocol="https")
tm.flow(weather_api, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)

tm.flow(agent, status_tool, status_call)
tm.flow(
    status_tool, historian, status_call, protocol="https", label="historian API over the site VPN"
)
tm.flow(
    historian,
    status_tool,
    turbine_status,
    protocol="https",
    label="historian API over the site VPN",
)
tm.flow(status_tool, agent, turbine_status)
tm.flow(scada, historian, turbine_status, protocol="opc-ua")

tm.flow(agent, permit_tool, draft_permit)
tm.flow(permit_tool, permit_db, permit_records)
tm.flow(permit_tool, agent, permit_saved)

tm.flow(permit_db, app, permit_records)
tm.flow(app, site_manager, permit_records, protocol="https", label="pending permits")
tm.flow(site_manager, app, countersignature, protocol="https")
tm.flow(app, permit_db, countersignature, permit_records, label="countersigned permit")
