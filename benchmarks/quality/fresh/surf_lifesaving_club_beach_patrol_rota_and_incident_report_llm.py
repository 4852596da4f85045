"""Surf lifesaving club beach patrol rota and incident report assistant: first design.

A volunteer surf lifesaving club in the UK wants its web app to take over two
chores. Members (adults and juniors aged 14+) enter their patrol availability;
each week a hosted LLM drafts the patrol rota from availability, lifeguard
qualifications and the tide and surf forecast, the patrol coordinator checks
and approves it, and the app texts each member their shifts through an SMS
gateway. On the beach, patrol captains type incident notes (rescues, first aid
given, casualty details) on their phones; the LLM turns them, with the club's
incident reporting guidelines, into a structured report the captain reviews
before it is sent to the national governing body's incident portal. The app
runs on a rented VPS; members sign in with e-mail and password, pages are
role-based (member, captain, coordinator), every hop over the internet is TLS,
and the incident store sits on an encrypted volume.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Surf lifesaving club patrol rota and incident reports",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Volunteer patrol rota drafting and first-aid incident reports with a hosted LLM.",
)

TLS = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Patrol availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates and times each member can patrol.",
)
member_roster = tg.Data(
    "Member roster and qualifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, ages, mobile numbers, lifeguard and first-aid awards and expiry dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
forecast = tg.Data("Tide and surf forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rota_prompt = tg.Data(
    "Rota prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, member availability and awards, and the forecast.",
)
draft_rota = tg.Data("Draft patrol rota", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_rota = tg.Data(
    "Approved patrol rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
shift_sms = tg.Data("Shift notification", kind="records", sensitivity=tg.Sensitivity.PII)
incident_notes = tg.Data(
    "Incident notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text from the captain: what happened, casualty name, age, injuries, treatment.",
)
guidelines = tg.Data(
    "Incident reporting guidelines", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
incident_prompt = tg.Data(
    "Incident report prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
draft_report = tg.Data(
    "Draft incident report", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
incident_report = tg.Data(
    "Incident report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Signed-off report with casualty health details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any club member on their own phone or computer, juniors included.
    member = tm.add(tg.Actor("Club member", role="volunteer lifeguard"))
    # Senior lifeguard in charge of a patrol; writes incident notes on the beach.
    captain = tm.add(tg.Actor("Patrol captain", role="patrol captain"))
    # Committee member who approves the weekly rota.
    coordinator = tm.add(tg.Actor("Patrol coordinator", role="coordinator", privileged=True))
    # Commercial tide and surf forecast feed the rota draft uses for patrol strength.
    forecast_feed = tm.add(
        tg.DataSource("Surf forecast feed", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, pay as you go.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that texts members their shifts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("National governing body", trust=tg.Trust.PARTNER):
    # Where clubs must file every rescue and first-aid incident.
    portal = tm.add(tg.ExternalService("National incident portal"))

with tm.boundary("Club VPS", trust=tg.Trust.INTERNAL):
    # The club's web app: member, captain and coordinator pages.
    web_app = tm.add(
        tg.Endpoint(
            "Club web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="member, captain and coordinator roles"),
            },
        )
    )
    # Backend that builds prompts, calls the LLM and stores and sends the results.
    assistant = tm.add(
        tg.Service(
            "Rota and report assistant",
            description="Drafts the rota and incident reports; nothing is published until a person approves it.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="patrol coordinator for the rota, patrol captain for each report"
                )
            },
        )
    )
    # Members, ages, contact numbers, awards and availability.
    member_db = tm.add(
        tg.DataStore("Member database", stores={member_roster, availability, approved_rota})
    )
    # Club's written guidance on how incidents must be reported.
    guidance = tm.add(tg.DataStore("Incident reporting guidelines store", stores={guidelines}))
    # Every incident report the club has filed, kept for the governing body's audits.
    incident_db = tm.add(
        tg.DataStore(
            "Incident report store",
            stores={incident_report},
            controls={
                tg.controls.EncryptionAtRest(key_management="VPS provider volume encryption")
            },
        )
    )

# ---------------------------------------------------------------- flows
# Rota
tm.flow(member, web_app, availability, protocol="https", controls={TLS})
tm.flow(web_app, assistant, availability)
tm.flow(assistant, member_db, availability)
tm.flow(member_db, assistant, member_roster, availability)
tm.flow(forecast_feed, assistant, forecast, protocol="https", controls={TLS})
tm.flow(assistant, llm, rota_prompt, protocol="https", controls={TLS})
tm.flow(llm, assistant, draft_rota, protocol="https", controls={TLS})
tm.flow(assistant, web_app, draft_rota, label="for approval")
tm.flow(web_app, coordinator, draft_rota, protocol="https", controls={TLS})
tm.flow(coordinator, web_app, approved_rota, protocol="https", controls={TLS})
tm.flow(web_app, assistant, approved_rota)
tm.flow(assistant, member_db, approved_rota)
tm.flow(assistant, sms, shift_sms, protocol="https", controls={TLS})
tm.flow(sms, member, shift_sms, protocol="sms")

# Incident reports
tm.flow(captain, web_app, incident_notes, protocol="https", controls={TLS})
tm.flow(web_app, assistant, incident_notes)
tm.flow(guidance, assistant, guidelines)
tm.flow(assistant, llm, incident_prompt, protocol="https", controls={TLS})
tm.flow(llm, assistant, draft_report, protocol="https", controls={TLS})
tm.flow(assistant, web_app, draft_report, label="for captain's review")
tm.flow(web_app, captain, draft_report, protocol="https", controls={TLS})
tm.flow(captain, web_app, incident_report, protocol="https", controls={TLS}, label="signed off")
tm.flow(web_app, assistant, incident_report)
tm.flow(assistant, incident_db, incident_report)
tm.flow(assistant, portal, incident_report, protocol="https", controls={TLS})
