"""Evacuation alert drafting: the first design, before any security review.

The county emergency management agency wants evacuation and shelter alerts drafted
in minutes during a wildfire. A drafting service in the county's cloud tenant pulls
the latest fire perimeter from the state fire agency's feed, forecasts and red flag
warnings from the public weather service API, 911 incident summaries from the
sheriff's CAD system and the evacuation zone layer from county GIS, and asks a
hosted LLM for a draft alert in English and Spanish. The duty officer in the
emergency operations centre signs in to the alert console with county SSO and MFA,
edits the draft and approves it; only then does the console hand it to the
alert origination software, which signs the CAP message and sends it to FEMA IPAWS
for Wireless Emergency Alerts and EAS broadcast to residents. Prompts, drafts, edits
and approvals are kept in an audit log. Calls between cloud services use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Evacuation alert drafting",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted evacuation and shelter alerts, approved by the duty officer.",
)

# ---------------------------------------------------------------- data assets
perimeter = tg.Data(
    "Fire perimeter map",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather forecasts and warnings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incidents = tg.Data(
    "911 incident summaries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Call type, location, caller details and dispatcher notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
zones = tg.Data(
    "Evacuation zones and shelters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the alert template, perimeter, weather, zones and incident summaries.",
)
completion = tg.Data("Draft alert text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft = tg.Data(
    "Draft alert with sources",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The draft next to the inputs it was drafted from.",
)
edits = tg.Data(
    "Officer edits and approval", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
approved = tg.Data(
    "Approved alert",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cap_message = tg.Data(
    "CAP alert message",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
delivery_status = tg.Data(
    "Dissemination status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
audit_records = tg.Data("Alert audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public weather service API: forecasts, red flag warnings, wind.
    weather_feed = tm.add(
        tg.DataSource("Weather service API", origin=tg.Origin.PUBLIC_WEB, provides={weather})
    )
    # People in the county who receive the alerts on phones, radio and TV.
    residents = tm.add(tg.Actor("Residents", role="public"))

with tm.boundary("State fire agency", trust=tg.Trust.PARTNER):
    # Incident perimeter feature service, updated from aerial mapping.
    fire_feed = tm.add(
        tg.DataSource("Fire perimeter feed", origin=tg.Origin.PARTNER, provides={perimeter})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model under the county's enterprise agreement.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Alerting vendor", trust=tg.Trust.PARTNER):
    # Alert origination software: builds and signs CAP messages for IPAWS.
    origination = tm.add(
        tg.ExternalService(
            "Alert origination software",
            description="SaaS alerting tool holding the county's IPAWS credentials.",
        )
    )

with tm.boundary("FEMA IPAWS", trust=tg.Trust.PARTNER):
    # Federal aggregator that relays to WEA carriers and EAS broadcasters.
    ipaws = tm.add(tg.ExternalService("IPAWS-OPEN"))

with tm.boundary("County cloud tenant", trust=tg.Trust.INTERNAL):
    # Gathers the feeds, builds the prompt and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Alert drafting service",
            description="Runs on request from the console and every 15 minutes during an incident.",
        )
    )
    # Evacuation zone polygons and open shelter list maintained by county GIS.
    gis = tm.add(tg.DataStore("County GIS zone layer", stores={zones}))
    # Web app where the duty officer edits and approves drafts.
    console = tm.add(
        tg.Service(
            "Alert console",
            controls={
                c.Authentication(method="county SSO with MFA"),
                c.HumanInTheLoop(approver="duty officer"),
            },
        )
    )
    # Record of every prompt, draft, edit and approval.
    audit_log = tm.add(
        tg.DataStore(
            "Alert audit log",
            stores={audit_records},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Public safety network", trust=tg.Trust.RESTRICTED):
    # The sheriff's computer-aided dispatch system; read via its reporting API.
    cad = tm.add(tg.DataStore("CAD system", stores={incidents}, controls={c.RBAC()}))

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # The on-call officer who owns every public alert.
    officer = tm.add(tg.Actor("Duty officer", role="emergency management duty officer"))

# ---------------------------------------------------------------- flows
tm.flow(fire_feed, drafter, perimeter, protocol="https")
tm.flow(weather_feed, drafter, weather, protocol="https")
tm.flow(cad, drafter, incidents, protocol="https", label="incident summaries")
tm.flow(gis, drafter, zones)

tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, console, draft)
tm.flow(drafter, audit_log, audit_records, label="prompts and drafts")

tm.flow(console, officer, draft, protocol="https")
tm.flow(officer, console, edits, protocol="https", label="edits and approves")
tm.flow(console, audit_log, audit_records, label="edits and approvals")

tm.flow(console, origination, approved, protocol="https")
tm.flow(
    origination,
    ipaws,
    cap_message,
    protocol="https",
    controls={c.MessageIntegrity(note="CAP messages signed with the county's IPAWS certificate")},
)
tm.flow(ipaws, origination, delivery_status, protocol="https")
tm.flow(origination, console, delivery_status, protocol="https")
tm.flow(ipaws, residents, cap_message, label="WEA and EAS broadcast")
